// stream/transform.js — Transform: a Duplex whose output is computed from its
// input by _transform and _flush.
'use strict';

var { errors } = require('./utils');
var { assign } = require('./readable');
var { Duplex } = require('./duplex');

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

exports.Transform = Transform;
