// stream — owns require('stream'): the one stream implementation that fs,
// net, http, child_process and standard I/O share.
//
//   * The v0.2 contract. Readable streams: events 'data', 'end', 'error',
//     'close', 'fd'; `readable`; setEncoding (a StringDecoder, so a 'data'
//     string never ends inside a character); pause/resume; destroy,
//     destroySoon. Writable streams: events 'drain', 'error', 'close',
//     'pipe'; `writable`; write(string|buffer, encoding, [fd]) returning
//     false once highWaterMark bytes are queued, then 'drain'; end(data,
//     encoding); destroy; destroySoon (end, then destroy once finished).
//     A numeric third write() argument is the spec's fd to pass: nodus
//     streams are not UNIX-socket streams, so it is ignored, as the spec says.
//   * Legacy `Stream` (module.exports): an EventEmitter whose pipe(dest,
//     {end}) pauses the source when dest.write() returns false and resumes it
//     on 'drain', and ends dest on the source's 'end' (destroys it on 'close').
//   * The modern API, with Node 20's event order: Readable (push, read(n),
//     _read, paused/flowing modes, 'readable', objectMode, highWaterMark,
//     setEncoding, pipe/unpipe, unshift, wrap, async iteration, Readable.from,
//     the iterator helpers), Writable (_write, _writev, cork/uncork, _final,
//     'finish', writable* getters), Duplex (and Duplex.from), Transform
//     (_transform, _flush), PassThrough, destroy(err) with _destroy, _construct,
//     autoDestroy, emitClose; finished, pipeline (streams, iterables and async
//     generator functions), stream.promises, addAbortSignal. Deferrals use
//     process.nextTick exactly where node defers, so 'end' follows the last
//     'data', 'finish' precedes 'close' and an error is emitted once.
//
// Standard I/O (for the process plugin; documented contract, the plugin's
// module.internal, which plugins reach as require('internal/stream')):
//
//   createWriteStreamForFd(fd, writeFn, [info]) -> Writable
//     writeFn(fd, chunk) writes chunk (a string, UTF-8, or a Buffer) to fd
//     completely and synchronously, throwing an Error (with code/errno) on
//     failure; stdout and stderr are synchronous in node for files and
//     terminals, and synchronous writes can never be lost at process.exit().
//     The stream has `fd`, `_isStdio: true`, `_type` and, for a terminal,
//     `isTTY: true` and `columns`/`rows` (info = { isTTY, type: 'tty' |
//     'fs' | 'pipe', columns, rows, getWindowSize() -> [columns, rows] };
//     getWindowSize, when given, is asked on every read of columns/rows).
//     end() ends the stream (later writes fail with 'write after end') and
//     destroy() marks it destroyed; neither closes the descriptor. Pipes
//     into it (legacy and modern) never end it.
//
//   createReadStreamForFd(fd, startReading, stopReading, [info])
//     -> Readable
//     startReading(onData, onEnd, onError) begins reading fd (e.g. an fd
//     watch that keeps the loop alive) and reports from the event loop:
//     onData(chunk) for every chunk (Buffer or string), onEnd() once at EOF,
//     onError(err) on a read error. stopReading() stops (drops the watch and
//     its keep-alive). The stream calls startReading when data is wanted and
//     stopReading when its buffer is full, when paused (so a paused stdin
//     does not keep the process alive) and when it ends or is destroyed;
//     startReading is called again on the next demand. Until data is wanted
//     nothing is read: stdin starts paused, resume() or a 'data' listener
//     starts it. The stream has `fd`, `_isStdio: true`, and for a terminal
//     `isTTY: true` and, when info.setRawMode is given, setRawMode(flag)
//     calling it (info = { isTTY, setRawMode(flag), highWaterMark }). v0.2's
//     process.openStdin() is `stdin.resume(); return stdin`.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// Buffer is looked up lazily (global.Buffer, else require('buffer')) so this
// plugin loads before the buffer plugin does.

'use strict';

var EventEmitter = require('events');

var nextTick = process.nextTick;

var BufferCtor = null;
function getBuffer() {
  if (BufferCtor === null) {
    BufferCtor = global.Buffer;
    if (typeof BufferCtor !== 'function') BufferCtor = require('buffer').Buffer;
  }
  return BufferCtor;
}

var StringDecoderCtor = null;
function newStringDecoder(encoding) {
  if (StringDecoderCtor === null) StringDecoderCtor = require('string_decoder').StringDecoder;
  return new StringDecoderCtor(encoding);
}

function nop() {}

// ---------------------------------------------------------------------------
// Errors: node's codes, classes and messages

var shared = require('internal/errors');
var codedError = shared.codedError;

var errors = {
  invalidArgType: shared.invalidArgType,
  invalidArgValue: shared.invalidArgValue,
  invalidReturnValue: shared.invalidReturnValue,
  unknownEncoding: shared.unknownEncoding,
  missingArgs: shared.missingArgs,
  outOfRange: shared.outOfRange,
  invalidChunk: function (value) {
    return errors.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', value);
  },
  // A subclass (or the options) did not provide _read/_write/_transform.
  missingMethod: function (name) {
    return codedError(Error, 'ERR_METHOD_MISSING', 'The ' + name + ' method must be provided by the stream');
  },
  pushAfterEof: function () { return codedError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'); },
  unshiftAfterEnd: function () {
    return codedError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
  },
  writeAfterEnd: function () { return codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); },
  destroyed: function (what) {
    return codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + what + ' after a stream was destroyed');
  },
  alreadyFinished: function (what) {
    return codedError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + what + ' after a stream was finished');
  },
  nullValues: function () { return codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'); },
  prematureClose: function () { return codedError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'); },
  multipleCallback: function () { return codedError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'); },
  cannotPipe: function () { return codedError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'); }
};

function AbortError(message, options) {
  var err = new Error(message || 'The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (options && options.cause !== undefined) err.cause = options.cause;
  Object.setPrototypeOf(err, AbortError.prototype);
  return err;
}
AbortError.prototype = Object.create(Error.prototype, {
  constructor: { value: AbortError, writable: true, configurable: true },
  name: { value: 'AbortError', writable: true, configurable: true }
});

// Touching .stack captures it where the error was first seen, as node does.
function rememberStack(err) {
  if (err && typeof err === 'object') {
    try { void err.stack; } catch (e) { /* a getter that throws is the error's business */ }
  }
}

function isEncoding(enc) {
  return typeof enc === 'string' && getBuffer().isEncoding(enc);
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

// A Buffer view of a Uint8Array (the same memory).
function toBuffer(u8) {
  var B = getBuffer();
  if (B.isBuffer(u8)) return u8;
  return B.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// ---------------------------------------------------------------------------
// Legacy Stream: an EventEmitter with the old data/pause/drain pipe

function Stream(options) {
  EventEmitter.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

Stream.prototype.pipe = function pipe(dest, options) {
  var source = this;
  var ended = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && typeof source.pause === 'function') source.pause();
  }
  function ondrain() {
    if (source.readable && typeof source.resume === 'function') source.resume();
  }
  function onend() {
    if (ended) return;
    ended = true;
    dest.end();
  }
  function onclose() {
    if (ended) return;
    ended = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    // Nobody else listens: the error is the program's to handle.
    if (EventEmitter.listenerCount(this, 'error') === 0) throw er;
  }
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);
  // stdout and stderr are never ended by a pipe.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  var current = emitter._events && emitter._events[event];
  if (!current) emitter.on(event, fn);
  else if (Array.isArray(current)) current.unshift(fn);
  else emitter._events[event] = [fn, current];
}

// ---------------------------------------------------------------------------
// Shared state helpers

var defaultHighWaterMarkBytes = 16 * 1024;
var defaultHighWaterMarkObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjects : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || !(value >= 0) || value !== Math.floor(value)) {
    throw errors.outOfRange('value', '>= 0', value);
  }
  if (objectMode) defaultHighWaterMarkObjects = value;
  else defaultHighWaterMarkBytes = value;
}

function highWaterMarkFrom(options, duplexKey, isDuplex, objectMode) {
  var hwm = null;
  var name = 'highWaterMark';
  if (options) {
    if (options.highWaterMark !== undefined && options.highWaterMark !== null) {
      hwm = options.highWaterMark;
    } else if (isDuplex && options[duplexKey] !== undefined && options[duplexKey] !== null) {
      hwm = options[duplexKey];
      name = duplexKey;
    }
  }
  if (hwm === null) return getDefaultHighWaterMark(objectMode);
  if (typeof hwm !== 'number' || hwm !== Math.floor(hwm) || hwm < 0 || !isFinite(hwm)) {
    throw errors.invalidArgValue('options.' + name, hwm);
  }
  return hwm;
}

// The error to report when two happen: the first, with the second attached.
function combineErrors(first, second) {
  if (first && second && first !== second) {
    if (Array.isArray(first.errors)) {
      first.errors.push(second);
      return first;
    }
    var err = new Error(first.message);
    err.name = 'AggregateError';
    err.errors = [first, second];
    err.code = first.code;
    return err;
  }
  return first || second;
}

// ---------------------------------------------------------------------------
// Destruction, construction and error reporting (shared by all stream kinds)

function stateOf(stream) {
  return stream._writableState || stream._readableState;
}

function noteError(err, w, r) {
  if (!err) return;
  rememberStack(err);
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy(err, cb)
function destroy(err, cb) {
  var r = this._readableState;
  var w = this._writableState;
  var s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  noteError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (s && !s.constructed) {
    // Destroying runs once _construct has called back.
    s.destroyAfterConstruct = function (constructErr) {
      callDestroy(this, combineErrors(constructErr, err), cb);
    };
  } else {
    callDestroy(this, err, cb);
  }
  return this;
}

function callDestroy(stream, err, cb) {
  var called = false;
  function onDestroyed(er) {
    if (called) return;
    called = true;
    var r = stream._readableState;
    var w = stream._writableState;
    noteError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) nextTick(emitErrorAndClose, stream, er);
    else nextTick(emitCloseEvent, stream);
  }
  try {
    stream._destroy(err || null, onDestroyed);
  } catch (e) {
    onDestroyed(e);
  }
}

function emitErrorAndClose(stream, err) {
  emitErrorOnce(stream, err);
  emitCloseEvent(stream);
}

function emitCloseEvent(stream) {
  var r = stream._readableState;
  var w = stream._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

function emitErrorOnce(stream, err) {
  var r = stream._readableState;
  var w = stream._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

// Undo destroy(): lets a stream be reused (net sockets reconnecting).
function undestroy() {
  var r = this._readableState;
  var w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Reports err on a stream: destroys it when it auto-destroys, else emits
// 'error' (deferred when `sync`, so a caller's own handlers run first).
function failStream(stream, err, sync) {
  var r = stream._readableState;
  var w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    noteError(err, w, r);
    if (sync) nextTick(emitErrorOnce, stream, err);
    else emitErrorOnce(stream, err);
  }
}

// Runs stream._construct(cb) on the next tick; reads, writes, final and
// destroy wait for it. `then` runs once construction succeeded.
function construct(stream, then) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState;
  var w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  nextTick(function () {
    var called = false;
    function onConstructed(err) {
      if (called) {
        failStream(stream, err || errors.multipleCallback());
        return;
      }
      called = true;
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      var s = w || r;
      if (s.destroyAfterConstruct) {
        var pending = s.destroyAfterConstruct;
        s.destroyAfterConstruct = null;
        pending.call(stream, err);
      } else if (err) {
        failStream(stream, err, true);
      } else {
        nextTick(then);
      }
    }
    try {
      stream._construct(onConstructed);
    } catch (e) {
      onConstructed(e);
    }
  });
}

// Destroys any stream-like thing (pipeline, async iteration); marks one
// without a `destroyed` property so it is not destroyed twice.
var kDestroyedByUs = Symbol('destroyedByStream');

function destroyAny(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (typeof stream.abort === 'function' && typeof stream.setHeader === 'function') {
    stream.abort();
  } else if (stream.req && typeof stream.req.abort === 'function' && typeof stream.req.setHeader === 'function') {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    nextTick(function () { stream.emit('error', err); });
  } else {
    nextTick(function () { stream.emit('close'); });
  }
  if (!stream.destroyed) stream[kDestroyedByUs] = true;
}

// ---------------------------------------------------------------------------
// Stream introspection (used by finished, pipeline and async iteration)

function isNodeStream(obj) {
  return !!obj && (!!obj._readableState || !!obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isReadableNodeStream(obj, strict) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState ? obj._readableState.readable !== false : true)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState ? obj._writableState.writable !== false : true)));
}

function isIterable(obj, asyncOnly) {
  if (obj === null || obj === undefined) return false;
  if (asyncOnly === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (asyncOnly === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var s = stateOf(stream);
  return !!(stream.destroyed || stream[kDestroyedByUs] || (s && s.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (typeof (stream && stream.readable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (typeof (stream && stream.writable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function erroredOf(stream) {
  if (!stream) return null;
  var r = stream._readableState;
  var w = stream._writableState;
  return (w && w.errored) || (r && r.errored) || null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  var w = stream._writableState;
  var r = stream._readableState;
  if (w && typeof w.closed === 'boolean') return w.closed;
  if (r && typeof r.closed === 'boolean') return r.closed;
  return null;
}

// Will this stream emit 'close' on its own once it is done?
function willEmitClose(stream) {
  var s = stateOf(stream);
  return !!(s && s.autoDestroy && s.emitClose && s.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  if (!stream) return false;
  var r = stream._readableState;
  var w = stream._writableState;
  return !!(stream.readableErrored || stream.writableErrored || (r && r.errorEmitted) ||
    (w && w.errorEmitted) || erroredOf(stream));
}

// ---------------------------------------------------------------------------
// Readable

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  this.highWaterMark = highWaterMarkFrom(options, 'readableHighWaterMark', isDuplex, this.objectMode);

  this.buffer = [];        // chunks (Buffers, or strings once an encoding is set, or objects)
  this.length = 0;         // bytes (characters with an encoding; items in objectMode) buffered
  this.pipes = [];
  this.flowing = null;     // null: no consumer yet; true: 'data' flows; false: paused
  this.ended = false;      // push(null) seen
  this.endEmitted = false;
  this.reading = false;    // a _read() call is outstanding
  this.constructed = true;
  this.sync = true;        // inside a synchronous _read(): defer 'readable'
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.paused = null;      // pause()/resume() called explicitly (isPaused)
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.drainWaiters = null;   // dest (one pipe) or Set of dests awaiting 'drain'
  this.manyDrainWaiters = false;
  this.fillScheduled = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  this.readable = true;
  this.destroyAfterConstruct = null;
  if (options && options.encoding) {
    this.decoder = newStringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  var isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (!isDuplex) {
    var self = this;
    construct(this, function () {
      var state = self._readableState;
      if (state.needReadable) fillInBackground(self, state);
    });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };
Readable.prototype.destroySoon = function destroySoon() { return this.destroy(); };

Readable.prototype.push = function push(chunk, encoding) {
  return acceptChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return acceptChunk(this, chunk, encoding, true);
};

function acceptChunk(stream, chunk, encoding, toFront) {
  var state = stream._readableState;
  var err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (toFront && state.encoding) {
          chunk = getBuffer().from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = getBuffer().from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (isUint8Array(chunk)) {
      chunk = toBuffer(chunk);
      encoding = '';
    } else if (chunk !== null && chunk !== undefined) {
      err = errors.invalidChunk(chunk);
    }
  }

  if (err) {
    failStream(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onPushNull(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (toFront) {
      if (state.endEmitted) {
        failStream(stream, errors.unshiftAfterEnd());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        enqueueChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      failStream(stream, errors.pushAfterEof());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) enqueueChunk(stream, state, chunk, false);
        else fillInBackground(stream, state);
      } else {
        enqueueChunk(stream, state, chunk, false);
      }
    }
  } else if (!toFront) {
    // An empty chunk: the read is over, but there is nothing to add.
    state.reading = false;
    fillInBackground(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function enqueueChunk(stream, state, chunk, toFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Flowing with nothing queued: hand the chunk straight to 'data'.
    if (state.manyDrainWaiters) state.drainWaiters.clear();
    else state.drainWaiters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (toFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) scheduleReadable(stream);
  }
  fillInBackground(stream, state);
}

function onPushNull(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // push(null) inside _read(): let the caller finish before 'readable'.
    scheduleReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableEvent(stream);
  }
}

Readable.prototype.isPaused = function isPaused() {
  var state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  var decoder = newStringDecoder(enc);
  var state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Re-decode what is already queued.
  var text = '';
  for (var i = 0; i < state.buffer.length; i++) text += decoder.write(state.buffer[i]);
  state.buffer = text !== '' ? [text] : [];
  state.length = text.length;
  return this;
};

var maxHighWaterMark = 0x40000000;

function grownHighWaterMark(n) {
  if (n > maxHighWaterMark) throw errors.outOfRange('size', '<= 1GiB', n);
  // The next power of two, so a stream is not asked for ever-growing reads.
  var hwm = 1;
  while (hwm < n) hwm *= 2;
  return hwm;
}

// How much a read(n) can return now (0: nothing yet).
function amountToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    // read() with no size: the first chunk when flowing, else everything.
    if (state.flowing && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) {
    n = NaN;
  } else if (typeof n !== 'number' || n !== Math.floor(n)) {
    n = parseInt(n, 10);
  }
  var state = this._readableState;
  var requested = n;

  if (n > state.highWaterMark) state.highWaterMark = grownHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough queued (or at the end) only triggers 'readable'/'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) scheduleEnd(this);
    else scheduleReadable(this);
    return null;
  }

  n = amountToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) scheduleEnd(this);
    return null;
  }

  // Ask _read() for more when below the high-water mark after this read.
  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      failStream(this, err);
    }
    state.sync = false;
    // A synchronous push() changed what can be returned.
    if (!state.reading) n = amountToRead(requested, state);
  }

  var ret = n > 0 ? takeFromBuffer(n, state) : null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.manyDrainWaiters) state.drainWaiters.clear();
    else state.drainWaiters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (requested !== n && state.ended) scheduleEnd(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// Removes and returns n units from the front of the queue.
function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  var list = state.buffer;
  if (state.objectMode) return list.shift();
  var first = list[0];
  if (!n || n >= state.length) {
    var all;
    if (list.length === 1) all = first;
    else if (typeof first === 'string') all = list.join('');
    else all = getBuffer().concat(list, state.length);
    state.buffer = [];
    return all;
  }
  if (n < first.length) {
    list[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return list.shift();
  if (typeof first === 'string') {
    var text = '';
    while (n > 0) {
      var s = list[0];
      if (n >= s.length) {
        text += s;
        n -= s.length;
        list.shift();
      } else {
        text += s.slice(0, n);
        list[0] = s.slice(n);
        n = 0;
      }
    }
    return text;
  }
  var out = getBuffer().allocUnsafe(n);
  var offset = 0;
  while (offset < n) {
    var b = list[0];
    var want = n - offset;
    if (want >= b.length) {
      out.set(b, offset);
      offset += b.length;
      list.shift();
    } else {
      out.set(b.subarray ? b.subarray(0, want) : b.slice(0, want), offset);
      list[0] = b.slice(want);
      offset += want;
    }
  }
  return out;
}

Readable.prototype._read = function _read() {
  throw errors.missingMethod('_read()');
};

function scheduleReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadableEvent, stream);
  }
}

function emitReadableEvent(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Want another 'readable' unless flowing, ended, or full.
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  drainWhileFlowing(stream);
}

// Fill the queue up to the high-water mark in the background.
function fillInBackground(stream, state) {
  if (!state.fillScheduled && state.constructed) {
    state.fillScheduled = true;
    nextTick(fillToHighWaterMark, stream, state);
  }
}

function fillToHighWaterMark(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var before = state.length;
    stream.read(0);
    if (before === state.length) break;  // _read() gave nothing synchronously
  }
  state.fillScheduled = false;
}

function drainWhileFlowing(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Readable.prototype.on = function on(ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    // A 'data' listener starts the flow unless pause() was called.
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) scheduleReadable(this);
      else if (!state.reading) nextTick(kickRead, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

function kickRead(stream) {
  stream.read(0);
}

Readable.prototype.removeListener = function removeListener(ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') nextTick(recheckReadableListeners, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) nextTick(recheckReadableListeners, this);
  return res;
};

function recheckReadableListeners(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) {
    // resume() was called while 'readable' listeners existed.
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

Readable.prototype.resume = function resume() {
  var state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners, resume() does not make the stream flow.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      nextTick(startFlowing, this, state);
    }
  }
  state.paused = false;
  return this;
};

function startFlowing(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  drainWhileFlowing(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function scheduleEnd(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(emitEndEvent, state, stream);
  }
}

function emitEndEvent(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    var w = stream._writableState;
    if (w && stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableHalf, stream);
    } else if (state.autoDestroy) {
      // A duplex is destroyed only once its writable side is done too.
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }
}

function endWritableHalf(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// ---- pipe -------------------------------------------------------------------

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;

  if (state.pipes.length === 1 && !state.manyDrainWaiters) {
    state.manyDrainWaiters = true;
    state.drainWaiters = new Set(state.drainWaiters ? [state.drainWaiters] : []);
  }
  state.pipes.push(dest);

  var isStdio = dest._isStdio === true ||
    (typeof process === 'object' && (dest === process.stdout || dest === process.stderr));
  var doEnd = (!pipeOpts || pipeOpts.end !== false) && !isStdio;
  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  var ondrain = null;
  var cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting on this dest, do not wait forever.
    if (ondrain && state.drainWaiters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pauseForDrain() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.drainWaiters = dest;
        state.manyDrainWaiters = false;
      } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
        state.drainWaiters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = drainHandler(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pauseForDrain();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      var s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) failStream(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pauseForDrain();
  else if (!state.flowing) src.resume();

  return dest;
};

function drainHandler(src, dest) {
  return function pipeOnDrain() {
    var state = src._readableState;
    if (state.drainWaiters === dest) state.drainWaiters = null;
    else if (state.manyDrainWaiters) state.drainWaiters.delete(dest);
    if ((!state.drainWaiters || state.drainWaiters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  var state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    var dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---- wrap: a v0.2-style stream as a modern Readable -------------------------

Readable.prototype.wrap = function wrap(stream) {
  var self = this;
  var paused = false;
  stream.on('data', function (chunk) {
    if (!self.push(chunk) && typeof stream.pause === 'function') {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { failStream(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });
  this._read = function () {
    if (paused && typeof stream.resume === 'function') {
      paused = false;
      stream.resume();
    }
  };
  // Methods only the wrapped stream has are reachable through the wrapper.
  for (var key in stream) {
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

// ---- async iteration --------------------------------------------------------

Readable.prototype[Symbol.asyncIterator] = function () {
  return chunkIterator(this, true);
};

Readable.prototype.iterator = function iterator(options) {
  return chunkIterator(this, !options || options.destroyOnReturn !== false);
};

function chunkIterator(stream, destroyOnReturn) {
  if (typeof stream.read !== 'function' || !stream._readableState) {
    stream = new Readable({ objectMode: true }).wrap(stream);
  }
  return readChunks(stream, destroyOnReturn);
}

async function* readChunks(stream, destroyOnReturn) {
  var wake = null;
  // undefined while the stream runs; null once it ended; the error if it failed
  var outcome;
  function onReadable() {
    if (wake !== null) {
      var w = wake;
      wake = null;
      w();
    }
  }
  stream.on('readable', onReadable);
  var stopWatching = finished(stream, { writable: false }, function (err) {
    outcome = err ? combineErrors(outcome, err) : null;
    onReadable();
  });
  try {
    for (;;) {
      var chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (outcome) {
        throw outcome;
      } else if (outcome === null) {
        return;
      } else {
        await new Promise(function (resolve) { wake = resolve; });
      }
    }
  } catch (err) {
    outcome = combineErrors(outcome, err);
    throw outcome;
  } finally {
    if ((outcome || destroyOnReturn) && (outcome === undefined || stream._readableState.autoDestroy)) {
      destroyAny(stream, null);
    } else {
      stream.removeListener('readable', onReadable);
      stopWatching();
    }
  }
}

// ---- Readable.from ----------------------------------------------------------

Readable.from = function from(iterable, opts) {
  return readableFrom(Readable, iterable, opts);
};

function assign(target, source) {
  if (source) for (var k in source) if (Object.prototype.hasOwnProperty.call(source, k)) target[k] = source[k];
  return target;
}

function readableFrom(Ctor, iterable, opts) {
  if (typeof iterable === 'string' || isUint8Array(iterable)) {
    return new Ctor(assign(assign({ objectMode: true }, opts), {
      read: function () {
        this.push(iterable);
        this.push(null);
      }
    }));
  }
  var iterator;
  var isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw errors.invalidArgType('iterable', 'an instance of Iterable', iterable);
  }

  var readable = new Ctor(assign({ objectMode: true, highWaterMark: 1 }, opts));
  var reading = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      pull();
    }
  };

  readable._destroy = function (error, cb) {
    closeIterator(error).then(
      function () { nextTick(cb, error); },
      function (e) { nextTick(cb, e || error); });
  };

  async function closeIterator(error) {
    var hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      var res = await iterator.throw(error);
      await res.value;
      if (res.done) return;
    }
    if (typeof iterator.return === 'function') {
      var ret = await iterator.return();
      await ret.value;
    }
  }

  async function pull() {
    for (;;) {
      try {
        var step = isAsync ? await iterator.next() : iterator.next();
        if (step.done) {
          readable.push(null);
        } else {
          var value = step.value;
          if (value && typeof value.then === 'function') value = await value;
          if (value === null) {
            reading = false;
            throw errors.nullValues();
          } else if (readable.push(value)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

// ---- iterator helpers (sequential; node's `concurrency` option runs them
// one at a time here) ---------------------------------------------------------

function checkFn(fn, name) {
  if (typeof fn !== 'function') throw errors.invalidArgType(name, 'of type function', fn);
}

function helperSignal(options) {
  return { signal: options && options.signal };
}

Readable.prototype.map = function map(fn, options) {
  checkFn(fn, 'fn');
  var src = this;
  return Readable.from(async function* () {
    for await (var chunk of src) yield await fn(chunk, helperSignal(options));
  }());
};

Readable.prototype.filter = function filter(fn, options) {
  checkFn(fn, 'fn');
  var src = this;
  return Readable.from(async function* () {
    for await (var chunk of src) if (await fn(chunk, helperSignal(options))) yield chunk;
  }());
};

Readable.prototype.flatMap = function flatMap(fn, options) {
  checkFn(fn, 'fn');
  var src = this;
  return Readable.from(async function* () {
    for await (var chunk of src) {
      var inner = await fn(chunk, helperSignal(options));
      if (inner && (typeof inner[Symbol.asyncIterator] === 'function' || typeof inner[Symbol.iterator] === 'function')) {
        for await (var v of inner) yield v;
      } else {
        yield inner;
      }
    }
  }());
};

function toCount(n, name) {
  n = Number(n);
  if (n !== n) n = 0;
  if (n < 0) throw errors.outOfRange(name, '>= 0', n);
  return Math.floor(n);
}

Readable.prototype.take = function take(n) {
  var limit = toCount(n, 'number');
  var src = this;
  return Readable.from(async function* () {
    if (limit <= 0) return;
    for await (var chunk of src) {
      yield chunk;
      if (--limit <= 0) return;
    }
  }());
};

Readable.prototype.drop = function drop(n) {
  var skip = toCount(n, 'number');
  var src = this;
  return Readable.from(async function* () {
    for await (var chunk of src) {
      if (skip > 0) skip--;
      else yield chunk;
    }
  }());
};

Readable.prototype.asIndexedPairs = function asIndexedPairs() {
  var src = this;
  return Readable.from(async function* () {
    var index = 0;
    for await (var chunk of src) yield [index++, chunk];
  }());
};

Readable.prototype.forEach = async function forEach(fn, options) {
  checkFn(fn, 'fn');
  for await (var chunk of this) await fn(chunk, helperSignal(options));
};

Readable.prototype.toArray = async function toArray() {
  var out = [];
  for await (var chunk of this) out.push(chunk);
  return out;
};

Readable.prototype.some = async function some(fn, options) {
  checkFn(fn, 'fn');
  for await (var chunk of this) if (await fn(chunk, helperSignal(options))) return true;
  return false;
};

Readable.prototype.every = async function every(fn, options) {
  checkFn(fn, 'fn');
  for await (var chunk of this) if (!(await fn(chunk, helperSignal(options)))) return false;
  return true;
};

Readable.prototype.find = async function find(fn, options) {
  checkFn(fn, 'fn');
  for await (var chunk of this) if (await fn(chunk, helperSignal(options))) return chunk;
  return undefined;
};

Readable.prototype.reduce = async function reduce(fn, initial, options) {
  checkFn(fn, 'reducer');
  var hasInitial = arguments.length > 1;
  var acc = initial;
  for await (var chunk of this) {
    if (!hasInitial) {
      acc = chunk;
      hasInitial = true;
    } else {
      acc = await fn(acc, chunk, helperSignal(options));
    }
  }
  if (!hasInitial) {
    throw codedError(TypeError, 'ERR_INVALID_ARGS', 'Reduce of an empty stream requires an initial value');
  }
  return acc;
};

// ---- Readable properties ----------------------------------------------------

Object.defineProperties(Readable.prototype, {
  readable: {
    configurable: true,
    enumerable: false,
    get: function () {
      var r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set: function (val) {
      if (this._readableState) this._readableState.readable = !!val;
    }
  },
  readableDidRead: { enumerable: false, get: function () { return this._readableState.dataEmitted; } },
  readableAborted: {
    enumerable: false,
    get: function () {
      var r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    }
  },
  readableHighWaterMark: { enumerable: false, get: function () { return this._readableState.highWaterMark; } },
  readableBuffer: { enumerable: false, get: function () { return this._readableState && this._readableState.buffer; } },
  readableFlowing: {
    enumerable: false,
    get: function () { return this._readableState.flowing; },
    set: function (v) { if (this._readableState) this._readableState.flowing = v; }
  },
  readableLength: { enumerable: false, get: function () { return this._readableState.length; } },
  readableObjectMode: { enumerable: false, get: function () { return this._readableState ? this._readableState.objectMode : false; } },
  readableEncoding: { enumerable: false, get: function () { return this._readableState ? this._readableState.encoding : null; } },
  errored: { enumerable: false, get: function () { return this._readableState ? this._readableState.errored : null; } },
  closed: { enumerable: false, get: function () { return this._readableState ? this._readableState.closed : false; } },
  destroyed: {
    enumerable: false,
    get: function () { return this._readableState ? this._readableState.destroyed : false; },
    set: function (v) { if (this._readableState) this._readableState.destroyed = v; }
  },
  readableEnded: { enumerable: false, get: function () { return this._readableState ? this._readableState.endEmitted : false; } }
});

// ---------------------------------------------------------------------------
// Writable

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  this.highWaterMark = highWaterMarkFrom(options, 'writableHighWaterMark', isDuplex, this.objectMode);

  this.finalCalled = false;
  this.needDrain = false;   // a write() returned false: emit 'drain' when emptied
  this.ending = false;      // end() called
  this.ended = false;       // end() returned
  this.finished = false;    // 'finish' emitted
  this.destroyed = false;
  // Strings become Buffers before _write() unless decodeStrings is false.
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;          // bytes (items in objectMode) written but not yet acknowledged
  this.writing = false;     // a _write()/_writev() call is outstanding
  this.corked = 0;
  this.sync = true;         // inside a _write() call: defer its callback's effects
  this.flushingQueue = false;
  var self = this;
  this.onWriteDone = function (er) { onWriteDone(stream, self, er); };
  this.writeCallback = null;
  this.writeLength = 0;
  this.deferredSettle = null;
  this.buffered = [];       // { chunk, encoding, callback } waiting for the current write
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.queueAllNoop = true;
  this.pendingcb = 0;       // writes and the final call not yet called back
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.endCallbacks = [];     // end() callbacks
  this.writable = true;
  this.destroyAfterConstruct = null;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get: function () { return this.buffered.length - this.bufferedIndex; }
});

function clearQueue(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.queueAllNoop = true;
}

var realHasInstance = Function.prototype[Symbol.hasInstance];

function Writable(options) {
  var isDuplex = this instanceof Duplex;
  if (!isDuplex && !realHasInstance.call(Writable, this)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (!isDuplex) {
    var self = this;
    construct(this, function () { afterConstructWritable(self); });
  }
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

function afterConstructWritable(stream) {
  var state = stream._writableState;
  if (!state.writing) flushQueuedWrites(stream, state);
  maybeFinish(stream, state);
}

// A Duplex counts as a Writable (it has a writable side).
Object.defineProperty(Writable, Symbol.hasInstance, {
  configurable: true,
  value: function (obj) {
    if (realHasInstance.call(this, obj)) return true;
    if (this !== Writable) return false;
    return !!(obj && obj._writableState instanceof WritableState);
  }
});

Writable.prototype.pipe = function pipe() {
  failStream(this, errors.cannotPipe());
};

Writable.prototype.destroy = function (err, cb) {
  var state = this._writableState;
  // Queued writes can no longer happen: fail them now.
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.endCallbacks.length)) {
    nextTick(failQueuedWrites, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (err, cb) { cb(err); };

Writable.prototype.destroySoon = function destroySoon() {
  var self = this;
  if (this.writable) this.end();
  if (this._writableState.finished) this.destroy();
  else this.once('finish', function () { self.destroy(); });
};

// Validates and queues one chunk; returns true (below the high-water mark),
// false (over it), or the Error the caller's callback was given.
function writeChunk(stream, chunk, encoding, cb) {
  var state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  } else {
    if (encoding && encoding !== 'buffer' && !isEncoding(encoding)) throw errors.unknownEncoding(encoding);
    // The v0.2 spec's write(data, encoding, fd): no fd passing here.
    if (typeof cb !== 'function') cb = nop;
  }

  // In objectMode the chunk and encoding reach _write() as given.
  if (chunk === null) {
    throw errors.nullValues();
  } else if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (!encoding) encoding = state.defaultEncoding;
      if (state.decodeStrings !== false) {
        chunk = getBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (isUint8Array(chunk)) {
      chunk = toBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw errors.invalidChunk(chunk);
    }
  }

  var err;
  if (state.ending) err = errors.writeAfterEnd();
  else if (state.destroyed) err = errors.destroyed('write');
  if (err) {
    nextTick(cb, err);
    failStream(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return startOrQueueWrite(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) flushQueuedWrites(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw errors.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function startOrQueueWrite(stream, state, chunk, encoding, callback) {
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.queueAllNoop && callback !== nop) state.queueAllNoop = false;
  } else {
    state.writeLength = len;
    state.writeCallback = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onWriteDone);
    state.sync = false;
  }
  // Measured after the write: one that completed synchronously is no backlog.
  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function callWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writeLength = len;
  state.writeCallback = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onWriteDone(errors.destroyed('write'));
  else if (writev) stream._writev(chunk, state.onWriteDone);
  else stream._write(chunk, encoding, state.onWriteDone);
  state.sync = false;
}

function onWriteFailed(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Writes queued behind the failed one fail too.
  failQueuedWrites(state);
  failStream(stream, er);
}

function onWriteDone(stream, state, er) {
  var sync = state.sync;
  var cb = state.writeCallback;
  if (typeof cb !== 'function') {
    failStream(stream, errors.multipleCallback());
    return;
  }
  state.writing = false;
  state.writeCallback = null;
  state.length -= state.writeLength;
  state.writeLength = 0;

  if (er) {
    rememberStack(er);
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) nextTick(onWriteFailed, stream, state, er, cb);
    else onWriteFailed(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) flushQueuedWrites(stream, state);
    if (sync) {
      // Many synchronous writes in a row share one deferred callback run.
      if (state.deferredSettle !== null && state.deferredSettle.cb === cb) {
        state.deferredSettle.count++;
      } else {
        state.deferredSettle = { count: 1, cb: cb, stream: stream, state: state };
        nextTick(settleDeferredWrites, state.deferredSettle);
      }
    } else {
      settleWrites(stream, state, 1, cb);
    }
  }
}

function settleDeferredWrites(info) {
  info.state.deferredSettle = null;
  settleWrites(info.stream, info.state, info.count, info.cb);
}

function settleWrites(stream, state, count, cb) {
  var needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) failQueuedWrites(state);
  maybeFinish(stream, state);
}

// Fails every queued write (the stream was destroyed or a write failed).
function failQueuedWrites(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var entry = state.buffered[n];
    var len = state.objectMode ? 1 : entry.chunk.length;
    state.length -= len;
    entry.callback(state.errored || errors.destroyed('write'));
  }
  var onfinish = state.endCallbacks.splice(0);
  for (var i = 0; i < onfinish.length; i++) onfinish[i](state.errored || errors.destroyed('end'));
  clearQueue(state);
}

// Writes out what was queued while a write was in flight (or corked).
function flushQueuedWrites(stream, state) {
  if (state.corked || state.flushingQueue || state.destroyed || !state.constructed) return;
  var buffered = state.buffered;
  var bufferedLength = buffered.length - state.bufferedIndex;
  if (!bufferedLength) return;

  var i = state.bufferedIndex;
  state.flushingQueue = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    var callback;
    if (state.queueAllNoop) {
      callback = nop;
    } else {
      callback = function (err) {
        for (var n = i; n < buffered.length; ++n) buffered[n].callback(err);
      };
    }
    var chunks = state.queueAllNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    callWrite(stream, state, true, state.length, chunks, '', callback);
    clearQueue(state);
  } else {
    do {
      var entry = buffered[i];
      buffered[i++] = null;
      var len = state.objectMode ? 1 : entry.chunk.length;
      callWrite(stream, state, false, len, entry.chunk, entry.encoding, entry.callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      clearQueue(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.flushingQueue = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
  else throw errors.missingMethod('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  var err;
  if (chunk !== null && chunk !== undefined) {
    var ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // the failed write already reported it
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    maybeFinish(this, state);
    state.ended = true;
  } else if (state.finished) {
    err = errors.alreadyFinished('end');
  } else if (state.destroyed) {
    err = errors.destroyed('end');
  }

  if (typeof cb === 'function') {
    if (err) nextTick(cb, err);
    else if (state.errored) nextTick(cb, state.errored);
    else if (state.finished) nextTick(cb, null);
    else state.endCallbacks.push(cb);
  }
  return this;
};

function readyToFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function runFinal(stream, state) {
  var called = false;
  function onFinal(err) {
    if (called) {
      failStream(stream, err || errors.multipleCallback());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      var callbacks = state.endCallbacks.splice(0);
      for (var i = 0; i < callbacks.length; i++) callbacks[i](err);
      failStream(stream, err, state.sync);
    } else if (readyToFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state.sync = false;
}

function beginFinishing(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      runFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

// 'finish' always comes on a later tick than what made it due, and only if
// nothing (a write, an error, destroy) intervened.
function maybeFinish(stream, state) {
  if (readyToFinish(state)) {
    beginFinishing(stream, state);
    if (state.pendingcb === 0) {
      state.pendingcb++;
      nextTick(finishIfStillReady, stream, state);
    }
  }
}

function finishIfStillReady(stream, state) {
  if (readyToFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  var callbacks = state.endCallbacks.splice(0);
  for (var i = 0; i < callbacks.length; i++) callbacks[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A duplex is destroyed only once its readable side is done too.
    var r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

Object.defineProperties(Writable.prototype, {
  closed: { enumerable: false, get: function () { return this._writableState ? this._writableState.closed : false; } },
  destroyed: {
    enumerable: false,
    get: function () { return this._writableState ? this._writableState.destroyed : false; },
    set: function (v) { if (this._writableState) this._writableState.destroyed = v; }
  },
  writable: {
    configurable: true,
    enumerable: false,
    get: function () {
      var w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set: function (val) {
      if (this._writableState) this._writableState.writable = !!val;
    }
  },
  writableFinished: { enumerable: false, get: function () { return this._writableState ? this._writableState.finished : false; } },
  writableObjectMode: { enumerable: false, get: function () { return this._writableState ? this._writableState.objectMode : false; } },
  writableBuffer: { enumerable: false, get: function () { return this._writableState && this._writableState.getBuffer(); } },
  writableEnded: { enumerable: false, get: function () { return this._writableState ? this._writableState.ending : false; } },
  writableNeedDrain: {
    enumerable: false,
    get: function () {
      var w = this._writableState;
      return w ? !w.destroyed && !w.ending && w.needDrain : false;
    }
  },
  writableHighWaterMark: { enumerable: false, get: function () { return this._writableState && this._writableState.highWaterMark; } },
  writableCorked: { enumerable: false, get: function () { return this._writableState ? this._writableState.corked : 0; } },
  writableLength: { enumerable: false, get: function () { return this._writableState && this._writableState.length; } },
  errored: { enumerable: false, get: function () { return this._writableState ? this._writableState.errored : null; } },
  writableAborted: {
    enumerable: false,
    get: function () {
      var w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    }
  }
});

// ---------------------------------------------------------------------------
// Duplex: a Readable that is also a Writable

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  var self = this;
  construct(this, function () {
    var r = self._readableState;
    if (r.needReadable) fillInBackground(self, r);
    afterConstructWritable(self);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

(function mixWritable() {
  var names = Object.getOwnPropertyNames(Writable.prototype);
  for (var i = 0; i < names.length; i++) {
    var name = names[i];
    // What Readable already has (pipe, destroy, destroyed, closed, errored) stays.
    if (!(name in Duplex.prototype)) {
      Object.defineProperty(Duplex.prototype, name, Object.getOwnPropertyDescriptor(Writable.prototype, name));
    }
  }
})();

Duplex.prototype.destroy = Writable.prototype.destroy;
Duplex.prototype.destroySoon = Writable.prototype.destroySoon;

Object.defineProperties(Duplex.prototype, {
  destroyed: {
    enumerable: false,
    get: function () {
      var r = this._readableState;
      var w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
    },
    set: function (v) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = v;
        this._writableState.destroyed = v;
      }
    }
  }
});

// Duplex.from: a Duplex (or Readable/Writable) for a stream, an iterable, an
// async generator function, or a { readable, writable } pair.
Duplex.from = function from(body) {
  if (body instanceof Duplex) return body;
  if (isReadableNodeStream(body) || isWritableNodeStream(body)) return body;
  if (typeof body === 'string' || isUint8Array(body) || isIterable(body)) {
    return readableFrom(Duplex, body, { objectMode: true, writable: false });
  }
  if (typeof body === 'function') return duplexFromGenerator(body);
  if (body && (body.readable || body.writable)) return duplexFromPair(body.readable, body.writable);
  throw errors.invalidArgType('body', 'a stream, an iterable, an async generator function or a { readable, writable } pair', body);
};

// The writes of the Duplex feed the generator; what it yields is read.
function duplexFromGenerator(fn) {
  var pending = [];
  var ended = false;
  var wake = null;
  function notify() {
    if (wake) {
      var w = wake;
      wake = null;
      w();
    }
  }
  async function* source() {
    for (;;) {
      while (pending.length) {
        var item = pending.shift();
        yield item.chunk;
        item.callback();
      }
      if (ended) return;
      await new Promise(function (resolve) { wake = resolve; });
    }
  }
  var result = fn(source());
  var d;
  var completion = null;   // an async function's promise: the writable side's end
  var outputEnded = false;
  var finalCallback = null;
  if (result && typeof result.then === 'function' && !isIterable(result)) {
    completion = result;
    d = new Duplex({ objectMode: true, highWaterMark: 1, readable: false });
    result.then(null, function (err) { d.destroy(err); });
  } else if (isIterable(result)) {
    var readable = Readable.from(result);
    d = new Duplex({ objectMode: true, highWaterMark: 1 });
    d._read = function () { readable.resume(); };
    readable.on('data', function (chunk) { if (!d.push(chunk)) readable.pause(); });
    readable.on('end', function () {
      outputEnded = true;
      d.push(null);
      // The writable side finishes once the generator has returned.
      if (finalCallback) {
        var cb = finalCallback;
        finalCallback = null;
        cb();
      }
    });
    readable.on('error', function (err) { d.destroy(err); });
  } else {
    throw errors.invalidReturnValue('Iterable, AsyncIterable or AsyncFunction', 'from', result);
  }
  d._write = function (chunk, encoding, callback) {
    pending.push({ chunk: chunk, callback: callback });
    notify();
  };
  d._final = function (callback) {
    ended = true;
    notify();
    if (completion) completion.then(function () { callback(); }, callback);
    else if (!outputEnded) finalCallback = callback;
    else callback();
  };
  return d;
}

function duplexFromPair(readable, writable) {
  var d = new Duplex({
    objectMode: !!((readable && readable.readableObjectMode) || (writable && writable.writableObjectMode)),
    readable: !!readable,
    writable: !!writable
  });
  if (writable) {
    d._write = function (chunk, encoding, callback) {
      if (writable.write(chunk, encoding)) callback();
      else writable.once('drain', function () { callback(); });
    };
    d._final = function (callback) {
      writable.end();
      finished(writable, { readable: false }, function (err) { callback(err); });
    };
    writable.on('error', function (err) { d.destroy(err); });
  }
  if (readable) {
    d._read = function () { readable.resume(); };
    readable.on('data', function (chunk) { if (!d.push(chunk)) readable.pause(); });
    readable.on('end', function () { d.push(null); });
    readable.on('error', function (err) { d.destroy(err); });
  }
  d._destroy = function (err, callback) {
    if (readable && !readable.destroyed) destroyAny(readable, err);
    if (writable && !writable.destroyed) destroyAny(writable, err);
    callback(err);
  };
  return d;
}

// ---------------------------------------------------------------------------
// Transform and PassThrough

var kTransformCallback = Symbol('transformCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A transform holds at most readableHighWaterMark items in total: with a
  // readable side that buffers nothing, the writable side buffers nothing
  // either (unless it was given its own mark).
  if (options && options.readableHighWaterMark === 0 &&
      (options.highWaterMark === undefined || options.highWaterMark === null)) {
    options = assign(assign({}, options), {
      highWaterMark: null,
      writableHighWaterMark: options.writableHighWaterMark || 0
    });
  }
  Duplex.call(this, options);
  // Pushes from _transform always come from a write, never from inside _read.
  this._readableState.sync = false;
  this[kTransformCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function transformFinal(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data !== null && data !== undefined) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

// A subclass that replaced _final still gets its _flush run at prefinish.
function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;

Transform.prototype._transform = function () {
  throw errors.missingMethod('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  var self = this;
  var rState = this._readableState;
  var wState = this._writableState;
  var length = rState.length;
  this._transform(chunk, encoding, function (err, val) {
    if (err) {
      callback(err);
      return;
    }
    if (val !== null && val !== undefined) self.push(val);
    if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      // The readable side is full: accept the next write once it is read.
      self[kTransformCallback] = callback;
    }
  });
};

Transform.prototype._read = function () {
  var callback = this[kTransformCallback];
  if (callback) {
    this[kTransformCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

// ---------------------------------------------------------------------------
// finished(stream, [options], callback): calls back once, when the stream is
// done — ended and/or finished (whichever sides are watched), and closed too
// if it is going to emit 'close' by itself — or with its error, or with
// ERR_STREAM_PREMATURE_CLOSE when it closed before being done. Returns a
// function that removes the listeners it added.

function finished(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options === null || options === undefined) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }

  var watchReadable = options.readable !== undefined && options.readable !== null
    ? !!options.readable : !!isReadableNodeStream(stream);
  var watchWritable = options.writable !== undefined && options.writable !== null
    ? !!options.writable : !!isWritableNodeStream(stream);
  var rState = stream._readableState;
  var wState = stream._writableState;

  // A stream that will emit 'close' on its own is only done at 'close'.
  var awaitClose = willEmitClose(stream) &&
    !!isReadableNodeStream(stream) === watchReadable && !!isWritableNodeStream(stream) === watchWritable;
  var readDone = !!isReadableFinished(stream, false);
  var writeDone = !!isWritableFinished(stream, false);

  var settled = false;
  var registered = [];
  function listen(emitter, event, fn) {
    emitter.on(event, fn);
    registered.push([emitter, event, fn]);
  }
  var stopSignalWatch = nop;
  function unlisten() {
    stopSignalWatch();
    while (registered.length) {
      var entry = registered.pop();
      entry[0].removeListener(entry[1], entry[2]);
    }
  }
  function settle(err) {
    if (settled) return;
    settled = true;
    if (err === undefined) callback.call(stream);
    else callback.call(stream, err);
  }

  // One side is done: settle unless the other (watched) side is still
  // going or 'close' is still to come.
  function sideDone(otherOpen, watchOther, otherDone) {
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (!otherOpen || watchOther)) return;
    if (!watchOther || otherDone) settle();
  }
  function onFinish() {
    writeDone = true;
    sideDone(stream.readable, watchReadable, readDone);
  }
  function onEnd() {
    readDone = true;
    sideDone(stream.writable, watchWritable, writeDone);
  }
  function onError(err) {
    settle(err);
  }
  // 'close': the stream's error if it has one, else premature unless the
  // watched sides got to their end.
  function onClose() {
    var errored = erroredOf(stream);
    if (errored && typeof errored !== 'boolean') return settle(errored);
    if (watchReadable && !readDone && isReadableNodeStream(stream, true) && !isReadableFinished(stream, false)) {
      return settle(errors.prematureClose());
    }
    if (watchWritable && !writeDone && !isWritableFinished(stream, false)) {
      return settle(errors.prematureClose());
    }
    settle();
  }
  // Already over when we started watching: report its error or success.
  function reportOutcome() {
    var errored = erroredOf(stream);
    if (errored && typeof errored !== 'boolean') return settle(errored);
    settle();
  }

  var looksLikeRequest = typeof stream.setHeader === 'function' && typeof stream.abort === 'function';
  if (looksLikeRequest) {
    var onRequest = function () { listen(stream.req, 'finish', onFinish); };
    listen(stream, 'complete', onFinish);
    if (!awaitClose) listen(stream, 'abort', onClose);
    if (stream.req) onRequest();
    else listen(stream, 'request', onRequest);
  } else if (watchWritable && !wState) {
    // A v0.2-style writable has no state to read: writable turning false is its end.
    var onLegacyEnd = function () { if (!stream.writable) onFinish(); };
    listen(stream, 'end', onLegacyEnd);
    listen(stream, 'close', onLegacyEnd);
  }
  if (!awaitClose && typeof stream.aborted === 'boolean') listen(stream, 'aborted', onClose);
  listen(stream, 'end', onEnd);
  listen(stream, 'finish', onFinish);
  if (options.error !== false) listen(stream, 'error', onError);
  listen(stream, 'close', onClose);

  var closed = !!isClosed(stream);
  if (closed) {
    nextTick(onClose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!awaitClose) nextTick(reportOutcome);
  } else if (!watchReadable && (!awaitClose || isReadable(stream)) && (writeDone || isWritable(stream) === false)) {
    nextTick(reportOutcome);
  } else if (!watchWritable && (!awaitClose || isWritable(stream)) && (readDone || isReadable(stream) === false)) {
    nextTick(reportOutcome);
  } else if (rState && stream.req && stream.aborted) {
    nextTick(reportOutcome);
  }

  var signal = options.signal;
  if (signal && !closed) {
    var onAbort = function () {
      unlisten();
      settle(new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort);
      stopSignalWatch = function () { signal.removeEventListener('abort', onAbort); };
      var userCallback = callback;
      callback = function () {
        signal.removeEventListener('abort', onAbort);
        return userCallback.apply(this, arguments);
      };
    }
  }

  return function stopWatching() {
    settled = true;
    unlisten();
  };
}

// ---------------------------------------------------------------------------
// pipeline(source, ...transforms, destination, callback)

// A minimal AbortController for generator stages when the runtime has none.
function createAbortController() {
  if (typeof AbortController === 'function') return new AbortController();
  var listeners = [];
  var signal = {
    aborted: false,
    reason: undefined,
    onabort: null,
    addEventListener: function (type, fn) { if (type === 'abort') listeners.push(fn); },
    removeEventListener: function (type, fn) {
      var i = listeners.indexOf(fn);
      if (type === 'abort' && i !== -1) listeners.splice(i, 1);
    },
    throwIfAborted: function () { if (signal.aborted) throw signal.reason; }
  };
  return {
    signal: signal,
    abort: function (reason) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason === undefined ? new AbortError() : reason;
      var fns = listeners.slice();
      listeners = [];
      var event = { type: 'abort', target: signal };
      if (typeof signal.onabort === 'function') signal.onabort(event);
      for (var i = 0; i < fns.length; i++) fns[i].call(signal, event);
    }
  };
}

function pipeline() {
  var stages = Array.prototype.slice.call(arguments);
  var callback = stages.pop();
  if (typeof callback !== 'function') {
    throw errors.invalidArgType('streams[stream.length - 1]', 'of type function', callback);
  }
  if (stages.length === 1 && Array.isArray(stages[0])) stages = stages[0];
  return runPipeline(stages, callback, {});
}

// Watches one stream stage; teardown(err) destroys it unless it is already done.
function watchStage(stream, reading, writing) {
  var done = false;
  stream.on('close', function () { done = true; });
  var stopWatching = finished(stream, { readable: reading, writable: writing }, function (err) { done = !err; });
  return {
    teardown: function (err) {
      if (done) return;
      done = true;
      destroyAny(stream, err || errors.destroyed('pipe'));
    },
    stopWatching: stopWatching
  };
}

function toAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return chunkIterator(val, true);
  throw errors.invalidArgType('val', 'an instance of Readable, Iterable, or AsyncIterable', val);
}

// Connects the stages and calls callback(err, value) once every stage is
// done, or as soon as one fails (after destroying all of them). `value` is
// what an async function destination resolved to.
function runPipeline(stages, callback, opts) {
  if (stages.length < 2) throw errors.missingArgs('streams');

  var controller = createAbortController();
  var outerSignal = opts.signal;
  var failure = null;
  var result;
  var teardowns = [];      // destroy each stage when the pipeline fails
  var onSuccess = [];      // listeners to drop from a readable last stage
  var outstanding = 0;     // stage completions still to come

  function onOuterAbort() {
    report(new AbortError(), false);
  }
  if (outerSignal) outerSignal.addEventListener('abort', onOuterAbort);

  function stageDone(err) {
    report(err, --outstanding === 0);
  }

  // A premature close is only a symptom: a real error reported later wins.
  function report(err, last) {
    if (err && (!failure || failure.code === 'ERR_STREAM_PREMATURE_CLOSE')) failure = err;
    if (!failure && !last) return;
    while (teardowns.length) teardowns.shift()(failure);
    if (outerSignal) outerSignal.removeEventListener('abort', onOuterAbort);
    controller.abort();
    if (last) {
      if (!failure) onSuccess.forEach(function (fn) { fn(); });
      nextTick(callback, failure || undefined, result);
    }
  }

  function track(stream, reading, writing, isLast) {
    var stage = watchStage(stream, reading, writing);
    teardowns.push(stage.teardown);
    if (isLast && isReadable(stream)) onSuccess.push(stage.stopWatching);
  }

  // Errors a stage emits after its data went through still fail the run.
  function catchLateErrors(stream, isLast) {
    function onError(err) {
      if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') stageDone(err);
    }
    stream.on('error', onError);
    if (isLast && isReadable(stream)) {
      onSuccess.push(function () { stream.removeListener('error', onError); });
    }
  }

  // A destination function returned a promise or an async iterable: feed a
  // PassThrough from it, which becomes the last stage.
  function destinationFrom(returned, end, isLast) {
    var pt = new PassThrough({ objectMode: true });
    if (returned && typeof returned.then === 'function') {
      outstanding++;
      returned.then(function (val) {
        result = val;
        if (val !== null && val !== undefined) pt.write(val);
        if (end) pt.end();
        nextTick(stageDone);
      }, function (err) {
        pt.destroy(err);
        nextTick(stageDone, err);
      });
    } else if (isIterable(returned, true)) {
      outstanding++;
      writeIterable(returned, pt, stageDone, end);
    } else {
      throw errors.invalidReturnValue('AsyncIterable or Promise', 'destination', returned);
    }
    track(pt, false, true, isLast);
    return pt;
  }

  var previous;
  stages.forEach(function (stage, i) {
    var isFirst = i === 0;
    var isLast = i === stages.length - 1;
    var end = !isLast || opts.end !== false;

    if (isNodeStream(stage)) {
      if (end) track(stage, !isLast, !isFirst, isLast);
      catchLateErrors(stage, isLast);
    }

    if (isFirst) {
      if (typeof stage === 'function') {
        previous = stage({ signal: controller.signal });
        if (!isIterable(previous)) throw errors.invalidReturnValue('Iterable, AsyncIterable or Stream', 'source', previous);
      } else if (isIterable(stage) || isReadableNodeStream(stage)) {
        previous = stage;
      } else {
        previous = Duplex.from(stage);
      }
    } else if (typeof stage === 'function') {
      var returned = stage(toAsyncIterable(previous), { signal: controller.signal });
      if (!isLast) {
        if (!isIterable(returned, true)) throw errors.invalidReturnValue('AsyncIterable', 'transform[' + (i - 1) + ']', returned);
        previous = returned;
      } else {
        previous = destinationFrom(returned, end, isLast);
      }
    } else if (isNodeStream(stage)) {
      if (isReadableNodeStream(previous)) {
        outstanding += 2;
        var stopWatchingDest = connectStages(previous, stage, stageDone, end);
        if (isLast && isReadable(stage)) onSuccess.push(stopWatchingDest);
      } else if (isIterable(previous)) {
        outstanding++;
        writeIterable(previous, stage, stageDone, end);
      } else {
        throw errors.invalidArgType('val', 'an instance of Readable, Iterable, or AsyncIterable', previous);
      }
      previous = stage;
    } else {
      previous = Duplex.from(stage);
    }
  });

  if (controller.signal.aborted || (outerSignal && outerSignal.aborted)) nextTick(onOuterAbort);
  return previous;
}

// src.pipe(dst), each reporting once to stageDone (so two completions);
// returns the function that stops watching dst.
function connectStages(src, dst, stageDone, end) {
  var endedBySource = false;
  dst.on('close', function () {
    if (!endedBySource) stageDone(errors.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    var endDestination = function () {
      endedBySource = true;
      dst.end();
    };
    if (isReadableFinished(src)) nextTick(endDestination);
    else src.once('end', endDestination);
    finished(src, { readable: true, writable: false }, function (err) {
      var r = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
        // Closed after its last chunk but before 'end' went out: 'end' still comes.
        src.once('end', stageDone).once('error', stageDone);
      } else {
        stageDone(err);
      }
    });
  } else {
    stageDone();
  }
  return finished(dst, { readable: false, writable: true }, stageDone);
}

// Writes an (async) iterable into a writable, waiting for 'drain' whenever
// write() says so; ends it when `end`; reports once to stageDone.
async function writeIterable(iterable, writable, stageDone, end) {
  var failure;
  var waiter = null;
  function wake(err) {
    if (err) failure = err;
    if (waiter !== null) {
      var w = waiter;
      waiter = null;
      w();
    }
  }
  function nextWake() {
    return new Promise(function (resolve, reject) {
      if (failure) {
        reject(failure);
        return;
      }
      waiter = function () {
        if (failure) reject(failure);
        else resolve();
      };
    });
  }
  writable.on('drain', wake);
  var stopWatching = finished(writable, { readable: false }, wake);
  try {
    if (writable.writableNeedDrain) await nextWake();
    for await (var chunk of iterable) {
      if (!writable.write(chunk)) await nextWake();
    }
    if (end) {
      writable.end();
      await nextWake();
    }
    stageDone();
  } catch (err) {
    stageDone(failure !== err ? combineErrors(failure, err) : err);
  } finally {
    stopWatching();
    writable.removeListener('drain', wake);
  }
}

// ---------------------------------------------------------------------------
// addAbortSignal and stream.promises

function addAbortSignal(signal, stream) {
  if (!signal || typeof signal !== 'object' || !('aborted' in signal)) {
    throw errors.invalidArgType('signal', 'an instance of AbortSignal', signal);
  }
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  function onAbort() {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort);
    finished(stream, function () { signal.removeEventListener('abort', onAbort); });
  }
  return stream;
}

var promises = {
  pipeline: function pipeline() {
    var streams = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      var opts = {};
      var last = streams[streams.length - 1];
      if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last) && !Array.isArray(last)) {
        opts = streams.pop();
      }
      if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
      runPipeline(streams, function (err, value) {
        if (err) reject(err);
        else resolve(value);
      }, { signal: opts.signal, end: opts.end });
    });
  },
  finished: function finished_(stream, opts) {
    return new Promise(function (resolve, reject) {
      finished(stream, opts, function (err) {
        if (err) reject(err);
        else resolve();
      });
    });
  }
};

// ---------------------------------------------------------------------------
// Standard I/O streams (contract at the top of this file)

function createWriteStreamForFd(fd, writeFn, info) {
  if (typeof writeFn !== 'function') throw errors.invalidArgType('writeFn', 'of type function', writeFn);
  info = info || {};
  var stream = new Writable({
    decodeStrings: false,
    write: function (chunk, encoding, cb) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = getBuffer().from(chunk, encoding);
      }
      try {
        writeFn(fd, chunk);
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
    writev: function (chunks, cb) {
      // One system write for what piled up while corked.
      var allStrings = true;
      for (var i = 0; i < chunks.length; i++) {
        var c = chunks[i];
        if (typeof c.chunk !== 'string' || (c.encoding !== 'utf8' && c.encoding !== 'utf-8')) allStrings = false;
      }
      var data;
      if (allStrings) {
        data = '';
        for (var j = 0; j < chunks.length; j++) data += chunks[j].chunk;
      } else {
        var B = getBuffer();
        data = B.concat(chunks.map(function (c) {
          return typeof c.chunk === 'string' ? B.from(c.chunk, c.encoding) : c.chunk;
        }));
      }
      try {
        writeFn(fd, data);
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
    destroy: function (err, cb) {
      // The descriptor stays open: stdout/stderr outlive their stream.
      cb(err);
    }
  });
  stream.fd = fd;
  stream._isStdio = true;
  stream._type = info.type || (info.isTTY ? 'tty' : 'fs');
  // As in node, isTTY exists only on terminals.
  if (info.isTTY) {
    stream.isTTY = true;
    if (typeof info.getWindowSize === 'function') {
      var getWindowSize = info.getWindowSize;
      Object.defineProperty(stream, 'columns', {
        enumerable: true,
        configurable: true,
        get: function () { var s = getWindowSize(); return s ? s[0] : undefined; }
      });
      Object.defineProperty(stream, 'rows', {
        enumerable: true,
        configurable: true,
        get: function () { var s = getWindowSize(); return s ? s[1] : undefined; }
      });
      stream.getWindowSize = function () { return getWindowSize(); };
    } else {
      if (info.columns !== undefined) stream.columns = info.columns;
      if (info.rows !== undefined) stream.rows = info.rows;
    }
  }
  return stream;
}

function createReadStreamForFd(fd, startReading, stopReading, info) {
  if (typeof startReading !== 'function') throw errors.invalidArgType('startReading', 'of type function', startReading);
  if (typeof stopReading !== 'function') throw errors.invalidArgType('stopReading', 'of type function', stopReading);
  info = info || {};
  var reading = false;
  var atEof = false;

  function stop() {
    if (reading) {
      reading = false;
      stopReading();
    }
  }

  var stream = new Readable({
    highWaterMark: info.highWaterMark,
    read: function () {
      if (reading || atEof) return;
      reading = true;
      startReading(onData, onEnd, onError);
    },
    destroy: function (err, cb) {
      stop();
      cb(err);
    }
  });

  function onData(chunk) {
    if (stream.destroyed) return;
    if (!stream.push(chunk)) stop();
  }
  function onEnd() {
    if (atEof) return;
    atEof = true;
    stop();
    if (!stream.destroyed) stream.push(null);
  }
  function onError(err) {
    stop();
    stream.destroy(err);
  }

  // Paused means not reading: a paused stdin does not keep the loop alive.
  stream.pause = function pause() {
    stop();
    return Readable.prototype.pause.call(this);
  };

  stream.fd = fd;
  stream._isStdio = true;
  if (info.isTTY) stream.isTTY = true;
  if (info.isTTY && typeof info.setRawMode === 'function') {
    var setRawMode = info.setRawMode;
    stream.isRaw = false;
    stream.setRawMode = function (flag) {
      setRawMode(!!flag);
      stream.isRaw = !!flag;
      return stream;
    };
  }
  return stream;
}

// ---------------------------------------------------------------------------
// Exports

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = finished;
Stream.addAbortSignal = addAbortSignal;
Stream.destroy = destroyAny;
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.isDestroyed = isDestroyed;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function (chunk) { return toBuffer(chunk); };

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () { return promises; }
});
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get: function () { return promises.pipeline; }
});
Object.defineProperty(finished, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get: function () { return promises.finished; }
});

module.exports = Stream;
module.internal = {
  createWriteStreamForFd: createWriteStreamForFd,
  createReadStreamForFd: createReadStreamForFd
};
