// process.js — makes the kernel's `process` an EventEmitter and adds the
// OS-facing API from the C binding: ids, credentials, cwd/chdir, umask, kill,
// signal events, title, memoryUsage, hrtime and stdout/stderr writers.
'use strict';

var EventEmitter = require('events');
var b = binding;

// Loaded at boot: internal/errors is required on the first error only.
function errors() { return require('internal/errors'); }

Object.setPrototypeOf(process, EventEmitter.prototype);
EventEmitter.call(process);

process.pid = b.getpid();
Object.defineProperty(process, 'ppid', { get: b.getppid, enumerable: true, configurable: true });
process.arch = 'x64';
process.config = { variables: {} };
process.features = { inspector: false, tls: true };

process.getuid = b.getuid;
process.geteuid = b.geteuid;
process.getgid = b.getgid;
process.getegid = b.getegid;
process.setuid = b.setuid;
process.setgid = b.setgid;
process.seteuid = b.seteuid;
process.setegid = b.setegid;
process.getgroups = b.getgroups;
process.chdir = function chdir(dir) {
  if (typeof dir !== 'string') throw errors().invalidArgType('directory', 'of type string', dir);
  b.chdir(dir);
};
process.umask = b.umask;
process.abort = b.abort;

Object.defineProperty(process, 'title', {
  get: b.getTitle,
  set: function (v) { b.setTitle(String(v)); },
  enumerable: true,
  configurable: true,
});

process.memoryUsage = function memoryUsage() { return b.memoryUsage(); };
process.memoryUsage.rss = b.rss;
process.cpuUsage = b.cpuUsage;

var startNs = b.hrtimeBigint();
process.uptime = function uptime() { return Number(b.hrtimeBigint() - startNs) / 1e9; };

process.hrtime = function hrtime(prev) {
  var t = b.hrtime();
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw errors().invalidArgType('time', 'an instance of Array', prev);
    if (prev.length !== 2) throw errors().outOfRange('time', 2, prev.length);
    var s = t[0] - prev[0], ns = t[1] - prev[1];
    if (ns < 0) { s--; ns += 1e9; }
    return [s, ns];
  }
  return t;
};
process.hrtime.bigint = b.hrtimeBigint;

// ---- signals -------------------------------------------------------------

var signals = b.signals;
var watchers = Object.create(null);

function signalNumber(sig) {
  if (sig === undefined || sig === null) return signals.SIGTERM;
  if (typeof sig === 'number') return sig;
  if (typeof sig === 'string' && Object.prototype.hasOwnProperty.call(signals, sig)) return signals[sig];
  throw errors().codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
}

process.kill = function kill(pid, sig) {
  if (typeof pid !== 'number' || pid !== (pid | 0)) throw errors().invalidArgType('pid', 'of type number', pid);
  return b.kill(pid, sig === 0 ? 0 : signalNumber(sig));
};

process.on('newListener', function (name) {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(signals, name) || watchers[name]) return;
  watchers[name] = b.watchSignal(signals[name], function () { process.emit(name, name); });
});

process.on('removeListener', function (name) {
  if (!watchers[name] || process.listeners(name).length > 0) return;
  b.unwatchSignal(watchers[name]);
  delete watchers[name];
});

// ---- standard I/O ---------------------------------------------------------
// stdout and stderr are synchronous writable streams (as Node's are on Linux
// for files, terminals and pipes: nothing is lost at exit); stdin is a
// readable stream fed by a native reader. Streams come from the stream
// plugin; a deployment without it gets minimal synchronous writers.

// A Buffer over n bytes of an ArrayBuffer the stream core filled (no copy).
// Buffer is looked up lazily: this plugin loads before the buffer plugin.
var fromArrayBuffer = null;
function toBuffer(ab, n) {
  if (fromArrayBuffer === null) {
    try {
      fromArrayBuffer = require('internal/buffer').fromArrayBuffer;
    } catch (e) {
      return new Uint8Array(ab, 0, n); // a deployment without the buffer plugin
    }
  }
  return fromArrayBuffer(ab, 0, n);
}

function stdioInfo(fd) {
  var type = b.fdType(fd);
  return {
    isTTY: type === 'tty',
    type: type,
    getWindowSize: type === 'tty' ? function () { return b.getWindowSize(fd) || [80, 24]; } : undefined,
  };
}

function SyncWriter(fd) {
  EventEmitter.call(this);
  this.fd = fd;
  this.writable = true;
  this._isStdio = true;
  if (b.isatty(fd)) this.isTTY = true;
}
Object.setPrototypeOf(SyncWriter.prototype, EventEmitter.prototype);
SyncWriter.prototype.write = function (data, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    throw errors().invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', data);
  }
  b.writeSync(this.fd, data);
  if (typeof cb === 'function') process.nextTick(cb);
  return true;
};
SyncWriter.prototype.end = function (data, encoding, cb) {
  if (typeof data === 'function') { cb = data; data = undefined; }
  if (data !== undefined && data !== null) this.write(data, encoding);
  if (typeof cb === 'function') process.nextTick(cb);
  return this;
};

function writer(fd) {
  var stream;
  try { stream = require('internal/stream'); } catch (e) { return new SyncWriter(fd); }
  return stream.createWriteStreamForFd(fd, function (f, chunk) { b.writeSync(f, chunk, true); }, stdioInfo(fd));
}

// stdin's chunks: `this` is the Reader, its `sink` the stream's callbacks.
var readerCallbacksSet = false;
function setReaderCallbacks() {
  if (readerCallbacksSet) return;
  readerCallbacksSet = true;
  b.setCallbacks({
    onread: function (ab, n) {
      var sink = this.sink;
      if (!sink) return;
      if (n > 0) return sink.data(toBuffer(ab, n));
      this.sink = null;
      this.close();
      if (n === 0) sink.end();
      else sink.error(b.errnoError(n, 'read'));
    },
  });
}

function reader(fd) {
  var stream = require('internal/stream');
  var handle = null;
  return stream.createReadStreamForFd(fd, function start(onData, onEnd, onError) {
    if (!handle) {
      setReaderCallbacks();
      handle = new b.Reader(fd);
    }
    handle.sink = { data: onData, end: onEnd, error: onError };
    var r = handle.readStart();
    if (r < 0 && r !== -9 /* EBADF: closed at end of file */) {
      var sink = handle.sink;
      handle.sink = null;
      handle.close();
      sink.error(b.errnoError(r, 'read'));
    }
  }, function stop() {
    if (handle) handle.readStop();
  }, stdioInfo(fd));
}

var stdout, stderr, stdin;
Object.defineProperty(process, 'stdout', {
  get: function () { return stdout || (stdout = writer(1)); },
  set: function (v) { stdout = v; },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(process, 'stderr', {
  get: function () { return stderr || (stderr = writer(2)); },
  set: function (v) { stderr = v; },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(process, 'stdin', {
  get: function () { return stdin || (stdin = reader(0)); },
  set: function (v) { stdin = v; },
  enumerable: true,
  configurable: true,
});
process.openStdin = function openStdin() {
  var s = process.stdin;
  s.resume();
  return s;
};
process._writeSync = b.writeSync;

// ---- IPC: a child started by child_process.fork ---------------------------
// The parent names the channel's descriptor in NODE_CHANNEL_FD (as Node
// does); child_process owns the channel (process.send, process.channel,
// 'message', 'disconnect'). It is set up on the first tick, or sooner when
// the main module touches process.send/connected/channel.
if (process.env.NODE_CHANNEL_FD !== undefined) {
  var channelFd = parseInt(process.env.NODE_CHANNEL_FD, 10);
  var channelMode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  // Not inherited by this process's own children.
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  var channelReady = false;
  var setupChannel = function () {
    if (channelReady) return;
    channelReady = true;
    delete process.connected;
    delete process.channel;
    require('child_process')._forkChild(channelFd, channelMode);
    // A cluster worker says 'online' even if it never requires cluster.
    if (process.env.NODE_UNIQUE_ID !== undefined) require('cluster');
  };
  process.send = function send() {
    setupChannel();
    return process.send.apply(process, arguments);
  };
  process.disconnect = function disconnect() {
    setupChannel();
    return process.disconnect.apply(process, arguments);
  };
  ['connected', 'channel'].forEach(function (name) {
    Object.defineProperty(process, name, {
      get: function () { setupChannel(); return process[name]; },
      set: function (v) { delete process[name]; process[name] = v; },
      enumerable: true,
      configurable: true,
    });
  });
  process.nextTick(setupChannel);
}
