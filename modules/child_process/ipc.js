// ipc.js — owns the IPC channel between a parent and a forked child: one
// Pipe (a UNIX socketpair end on the descriptor-stream core) per side, the
// framing, send() with its queue and callbacks, descriptor passing, and
// disconnect. setupChannel(target, handle, mode) gives `target` (a
// ChildProcess in the parent, `process` in the child) send, disconnect,
// connected, channel and the 'message'/'disconnect' events.
//
// Framing is Node's, so that a nodus parent can fork a node child and the
// other way round: in 'json' mode one JSON text a line ("\n" never occurs
// inside JSON.stringify's output); in 'advanced' mode a uint32 big-endian
// length before each payload (serializer.js owns the payload). A handle
// (net.Server, net.Socket) travels as {cmd: 'NODE_HANDLE', type, msg} with
// its descriptor attached by SCM_RIGHTS to the message's first byte.
'use strict';

var Buffer = require('buffer').Buffer;
var wrapArrayBuffer = require('internal/buffer').fromArrayBuffer;
var errors = require('internal/errors');
var serializer = require('./serializer');
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;

// send() reports false past this many bytes queued (as Node).
var QUEUE_LIMIT = 65536 * 2;

function channelClosed() {
  return codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
}

// The channel object the handle's callbacks reach through handle.owner.
function Channel(target, handle, mode, binding) {
  this.ipc = true;
  this.target = target;
  this.handle = handle;
  this.binding = binding;
  this.json = mode !== 'advanced';
  this.pending = [];     // bytes of an incomplete message
  this.pendingLen = 0;
  this.need = 0;         // advanced mode: bytes the frame in progress needs
  this.fds = [];         // descriptors received, waiting for their messages
  this.callbacks = [];   // send callbacks of writes queued in the core, in order
  this.disconnecting = false;
  this.closed = false;
  handle.owner = this;
}

// onread from the stream core: n > 0 bytes, 0 EOF, < 0 -errno.
Channel.prototype.onread = function (ab, n) {
  if (n <= 0) return this.destroy();
  var chunk = wrapArrayBuffer(ab, 0, n);
  if (this.json) this.readLines(chunk);
  else this.readFrames(chunk);
};

Channel.prototype.readLines = function (chunk) {
  var start = 0, nl;
  while (!this.closed && (nl = chunk.indexOf(10, start)) >= 0) {
    var line;
    if (this.pendingLen) {
      this.pending.push(chunk.subarray(start, nl));
      line = Buffer.concat(this.pending, this.pendingLen + nl - start).toString('utf8');
      this.pending = [];
      this.pendingLen = 0;
    } else {
      line = chunk.toString('utf8', start, nl);
    }
    start = nl + 1;
    this.deliverOrResume(JSON.parse(line), chunk.subarray(start), this.readLines);
  }
  if (start < chunk.length && !this.closed) {
    this.pending.push(chunk.subarray(start));
    this.pendingLen += chunk.length - start;
  }
};

Channel.prototype.readFrames = function (chunk) {
  if (this.pendingLen) {
    // Joined only once the frame in progress is complete: a large frame
    // arriving in many reads is copied once, not once a read.
    this.pending.push(chunk);
    this.pendingLen += chunk.length;
    if (this.pendingLen < this.need) return;
    chunk = Buffer.concat(this.pending, this.pendingLen);
    this.pending = [];
    this.pendingLen = 0;
  }
  var pos = 0;
  while (!this.closed && chunk.length - pos >= 4) {
    var size = chunk.readUInt32BE(pos);
    if (chunk.length - pos - 4 < size) break;
    var value = serializer.deserialize(chunk.subarray(pos + 4, pos + 4 + size));
    pos += 4 + size;
    this.deliverOrResume(value, chunk.subarray(pos), this.readFrames);
  }
  if (pos < chunk.length && !this.closed) {
    this.pending.push(chunk.subarray(pos));
    this.pendingLen = chunk.length - pos;
    this.need = this.pendingLen >= 4 ? 4 + chunk.readUInt32BE(pos) : 4;
  }
};

// A listener that throws (the exception goes on to 'uncaughtException')
// leaves the rest of the read to the next tick, still ahead of later reads.
Channel.prototype.deliverOrResume = function (message, rest, parse) {
  var ok = false;
  try {
    this.deliver(message);
    ok = true;
  } finally {
    if (!ok && rest.length) {
      var self = this;
      process.nextTick(function () { if (!self.closed) parse.call(self, rest); });
    }
  }
};

Channel.prototype.deliver = function (message) {
  var target = this.target;
  if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
      message.cmd.slice(0, 5) === 'NODE_') {
    if (message.cmd === 'NODE_HANDLE') {
      // A node sender holds its queue until the handle is acknowledged.
      if (!this.closed) this.handle.write(this.encode({ cmd: 'NODE_HANDLE_ACK' }), false);
      var fd = this.fds.shift();
      var inner = message.msg;
      if (inner !== null && typeof inner === 'object' && typeof inner.cmd === 'string' &&
          inner.cmd.slice(0, 5) === 'NODE_') {
        // cluster's control messages: the raw descriptor goes to its owner.
        if (fd !== undefined && target.listenerCount('internalMessage') === 0) {
          this.binding.closeFd(fd);
          fd = undefined;
        }
        target.emit('internalMessage', inner, fd);
        return;
      }
      var handle = fd === undefined ? undefined : receivedHandle(message.type, fd, this.binding);
      target.emit('message', message.msg, handle);
      return;
    }
    target.emit('internalMessage', message);
    return;
  }
  target.emit('message', message);
};

function receivedHandle(type, fd, binding) {
  var net = require('net');
  if (type === 'net.Server') {
    var server = new net.Server();
    server.listen({ fd: fd });
    return server;
  }
  if (type === 'net.Socket') return new net.Socket({ fd: fd, readable: true, writable: true });
  binding.closeFd(fd);
  return undefined;
}

Channel.prototype.onfd = function (fd) {
  if (this.closed) this.binding.closeFd(fd);
  else this.fds.push(fd);
};

// count queued writes completed (or failed with status).
Channel.prototype.onwrite = function (count, status) {
  var err = status < 0 ? this.binding.errnoError(status, 'write') : undefined;
  for (var i = 0; i < count && this.callbacks.length; i++) {
    var cb = this.callbacks.shift();
    if (cb) cb(err);
  }
  if (this.disconnecting && this.callbacks.length === 0) this.destroy();
};

// The channel ends: the peer went away, the read failed, or disconnect()
// after the queue drained. 'disconnect' once, on the next tick.
Channel.prototype.destroy = function () {
  if (this.closed) return;
  this.closed = true;
  var target = this.target;
  target.connected = false;
  this.handle.close();
  while (this.fds.length) this.binding.closeFd(this.fds.shift());
  var cbs = this.callbacks;
  this.callbacks = [];
  var err = cbs.length ? channelClosed() : null;
  process.nextTick(function () {
    for (var i = 0; i < cbs.length; i++) if (cbs[i]) cbs[i](err);
    target.emit('disconnect');
  });
};

Channel.prototype.encode = function (message) {
  if (this.json) return JSON.stringify(message) + '\n';
  return serializer.serialize(message);
};

// What a target's send() does, Node's argument rules included.
function send(target, message, sendHandle, options, callback) {
  if (typeof sendHandle === 'function') {
    callback = sendHandle;
    sendHandle = undefined;
    options = undefined;
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'of type object', options);
  }
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  if (message === undefined) throw errors.missingArgs('message');
  var ch = target._channel;
  if (ch && ch.json && typeof message !== 'string' && typeof message !== 'object' &&
      typeof message !== 'number' && typeof message !== 'boolean') {
    throw invalidArgType('message', 'one of type string, object, number, or boolean', message);
  }
  if (!ch || ch.closed || ch.disconnecting) {
    var ex = channelClosed();
    if (callback) process.nextTick(callback, ex);
    else process.nextTick(function () { target.emit('error', ex); });
    return false;
  }
  var fd, socketToClose = null;
  if (sendHandle !== undefined && sendHandle !== null) {
    var net = require('net');
    var type;
    if (sendHandle instanceof net.Server) type = 'net.Server';
    else if (sendHandle instanceof net.Socket) type = 'net.Socket';
    else throw codedError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
    fd = sendHandle._handle ? sendHandle._handle.fd : -1;
    if (typeof fd !== 'number' || fd < 0) {
      var bad = ch.binding.errnoError(-9 /* EBADF: closed, or not listening yet */, 'send');
      if (callback) process.nextTick(callback, bad);
      else process.nextTick(function () { target.emit('error', bad); });
      return false;
    }
    message = { cmd: 'NODE_HANDLE', type: type, msg: message };
    // A sent socket belongs to the receiver from now on (unless keepOpen);
    // the core keeps its own duplicate of the descriptor for the send.
    if (type === 'net.Socket' && !(options && options.keepOpen)) socketToClose = sendHandle;
  }
  var data = ch.encode(message); // throws at send for what cannot be serialized
  var r = ch.handle.write(data, false, fd === undefined ? undefined : fd);
  if (socketToClose) socketToClose.destroy();
  if (r < 0) {
    var err = ch.binding.errnoError(r, 'write');
    if (callback) process.nextTick(callback, err);
    else process.nextTick(function () { target.emit('error', err); });
    return false;
  }
  if (r === 1) ch.callbacks.push(callback || null);
  else if (callback) process.nextTick(callback, null);
  return ch.handle.writeQueueSize < QUEUE_LIMIT;
}

function disconnect(target) {
  var ch = target._channel;
  if (!ch || ch.closed || ch.disconnecting) {
    target.emit('error', codedError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
    return;
  }
  target.connected = false;
  if (ch.callbacks.length) ch.disconnecting = true; // closes once the queue drains
  else ch.destroy();
}

// Gives target its channel over handle (a Pipe already open on the
// socketpair end) and starts reading.
function setupChannel(target, handle, mode, binding) {
  var ch = new Channel(target, handle, mode, binding);
  target._channel = ch;
  target.connected = true;
  target.channel = {
    get fd() { return ch.closed ? undefined : handle.fd; },
    ref: function () { if (!ch.closed) handle.ref(true); },
    unref: function () { if (!ch.closed) handle.ref(false); },
  };
  target.send = function (message, sendHandle, options, callback) {
    return send(this, message, sendHandle, options, callback);
  };
  target.disconnect = function () { disconnect(this); };
  var r = handle.readStart();
  if (r < 0) process.nextTick(function () { ch.destroy(); });
  return ch;
}

exports.setupChannel = setupChannel;
