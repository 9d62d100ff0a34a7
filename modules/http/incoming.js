// http/incoming.js — IncomingMessage: the spec's ServerRequest and
// ClientResponse.
'use strict';

var Stream = require('stream');

// ---- IncomingMessage: ServerRequest and ClientResponse ---------------------

function IncomingMessage(socket) {
  Stream.Readable.call(this);
  this.socket = socket;
  this.connection = socket;
  this.httpVersionMajor = 1;
  this.httpVersionMinor = 1;
  this.httpVersion = '1.1';
  this.complete = false;
  this.headers = {};
  this.rawHeaders = [];
  this.trailers = {};
  this.rawTrailers = [];
  this.aborted = false;
  this.upgrade = false;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._paused = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Stream.Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Stream.Readable);

// Backpressure: a consumer that stops reading stops the socket.
IncomingMessage.prototype._read = function () {
  if (this._paused && this.socket) {
    this._paused = false;
    this.socket.resume();
  }
};

IncomingMessage.prototype._addChunk = function (chunk) {
  if (!this.push(chunk) && this.socket && !this._paused) {
    this._paused = true;
    this.socket.pause();
  }
};

IncomingMessage.prototype.setBodyEncoding = IncomingMessage.prototype.setEncoding;

IncomingMessage.prototype.setTimeout = function (ms, cb) {
  if (cb) this.on('timeout', cb);
  if (this.socket) this.socket.setTimeout(ms);
  return this;
};

IncomingMessage.prototype._dump = function () {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

exports.IncomingMessage = IncomingMessage;
