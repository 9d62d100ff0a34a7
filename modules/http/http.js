// http.js — the HTTP/1.1 server and client of the spec (http.Server,
// ServerRequest/ServerResponse, http.createClient, ClientRequest/
// ClientResponse) and today's API (http.request/get, Agent, setHeader...).
// Parsing is C (binding.HTTPParser over llhttp, with Node's limits); this file
// owns connection state: keep-alive, pipelining in order, chunked encoding,
// timeouts, upgrades and the error answers a public server needs.
'use strict';

var net = require('net');
var EventEmitter = require('events');
var Stream = require('stream');
var Buffer = require('buffer').Buffer;

var HTTPParser = binding.HTTPParser;
var REQUEST = 0, RESPONSE = 1;
var CRLF = '\r\n';

var STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

var METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK',
  'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'REBIND', 'REPORT', 'SEARCH',
  'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

var errors = require('internal/errors');
var codedError = errors.codedError;

var tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
var badValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function checkHeader(name, value) {
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
    throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["' + name + '"]');
  }
  if (value === undefined) {
    throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "undefined" for header "' + name + '"');
  }
  if (badValueRe.test(String(value))) {
    throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
  }
}

// ---- the Date header, formatted at most once a second ----------------------

var dateCache = '';
var dateTimer = null;
function utcDate() {
  if (!dateCache) {
    dateCache = new Date().toUTCString();
    dateTimer = setTimeout(function () { dateCache = ''; dateTimer = null; }, 1000 - new Date().getMilliseconds());
    if (dateTimer.unref) dateTimer.unref();
  }
  return dateCache;
}

// ---- headers as Node joins them ---------------------------------------------

// Repeated headers: these keep the first value; set-cookie is an array;
// cookie joins with '; '; the rest with ', '.
var FIRST_WINS = {
  'content-type': 1, 'content-length': 1, 'user-agent': 1, 'referer': 1, 'host': 1,
  'authorization': 1, 'proxy-authorization': 1, 'if-modified-since': 1,
  'if-unmodified-since': 1, 'from': 1, 'location': 1, 'max-forwards': 1,
  'retry-after': 1, 'etag': 1, 'last-modified': 1, 'server': 1, 'age': 1, 'expires': 1,
};

function addHeader(headers, name, value) {
  var key = name.toLowerCase();
  var cur = headers[key];
  if (cur === undefined) {
    headers[key] = key === 'set-cookie' ? [value] : value;
  } else if (key === 'set-cookie') {
    cur.push(value);
  } else if (FIRST_WINS[key] !== 1) {
    headers[key] = cur + (key === 'cookie' ? '; ' : ', ') + value;
  }
}

function headersFrom(flat, msg) {
  var headers = {};
  for (var i = 0; i < flat.length; i += 2) addHeader(headers, flat[i], flat[i + 1]);
  msg.rawHeaders = flat;
  return headers;
}

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

OutgoingMessage.prototype._headerList = function () {
  var list = [];
  for (var k in this._headers) list.push(this._headers[k]);
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

OutgoingMessage.prototype.destroy = function (err) {
  if (this.socket) this.socket.destroy(err);
  else this.once('socket', function (s) { s.destroy(err); });
  return this;
};

Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  get: function () { return this.socket ? this.socket.writableLength || 0 : 0; },
});

// ---- the server -----------------------------------------------------------------

function ServerResponse(req) {
  OutgoingMessage.call(this);
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  if (req.method === 'HEAD') this._hasBody = false;
  this._http10 = req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0);
  if (this._http10) {
    this.useChunkedEncodingByDefault = false;
    this.shouldKeepAlive = !!req._keepAlive;
  } else {
    this.shouldKeepAlive = req._keepAlive !== false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._implicitHeader = function () {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeContinue = function (cb) {
  this._writeRaw('HTTP/1.1 100 Continue' + CRLF + CRLF, 'latin1', cb);
};

ServerResponse.prototype.writeHead = function (statusCode, reason, headers) {
  if (this._header) {
    throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
  }
  if (typeof reason !== 'string') { headers = reason; reason = undefined; }
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw codedError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + statusCode);
  }
  this.statusCode = statusCode;
  if (reason === undefined) reason = this.statusMessage || STATUS_CODES[statusCode] || 'unknown';
  if (/[\r\n]/.test(reason)) throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
  this.statusMessage = reason;

  var list = this._headerList();
  if (headers) {
    if (Array.isArray(headers)) {
      if (headers.length && !Array.isArray(headers[0])) {
        for (var i = 0; i + 1 < headers.length; i += 2) list.push([headers[i], headers[i + 1]]);
      } else {
        for (var j = 0; j < headers.length; j++) list.push([headers[j][0], headers[j][1]]);
      }
    } else {
      var keys = Object.keys(headers);
      for (var k = 0; k < keys.length; k++) {
        var lk = keys[k].toLowerCase();
        if (this._headers[lk]) {
          // writeHead's headers win over setHeader's
          for (var m = 0; m < list.length; m++) if (list[m][0].toLowerCase() === lk) { list.splice(m, 1); break; }
        }
        list.push([keys[k], headers[keys[k]]]);
      }
    }
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode < 200)) {
    this._hasBody = false;
    this._headerWithoutBody = true;
  }
  if (this._keepAliveTimeoutHeader) this._keepAliveHeader = this._keepAliveTimeoutHeader;
  this._storeHeader('HTTP/1.1 ' + statusCode + ' ' + reason + CRLF, list);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

ServerResponse.prototype.assignSocket = function (socket) {
  this.socket = socket;
  this.connection = socket;
  socket._httpMessage = this;
  this.emit('socket', socket);
  if (this._pending.length) this._flushPending();
};

ServerResponse.prototype._finish = function () {
  var conn = this.socket && this.socket._httpConn;
  if (conn) conn.responseDone(this);
};

ServerResponse.prototype.setTimeout = function (ms, cb) {
  if (cb) this.on('timeout', cb);
  if (this.socket) this.socket.setTimeout(ms);
  else this.once('socket', function (s) { s.setTimeout(ms); });
  return this;
};

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') { requestListener = options; options = {}; }
  options = options || {};
  net.Server.call(this, { allowHalfOpen: true });
  if (requestListener) this.on('request', requestListener);
  this.maxHeaderSize = options.maxHeaderSize || 16384;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.keepAliveTimeout = 5000;
  this.timeout = 0;
  this.maxRequestsPerSocket = 0;
  this.httpAllowHalfOpen = false;
  this.on('connection', onConnection);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setTimeout = function (ms, cb) {
  this.timeout = ms;
  if (cb) this.on('timeout', cb);
  return this;
};

// As Node 19+: close() also drops the connections that sit idle in
// keep-alive, so a server with no request in flight closes at once.
Server.prototype.close = function (cb) {
  net.Server.prototype.close.call(this, cb);
  this.closeIdleConnections();
  return this;
};

Server.prototype.closeAllConnections = function () {
  (this._httpConns || []).slice().forEach(function (c) { c.socket.destroy(); });
};

Server.prototype.closeIdleConnections = function () {
  (this._httpConns || []).slice().forEach(function (c) { if (c.idle) c.socket.destroy(); });
};

function onConnection(socket) {
  new ServerConnection(this, socket);
}

// One per accepted socket: feeds the parser, queues responses in request
// order, enforces the header/keep-alive timeouts.
function ServerConnection(server, socket) {
  this.server = server;
  this.socket = socket;
  this.parser = new HTTPParser(REQUEST, server.maxHeaderSize);
  this.queue = [];          // responses not yet finished, in request order
  this.req = null;          // the request whose body is being parsed
  this.idle = true;
  this.requests = 0;
  this.deadline = 0;
  this.deadlineKind = 0;
  this.closed = false;
  this.requestStart = Date.now();
  socket._httpConn = this;
  if (server.noDelay !== false && socket.setNoDelay) socket.setNoDelay(true);
  (server._httpConns || (server._httpConns = [])).push(this);
  var self = this;
  var parser = this.parser;
  parser.onHeadersComplete = function (flat, method, url, status, reason, major, minor, upgrade, keepAlive) {
    return self.onHeaders(flat, method, url, major, minor, upgrade, keepAlive);
  };
  parser.onBody = function (chunk) {
    var req = self.req;
    if (req && !req._dumped) req._addChunk(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  };
  parser.onTrailers = function (flat) {
    if (self.req) {
      self.req.trailers = headersFrom(flat, {});
      self.req.rawTrailers = flat;
    }
  };
  parser.onMessageComplete = function () {
    var req = self.req;
    self.req = null;
    if (req) {
      req.complete = true;
      req.push(null);
    }
    self.clearTimer();
    self.requestStart = Date.now(); // a pipelined request may follow at once
    if (self.queue.length === 0 && !self.closed) {
      // answered before its body ended: now the connection is idle
      self.idle = true;
      self.armKeepAliveTimer();
    }
  };
  if (server.timeout) socket.setTimeout(server.timeout);
  socket.on('timeout', function () {
    var res = self.queue[0];
    var handled = (res && res.emit('timeout', socket)) || (self.req && self.req.emit('timeout', socket)) ||
      server.emit('timeout', socket);
    if (!handled) socket.destroy();
  });
  this.armHeadersTimer();
  socket.on('data', function (d) { self.onData(d); });
  socket.on('end', function () { self.onEnd(); });
  socket.on('error', function (e) { self.onError(e); });
  socket.on('close', function () { self.onClose(); });
  socket.on('drain', function () {
    var res = socket._httpMessage;
    if (res) res.emit('drain');
  });
}

// Timeouts are deadlines, not a timer per request: each connection records
// when its current phase must end (kind 1: headers, 2: keep-alive idle,
// 3: the whole request) and one unref'd interval per server checks them.
ServerConnection.prototype.clearTimer = function () {
  this.deadline = 0;
};

ServerConnection.prototype.setDeadline = function (at, kind) {
  this.deadline = at;
  this.deadlineKind = kind;
  this.server._watchDeadlines();
};

// A request must arrive whole (its headers) within headersTimeout.
ServerConnection.prototype.armHeadersTimer = function () {
  var ms = this.server.headersTimeout;
  if (this.server.requestTimeout && (!ms || this.server.requestTimeout < ms)) ms = this.server.requestTimeout;
  if (ms) this.setDeadline(this.requestStart + ms, 1);
  else this.deadline = 0;
};

ServerConnection.prototype.armKeepAliveTimer = function () {
  var ms = this.server.keepAliveTimeout;
  if (ms) this.setDeadline(Date.now() + ms, 2);
  else this.deadline = 0;
};

// The whole request (headers and body) must arrive within requestTimeout
// of its first byte.
ServerConnection.prototype.armRequestTimer = function () {
  var ms = this.server.requestTimeout;
  if (ms) this.setDeadline(this.requestStart + ms, 3);
  else this.deadline = 0;
};

ServerConnection.prototype.checkDeadline = function (now) {
  if (!this.deadline || now < this.deadline) return;
  var kind = this.deadlineKind;
  this.deadline = 0;
  if (kind === 2) {
    if (this.idle) this.socket.destroy();
  } else if (kind === 1 || (this.req && !this.req.complete)) {
    this.reject(408, null);
  }
};

Server.prototype._watchDeadlines = function () {
  if (this._deadlineTimer) return;
  var self = this;
  var shortest = Math.min(this.headersTimeout || Infinity, this.keepAliveTimeout || Infinity,
    this.requestTimeout || Infinity);
  var every = Math.max(10, Math.min(1000, Math.floor(shortest / 4)));
  this._deadlineTimer = setInterval(function () {
    var conns = self._httpConns || [];
    if (!conns.length) {
      clearInterval(self._deadlineTimer);
      self._deadlineTimer = null;
      return;
    }
    var now = Date.now();
    for (var i = conns.length - 1; i >= 0; i--) if (conns[i]) conns[i].checkDeadline(now);
  }, every);
  if (this._deadlineTimer.unref) this._deadlineTimer.unref();
};

ServerConnection.prototype.onData = function (data) {
  if (this.closed) return;
  if (this.idle) {
    this.idle = false;
    this.requestStart = Date.now();
    this.armHeadersTimer();
  }
  var r = this.parser.execute(data);
  if (r instanceof Error) return this.onParseError(r, data);
  if (this.parser.upgraded) this.onUpgrade(data.subarray(r));
};

ServerConnection.prototype.onParseError = function (err, data) {
  err.rawPacket = data;
  if (err.code === 'HPE_HEADER_OVERFLOW') err.code = 'HPE_HEADER_OVERFLOW';
  this.closed = true;
  if (this.server.listenerCount('clientError') > 0) {
    this.server.emit('clientError', err, this.socket);
    return;
  }
  this.reject(err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400, err);
};

// Answers a broken or timed-out request and closes the connection.
ServerConnection.prototype.reject = function (status, err) {
  var socket = this.socket;
  this.closed = true;
  this.clearTimer();
  if (status === 408 && this.queue.length && this.queue[0]._headerWritten) {
    socket.destroy(); // a response is already on the wire: no room for a 408
    return;
  }
  for (var i = 0; i < this.queue.length; i++) this.queue[i]._last = true;
  if (status === 408 && this.server.listenerCount('clientError') > 0) {
    var e = new Error('Request timeout');
    e.code = 'ERR_HTTP_REQUEST_TIMEOUT';
    this.server.emit('clientError', e, socket);
    return;
  }
  if (socket.writable && !socket.destroyed) {
    socket.end('HTTP/1.1 ' + status + ' ' + STATUS_CODES[status] + CRLF + 'Connection: close' + CRLF + CRLF);
  } else {
    socket.destroy();
  }
  if (err) socket.destroySoon ? socket.destroySoon() : socket.end();
};

ServerConnection.prototype.onHeaders = function (flat, method, url, major, minor, upgrade, keepAlive) {
  var socket = this.socket, server = this.server;
  var req = new IncomingMessage(socket);
  req.method = method;
  req.url = url;
  req.httpVersionMajor = major;
  req.httpVersionMinor = minor;
  req.httpVersion = major + '.' + minor;
  req.headers = headersFrom(flat, req);
  req._keepAlive = keepAlive;
  this.clearTimer();
  this.requests++;

  if (!upgrade && this.server.requestTimeout) this.armRequestTimer();
  if (upgrade) {
    req.upgrade = true;
    this.upgradeReq = req;
    return 2; // stop after the headers: the rest belongs to the new protocol
  }
  this.req = req;

  var res = new ServerResponse(req);
  if (server.maxRequestsPerSocket && this.requests >= server.maxRequestsPerSocket) res.shouldKeepAlive = false;
  if (server.keepAliveTimeout) {
    res._keepAliveTimeoutHeader = 'Keep-Alive: timeout=' + Math.floor(server.keepAliveTimeout / 1000) + CRLF;
  }
  this.queue.push(res);
  if (this.queue.length === 1) res.assignSocket(socket);
  else res.socket = null;

  if (req.headers.expect !== undefined && major === 1 && minor >= 1) {
    if (/^100-continue$/i.test(req.headers.expect)) {
      if (server.listenerCount('checkContinue') > 0) server.emit('checkContinue', req, res);
      else { res.writeContinue(); server.emit('request', req, res); }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
    return 0;
  }
  server.emit('request', req, res);
  return 0;
};

ServerConnection.prototype.onUpgrade = function (head) {
  var req = this.upgradeReq, socket = this.socket, server = this.server;
  this.upgradeReq = null;
  this.closed = true;
  this.clearTimer();
  this.detach();
  var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listenerCount(event) > 0) {
    req.complete = true;
    req.push(null);
    server.emit(event, req, socket, Buffer.from(head));
  } else {
    socket.destroy();
  }
};

// Takes the connection's listeners off the socket (after an upgrade).
ServerConnection.prototype.detach = function () {
  var s = this.socket;
  s.removeAllListeners('data');
  s.removeAllListeners('end');
  s.removeAllListeners('timeout');
  s.removeAllListeners('drain');
  s.removeAllListeners('error');
  s.removeAllListeners('close');
  s._httpConn = null;
  this.forget();
};

ServerConnection.prototype.forget = function () {
  var list = this.server._httpConns;
  var i = list ? list.indexOf(this) : -1;
  if (i >= 0) list.splice(i, 1);
};

ServerConnection.prototype.responseDone = function (res) {
  var self = this, socket = this.socket;
  if (this.queue[0] !== res) return; // finished early: it flushes when its turn comes
  var finish = function () {
    self.queue.shift();
    socket._httpMessage = null;
    if (res._last || self.closed) {
      if (!socket.destroyed) {
        if (socket.destroySoon) socket.destroySoon(); else socket.end();
      }
      return;
    }
    // The next pipelined response may already be complete.
    var next = self.queue[0];
    if (next) {
      next.assignSocket(socket);
      if (next.finished) next._finish();
    } else if (!self.req) {
      self.idle = true;
      self.armKeepAliveTimer();
    }
  };
  finish();
};

ServerConnection.prototype.onEnd = function () {
  var r = this.parser.finish();
  if (r instanceof Error && !this.closed) return this.onParseError(r, Buffer.alloc(0));
  if (this.req && !this.req.complete) {
    this.req.aborted = true;
    this.req.emit('aborted');
    this.req.push(null);
  }
  // Half-close: answer what was asked, then close.
  if (this.queue.length === 0) this.socket.end();
  else this.queue[this.queue.length - 1]._last = true;
};

ServerConnection.prototype.onError = function (err) {
  if (this.server.listenerCount('clientError') > 0) this.server.emit('clientError', err, this.socket);
  else this.socket.destroy();
};

ServerConnection.prototype.onClose = function () {
  this.clearTimer();
  this.closed = true;
  this.forget();
  if (this.req && !this.req.complete) {
    this.req.aborted = true;
    this.req.emit('aborted');
    this.req.emit('close');
  }
  for (var i = 0; i < this.queue.length; i++) this.queue[i].emit('close');
  this.queue = [];
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- the client ------------------------------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  options = options || {};
  this.options = options;
  this.keepAlive = !!options.keepAlive;
  this.keepAliveMsecs = options.keepAliveMsecs || 1000;
  this.maxSockets = options.maxSockets || Infinity;
  this.maxFreeSockets = options.maxFreeSockets || 256;
  this.sockets = {};
  this.freeSockets = {};
  this.requests = {};
  this.defaultPort = 80;
  this.protocol = 'http:';
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);

Agent.prototype.getName = function (o) {
  return (o.host || o.hostname || 'localhost') + ':' + (o.port || '') + ':' + (o.localAddress || '') +
    (o.socketPath ? ':' + o.socketPath : '');
};

Agent.prototype.createConnection = function (o) {
  if (o.socketPath) return net.createConnection(o.socketPath);
  return net.createConnection({ port: o.port, host: o.hostname || o.host || 'localhost', localAddress: o.localAddress });
};

Agent.prototype.addRequest = function (req, o) {
  var name = this.getName(o);
  var free = this.freeSockets[name];
  while (free && free.length) {
    var s = free.shift();
    if (!free.length) delete this.freeSockets[name];
    if (s.destroyed) continue;
    s.removeAllListeners('agentRemove');
    if (s._agentIdle) { s.removeListener('close', s._agentIdle); s.removeListener('error', s._agentIdle); s._agentIdle = null; }
    this._track(name, s);
    s.ref && s.ref();
    req.reusedSocket = true;
    req.onSocket(s);
    return;
  }
  var active = this.sockets[name] ? this.sockets[name].length : 0;
  if (active >= this.maxSockets) {
    (this.requests[name] || (this.requests[name] = [])).push(req);
    return;
  }
  var self = this;
  var sock = this.createConnection(o);
  this._track(name, sock);
  sock.once('close', function () { self._untrack(name, sock); });
  req.onSocket(sock);
};

Agent.prototype._track = function (name, s) {
  (this.sockets[name] || (this.sockets[name] = [])).push(s);
  s._agentName = name;
};

Agent.prototype._untrack = function (name, s) {
  var list = this.sockets[name];
  var i = list ? list.indexOf(s) : -1;
  if (i >= 0) list.splice(i, 1);
  if (list && !list.length) delete this.sockets[name];
  var free = this.freeSockets[name];
  i = free ? free.indexOf(s) : -1;
  if (i >= 0) free.splice(i, 1);
  if (free && !free.length) delete this.freeSockets[name];
  this._next(name);
};

Agent.prototype._next = function (name) {
  var q = this.requests[name];
  if (q && q.length) {
    var req = q.shift();
    if (!q.length) delete this.requests[name];
    this.addRequest(req, req._agentOptions);
  }
};

// A response finished: keep the socket for the next request when we can.
Agent.prototype._release = function (s, reusable) {
  var name = s._agentName;
  var list = this.sockets[name];
  var i = list ? list.indexOf(s) : -1;
  if (i >= 0) list.splice(i, 1);
  if (list && !list.length) delete this.sockets[name];
  var q = this.requests[name];
  if (reusable && q && q.length) {
    this._track(name, s);
    var req = q.shift();
    if (!q.length) delete this.requests[name];
    req.reusedSocket = true;
    req.onSocket(s);
    return;
  }
  var free = this.freeSockets[name] || [];
  if (reusable && this.keepAlive && free.length < this.maxFreeSockets) {
    free.push(s);
    this.freeSockets[name] = free;
    var self = this;
    s._agentIdle = function () { self._untrack(name, s); };
    s.once('close', s._agentIdle);
    s.once('error', s._agentIdle);
    s.setKeepAlive && s.setKeepAlive(true, this.keepAliveMsecs);
    s.unref && s.unref();
    return;
  }
  s.destroy();
  this._next(name);
};

Agent.prototype.destroy = function () {
  var sets = [this.sockets, this.freeSockets];
  sets.forEach(function (set) {
    Object.keys(set).forEach(function (k) { set[k].slice().forEach(function (s) { s.destroy(); }); });
  });
};

var globalAgent = new Agent({ keepAlive: true });

function ClientRequest(options, cb) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(options, cb);
  OutgoingMessage.call(this);
  if (typeof options === 'string') options = urlToOptions(options);
  else options = Object.assign({}, options);
  var method = (options.method || 'GET').toUpperCase();
  if (!tokenRe.test(method)) throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Method must be a valid HTTP token ["' + method + '"]');
  var path = options.path || '/';
  if (/[\u0000-\u0020]/.test(path)) throw codedError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  this.method = method;
  this.path = path;
  this.host = options.hostname || options.host || 'localhost';
  this.protocol = 'http:';
  this.aborted = false;
  this.res = null;
  this.reusedSocket = false;
  this.timeoutCb = null;
  var port = options.port || 80;
  options.port = port;
  if (cb) this.once('response', cb);
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  }
  this._isHead = method === 'HEAD';
  var headers = options.headers;
  if (headers) {
    if (Array.isArray(headers)) {
      for (var i = 0; i < headers.length; i++) this.setHeader(headers[i][0], headers[i][1]);
    } else {
      for (var k in headers) this.setHeader(k, headers[k]);
    }
  }
  if (!this.hasHeader('host') && options.setHost !== false && !options.socketPath) {
    var h = this.host.indexOf(':') >= 0 && this.host.charAt(0) !== '[' ? '[' + this.host + ']' : this.host;
    this.setHeader('Host', port === 80 ? h : h + ':' + port);
  }
  if (options.auth && !this.hasHeader('authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  }
  var agent = options.agent;
  if (agent === undefined) agent = options._defaultAgent || globalAgent;
  if (agent === false) agent = new Agent();
  this.agent = agent;
  this.shouldKeepAlive = agent.keepAlive || !!options._legacyKeepAlive;
  this._agentKeepAlive = this.shouldKeepAlive;
  this._agentOptions = options;
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
  var self = this;
  if (options.createConnection) {
    process.nextTick(function () { self.onSocket(options.createConnection(options)); });
  } else {
    process.nextTick(function () { if (!self.aborted) agent.addRequest(self, options); });
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function urlToOptions(u) {
  var url = require('url');
  var p = typeof u === 'string' ? url.parse(u) : u;
  var o = { protocol: p.protocol, hostname: p.hostname, path: (p.pathname || '/') + (p.search || ''),
    port: p.port ? +p.port : undefined };
  if (p.auth) o.auth = p.auth;
  return o;
}

ClientRequest.prototype._implicitHeader = function () {
  if (this._isHead) this._hasBody = true;
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1' + CRLF, this._headerList());
};

ClientRequest.prototype._finish = function () {};

ClientRequest.prototype.abort = function () {
  if (this.aborted) return;
  this.aborted = true;
  this.emit('abort');
  if (this.socket) this.socket.destroy();
};

ClientRequest.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this.aborted = true;
  if (this.socket) this.socket.destroy(err);
  else if (err) {
    var self = this;
    process.nextTick(function () { self.emit('error', err); self.emit('close'); });
  }
  return this;
};

ClientRequest.prototype.setTimeout = function (ms, cb) {
  if (cb) this.once('timeout', cb);
  var self = this;
  var apply = function (s) {
    s.setTimeout(ms);
    s.once('timeout', function () { self.emit('timeout'); });
  };
  if (this.socket) apply(this.socket); else this.once('socket', apply);
  return this;
};

ClientRequest.prototype.setNoDelay = function (v) {
  if (this.socket) this.socket.setNoDelay(v); else this.once('socket', function (s) { s.setNoDelay(v); });
};

ClientRequest.prototype.setSocketKeepAlive = function (en, d) {
  if (this.socket) this.socket.setKeepAlive(en, d); else this.once('socket', function (s) { s.setKeepAlive(en, d); });
};

ClientRequest.prototype.onSocket = function (socket) {
  var req = this;
  if (this.aborted) {
    socket.destroy();
    return;
  }
  this.socket = socket;
  this.connection = socket;
  socket._httpMessage = this;
  if (socket.setNoDelay) socket.setNoDelay(true);
  var parser = new HTTPParser(RESPONSE, 16384);
  var res = null;
  parser.onHeadersComplete = function (flat, method, url, status, reason, major, minor, upgrade, keepAlive) {
    res = new IncomingMessage(socket);
    res.statusCode = status;
    res.statusMessage = reason;
    res.httpVersionMajor = major;
    res.httpVersionMinor = minor;
    res.httpVersion = major + '.' + minor;
    res.headers = headersFrom(flat, res);
    res.req = req;
    res.client = req._client || socket;
    res._keepAlive = keepAlive;
    if (status >= 100 && status < 200 && status !== 101) {
      req.emit(status === 100 ? 'continue' : 'information', {
        statusCode: status, statusMessage: reason, headers: res.headers, rawHeaders: flat,
        httpVersion: res.httpVersion,
      });
      res = null;
      return 1;
    }
    if (upgrade || req.method === 'CONNECT') {
      req._upgradeRes = res;
      return 2;
    }
    req.res = res;
    if (!req.emit('response', res)) res._dump();
    return req._isHead ? 1 : 0;
  };
  parser.onBody = function (chunk) {
    if (res && !res._dumped) res._addChunk(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  };
  parser.onTrailers = function (flat) {
    if (res) { res.trailers = headersFrom(flat, {}); res.rawTrailers = flat; }
  };
  parser.onMessageComplete = function () {
    if (!res) return;
    var done = res;
    res = null;
    done.complete = true;
    done.push(null);
    cleanup();
    var reusable = done._keepAlive && req.shouldKeepAlive && req.finished && !req._last;
    if (req.agent && req.agent._release) req.agent._release(socket, reusable);
    else if (!reusable) socket.end();
  };
  function onData(d) {
    var r = parser.execute(d);
    if (r instanceof Error) {
      cleanup();
      socket.destroy();
      req.emit('error', r);
      return;
    }
    if (parser.upgraded) {
      var ures = req._upgradeRes;
      cleanup();
      var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      var head = Buffer.from(d.subarray(r));
      var handler = req._client && req._client.listenerCount('upgrade') ? req._client : req;
      if (handler.listenerCount(event) > 0) {
        ures.complete = true;
        ures.push(null);
        handler.emit(event, ures, socket, head);
      } else {
        socket.destroy();
      }
    }
  }
  function onEnd() {
    var r = parser.finish();
    if (res) {
      if (!(r instanceof Error) && !res.complete) {
        // a body delimited by the end of the connection
        res.complete = true;
        res.push(null);
      } else if (!res.complete) {
        res.aborted = true;
        res.emit('aborted');
        res.push(null);
      }
    } else if (!req.res) {
      var e = new Error('socket hang up');
      e.code = 'ECONNRESET';
      req.emit('error', e);
    }
    socket.end();
  }
  function onError(err) {
    if (req.res && !req.res.complete) {
      req.res.aborted = true;
      req.res.emit('aborted');
      req.res.emit('error', err);
    } else if (!req.res) {
      req.emit('error', err);
    }
  }
  function onClose() {
    if (!req.res && !req._errored && !req.aborted && !parser.upgraded) {
      req._errored = true;
      var e = new Error('socket hang up');
      e.code = 'ECONNRESET';
      req.emit('error', e);
    } else if (res && !res.complete) {
      res.aborted = true;
      res.emit('aborted');
      res.push(null);
    }
    req.emit('close');
    cleanup();
  }
  function onDrain() { req.emit('drain'); }
  function cleanup() {
    socket.removeListener('data', onData);
    socket.removeListener('end', onEnd);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
    socket.removeListener('drain', onDrain);
    if (socket._httpMessage === req) socket._httpMessage = null;
  }
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('error', onError);
  socket.on('close', onClose);
  socket.on('drain', onDrain);
  this.emit('socket', socket);
  if (this._pending.length) this._flushPending();
};

function request(url, options, cb) {
  if (typeof url === 'string' || (url && typeof url.href === 'string' && typeof url.searchParams === 'object')) {
    var o = urlToOptions(url);
    if (typeof options === 'function') { cb = options; options = undefined; }
    if (options) Object.assign(o, options);
    return new ClientRequest(o, cb);
  }
  if (typeof options === 'function') cb = options;
  return new ClientRequest(url || {}, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

// ---- the v0.2 client: http.createClient(port, host) ------------------------

function Client(port, host) {
  EventEmitter.call(this);
  this.port = port || 80;
  this.host = host || 'localhost';
  this.agent = new Agent({ keepAlive: true, maxSockets: 1 });
}
Object.setPrototypeOf(Client.prototype, EventEmitter.prototype);

Client.prototype.request = function (method, path, headers) {
  if (typeof path !== 'string') { headers = path; path = method; method = 'GET'; }
  var hasHost = false;
  for (var k in headers || {}) if (k.toLowerCase() === 'host') hasHost = true;
  var ka = false;
  for (var k2 in headers || {}) {
    if (k2.toLowerCase() === 'connection' && /keep-alive/i.test(headers[k2])) ka = true;
  }
  var req = new ClientRequest({
    method: method, path: path, host: this.host, port: this.port, headers: headers || {},
    agent: this.agent, setHost: hasHost ? false : false, _legacyKeepAlive: ka,
  });
  req._client = this;
  var self = this;
  req.on('error', function (e) {
    if (req.listenerCount('error') === 1) self.emit('error', e);
  });
  return req;
};

Client.prototype.verifyPeer = function () { return false; };
Client.prototype.getPeerCertificate = function () { return null; };

function createClient(port, host) {
  return new Client(port, host);
}

exports.STATUS_CODES = STATUS_CODES;
exports.METHODS = METHODS.slice().sort();
exports.Server = Server;
exports.createServer = createServer;
exports.ServerResponse = ServerResponse;
exports.ServerRequest = IncomingMessage;
exports.IncomingMessage = IncomingMessage;
exports.OutgoingMessage = OutgoingMessage;
exports.ClientRequest = ClientRequest;
exports.ClientResponse = IncomingMessage;
exports.Agent = Agent;
exports.globalAgent = globalAgent;
exports.request = request;
exports.get = get;
exports.Client = Client;
exports.createClient = createClient;
exports.maxHeaderSize = 16384;
exports.validateHeaderName = function (name) { checkHeader(name, ''); };
exports.validateHeaderValue = function (name, value) { checkHeader('x', value); };
