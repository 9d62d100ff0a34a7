// stream/destroy.js — destruction, construction and error reporting, shared
// by every stream kind: destroy(err, cb), _construct, undestroy, and
// destroyAny for stream-like things in pipelines.
'use strict';

var { AbortError, combineErrors, errors, isDestroyed, isFinished, kDestroyedByUs, nextTick,
  rememberStack } = require('./utils');

// ---------------------------------------------------------------------------
// Destruction, construction and error reporting (shared by all stream kinds)

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

exports.construct = construct;
exports.destroy = destroy;
exports.destroyAny = destroyAny;
exports.failStream = failStream;
exports.undestroy = undestroy;
