// stream/writable.js — Writable: write and _write/_writev, cork/uncork,
// end and _final, 'finish', the writable* getters.
'use strict';

var { errors, getBuffer, highWaterMarkFrom, isEncoding, isUint8Array, nextTick, nop, rememberStack,
  toBuffer } = require('./utils');
var { construct, destroy, failStream, undestroy } = require('./destroy');
var { Stream } = require('./legacy');
var { addAbortSignal } = require('./add-abort-signal');

// Duplex extends this file's class, so ./duplex is required on first use.
var Duplex = null;
function duplexClass() { return Duplex || (Duplex = require('./duplex').Duplex); }

// ---------------------------------------------------------------------------
// Writable

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof duplexClass();
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
  var isDuplex = this instanceof duplexClass();
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

exports.Writable = Writable;
exports.afterConstructWritable = afterConstructWritable;
