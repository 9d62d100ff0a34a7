// stream/readable.js — Readable: push, read(n), paused and flowing modes,
// 'readable', setEncoding, pipe/unpipe, unshift, wrap, async iteration,
// Readable.from and the iterator helpers.
'use strict';

var { codedError, combineErrors, errors, getBuffer, highWaterMarkFrom, isUint8Array,
  newStringDecoder, nextTick, toBuffer } = require('./utils');
var { construct, destroy, destroyAny, failStream, undestroy } = require('./destroy');
var { Stream, prependListener } = require('./legacy');
var { finished } = require('./finished');
var { addAbortSignal } = require('./add-abort-signal');

// Duplex extends this file's class, so ./duplex is required on first use.
var Duplex = null;
function duplexClass() { return Duplex || (Duplex = require('./duplex').Duplex); }

// ---------------------------------------------------------------------------
// Readable

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof duplexClass();
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
  var isDuplex = this instanceof duplexClass();
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

exports.Readable = Readable;
exports.assign = assign;
exports.chunkIterator = chunkIterator;
exports.fillInBackground = fillInBackground;
exports.readableFrom = readableFrom;
