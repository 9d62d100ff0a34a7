// http/client.js — ClientRequest, http.request/get, and the v0.2 client
// (http.createClient).
'use strict';

var Buffer = require('buffer').Buffer;
var EventEmitter = require('events');
var { CRLF, HTTPParser, RESPONSE, codedError, errors, headersFrom, tokenRe } = require('./common');
var { IncomingMessage } = require('./incoming');
var { OutgoingMessage } = require('./outgoing');
var { Agent, globalAgent } = require('./agent');

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
    } else if (typeof headers === 'string') {
      // A string's names are its indices (for-in's view): walked by number,
      // as the engine looks a string up by an index-like name slowly (~1 us).
      for (var n = 0; n < headers.length; n++) this.setHeader(String(n), headers[n]);
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
  if (options.timeout !== undefined) this.setTimeout(timerDuration(options.timeout, 'timeout'));
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

// A timer's duration as Node checks it: a number, non-negative and finite.
function timerDuration(ms, name) {
  if (typeof ms !== 'number') throw errors.invalidArgType(name, 'of type number', ms);
  if (!(ms >= 0) || ms === Infinity) throw errors.outOfRange(name, 'a non-negative finite number', ms);
  return ms;
}

// The arguments are checked (or coerced) here, as Node does, rather than
// when the socket arrives, where a bad one would be an uncaught exception.
ClientRequest.prototype.setTimeout = function (ms, cb) {
  ms = timerDuration(ms, 'msecs');
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
  v = v === undefined ? true : !!v;
  if (this.socket) this.socket.setNoDelay(v); else this.once('socket', function (s) { s.setNoDelay(v); });
};

// net.Socket#setKeepAlive's coercion, done now: a delay that cannot be a
// number (a Symbol, a BigInt, a throwing valueOf) throws here.
ClientRequest.prototype.setSocketKeepAlive = function (en, d) {
  en = !!en;
  d = ~~((d || 0) / 1000) * 1000;
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
  // One 'error' per request, as node: a socket that fails twice (EPIPE on
  // the write, then ECONNRESET) reports the first only.
  function onError(err) {
    if (req._errored) return;
    if (req.res && !req.res.complete) {
      req._errored = true;
      req.res.aborted = true;
      req.res.emit('aborted');
      req.res.emit('error', err);
    } else if (!req.res) {
      req._errored = true;
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
  // v0.2 kept the connection for a request that asked for keep-alive. Only
  // an object's names can be "connection" (a string's are its indices).
  var ka = false;
  if (headers && typeof headers === 'object') {
    for (var k in headers) {
      if (k.length === 10 && k.toLowerCase() === 'connection' && /keep-alive/i.test(headers[k])) ka = true;
    }
  }
  var req = new ClientRequest({
    method: method, path: path, host: this.host, port: this.port, headers: headers || {},
    agent: this.agent, setHost: false, _legacyKeepAlive: ka,
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

exports.Client = Client;
exports.ClientRequest = ClientRequest;
exports.createClient = createClient;
exports.get = get;
exports.request = request;
