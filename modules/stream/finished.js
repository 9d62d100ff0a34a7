// stream/finished.js — finished(stream, [options], callback), Node's
// end-of-stream.
'use strict';

var { AbortError, erroredOf, errors, isClosed, isNodeStream, isReadable, isReadableFinished,
  isReadableNodeStream, isWritable, isWritableFinished, isWritableNodeStream, nextTick, nop,
  willEmitClose } = require('./utils');

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

exports.finished = finished;
