// http/server.js — http.Server and ServerResponse: connections, keep-alive,
// pipelining in order, timeouts, upgrades and the error answers a public
// server needs.
'use strict';

var Buffer = require('buffer').Buffer;
var net = require('net');
var { CRLF, HTTPParser, REQUEST, STATUS_CODES, codedError, headersFrom } = require('./common');
var { IncomingMessage } = require('./incoming');
var { OutgoingMessage } = require('./outgoing');

// ---- the server -----------------------------------------------------------------

function ServerResponse(req) {
  OutgoingMessage.call(this);
  this.req = req;
  this.destroyed = false;
  this._closed = false; // 'close' emitted
  this._conn = null;    // the ServerConnection that lists it until 'close'
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

// As Node: 'finish', then the response's 'close' (next tick), then the
// request's once its body has ended (a body nobody reads is dropped). This
// runs for every request: with nobody listening, no event is scheduled,
// only the state set.
ServerResponse.prototype._afterFinish = function () {
  var req = this.req;
  if (this.listenerCount('close') === 0) closeResponse(this);
  else process.nextTick(closeResponse, this);
  var state = req._readableState;
  if (state.endEmitted) {
    closeRequest(req);
  } else if (state.flowing === null && req.complete && req.listenerCount('end') === 0) {
    req._dumped = true; // never read, and all of it has arrived
    closeRequest(req);
  } else {
    req.once('end', destroyRequest);
    if (state.flowing === null) req._dump();
  }
};

function closeResponse(res) {
  if (res._closed) return;
  res._closed = true;
  res.destroyed = true;
  var conn = res._conn;
  if (conn) conn.forgetResponse(res);
  if (res.listenerCount('close') > 0) res.emit('close');
}

// stream.destroy() costs more than the rest of a keep-alive request's
// bookkeeping: when no one waits for 'close', set what it would have set.
function closeRequest(req) {
  if (req.listenerCount('close') > 0) return req.destroy();
  var state = req._readableState;
  state.destroyed = true;
  state.closed = true;
  state.closeEmitted = true;
}

function destroyRequest() {
  closeRequest(this);
}

// The connection is gone before the request and its response were done:
// as Node, 'aborted' unless the body was read to its end, the response's
// 'close', then the request's 'error' (ECONNRESET, only when listened to)
// and 'close'.
function abortRequest(req, res) {
  if (!req.aborted && (!req.complete || !req.readableEnded)) {
    req.aborted = true;
    req.emit('aborted');
  }
  if (res) closeResponse(res);
  if (req.destroyed) return;
  var err;
  if (req.listenerCount('error') > 0) {
    err = new Error('aborted');
    err.code = 'ECONNRESET';
  }
  req.destroy(err);
}

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
  // An HTTP/1.1 request without Host gets 400 unless this is false (as
  // Node); two Host fields get 400 always (RFC 9112 3.2).
  this.requireHostHeader = options.requireHostHeader !== false;
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
  this.parser = new HTTPParser(REQUEST, server.maxHeaderSize, server.requireHostHeader);
  this.queue = [];          // responses not yet finished, in request order
  this.live = [];           // responses that have not emitted 'close'
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
  // Closed by its response (ServerResponse#_afterFinish) or by the
  // connection's end (abortRequest), not as soon as its body ends.
  req._readableState.autoDestroy = false;
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
  res._conn = this;
  this.live.push(res);
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

ServerConnection.prototype.forgetResponse = function (res) {
  var live = this.live;
  if (live[0] === res) {
    live.shift(); // the usual case: responses close in order
  } else {
    var i = live.indexOf(res);
    if (i >= 0) live.splice(i, 1);
  }
};

ServerConnection.prototype.onEnd = function () {
  var r = this.parser.finish();
  if (r instanceof Error && !this.closed) return this.onParseError(r, Buffer.alloc(0));
  if (!this.server.httpAllowHalfOpen) {
    // As Node by default: the peer has gone, so what it has not been
    // answered yet is aborted and the connection ends.
    this.abortAll();
    if (this.socket.writable) this.socket.end();
    return;
  }
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
  this.abortAll();
};

// Aborts every request whose response has not finished, and the one whose
// body was being read.
ServerConnection.prototype.abortAll = function () {
  var reading = this.req, live = this.live;
  for (var i = 0; i < this.queue.length; i++) this.queue[i]._last = true;
  this.closed = true;
  this.req = null;
  this.queue = [];
  this.live = [];
  for (var j = 0; j < live.length; j++) {
    var res = live[j];
    if (res.writableFinished) {
      // done; only its 'close' was still to come (its request closes at
      // the end of its body, as usual)
      closeResponse(res);
      continue;
    }
    if (res.req === reading) reading = null;
    abortRequest(res.req, res);
  }
  // A request answered before its body ended: its response is closed.
  if (reading) abortRequest(reading, null);
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

exports.Server = Server;
exports.ServerResponse = ServerResponse;
exports.createServer = createServer;
