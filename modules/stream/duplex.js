// stream/duplex.js — Duplex, a Readable that is also a Writable, and
// Duplex.from.
'use strict';

var { errors, isIterable, isReadableNodeStream, isUint8Array,
  isWritableNodeStream } = require('./utils');
var { construct, destroyAny } = require('./destroy');
var { finished } = require('./finished');
var { addAbortSignal } = require('./add-abort-signal');
var { Readable, fillInBackground, readableFrom } = require('./readable');
var { Writable, afterConstructWritable } = require('./writable');

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

exports.Duplex = Duplex;
