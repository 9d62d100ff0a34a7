// stream/pipeline.js — pipeline(source, ...transforms, destination, callback)
// with streams, iterables and async generator functions, and stream.promises.
'use strict';

var { AbortError, combineErrors, errors, isIterable, isNodeStream, isReadable, isReadableFinished,
  isReadableNodeStream, nextTick } = require('./utils');
var { destroyAny } = require('./destroy');
var { finished } = require('./finished');
var { chunkIterator } = require('./readable');
var { Duplex } = require('./duplex');
var { PassThrough } = require('./passthrough');

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

exports.pipeline = pipeline;
exports.promises = promises;
