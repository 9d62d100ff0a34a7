// stream/legacy.js — v0.2's Stream: an EventEmitter whose pipe(dest, {end})
// pauses the source when dest.write() returns false and resumes it on
// 'drain'; module.exports of the plugin and the base of every stream class.
'use strict';

var EventEmitter = require('events');

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

exports.Stream = Stream;
exports.prependListener = prependListener;
