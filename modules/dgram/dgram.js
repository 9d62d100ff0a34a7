// dgram.js — require('dgram'): the spec's datagram sockets (udp4, udp6,
// unix_dgram; send with offset/length to a port and host or a path, bind,
// 'message'/'listening'/'close') and today's forms (send(msg, port, host,
// cb), bind(port, address, cb) or bind({port, address}), setBroadcast, TTLs,
// multicast membership, ref/unref). Hosts are resolved with dns.lookup.
'use strict';

var EventEmitter = require('events');
var Buffer = require('buffer').Buffer;
var b = binding;

var errors = require('internal/errors');
var codedError = errors.codedError;

function Socket(type, listener) {
  EventEmitter.call(this);
  var opts = type && typeof type === 'object' ? type : { type: type };
  this.type = opts.type;
  this._kind = opts.type === 'udp4' ? 4 : opts.type === 'udp6' ? 6 : opts.type === 'unix_dgram' ? 0 : -1;
  if (this._kind < 0) {
    throw codedError(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6, unix_dgram');
  }
  this._reuseAddr = !!opts.reuseAddr;
  var self = this;
  this._handle = b.socket(this._kind, function (u8, address, port) {
    var msg = Buffer.from(u8.buffer, u8.byteOffset, u8.length);
    var rinfo = self._kind === 0
      ? { address: address, size: msg.length }
      : { address: address, family: self._kind === 6 ? 'IPv6' : 'IPv4', port: port, size: msg.length };
    self.emit('message', msg, rinfo);
  });
  this._bound = false;
  this._closed = false;
  this._refed = true;
  if (listener) this.on('message', listener);
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);

Socket.prototype._check = function () {
  if (this._closed) {
    throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
  }
};

function lookup(self, host, cb) {
  if (self._kind === 0) return cb(null, host);
  if (!host) host = self._kind === 6 ? '::1' : '127.0.0.1';
  require('dns').lookup(host, self._kind, function (err, address) { cb(err, address); });
}

Socket.prototype.bind = function (port, address, cb) {
  this._check();
  if (this._bound) {
    throw codedError(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
  }
  var self = this;
  if (port && typeof port === 'object') {
    cb = address;
    address = port.address;
    if (port.exclusive === false) this._reuseAddr = true;
    port = port.port;
  }
  if (typeof address === 'function') { cb = address; address = undefined; }
  if (typeof port === 'function') { cb = port; port = 0; }
  if (cb) this.once('listening', cb);
  this._bound = true;
  if (this._kind === 0) {
    if (typeof port !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'A unix_dgram socket binds to a path');
    b.bind(this._handle, port, 0, false);
    b.recv(this._handle, true);
    process.nextTick(function () { self.emit('listening'); });
    return this;
  }
  var any = this._kind === 6 ? '::' : '0.0.0.0';
  var doBind = function (err, ip) {
    if (err) { self._bound = false; return self.emit('error', err); }
    if (self._closed) return;
    try {
      b.bind(self._handle, ip || any, port | 0, self._reuseAddr);
    } catch (e2) {
      self._bound = false;
      e2.address = ip || any;
      e2.port = port | 0;
      return self.emit('error', e2);
    }
    b.recv(self._handle, true);
    if (!self._refed) b.ref(self._handle, false);
    self.emit('listening');
  };
  if (address) lookup(this, address, doBind);
  else process.nextTick(doBind, null, any);
  return this;
};

// send(buf, offset, length, port, address, [cb]) / send(buf, offset, length,
// path, [cb]) — the spec; send(msg, [offset, length,] port, [address], [cb])
// — today's forms (msg a string, Buffer or array of them).
Socket.prototype.send = function (buf) {
  this._check();
  var args = Array.prototype.slice.call(arguments, 1);
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  if (typeof buf === 'string') buf = Buffer.from(buf);
  else if (Array.isArray(buf)) buf = Buffer.concat(buf.map(function (x) { return typeof x === 'string' ? Buffer.from(x) : x; }));
  if (!(buf instanceof Uint8Array)) {
    throw errors.invalidArgType('buffer', 'of type string or an instance of Buffer or Uint8Array', buf);
  }
  var offset = 0, length = buf.length, dest, address;
  if (this._kind === 0) {
    if (args.length >= 3) { offset = args[0]; length = args[1]; dest = args[2]; } else dest = args[0];
  } else if (args.length >= 3 && typeof args[2] === 'number') {
    offset = args[0]; length = args[1]; dest = args[2]; address = args[3];
  } else {
    dest = args[0]; address = args[1];
  }
  offset |= 0;
  length |= 0;
  if (offset < 0 || length < 0 || offset + length > buf.length) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "offset" and "length" must fit the buffer');
  }
  var self = this;
  if (this._kind !== 0) {
    if (typeof dest !== 'number' || dest <= 0 || dest > 65535) {
      throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT', 'Port should be > 0 and < 65536. Received ' + dest + '.');
    }
    if (!this._bound) this.bind(0);
  }
  lookup(this, address, function (err, ip) {
    if (err) { if (cb) cb(err); else self.emit('error', err); return; }
    if (self._closed) return;
    var n;
    try {
      n = b.send(self._handle, buf, offset, length, dest, self._kind === 0 ? dest : ip);
    } catch (e) {
      if (cb) return cb(e);
      return self.emit('error', e);
    }
    if (cb) cb(null, n);
  });
};

Socket.prototype.close = function (cb) {
  if (this._closed) return this;
  this._closed = true;
  if (cb) this.once('close', cb);
  b.close(this._handle);
  var self = this;
  process.nextTick(function () { self.emit('close'); });
  return this;
};

Socket.prototype.address = function () {
  this._check();
  return b.address(this._handle);
};

Socket.prototype.setBroadcast = function (flag) { this._check(); b.setopt(this._handle, 'broadcast', !!flag); };
Socket.prototype.setTTL = function (ttl) { this._check(); b.setopt(this._handle, 'ttl', ttl | 0); return ttl; };
Socket.prototype.setMulticastTTL = function (ttl) { this._check(); b.setopt(this._handle, 'multicastTTL', ttl | 0); return ttl; };
Socket.prototype.setMulticastLoopback = function (flag) { this._check(); b.setopt(this._handle, 'multicastLoopback', !!flag); return flag; };
Socket.prototype.addMembership = function (group, iface) { this._check(); b.membership(this._handle, group, iface, true); };
Socket.prototype.dropMembership = function (group, iface) { this._check(); b.membership(this._handle, group, iface, false); };
Socket.prototype.ref = function () { this._refed = true; if (!this._closed) b.ref(this._handle, true); return this; };
Socket.prototype.unref = function () { this._refed = false; if (!this._closed) b.ref(this._handle, false); return this; };

exports.Socket = Socket;
exports.createSocket = function (type, listener) { return new Socket(type, listener); };
