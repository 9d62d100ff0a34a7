// http/outgoing.js — OutgoingMessage, the base of ServerResponse and
// ClientRequest: headers, chunked encoding, write/end.
'use strict';

var Buffer = require('buffer').Buffer;
var Stream = require('stream');
var { CRLF, checkHeader, codedError, errors, utcDate } = require('./common');

// ---- OutgoingMessage: ServerResponse and ClientRequest ------------------------

function OutgoingMessage() {
  Stream.call(this);
  this.writable = true;
  this.socket = null;
  this.connection = null;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this.shouldKeepAlive = true;
  this.finished = false;
  this.writableEnded = false;
  this.writableFinished = false;
  this.headersSent = false;
  this._header = '';
  this._headers = Object.create(null);   // lower-case name -> [name, value]
  this._hasBody = true;
  this._trailer = '';
  this._contentLength = null;
  this._pending = [];                    // output before a socket is attached
  this._last = false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (this._header) {
    throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
  }
  checkHeader(name, value);
  this._headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.getHeader = function (name) {
  errors.validateString(name, 'name');
  var h = this._headers[name.toLowerCase()];
  return h ? h[1] : undefined;
};

OutgoingMessage.prototype.hasHeader = function (name) {
  return this._headers[String(name).toLowerCase()] !== undefined;
};

OutgoingMessage.prototype.removeHeader = function (name) {
  if (this._header) {
    throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
  }
  delete this._headers[String(name).toLowerCase()];
};

OutgoingMessage.prototype.getHeaderNames = function () { return Object.keys(this._headers); };

OutgoingMessage.prototype.getHeaders = function () {
  var out = Object.create(null);
  for (var k in this._headers) out[k] = this._headers[k][1];
  return out;
};

OutgoingMessage.prototype.flushHeaders = function () {
  if (!this._header) this._implicitHeader();
  this._send('');
};

// Builds the header block from the first line and a list of [name, value].
OutgoingMessage.prototype._storeHeader = function (firstLine, list) {
  var head = firstLine;
  var state = { connection: false, contentLength: false, te: false, date: false, expect: false, trailer: false };
  for (var i = 0; i < list.length; i++) {
    var name = list[i][0], value = list[i][1];
    if (Array.isArray(value)) {
      for (var j = 0; j < value.length; j++) head += this._headerLine(name, value[j], state);
    } else {
      head += this._headerLine(name, value, state);
    }
  }
  if (this.sendDate && !state.date) head += 'Date: ' + utcDate() + CRLF;

  // Keep-alive: say what we will do.
  if (!state.connection) {
    // Keep-alive needs a delimited body: a length, chunked, or none at all.
    var delimited = state.contentLength || state.te || !this._hasBody ||
      this._contentLengthKnown !== undefined || (this.useChunkedEncodingByDefault && !this._http10);
    var keep = this.shouldKeepAlive && delimited;
    if (keep && this._keepAliveHeader) head += 'Connection: keep-alive' + CRLF + this._keepAliveHeader;
    else if (keep) head += 'Connection: keep-alive' + CRLF;
    else {
      this._last = true;
      head += 'Connection: close' + CRLF;
    }
  }

  if (!state.contentLength && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (this.useChunkedEncodingByDefault && !this._http10) {
      head += 'Transfer-Encoding: chunked' + CRLF;
      this.chunkedEncoding = true;
    } else if (this._contentLengthKnown !== undefined) {
      head += 'Content-Length: ' + this._contentLengthKnown + CRLF;
    } else {
      // An HTTP/1.0 peer (or a body of unknown length): the end of the body
      // is the end of the connection.
      this._last = true;
    }
  }
  this._header = head + CRLF;
  this.headersSent = true;
};

OutgoingMessage.prototype._headerLine = function (name, value, state) {
  checkHeader(name, value);
  value = String(value);
  var key = name.toLowerCase();
  switch (key) {
    case 'connection':
      state.connection = true;
      if (/(^|,)\s*close\s*(,|$)/i.test(value)) this._last = true;
      else this.shouldKeepAlive = true;
      break;
    case 'content-length':
      state.contentLength = true;
      this._contentLength = +value;
      break;
    case 'transfer-encoding':
      state.te = true;
      if (/(^|,)\s*chunked\s*$/i.test(value)) this.chunkedEncoding = true;
      break;
    case 'date': state.date = true; break;
    case 'expect': state.expect = true; break;
    case 'trailer': state.trailer = true; break;
  }
  return name + ': ' + value + CRLF;
};

// [name, value] pairs in the order set. for-in is the cheapest for the
// usual few names, but grows worse than linearly over a million index-like
// ones (a string passed as the headers object: "0", "1"...), where
// Object.values stays linear.
OutgoingMessage.prototype._headerList = function () {
  var headers = this._headers;
  if (headers['0'] !== undefined) return Object.values(headers);
  var list = [];
  for (var k in headers) list.push(headers[k]);
  return list;
};

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

// Writes to the socket, or queues until one is attached (pipelined
// responses wait for the ones before them).
OutgoingMessage.prototype._send = function (data, encoding, cb) {
  if (this._header && !this._headerWritten) {
    this._headerWritten = true;
    if (typeof data === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8' ||
        encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii')) {
      // the header goes out with the first chunk (one write, one packet)
      data = this._header + data;
      if (encoding === 'latin1' || encoding === 'binary') encoding = 'latin1';
    } else {
      this._writeRaw(this._header, 'latin1');
    }
  }
  return this._writeRaw(data, encoding, cb);
};

OutgoingMessage.prototype._writeRaw = function (data, encoding, cb) {
  if (this.socket && this.socket._httpMessage === this && !this.socket.destroyed) {
    if (this._pending.length) this._flushPending();
    if (data === '' || data.length === 0) {
      if (cb) process.nextTick(cb);
      return true;
    }
    return this.socket.write(data, encoding, cb);
  }
  if (this.socket && this.socket.destroyed) return false;
  this._pending.push(data, encoding, cb);
  return false;
};

OutgoingMessage.prototype._flushPending = function () {
  var p = this._pending;
  this._pending = [];
  var ret = true;
  for (var i = 0; i < p.length; i += 3) {
    if (p[i] === '' || p[i].length === 0) { if (p[i + 2]) process.nextTick(p[i + 2]); continue; }
    ret = this.socket.write(p[i], p[i + 1], p[i + 2]);
  }
  return ret;
};

OutgoingMessage.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (this.finished) {
    var e = new Error('write after end');
    e.code = 'ERR_STREAM_WRITE_AFTER_END';
    var self = this;
    process.nextTick(function () { if (cb) cb(e); self.emit('error', e); });
    return false;
  }
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    if (Array.isArray(chunk)) chunk = Buffer.from(chunk);
    else throw errors.invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
  }
  if (!this._header) this._implicitHeader();
  if (!this._hasBody) {
    if (cb) process.nextTick(cb);
    return true;
  }
  var len = byteLength(chunk, encoding);
  if (len === 0) {
    if (cb) process.nextTick(cb);
    return this.socket ? !this.socket.writableNeedDrain : true;
  }
  if (this.chunkedEncoding) {
    if (typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8')) {
      return this._send(len.toString(16) + CRLF + chunk + CRLF, 'utf8', cb);
    }
    var s = this._attachedSocket();
    if (s) s.cork();
    this._send(len.toString(16) + CRLF, 'latin1');
    this._send(chunk, encoding);
    var r = this._send(CRLF, 'latin1', cb);
    if (s) s.uncork();
    return r;
  }
  return this._send(chunk, encoding, cb);
};

OutgoingMessage.prototype._attachedSocket = function () {
  var s = this.socket;
  return s && s._httpMessage === this && !s.destroyed && typeof s.cork === 'function' ? s : null;
};

OutgoingMessage.prototype.addTrailers = function (headers) {
  var t = '';
  var keys = Array.isArray(headers) ? headers : Object.keys(headers);
  for (var i = 0; i < keys.length; i++) {
    var name, value;
    if (Array.isArray(headers)) { name = keys[i][0]; value = keys[i][1]; } else { name = keys[i]; value = headers[name]; }
    checkHeader(name, value);
    t += name + ': ' + value + CRLF;
  }
  this._trailer = t;
};

OutgoingMessage.prototype.end = function (chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (this.finished) {
    if (cb) process.nextTick(cb);
    return this;
  }
  if (chunk !== undefined && chunk !== null && !this._header) {
    // A single-chunk body: send Content-Length instead of chunked.
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) {
      this._contentLengthKnown = byteLength(chunk, encoding);
      if (!this._headers['content-length'] && !this._headers['transfer-encoding'] && this._hasBody &&
          !this._headerWithoutBody) {
        this.useChunkedEncodingByDefault = false;
      }
    }
  }
  if (!this._header) {
    if (chunk === undefined || chunk === null) {
      this._contentLengthKnown = 0;
      this.useChunkedEncodingByDefault = false;
    }
    this._implicitHeader();
  }
  var self = this;
  var done = function () {
    self.writableFinished = true;
    self.emit('finish');
    if (cb) cb();
    self._afterFinish();
  };
  var corked = null;
  if (this.chunkedEncoding && this._hasBody && typeof chunk === 'string' && chunk.length &&
      (!encoding || encoding === 'utf8' || encoding === 'utf-8')) {
    // the common end('text') of a chunked response: one string, one write
    this._send(Buffer.byteLength(chunk).toString(16) + CRLF + chunk + CRLF + '0' + CRLF + this._trailer + CRLF,
      'utf8', done);
  } else {
    corked = this._attachedSocket();
    if (corked) corked.cork();
    if (chunk !== undefined && chunk !== null && this._hasBody) this.write(chunk, encoding);
    if (this.chunkedEncoding && this._hasBody) this._send('0' + CRLF + this._trailer + CRLF, 'latin1', done);
    else this._send('', 'latin1', done);
  }
  if (corked) corked.uncork();
  this.finished = true;
  this.writableEnded = true;
  this.writable = false;
  this._finish();
  return this;
};

// After 'finish' (the last byte handed to the socket): ServerResponse
// closes itself and its request here.
OutgoingMessage.prototype._afterFinish = function () {};

OutgoingMessage.prototype.destroy = function (err) {
  if (this.socket) this.socket.destroy(err);
  else this.once('socket', function (s) { s.destroy(err); });
  return this;
};

Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  get: function () { return this.socket ? this.socket.writableLength || 0 : 0; },
});

exports.OutgoingMessage = OutgoingMessage;
