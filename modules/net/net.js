// net — owns require('net'): net.Server, net.Socket (= v0.2's net.Stream),
// createServer/createConnection/connect, isIP/isIPv4/isIPv6.
//
// A Socket is a stream.Duplex (node 20's semantics, which keep the v0.2
// contract: 'data'/'end'/'drain'/'close(had_error)', write() returning false
// over the high-water mark, end() as a half-close, pause()/resume() that stop
// and restart reading from the kernel). The bytes move in net.c: `binding`
// gives the Handle class (a socket or listener on the loop) and the calls
// back into this file are installed once with binding.setCallbacks; each runs
// with `this` = the Handle, whose `owner` is the Socket or Server.
//
// v0.2 APIs node dropped are kept: net.Stream, server.listenFD(fd),
// server.connections, socket.readyState, write(data, encoding, fd) and the
// 'fd' event (descriptor passing over UNIX sockets), and the 'connect' event
// on server-side sockets right after 'connection' (the spec's echo server
// greets from it).
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
'use strict';

var EventEmitter = require('events');
var stream = require('stream');

var Buffer = require('buffer').Buffer;
// A Buffer over an ArrayBuffer net.c filled, without a copy or re-checking
// what net.c already knows (the buffer plugin's contract for native code).
var wrapArrayBuffer = require('internal/buffer').fromArrayBuffer;

var Duplex = stream.Duplex;
var Handle = binding.Handle;

// ---- errors ------------------------------------------------------------------

var errors = require('internal/errors');
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;

// An error from a failed system call, shaped as node shapes it:
// "connect ECONNREFUSED 127.0.0.1:1" with errno (negative), code, syscall,
// address and port; `detailed` adds the description ("listen EADDRINUSE:
// address already in use 127.0.0.1:80").
function sysError(err, syscall, address, port, detailed) {
  var code = binding.errname(err);
  var where = '';
  if (address !== undefined) where = ' ' + address + (port > 0 ? ':' + port : '');
  var msg = syscall + ' ' + code;
  if (detailed) {
    var full = binding.strerror(err);   // "EADDRINUSE: address already in use"
    var colon = full.indexOf(': ');
    msg += ': ' + (colon >= 0 ? full.slice(colon + 2) : full);
  }
  var e = new Error(msg + where);
  e.errno = err < 0 ? err : -err;
  e.code = code;
  e.syscall = syscall;
  if (address !== undefined) {
    e.address = address;
    if (port !== undefined) e.port = port;
  }
  return e;
}

// A name that resolved to no address at all: dns's ENOTFOUND (libuv's
// UV_EAI_NONAME as errno, as node reports it).
function lookupError(code, hostname) {
  var e = new Error('getaddrinfo ' + code + ' ' + hostname);
  e.errno = -3008;
  e.code = code;
  e.syscall = 'getaddrinfo';
  e.hostname = hostname;
  return e;
}

// ---- names -----------------------------------------------------------------------

var dns = null;

// All addresses of host through dns.lookup, as cb(err, [{address, family}]).
// With neither family nor hints given, node asks for ADDRCONFIG; a host
// whose only addresses are loopback gets nothing that way, so the name is
// asked again without it.
function lookupAll(host, family, hints, cb) {
  if (dns === null) dns = require('dns');
  var addrconfig = family === 0 && hints === 0;
  dns.lookup(host, { family: family, hints: addrconfig ? dns.ADDRCONFIG : hints, all: true }, function (err, list) {
    if (addrconfig && err && err.code === 'ENOTFOUND') {
      dns.lookup(host, { family: family, hints: 0, all: true }, function (err2, list2) {
        cb(err2 || null, list2);
      });
      return;
    }
    cb(err || null, list);
  });
}

function badPort(port, name) {
  var shown = typeof port === 'string' ? "'" + port + "'" : String(port);
  return codedError(RangeError, 'ERR_SOCKET_BAD_PORT',
    (name || 'Port') + ' should be >= 0 and < 65536. Received type ' + typeof port + ' (' + shown + ').');
}

// A port as node accepts it: an integer 0..65535 given as a number or a
// numeric string.
function validPort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw badPort(port, name);
  }
  return +port;
}

// ---- addresses ------------------------------------------------------------------

function isIPv4(input) {
  var s = '' + input;
  var parts = s.split('.');
  if (parts.length !== 4) return false;
  for (var i = 0; i < 4; i++) {
    var p = parts[i];
    if (p.length < 1 || p.length > 3) return false;
    for (var j = 0; j < p.length; j++) {
      var c = p.charCodeAt(j);
      if (c < 48 || c > 57) return false;
    }
    if (p.length > 1 && p.charCodeAt(0) === 48) return false; // no leading zeros
    if (+p > 255) return false;
  }
  return true;
}

function isHexGroup(g) {
  if (g.length < 1 || g.length > 4) return false;
  for (var i = 0; i < g.length; i++) {
    var c = g.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

// RFC 4291 text forms: eight groups, or fewer with one '::' standing for at
// least one zero group, the last two groups optionally as dotted IPv4; then
// an optional %zone of [0-9A-Za-z.:-].
function isIPv6(input) {
  var s = '' + input;
  var pct = s.indexOf('%');
  if (pct >= 0) {
    var zone = s.slice(pct + 1);
    if (zone.length === 0 || !/^[0-9A-Za-z.:-]+$/.test(zone)) return false;
    s = s.slice(0, pct);
  }
  if (s.length < 2) return false;
  var dbl = s.indexOf('::');
  if (dbl >= 0 && s.indexOf('::', dbl + 1) >= 0) return false;
  var head, tail;
  if (dbl >= 0) {
    head = s.slice(0, dbl);
    tail = s.slice(dbl + 2);
  } else {
    head = s;
    tail = null;
  }
  var groups = 0;
  var sides = tail === null ? [head] : [head, tail];
  for (var k = 0; k < sides.length; k++) {
    if (sides[k] === '') continue;
    var list = sides[k].split(':');
    for (var i = 0; i < list.length; i++) {
      var g = list[i];
      var lastOfAll = (k === sides.length - 1) && i === list.length - 1;
      if (lastOfAll && g.indexOf('.') >= 0) {
        if (!isIPv4(g)) return false;
        groups += 2;
      } else if (isHexGroup(g)) {
        groups += 1;
      } else {
        return false;
      }
    }
  }
  return tail === null ? groups === 8 : groups <= 7;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// A string that is not a number names a UNIX socket (as node decides).
function isPipeName(s) {
  return typeof s === 'string' && (s.trim() === '' || isNaN(+s));
}

// ---- callbacks from net.c ---------------------------------------------------------

binding.setCallbacks({
  onread: function (ab, n) {
    var socket = this.owner;
    if (socket) socket._onRead(ab, n);
  },
  onfd: function (fd) {
    var socket = this.owner;
    if (socket && !socket.destroyed && socket.listenerCount('fd') > 0) socket.emit('fd', fd);
    else binding.closeFd(fd);
  },
  onconnect: function (status) {
    var socket = this.owner;
    if (socket && socket._handle === this) socket._onConnect(status);
  },
  onwrite: function (count, status) {
    var socket = this.owner;
    if (socket && socket._handle === this) socket._onWritten(count, status);
  },
  onshutdown: function (status) {
    var socket = this.owner;
    if (socket && socket._handle === this) socket._onShutdown(status);
  },
  onconnection: function (handle) {
    var server = this.owner;
    if (server && server._handle === this) server._onConnection(handle);
    else handle.close();
  },
  ontimeout: function () {
    var socket = this.owner;
    if (socket && socket._handle === this && !socket.destroyed) socket.emit('timeout');
  },
});

// ---- Socket ---------------------------------------------------------------------

// Encodings net.c writes itself; others go through Buffer.from.
var UTF8 = 1, LATIN1 = 2;
var NATIVE_ENCODING = {
  'utf8': UTF8, 'utf-8': UTF8, 'UTF8': UTF8, 'UTF-8': UTF8,
  'latin1': LATIN1, 'binary': LATIN1, 'ascii': LATIN1,
};

function nativeEncoding(enc) {
  return NATIVE_ENCODING[enc] || NATIVE_ENCODING[String(enc).toLowerCase()] || 0;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };     // v0.2: new net.Stream(fd)
  else options = Object.assign({}, options);

  this.connecting = false;
  this._handle = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingWrite = null;   // [writev?, data, cb] held until connected
  this._pendingFinal = null;
  this._writeCallbacks = [];   // callbacks of writes queued in net.c, in order
  this._shutdownCallback = null;
  this._fdChunks = null;       // Buffer -> fd, for write(data, encoding, fd)
  this._addresses = null;      // the rest of a name's addresses to try
  this._refed = true;
  this._noDelay = undefined;
  this._keepAlive = undefined;
  this._keepAliveDelay = 0;
  this._timeoutMs = 0;
  this._hadError = false;
  this._resetOnClose = false;
  this.bytesRead = 0;
  this._bytesDispatched = 0;
  this.server = null;
  this._server = null;

  Duplex.call(this, {
    allowHalfOpen: !!options.allowHalfOpen,
    emitClose: false,          // 'close' comes from _destroy, with had_error
    autoDestroy: true,
    decodeStrings: false,      // strings go to net.c as they are
    readable: options.readable,
    writable: options.writable,
    highWaterMark: options.highWaterMark,
    readableHighWaterMark: options.readableHighWaterMark,
    writableHighWaterMark: options.writableHighWaterMark,
    signal: options.signal,
  });

  if (options.handle) {
    this._attach(options.handle);
  } else if (options.fd !== undefined) {
    var fd = options.fd;
    if (typeof fd !== 'number' || fd !== (fd | 0) || fd < 0) throw invalidArgType('options.fd', 'a file descriptor', fd);
    var h = new Handle();
    var r = h.open(fd);
    if (r < 0) {
      h.close();
      throw sysError(r, 'open');
    }
    this._attach(h);
  }
  if (this._handle) {
    if (options.noDelay) this.setNoDelay(true);
    if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay);
    // Reading starts at once, as node's sockets do, unless paused.
    if (!options.pauseOnCreate && this.readable) this.read(0);
    else if (options.pauseOnCreate) this.pause();
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Socket.prototype._attach = function (handle) {
  this._handle = handle;
  handle.owner = this;
  if (!this._refed) handle.ref(false);
  if (this._noDelay !== undefined) handle.setNoDelay(this._noDelay);
  if (this._keepAlive !== undefined) handle.setKeepAlive(this._keepAlive, this._keepAliveDelay);
  if (this._timeoutMs) handle.setTimeout(this._timeoutMs);
};

// Closes the handle (with a reset after resetAndDestroy()).
Socket.prototype._release = function () {
  var h = this._handle;
  if (!h) return;
  this._handle = null;
  h.owner = null;
  h.close(this._resetOnClose);
};

// -- reading

Socket.prototype._read = function () {
  var h = this._handle;
  if (!h || this.connecting) return;   // reading starts once connected
  h.readStart();
};

Socket.prototype._onRead = function (ab, n) {
  if (n > 0) {
    this.bytesRead += n;
    if (!this.push(wrapArrayBuffer(ab, 0, n)) && this._handle) this._handle.readStop();
  } else if (n === 0) {
    // EOF: no more 'data'; readyState becomes 'writeOnly'.
    this.push(null);
    this.read(0);
  } else {
    this.destroy(sysError(n, 'read'));
  }
};

// pause() stops reading from the kernel at once (v0.2's backpressure), not
// only once the readable buffer is full.
Socket.prototype.pause = function () {
  if (this._handle && !this.connecting) this._handle.readStop();
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  Duplex.prototype.resume.call(this);
  if (this._handle && !this.connecting && !this.destroyed && this._readableState.length < this.readableHighWaterMark) {
    this._handle.readStart();
  }
  return this;
};

// -- writing

// v0.2: write(data, [encoding], [fd]) passes fd with the data over a UNIX
// socket (ignored for TCP, as the spec says).
Socket.prototype.write = function (data, encoding, cb) {
  if (typeof cb === 'number') {
    var fd = cb;
    cb = undefined;
    if (this._handle && this._handle.family === 'unix') {
      if (fd !== (fd | 0) || fd < 0) throw invalidArgType('fd', 'a file descriptor', fd);
      var chunk = typeof data === 'string' ? Buffer.from(data, encoding || 'utf8') : Buffer.from(data);
      if (chunk.length === 0) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'A descriptor must travel with at least one byte of data');
      (this._fdChunks || (this._fdChunks = new Map())).set(chunk, fd);
      return Duplex.prototype.write.call(this, chunk);
    }
  }
  return Duplex.prototype.write.call(this, data, encoding, cb);
};

function byteLength(data, enc) {
  return typeof data === 'string' ? Buffer.byteLength(data, enc) : data.length;
}

function writeOne(handle, data, enc, fd) {
  if (typeof data === 'string') {
    var native = nativeEncoding(enc);
    if (native) return handle.write(data, native === LATIN1, fd);
    return handle.write(Buffer.from(data, enc), false, fd);
  }
  return handle.write(data, false, fd);
}

Socket.prototype._takeFd = function (chunk) {
  if (!this._fdChunks || typeof chunk === 'string') return undefined;
  var fd = this._fdChunks.get(chunk);
  if (fd !== undefined) this._fdChunks.delete(chunk);
  return fd;
};

Socket.prototype._write = function (data, encoding, cb) {
  if (this.connecting) {
    this._pendingWrite = [false, data, encoding, cb];
    return;
  }
  var h = this._handle;
  if (!h) return cb(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
  var fd = this._takeFd(data);
  var r = writeOne(h, data, encoding, fd);
  this._afterWrite(r, byteLength(data, encoding), cb);
};

Socket.prototype._writev = function (chunks, cb) {
  if (this.connecting) {
    this._pendingWrite = [true, chunks, null, cb];
    return;
  }
  var h = this._handle;
  if (!h) return cb(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
  var bytes = 0, i, c;
  var withFd = false;
  if (this._fdChunks) {
    for (i = 0; i < chunks.length; i++) if (this._fdChunks.has(chunks[i].chunk)) withFd = true;
  }
  if (withFd) {
    // Each descriptor travels with its own chunk: one write per chunk; the
    // last one's completion completes the batch.
    var r = 0;
    for (i = 0; i < chunks.length; i++) {
      c = chunks[i];
      if (r === 1) this._writeCallbacks.push(null);
      r = writeOne(h, c.chunk, c.encoding, this._takeFd(c.chunk));
      if (r < 0) return this._afterWrite(r, bytes, cb);
      bytes += byteLength(c.chunk, c.encoding);
    }
    return this._afterWrite(r, bytes, cb);
  }
  var list = new Array(chunks.length);
  for (i = 0; i < chunks.length; i++) {
    c = chunks[i];
    var d = c.chunk;
    if (typeof d === 'string' && nativeEncoding(c.encoding) !== UTF8) d = Buffer.from(d, c.encoding);
    list[i] = d;
    bytes += byteLength(d, 'utf8');
  }
  this._afterWrite(h.writev(list), bytes, cb);
};

// net.c's write result: 0 when the kernel took all of it now, 1 when some
// is queued (onwrite reports its completion), or -errno.
Socket.prototype._afterWrite = function (r, bytes, cb) {
  this._bytesDispatched += bytes;
  if (r === 0) cb();
  else if (r === 1) this._writeCallbacks.push(cb);
  else cb(sysError(r, 'write'));
};

Socket.prototype._onWritten = function (count, status) {
  var cbs = this._writeCallbacks;
  for (var i = 0; i < count && cbs.length; i++) {
    var cb = cbs.shift();
    if (cb) cb();
  }
  if (status < 0) {
    var err = sysError(status, 'write');
    var pending = cbs.splice(0);
    var called = false;
    for (var j = 0; j < pending.length; j++) {
      if (pending[j]) {
        pending[j](err);
        called = true;
      }
    }
    if (!called) this.destroy(err);
  }
};

Socket.prototype._final = function (cb) {
  if (this.connecting) {
    this._pendingFinal = cb;
    return;
  }
  var h = this._handle;
  if (!h) return cb();
  var r = h.shutdown();
  if (r === 1) this._shutdownCallback = cb;
  else if (r < 0) cb(sysError(r, 'shutdown'));
  else process.nextTick(cb);
};

Socket.prototype._onShutdown = function (status) {
  var cb = this._shutdownCallback;
  this._shutdownCallback = null;
  if (cb) cb(status < 0 ? sysError(status, 'shutdown') : undefined);
};

// -- closing

Socket.prototype._destroy = function (err, cb) {
  this.connecting = false;
  this._addresses = null;
  this._release();
  var pending = this._pendingWrite;
  this._pendingWrite = null;
  this._pendingFinal = null;
  this._writeCallbacks.length = 0;
  this._shutdownCallback = null;
  this._fdChunks = null;
  this._hadError = !!err;
  cb(err);
  if (pending) pending[3](err || codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
  var self = this;
  // After 'error' (emitted on the next tick), as node's handle close does.
  setImmediate(function () {
    self.emit('close', self._hadError);
    var server = self._server;
    if (server) {
      self._server = null;
      server._connections--;
      server._emitCloseIfDrained();
    }
  });
};

// Closes with a TCP reset (RST) instead of a FIN.
Socket.prototype.resetAndDestroy = function () {
  if (this._handle && this._handle.family !== 'IPv4' && this._handle.family !== 'IPv6' && !this.connecting) {
    throw codedError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
  }
  if (this.connecting) {
    var self = this;
    this.once('connect', function () { self._resetOnClose = true; self.destroy(); });
    return this;
  }
  this._resetOnClose = true;
  return this.destroy();
};

// -- connecting

// The argument forms of connect()/createConnection(): (options, [cb]),
// (path, [cb]), (port, [host], [cb]).
function normalizeArgs(args) {
  var options = {};
  var cb = null;
  var last = args.length ? args[args.length - 1] : undefined;
  if (typeof last === 'function') cb = last;
  var a0 = args[0];
  if (args.length === 0 || (args.length === 1 && cb)) {
    // nothing but a callback
  } else if (a0 !== null && typeof a0 === 'object') {
    options = Object.assign({}, a0);
  } else if (isPipeName(a0)) {
    options.path = a0;
  } else {
    options.port = a0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  return [options, cb];
}

Socket.prototype.connect = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var n = Array.isArray(args[0]) && args.length === 1 ? args[0] : normalizeArgs(args);
  var options = n[0], cb = n[1];

  if (this.connecting) throw codedError(Error, 'ERR_SOCKET_CONNECTING', 'Socket is already connecting');
  if (this.write !== Socket.prototype.write) delete this.write;
  if (this.destroyed || this._handle) {
    // v0.2: connect() reuses a closed stream.
    this._release();
    this._undestroy();
    this._peername = this._sockname = null;
  }
  if (cb) this.once('connect', cb);
  if (options.lookup !== undefined && typeof options.lookup !== 'function') {
    throw invalidArgType('options.lookup', 'of type function', options.lookup);
  }
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay) this.setNoDelay(true);
  if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay);

  this.connecting = true;
  var path = options.path;
  if (path !== undefined && path !== null) {
    if (typeof path !== 'string') throw invalidArgType('options.path', 'of type string', path);
    this._connectTo([{ path: path }], 0);
    return this;
  }

  var port = options.port;
  if (port === undefined || port === null) {
    this.connecting = false;
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  try {
    port = validPort(port);
  } catch (e) {
    this.connecting = false;
    throw e;
  }
  var host = options.host || 'localhost';
  if (typeof host !== 'string') throw invalidArgType('options.host', 'of type string', host);
  var localAddress = options.localAddress;
  var localPort = options.localPort;
  if (localAddress !== undefined && !isIP(localAddress)) {
    throw codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + localAddress);
  }
  var family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
  var local = (localAddress || localPort) ? { address: localAddress, port: localPort ? validPort(localPort, 'localPort') : 0 } : null;
  this._host = host;

  if (isIP(host)) {
    this._connectTo([{ address: host, port: port, local: local }], 0);
    return this;
  }
  var self = this;
  function resolved(err, list) {
    if (!self.connecting) return;          // destroyed while looking up
    if (!err && list.length === 0) err = lookupError('ENOTFOUND', host);
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      self.destroy(err);
      return;
    }
    self.emit('lookup', null, list[0].address, list[0].family === 'IPv6' || list[0].family === 6 ? 6 : 4, host);
    if (!self.connecting) return;
    var targets = list.map(function (a) { return { address: a.address, port: port, local: local }; });
    self._connectTo(targets, 0);
  }
  if (typeof options.lookup === 'function') {
    // node's contract: lookup(hostname, options, cb(err, address, family)),
    // or cb(err, [{ address, family }]) when options.all is set.
    // node's options: family as given ('IPv4'/'IPv6' as 4/6), ADDRCONFIG
    // when neither family nor hints narrow the answer.
    if (dns === null) dns = require('dns');
    var hints = options.hints | 0;
    if (family === 0 && hints === 0) hints = dns.ADDRCONFIG;
    // All addresses (to try in turn) unless the family or a local address
    // already narrows it to one, as node asks.
    var asked = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    var all = family === 0 && !local;
    options.lookup(host, { family: asked, hints: hints, all: all }, function (err, address, fam) {
      if (err) return resolved(err);
      var list = Array.isArray(address) ? address : [{ address: address, family: fam }];
      for (var i = 0; i < list.length; i++) {
        if (!isIP(list[i].address)) return resolved(codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + list[i].address));
      }
      resolved(null, list);
    });
  } else {
    lookupAll(host, family, options.hints | 0, resolved);
  }
  return this;
};

// Connects to targets[i]; a refused or unreachable address falls through to
// the next one (a name may resolve to ::1 and 127.0.0.1).
Socket.prototype._connectTo = function (targets, i) {
  var t = targets[i];
  var h = new Handle();
  this._release();
  this._attach(h);
  this._addresses = [targets, i];
  var r;
  if (t.path !== undefined) {
    r = h.connectPipe(t.path);
  } else {
    if (t.local) {
      r = h.bind(t.local.address || (isIPv6(t.address) ? '::' : '0.0.0.0'), t.local.port, false);
      if (r < 0) return this._failConnect(sysError(r, 'bind', t.local.address, t.local.port));
    }
    r = h.connect(t.address, t.port);
  }
  if (r < 0) this._connectFailed(r);
};

Socket.prototype._connectFailed = function (status) {
  var a = this._addresses;
  var t = a[0][a[1]];
  if (t.path === undefined && a[1] + 1 < a[0].length) {
    this._connectTo(a[0], a[1] + 1);
    return;
  }
  var err = t.path !== undefined ? sysError(status, 'connect', t.path) : sysError(status, 'connect', t.address, t.port);
  this._failConnect(err);
};

Socket.prototype._failConnect = function (err) {
  var self = this;
  // Reported after the caller of connect() has had a chance to listen.
  process.nextTick(function () {
    if (self.connecting) {
      self.connecting = false;
      self.destroy(err);
    }
  });
};

Socket.prototype._onConnect = function (status) {
  if (status < 0) return this._connectFailed(status);
  this.connecting = false;
  this._addresses = null;
  this.emit('connect');
  this.emit('ready');
  if (this.destroyed || !this._handle) return;
  var p = this._pendingWrite;
  if (p) {
    this._pendingWrite = null;
    if (p[0]) this._writev(p[1], p[3]);
    else this._write(p[1], p[2], p[3]);
  }
  var f = this._pendingFinal;
  if (f) {
    this._pendingFinal = null;
    this._final(f);
  }
  // A _read() that came while connecting is still outstanding: start the
  // kernel reads it asked for.
  if (this._handle && this.readable && !this.isPaused()) this._handle.readStart();
};

// -- options and information

Socket.prototype.setTimeout = function (msecs, callback) {
  if (typeof msecs !== 'number' || !(msecs >= 0) || msecs === Infinity) {
    if (typeof msecs !== 'number') throw invalidArgType('msecs', 'of type number', msecs);
    throw errors.outOfRange('msecs', 'a non-negative finite number', msecs);
  }
  this._timeoutMs = msecs;
  if (this._handle) this._handle.setTimeout(msecs);
  if (callback !== undefined) {
    errors.validateFunction(callback, 'callback');
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};

Socket.prototype.setNoDelay = function (noDelay) {
  this._noDelay = noDelay === undefined ? true : !!noDelay;
  if (this._handle) this._handle.setNoDelay(this._noDelay);
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  this._keepAlive = !!enable;
  this._keepAliveDelay = ~~((initialDelay || 0) / 1000);
  if (this._handle) this._handle.setKeepAlive(this._keepAlive, this._keepAliveDelay);
  return this;
};

Socket.prototype.ref = function () {
  this._refed = true;
  if (this._handle) this._handle.ref(true);
  return this;
};

Socket.prototype.unref = function () {
  this._refed = false;
  if (this._handle) this._handle.ref(false);
  return this;
};

Socket.prototype.address = function () {
  if (!this._sockname && this._handle) this._sockname = this._handle.getsockname() || null;
  return this._sockname || {};
};

Socket.prototype._getpeername = function () {
  if (!this._peername && this._handle && !this.connecting) this._peername = this._handle.getpeername() || null;
  return this._peername || {};
};

function accessor(name, get) {
  Object.defineProperty(Socket.prototype, name, { configurable: true, enumerable: false, get: get });
}

accessor('remoteAddress', function () { return this._getpeername().address; });
accessor('remotePort', function () { return this._getpeername().port; });
accessor('remoteFamily', function () { return this._getpeername().family; });
accessor('localAddress', function () { return this.address().address; });
accessor('localPort', function () { return this.address().port; });
accessor('localFamily', function () { return this.address().family; });
accessor('pending', function () { return !this._handle || this.connecting; });
accessor('bytesWritten', function () { return this._bytesDispatched; });
accessor('bufferSize', function () { return this._handle ? this.writableLength : undefined; });
accessor('fd', function () { return this._handle ? this._handle.fd : null; });
accessor('timeout', function () { return this._timeoutMs || undefined; });
accessor('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});

// ---- Server ---------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._handle = null;
  this._connections = 0;
  this._pipeName = null;
  this._refed = true;
  this._closing = false;
  this._generation = 0;       // bumped by listen() and close()
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.keepAlive = !!options.keepAlive;
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) / 1000);
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// v0.2's server.connections, kept beside node's getConnections().
Object.defineProperty(Server.prototype, 'connections', {
  configurable: true,
  enumerable: false,
  get: function () { return this._connections; },
  set: function (v) { this._connections = v; },
});

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true,
  enumerable: false,
  get: function () { return !!this._handle; },
});

function toBacklog(b) {
  return typeof b === 'number' && b >= 0 ? b | 0 : undefined;
}

// listen(port, [host], [backlog], [cb]), listen(path, [backlog], [cb]),
// listen(options, [cb]), listen(handle, [backlog], [cb]), listen([cb]).
Server.prototype.listen = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  var a0 = args[0];
  var options = {};
  if (a0 !== null && typeof a0 === 'object') {
    if (a0._handle instanceof Handle || typeof a0.fd === 'number') {
      options.fd = a0._handle instanceof Handle ? a0._handle.fd : a0.fd;
      options.backlog = toBacklog(args[1]);
    } else {
      options = Object.assign({}, a0);
    }
  } else if (isPipeName(a0)) {
    options.path = a0;
    options.backlog = toBacklog(args[1]);
  } else if (a0 === undefined || a0 === null || typeof a0 === 'number' || typeof a0 === 'string') {
    options.port = a0 === undefined || a0 === null ? 0 : a0;
    if (typeof args[1] === 'string') {
      options.host = args[1];
      options.backlog = toBacklog(args[2]);
    } else {
      options.backlog = toBacklog(args[1]);
    }
  } else {
    throw invalidArgType('options', 'of type object', a0);
  }

  if (this._handle) throw codedError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (cb) this.once('listening', cb);
  this._closing = false;
  this._generation++;
  var backlog = options.backlog;

  if (typeof options.fd === 'number') {
    this._listenOn(function (h) { return h.open(options.fd); }, backlog, 'listen', undefined, undefined, false);
    return this;
  }
  if (options.path !== undefined && options.path !== null) {
    var path = String(options.path);
    this._pipeName = path;
    this._listenOn(function (h) { return h.bindPipe(path); }, backlog, 'listen', path, -1, true);
    return this;
  }
  var port = options.port === undefined || options.port === null ? 0 : validPort(options.port, 'options.port');
  var host = options.host;
  var v6only = !!options.ipv6Only;
  var self = this;
  // In a cluster worker the primary owns TCP ports (modules/cluster): it is
  // loaded on the first listen when the env names us a worker.
  if (clusterListen === null && process.env.NODE_UNIQUE_ID !== undefined) require('cluster');
  if (clusterListen !== null && !options.exclusive) {
    clusterListen(this, host, port, backlog);
    return this;
  }
  if (host === undefined || host === null || host === '') {
    // The spec: no host means any IPv4 address (INADDR_ANY).
    this._listenOn(function (h) { return h.bind('0.0.0.0', port, false); }, backlog, 'listen', '0.0.0.0', port, true);
  } else if (isIP(host)) {
    this._listenOn(function (h) { return h.bind(host, port, v6only); }, backlog, 'listen', host, port, true);
  } else {
    var generation = this._generation;
    lookupAll(String(host), 0, 0, function (err, list) {
      if (self._generation !== generation) return;   // closed meanwhile
      if (err || !list.length) {
        self.emit('error', err || lookupError('ENOTFOUND', host));
        return;
      }
      var ip = list[0].address;
      self._listenOn(function (h) { return h.bind(ip, port, v6only); }, backlog, 'listen', ip, port, true);
    });
  }
  return this;
};

// Makes the listening handle: setup(h) binds or adopts, then listen(2).
// Failures go to 'error' on the next tick, never thrown from deep inside.
Server.prototype._listenOn = function (setup, backlog, syscall, address, port, detailed) {
  var h = new Handle();
  var r = setup(h);
  if (r >= 0) r = h.listen(backlog === undefined ? 511 : backlog);
  var self = this;
  if (r < 0) {
    h.close();
    this._pipeName = null;
    var err = sysError(r, syscall, address, port, detailed);
    process.nextTick(function () { self.emit('error', err); });
    return;
  }
  h.owner = this;
  if (!this._refed) h.ref(false);
  this._handle = h;
  process.nextTick(function () {
    if (self._handle === h) self.emit('listening');
  });
};

// v0.2: a descriptor already bound and listening (socket activation).
Server.prototype.listenFD = function (fd, type) {
  if (typeof fd !== 'number' || fd !== (fd | 0) || fd < 0) throw invalidArgType('fd', 'a file descriptor', fd);
  return this.listen({ fd: fd });
};

Server.prototype._onConnection = function (handle) {
  if (this.maxConnections !== undefined && this.maxConnections !== null && this._connections >= this.maxConnections) {
    var local = handle.getsockname() || {};
    var remote = handle.getpeername() || {};
    handle.close();
    this.emit('drop', {
      localAddress: local.address, localPort: local.port, localFamily: local.family,
      remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
    });
    return;
  }
  var socket = new Socket({
    handle: handle,
    allowHalfOpen: this.allowHalfOpen,
    pauseOnCreate: this.pauseOnConnect,
    noDelay: this.noDelay,
    keepAlive: this.keepAlive,
    keepAliveInitialDelay: this.keepAliveInitialDelay * 1000,
  });
  socket.server = this;
  socket._server = this;
  this._connections++;
  this.emit('connection', socket);
  // v0.2 server-side streams emit 'connect' too (the spec's echo server
  // writes its greeting from it).
  if (!socket.destroyed) socket.emit('connect');
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function () {
        cb(codedError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    var h = this._handle;
    this._handle = null;
    h.owner = null;
    h.close();
  }
  this._closing = true;
  this._generation++;
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections > 0 || !this._closing) return;
  this._closing = false;
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};

Server.prototype.address = function () {
  if (this._pipeName !== null && this._handle) return this._pipeName;
  if (!this._handle) return null;
  var a = this._handle.getsockname();
  return a === undefined ? null : a;
};

Server.prototype.getConnections = function (cb) {
  var n = this._connections;
  if (typeof cb === 'function') process.nextTick(cb, null, n);
  return this;
};

Server.prototype.ref = function () {
  this._refed = true;
  if (this._handle) this._handle.ref(true);
  return this;
};

Server.prototype.unref = function () {
  this._refed = false;
  if (this._handle) this._handle.ref(false);
  return this;
};

// ---- module functions ---------------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var n = normalizeArgs(args);
  var options = n[0];
  var socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(n);
}

// cluster's hooks, installed by a worker's cluster module: listen(server,
// host, port, backlog) takes over TCP listen; adopt gives a server a
// connection the primary accepted; closeFd drops a received descriptor.
var clusterListen = null;
// For the cluster plugin only (require('internal/net')), not for programs.
module.internal = {
  clusterHooks: function (listen) {
    if (typeof listen === 'function') clusterListen = listen;
    return {
      adopt: function (server, fd) {
        var h = new Handle();
        var r = h.open(fd);
        if (r < 0) {
          h.close();
          binding.closeFd(fd);
          return;
        }
        server._onConnection(h);
      },
      closeFd: function (fd) { binding.closeFd(fd); },
      // SCHED_NONE: server gets a socket bound to ip:port but not
      // listening, so the primary never accepts; each worker listens on
      // its copy. Returns the error, or null.
      bind: function (server, ip, port) {
        var h = new Handle();
        var r = h.bind(ip, port, false);
        if (r < 0) {
          h.close();
          return sysError(r, 'listen', ip, port, true);
        }
        h.owner = server;
        server._handle = h;
        return null;
      },
    };
  },
};

exports.Server = Server;
exports.Socket = Socket;
exports.Stream = Socket;      // v0.2's name
exports.createServer = createServer;
exports.createConnection = connect;
exports.connect = connect;
exports.isIP = isIP;
exports.isIPv4 = isIPv4;
exports.isIPv6 = isIPv6;
