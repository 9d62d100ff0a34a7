// child_process — owns require('child_process'): ChildProcess, spawn, exec,
// execFile, and the blocking spawnSync/execSync/execFileSync.
//
// A ChildProcess is an EventEmitter with pid, stdin (a stream.Writable),
// stdout/stderr (stream.Readable), stdio, kill(), ref()/unref(), exitCode,
// signalCode and killed; it emits 'spawn', 'exit'(code, signal), 'error' (a
// failed start is emitted, never thrown) and 'close'(code, signal) once the
// child has exited and its readable pipes have closed. The bytes move in
// child_process.c: `binding.spawn` forks and execs, `binding.Pipe` is a pipe
// end on the loop (a stream of libnodus_aux's descriptor-stream core), and
// the calls back into this file are installed once with
// binding.setCallbacks.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
'use strict';

var EventEmitter = require('events');
var stream = require('stream');

var Buffer = require('buffer').Buffer;
var wrapArrayBuffer = require('internal/buffer').fromArrayBuffer;

var ipc = require('./ipc');

var Pipe = binding.Pipe;
var signals = binding.signals;

// ---- errors ------------------------------------------------------------------

var errors = require('internal/errors');
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;

function errnoError(err, syscall, path) {
  return binding.errnoError(err, syscall, path);
}

// "spawn ls ENOENT" with errno, code, syscall, path, spawnargs.
function spawnError(err, file, args) {
  var e = errnoError(err, 'spawn ' + file);
  e.message = 'spawn ' + file + ' ' + e.code;
  e.path = file;
  e.spawnargs = args.slice(1);
  return e;
}

function signalNumber(sig) {
  if (sig === undefined || sig === null) return signals.SIGTERM;
  if (typeof sig === 'number') {
    if (sig === 0) return 0;
    for (var k in signals) if (signals[k] === sig) return sig;
  } else if (typeof sig === 'string') {
    if (Object.prototype.hasOwnProperty.call(signals, sig)) return signals[sig];
    if (Object.prototype.hasOwnProperty.call(signals, sig.toUpperCase())) return signals[sig.toUpperCase()];
  }
  throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
}

// ---- pipe streams ----------------------------------------------------------------

// A Readable over a Pipe: reading from the kernel starts when the stream
// wants data and stops when its buffer is full.
function PipeReadable(handle, options) {
  stream.Readable.call(this, options);
  this._handle = handle;
  handle.owner = this;
  this.fd = handle.fd;
}
Object.setPrototypeOf(PipeReadable.prototype, stream.Readable.prototype);
Object.setPrototypeOf(PipeReadable, stream.Readable);

PipeReadable.prototype._read = function () {
  if (this._handle) this._handle.readStart();
};

PipeReadable.prototype._destroy = function (err, cb) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  cb(err);
};

PipeReadable.prototype.ref = function () { if (this._handle) this._handle.ref(true); return this; };
PipeReadable.prototype.unref = function () { if (this._handle) this._handle.ref(false); return this; };

// A Writable over a Pipe: end() closes the descriptor (the child sees EOF).
function PipeWritable(handle, options) {
  stream.Writable.call(this, options);
  this._handle = handle;
  this._pendingCb = null;
  handle.owner = this;
  this.fd = handle.fd;
}
Object.setPrototypeOf(PipeWritable.prototype, stream.Writable.prototype);
Object.setPrototypeOf(PipeWritable, stream.Writable);

PipeWritable.prototype._write = function (chunk, encoding, cb) {
  if (!this._handle) return cb(errnoError(-32, 'write'));
  if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
  var r = this._handle.write(chunk);
  if (r === 0) return cb();
  if (r === 1) {
    this._pendingCb = cb;
    return;
  }
  cb(errnoError(r, 'write'));
};

PipeWritable.prototype._final = function (cb) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  cb();
};

PipeWritable.prototype._destroy = function (err, cb) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  var pending = this._pendingCb;
  this._pendingCb = null;
  if (pending) pending(err || errnoError(-32, 'write'));
  cb(err);
};

PipeWritable.prototype.ref = PipeReadable.prototype.ref;
PipeWritable.prototype.unref = PipeReadable.prototype.unref;

// A Duplex over a socketpair end: extra stdio entries (fd 3 and up) given
// as 'pipe'. end() shuts the writing half down; the stream closes when both
// halves are done (allowHalfOpen false, as node's sockets for these).
function PipeDuplex(handle) {
  stream.Duplex.call(this, { allowHalfOpen: false });
  this._handle = handle;
  this._pendingCb = null;
  handle.owner = this;
  this.fd = handle.fd;
}
Object.setPrototypeOf(PipeDuplex.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(PipeDuplex, stream.Duplex);

PipeDuplex.prototype._read = PipeReadable.prototype._read;
PipeDuplex.prototype._write = PipeWritable.prototype._write;
PipeDuplex.prototype._destroy = PipeWritable.prototype._destroy;
PipeDuplex.prototype._final = function (cb) {
  var r = this._handle ? this._handle.shutdown() : 0;
  if (r === 1) this._shutdownCb = cb;   // after the queue drains: onshutdown
  else cb(r < 0 ? errnoError(r, 'shutdown') : undefined);
};
PipeDuplex.prototype.ref = PipeReadable.prototype.ref;
PipeDuplex.prototype.unref = PipeReadable.prototype.unref;

binding.setCallbacks({
  onread: function (ab, n) {
    var s = this.owner;
    if (!s) return;
    if (s.ipc) return s.onread(ab, n);
    if (n <= 0) {
      if (n < 0) s.destroy(errnoError(n, 'read'));
      else s.push(null);
      return;
    }
    if (!s.push(wrapArrayBuffer(ab, 0, n)) && this.owner === s && s._handle) s._handle.readStop();
  },
  // The one write in flight (Writable calls _write one at a time) completed
  // or failed.
  onwrite: function (count, status) {
    var s = this.owner;
    if (!s || (count === 0 && status === 0)) return;
    if (s.ipc) return s.onwrite(count, status);
    var cb = s._pendingCb;
    s._pendingCb = null;
    if (cb) cb(status < 0 ? errnoError(status, 'write') : undefined);
  },
  onshutdown: function (status) {
    var s = this.owner;
    var cb = s && s._shutdownCb;
    if (!cb) return;
    s._shutdownCb = null;
    cb(status < 0 ? errnoError(status, 'shutdown') : undefined);
  },
  onfd: function (fd) {
    var s = this.owner;
    if (s && s.ipc) s.onfd(fd);
    else binding.closeFd(fd);
  },
  onexit: function (code, signal) {
    this._onExit(code, signal);
  }
});

// ---- ChildProcess ------------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this.pid = undefined;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = null;
  this.exitCode = null;
  this.signalCode = null;
  this.killed = false;
  this.connected = false;
  this.spawnfile = undefined;
  this.spawnargs = [];
  this._closesNeeded = 1;
  this._closesGot = 0;
  this._exited = false;
  this._refed = true;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

// The normalized stdio list for binding.spawn: a descriptor number to give
// the child, -1 for a pipe, -2 for /dev/null.
function stdioList(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (stdio !== 'pipe' && stdio !== 'inherit' && stdio !== 'ignore' && stdio !== 'overlapped')
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'stdio' is invalid. Received '" + stdio + "'");
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw invalidArgType('options.stdio', 'one of type string or Array', stdio);
  }
  var out = [], ipcIndex = -1;
  for (var i = 0; i < Math.max(3, stdio.length); i++) {
    var s = stdio[i];
    if (s === undefined || s === null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ipc') {
      if (ipcIndex >= 0) throw codedError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
      ipcIndex = i;
      out.push(-3);
    } else if (s === 'pipe' || s === 'overlapped') out.push(-1);
    else if (s === 'ignore') out.push(-2);
    else if (s === 'inherit') out.push(i);
    else if (typeof s === 'number' && s >= 0 && s === (s | 0)) out.push(s);
    else if (s && typeof s === 'object' && typeof s.fd === 'number') out.push(s.fd);
    else if (s && typeof s === 'object' && s._handle && typeof s._handle.fd === 'number') out.push(s._handle.fd);
    else throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The argument \'stdio\' is invalid. Received ' + String(s));
  }
  out.ipc = ipcIndex;
  return out;
}

function envPairs(env) {
  var pairs = [];
  for (var k in env) {
    var v = env[k];
    if (v !== undefined) pairs.push(k + '=' + v);
  }
  return pairs;
}

ChildProcess.prototype.spawn = function (options) {
  var self = this;
  var stdio = stdioList(options.stdio);
  var envs = options.envPairs;
  if (stdio.ipc >= 0) {
    // The child finds its channel as Node's children do.
    envs = (envs || envPairs(process.env)).concat('NODE_CHANNEL_FD=' + stdio.ipc,
      'NODE_CHANNEL_SERIALIZATION_MODE=' + (options.serialization || 'json'));
  }
  var req = {
    file: options.file,
    args: options.args,
    envPairs: envs,
    cwd: options.cwd,
    detached: !!options.detached,
    stdio: stdio.slice()
  };
  this.spawnfile = options.file;
  this.spawnargs = options.args;
  var r = binding.spawn(req, this);
  if (r < 0) {
    // Start failures arrive as 'error' (and 'close'), never thrown.
    this._closesGot = 0;
    this._closesNeeded = 1;
    this.stdio = stdio.map(function () { return null; });
    process.nextTick(function () {
      self._exited = true;
      self.exitCode = r;
      self.emit('error', spawnError(r, self.spawnfile, self.spawnargs));
      maybeClose(self);
    });
    return r;
  }
  this.pid = r;
  this.stdio = [];
  for (var i = 0; i < stdio.length; i++) {
    if (stdio[i] === -3) {
      // The IPC channel: counted for 'close' through its 'disconnect'.
      ipc.setupChannel(this, new Pipe(req.stdio[i]), options.serialization, binding);
      this._closesNeeded++;
      // after the user's 'disconnect' listeners, as for 'exit'
      this.once('disconnect', function () { process.nextTick(maybeClose, self); });
      this.stdio.push(null);
      continue;
    }
    if (stdio[i] !== -1) {
      this.stdio.push(null);
      continue;
    }
    var h = new Pipe(req.stdio[i]);
    var s;
    if (i === 0) {
      s = new PipeWritable(h, {});
    } else {
      s = i > 2 ? new PipeDuplex(h) : new PipeReadable(h, {});
      this._closesNeeded++;
      s.on('close', function () { maybeClose(self); });
      s.read(0);
    }
    this.stdio.push(s);
  }
  this.stdin = this.stdio[0] || null;
  this.stdout = this.stdio[1] || null;
  this.stderr = this.stdio[2] || null;
  process.nextTick(function () { self.emit('spawn'); });
  return 0;
};

ChildProcess.prototype._onExit = function (code, signal) {
  this._exited = true;
  if (signal) this.signalCode = signal;
  else this.exitCode = code;
  if (this.stdin) this.stdin.destroy();
  this.emit('exit', this.exitCode, this.signalCode);
  // Streams nobody reads are drained so that 'close' still comes.
  var self = this;
  process.nextTick(function () {
    for (var i = 1; i < self.stdio.length; i++) {
      var s = self.stdio[i];
      if (s && s.readable && !s._readableState.flowing && s.listenerCount('data') === 0 &&
          s.listenerCount('readable') === 0) s.resume();
    }
  });
  maybeClose(this);
};

ChildProcess.prototype.kill = function (sig) {
  var n = signalNumber(sig);
  if (this.pid === undefined || this._exited) return false;
  var r = binding.kill(this.pid, n);
  if (r === 0) {
    this.killed = true;
    return true;
  }
  if (r === -3 /* ESRCH */) return false;
  this.emit('error', errnoError(r, 'kill'));
  return false;
};

ChildProcess.prototype.ref = function () {
  if (this.pid !== undefined) binding.refChild(this.pid, true);
  return this;
};

ChildProcess.prototype.unref = function () {
  if (this.pid !== undefined) binding.refChild(this.pid, false);
  return this;
};

// ---- option normalization ------------------------------------------------------------

function normalizeSpawnArguments(file, args, options) {
  if (typeof file !== 'string') throw invalidArgType('file', 'of type string', file);
  if (file.length === 0) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args === 'object') {
    options = args;
    args = [];
  } else {
    throw invalidArgType('args', 'an instance of Array', args);
  }
  if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  options = Object.assign({}, options);
  if (options.cwd !== undefined && options.cwd !== null) {
    if (typeof options.cwd === 'object' && options.cwd.href !== undefined) options.cwd = options.cwd.pathname;
    if (typeof options.cwd !== 'string') throw invalidArgType('options.cwd', 'of type string', options.cwd);
  }
  if (options.shell) {
    var command = [file].concat(args).join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  // v0.2's customFds: -1 makes a pipe, a descriptor is given to the child.
  if (options.stdio === undefined && Array.isArray(options.customFds)) {
    options.stdio = options.customFds.map(function (fd) { return fd === -1 ? 'pipe' : fd; });
  }
  if (options.serialization !== undefined && options.serialization !== 'json' && options.serialization !== 'advanced') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received " +
      errors.inspectValue(options.serialization));
  }
  var argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  var env = options.env || process.env;
  return {
    file: file,
    args: [argv0].concat(args),
    envPairs: envPairs(env),
    cwd: options.cwd,
    detached: !!options.detached,
    stdio: options.stdio,
    serialization: options.serialization,
    options: options
  };
}

// ---- spawn ---------------------------------------------------------------------------

function spawn(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var child = new ChildProcess();
  child.spawn(opts);
  var o = opts.options;
  if (o.timeout > 0) {
    var timer = setTimeout(function () {
      try { child.kill(o.killSignal); } catch (e) { child.emit('error', e); }
    }, o.timeout);
    child.once('exit', function () { clearTimeout(timer); });
    child.once('error', function () { clearTimeout(timer); });
  }
  return child;
}

// ---- fork ------------------------------------------------------------------------------

// stdio for fork: a string (or silent) becomes three entries plus 'ipc';
// an array must hold exactly one 'ipc'.
function forkStdio(options) {
  var stdio = options.stdio;
  if (stdio === undefined || stdio === null) return options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  if (typeof stdio === 'string') {
    if (stdio === 'inherit') return [0, 1, 2, 'ipc'];
    return [stdio, stdio, stdio, 'ipc'];
  }
  if (!Array.isArray(stdio)) throw invalidArgType('options.stdio', 'one of type string or Array', stdio);
  if (stdio.indexOf('ipc') < 0) {
    throw codedError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED',
      "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
  }
  return stdio;
}

// fork(modulePath[, args][, options]): a nodus (options.execPath) running
// modulePath with an IPC channel.
function fork(modulePath, args, options) {
  if (typeof modulePath === 'object' && modulePath !== null && typeof modulePath.href === 'string') modulePath = modulePath.pathname;
  if (typeof modulePath !== 'string') throw invalidArgType('modulePath', 'of type string or an instance of URL', modulePath);
  if (args !== undefined && args !== null && !Array.isArray(args)) {
    if (typeof args === 'object' && options === undefined) { options = args; args = []; }
    else throw invalidArgType('args', 'an instance of Array', args);
  }
  args = args ? args.slice() : [];
  if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  options = Object.assign({}, options);
  var execArgv = options.execArgv || process.execArgv;
  if (!Array.isArray(execArgv)) throw invalidArgType('options.execArgv', 'an instance of Array', execArgv);
  options.stdio = forkStdio(options);
  options.shell = false;
  var file = options.execPath || process.execPath;
  return spawn(file, execArgv.concat([modulePath], args), options);
}

// In a forked child: process.send and friends over the descriptor the
// parent named in NODE_CHANNEL_FD (called once by the process plugin).
function forkChild(fd, mode) {
  var r = binding.adoptChannel(fd);
  if (r < 0) throw errnoError(r, 'NODE_CHANNEL_FD');
  var ch = ipc.setupChannel(process, new Pipe(fd), mode, binding);
  // An idle channel keeps nobody alive: it holds the loop only while
  // someone listens for 'message' or 'disconnect' (or channel.ref()).
  var handle = ch.handle;
  function listened() { return process.listenerCount('message') + process.listenerCount('disconnect') > 0; }
  handle.ref(listened());
  process.on('newListener', function (name) {
    if ((name === 'message' || name === 'disconnect') && !ch.closed) handle.ref(true);
  });
  process.on('removeListener', function (name) {
    if ((name === 'message' || name === 'disconnect') && !ch.closed && !listened()) handle.ref(false);
  });
}

// ---- execFile / exec ---------------------------------------------------------------------

function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = undefined; options = undefined; }
  else if (typeof options === 'function') { callback = options; options = undefined; }
  if (args && !Array.isArray(args) && typeof args === 'object') { options = args; args = undefined; }
  options = Object.assign({ encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM' },
                          options || {});
  if (typeof options.timeout !== 'number' || options.timeout < 0)
    throw invalidArgType('options.timeout', 'a non-negative number', options.timeout);
  var killSignal = options.killSignal;
  signalNumber(killSignal);
  var child = spawn(file, args, {
    cwd: options.cwd, env: options.env, shell: options.shell, argv0: options.argv0,
    detached: options.detached, stdio: options.stdio
  });
  var encoding = options.encoding;
  var useString = encoding && encoding !== 'buffer' && Buffer.isEncoding(encoding);
  var out = [[], []], outLen = [0, 0];
  var exited = false, killed = false, ex = null, timer = null;
  var cmd = [file].concat(args || []).join(' ');

  function collected(i) {
    var b = Buffer.concat(out[i], outLen[i]);
    return useString ? b.toString(encoding) : b;
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) clearTimeout(timer);
    if (!callback) return;
    var stdout = collected(0), stderr = collected(1);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (ex) {
      ex.cmd = cmd;
    } else {
      var msg = 'Command failed: ' + cmd;
      if (stderr.length) msg += '\n' + stderr.toString();
      ex = new Error(msg);
      ex.code = code < 0 ? child.exitCode : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
      ex.cmd = cmd;
    }
    callback(ex, stdout, stderr);
  }

  // The streams are dropped first: a grandchild (the shell's command) may
  // hold the pipes open long after the child itself is gone.
  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(function () { timer = null; kill(); }, options.timeout);
  }
  [child.stdout, child.stderr].forEach(function (s, i) {
    if (!s) return;
    s.on('data', function (chunk) {
      var max = options.maxBuffer;
      out[i].push(chunk);
      outLen[i] += chunk.length;
      if (max !== Infinity && outLen[i] > max) {
        var extra = outLen[i] - max;
        out[i][out[i].length - 1] = chunk.subarray(0, chunk.length - extra);
        outLen[i] = max;
        ex = codedError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (i ? 'stderr' : 'stdout') + ' maxBuffer length exceeded');
        kill();
      }
    });
  });
  child.addListener('close', exithandler);
  child.addListener('error', function (e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  });
  return child;
}

function normalizeExecArgs(command, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  options = Object.assign({}, options || {});
  options.shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
  return { file: command, options: options, callback: callback };
}

function exec(command, options, callback) {
  if (typeof command !== 'string') throw invalidArgType('command', 'of type string', command);
  var o = normalizeExecArgs(command, options, callback);
  return execFile(o.file, undefined, o.options, o.callback);
}

// ---- the synchronous family ---------------------------------------------------------------

function spawnSync(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var o = opts.options;
  var stdio = stdioList(o.stdio);
  var input = o.input;
  if (typeof input === 'string') input = Buffer.from(input, o.encoding && o.encoding !== 'buffer' ? o.encoding : 'utf8');
  else if (input !== undefined && input !== null && !(input instanceof Uint8Array))
    throw invalidArgType('options.input', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  var r = binding.spawnSync({
    file: opts.file, args: opts.args, envPairs: opts.envPairs, cwd: opts.cwd, detached: opts.detached,
    stdio: stdio, input: input === null ? undefined : input,
    timeout: o.timeout > 0 ? o.timeout : 0,
    killSignal: signalNumber(o.killSignal),
    maxBuffer: o.maxBuffer === undefined ? 1024 * 1024 : (o.maxBuffer === Infinity ? 0 : o.maxBuffer)
  });
  var result = { pid: r.pid || 0, output: null, stdout: null, stderr: null, status: null, signal: null };
  if (r.output) {
    var enc = o.encoding && o.encoding !== 'buffer' && Buffer.isEncoding(o.encoding) ? o.encoding : null;
    result.output = r.output.map(function (ab) {
      if (ab === null) return null;
      var b = wrapArrayBuffer(ab, 0, ab.byteLength);
      return enc ? b.toString(enc) : b;
    });
    result.stdout = result.output[1];
    result.stderr = result.output[2];
    result.status = r.status;
    result.signal = r.signal;
  }
  if (r.error) {
    var syscall = 'spawnSync ' + opts.file;
    var e = errnoError(r.error, syscall, opts.file);
    e.message = syscall + ' ' + e.code;
    e.path = opts.file;
    e.spawnargs = opts.args.slice(1);
    result.error = e;
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  var err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    var msg = 'Command failed: ' + (cmd || args.join(' '));
    if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (args && !Array.isArray(args) && typeof args === 'object') { options = args; args = undefined; }
  options = Object.assign({}, options || {});
  var inheritStderr = !options.stdio;
  var ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  var err = checkExecSyncError(ret, [file].concat(args || []), undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  if (typeof command !== 'string') throw invalidArgType('command', 'of type string', command);
  options = Object.assign({}, options || {});
  options.shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
  var inheritStderr = !options.stdio;
  var ret = spawnSync(command, undefined, options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  var err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

exports.ChildProcess = ChildProcess;
exports.spawn = spawn;
exports.fork = fork;
exports._forkChild = forkChild;
exports.exec = exec;
exports.execFile = execFile;
exports.spawnSync = spawnSync;
exports.execSync = execSync;
exports.execFileSync = execFileSync;
