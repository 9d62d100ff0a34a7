// zlib.js — Node's zlib module for nodus (deflate, inflate, gzip, gunzip,
// raw deflate and auto-detecting unzip; Brotli is not provided). The z_stream
// work is in zlib.c (`binding`): a handle is fed with binding.write() and
// drained one chunk at a time with binding.read(), or run whole on the
// worker pool with binding.run(). This file validates options as Node 20
// does, builds the *Sync functions, the callback forms and the Transform
// stream classes, and exposes zlib.constants and the legacy Z_* names.
'use strict';

var Buffer = require('buffer').Buffer;
var fromArrayBuffer = require('internal/buffer').fromArrayBuffer;
var stream = require('stream');
var util = require('util');

var constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 0,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1
};
// ZLIB_VERNUM from the library's version string ("1.2.13" -> 0x12d0).
(function () {
  var p = String(binding.zlibVersion).split('.').map(Number);
  constants.ZLIB_VERNUM = ((p[0] || 0) << 12) | ((p[1] || 0) << 8) | ((p[2] || 0) << 4) | (p[3] || 0);
})();
Object.freeze(constants);

var codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6
};
Object.keys(codes).forEach(function (k) { codes[codes[k]] = k; });
Object.freeze(codes);

// ---- errors and validation ---------------------------------------------------

var errors = require('internal/errors');
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;
var outOfRange = errors.outOfRange;

// A number option: undefined (or NaN) gives the default, otherwise a finite
// number within [min, max].
function rangeOrDefault(v, name, min, max, dflt) {
  if (v === undefined || (typeof v === 'number' && Number.isNaN(v))) return dflt;
  if (typeof v !== 'number') throw invalidArgType(name, 'of type number', v);
  if (!Number.isFinite(v)) throw outOfRange(name, 'a finite number', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' and <= ' + max, v);
  return v;
}

function chunkSizeOf(opts) {
  var v = opts.chunkSize;
  if (v === undefined || (typeof v === 'number' && Number.isNaN(v))) return constants.Z_DEFAULT_CHUNK;
  if (typeof v !== 'number') throw invalidArgType('options.chunkSize', 'of type number', v);
  if (!Number.isFinite(v)) throw outOfRange('options.chunkSize', 'a finite number', v);
  if (v < constants.Z_MIN_CHUNK) throw outOfRange('options.chunkSize', '>= ' + constants.Z_MIN_CHUNK, v);
  return Math.min(Math.floor(v), 0x7fffffff);
}

// The validated engine settings of `opts` for `mode`.
function settings(opts, mode) {
  if (opts == null) opts = {};
  else if (typeof opts !== 'object') throw invalidArgType('options', 'of type object', opts);
  var inflating = mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.UNZIP;
  var s = {
    chunkSize: chunkSizeOf(opts),
    flush: rangeOrDefault(opts.flush, 'options.flush', 0, 5, constants.Z_NO_FLUSH),
    finishFlush: rangeOrDefault(opts.finishFlush, 'options.finishFlush', 0, 5, constants.Z_FINISH),
    level: rangeOrDefault(opts.level, 'options.level', -1, 9, constants.Z_DEFAULT_COMPRESSION),
    memLevel: rangeOrDefault(opts.memLevel, 'options.memLevel', 1, 9, constants.Z_DEFAULT_MEMLEVEL),
    strategy: rangeOrDefault(opts.strategy, 'options.strategy', 0, 4, constants.Z_DEFAULT_STRATEGY),
    maxOutputLength: rangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
      Buffer.constants ? Buffer.constants.MAX_LENGTH : 0x100000000, Infinity)
  };
  if (inflating && opts.windowBits === 0) s.windowBits = 0;
  else s.windowBits = rangeOrDefault(opts.windowBits, 'options.windowBits', 8, 15, 15);
  var dict = opts.dictionary;
  if (dict !== undefined) {
    if (dict instanceof ArrayBuffer) dict = new Uint8Array(dict);
    else if (!ArrayBuffer.isView(dict)) {
      throw invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dict);
    }
  }
  s.dictionary = dict;
  s.level = Math.trunc(s.level);
  s.memLevel = Math.trunc(s.memLevel);
  s.strategy = Math.trunc(s.strategy);
  s.windowBits = Math.trunc(s.windowBits);
  return s;
}

function newHandle(mode, s) {
  return binding.create(mode, s.level, s.windowBits, s.memLevel, s.strategy, s.dictionary);
}

var INPUT_TYPES = 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer';

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw invalidArgType('buffer', INPUT_TYPES, buffer);
}

function toBuffer(ab) { return fromArrayBuffer(ab, 0, ab.byteLength); }

function tooLarge(max) {
  return codedError(RangeError, 'ERR_BUFFER_TOO_LARGE',
    'Cannot create a Buffer larger than ' + max + ' bytes');
}

// ---- one-shot forms -------------------------------------------------------------

function processSync(mode, buffer, opts) {
  var input = toInput(buffer);
  var s = settings(opts, mode);
  var handle = newHandle(mode, s);
  var parts = [], total = 0, ab;
  try {
    binding.write(handle, input, s.finishFlush);
    while ((ab = binding.read(handle, s.chunkSize)) !== null) {
      total += ab.byteLength;
      if (total > s.maxOutputLength) throw tooLarge(s.maxOutputLength);
      parts.push(toBuffer(ab));
    }
  } finally {
    binding.close(handle);
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, total);
}

function processAsync(mode, buffer, opts, callback) {
  if (typeof opts === 'function') { callback = opts; opts = {}; }
  errors.validateFunction(callback, 'callback');
  var input = toInput(buffer);
  var s = settings(opts, mode);
  var handle = newHandle(mode, s);
  binding.run(handle, input, s.finishFlush, s.chunkSize, function (err, ab) {
    binding.close(handle);
    if (err) return callback(err);
    if (ab.byteLength > s.maxOutputLength) return callback(tooLarge(s.maxOutputLength));
    callback(null, toBuffer(ab));
  });
}

function promisified(fn) {
  fn[util.promisify && util.promisify.custom || Symbol.for('nodejs.util.promisify.custom')] = function (buffer, opts) {
    return new Promise(function (resolve, reject) {
      fn(buffer, opts || {}, function (err, res) { if (err) reject(err); else resolve(res); });
    });
  };
  return fn;
}

// ---- streams ----------------------------------------------------------------------

var kHandle = Symbol('kHandle');
var kSettings = Symbol('kSettings');
var kFlushes = Symbol('kFlushes');
var kResume = Symbol('kResume');

function ZlibBase(opts, mode) {
  var s = settings(opts, mode);
  stream.Transform.call(this, opts ? Object.assign({}, opts) : undefined);
  this[kHandle] = newHandle(mode, s);
  this[kSettings] = s;
  this[kFlushes] = new WeakMap();
  this.bytesWritten = 0;
  this._closed = false;
  var self = this;
  this.once('end', function () { self.close(); });
}
util.inherits(ZlibBase, stream.Transform);

Object.defineProperty(ZlibBase.prototype, '_handle', {
  configurable: true,
  get: function () { return this._closed ? null : this[kHandle]; }
});

// Feeds one input chunk with `flag`, then pushes its output one chunk at a
// time; when the readable side is full the rest waits for the next _read(),
// so a highly compressed input never inflates into memory all at once.
ZlibBase.prototype._feed = function (chunk, flag, cb) {
  try {
    binding.write(this[kHandle], chunk, flag);
  } catch (err) {
    this._closeHandle();
    return cb(err);
  }
  this.bytesWritten += chunk.byteLength;
  this._drain(cb);
};

ZlibBase.prototype._drain = function (cb) {
  var h = this[kHandle], size = this[kSettings].chunkSize, ab, self = this;
  try {
    while ((ab = binding.read(h, size)) !== null) {
      if (!this.push(toBuffer(ab))) {
        this[kResume] = function () { self._drain(cb); };
        return;
      }
    }
  } catch (err) {
    this._closeHandle();
    return cb(err);
  }
  cb();
};

ZlibBase.prototype._read = function (n) {
  var resume = this[kResume];
  if (resume) {
    this[kResume] = null;
    if (!this._closed) resume();
    return;
  }
  stream.Transform.prototype._read.call(this, n);
};

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
  var flag = this[kFlushes].get(chunk);
  if (flag === undefined) flag = this[kSettings].flush;
  this._feed(chunk, flag, cb);
};

ZlibBase.prototype._flush = function (cb) {
  if (this._closed) return cb();
  this._feed(Buffer.alloc(0), this[kSettings].finishFlush, cb);
};

ZlibBase.prototype._destroy = function (err, cb) {
  this._closeHandle();
  cb(err);
};

ZlibBase.prototype._closeHandle = function () {
  if (this._closed) return;
  this._closed = true;
  binding.close(this[kHandle]);
};

// flush([kind], [callback]): compresses what was written so far with `kind`
// (Z_FULL_FLUSH by default) and pushes it out.
ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = constants.Z_FULL_FLUSH;
  }
  if (this.writableFinished || this.writableEnded || this._closed) {
    if (callback) process.nextTick(callback);
    return;
  }
  var marker = Buffer.alloc(0);
  this[kFlushes].set(marker, kind);
  this.write(marker, callback);
};

// params(level, strategy, callback): changes the compression settings after
// flushing what was written with the old ones.
ZlibBase.prototype.params = function (level, strategy, callback) {
  level = rangeOrDefault(level, 'level', -1, 9, -1);
  strategy = rangeOrDefault(strategy, 'strategy', 0, 4, 0);
  var self = this;
  this.flush(constants.Z_SYNC_FLUSH, function () {
    if (self._closed) {
      if (callback) callback(codedError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed'));
      return;
    }
    var s = self[kSettings];
    if (s.level !== level || s.strategy !== strategy) {
      var ab = binding.params(self[kHandle], level, strategy);
      if (ab) self.push(toBuffer(ab));
      s.level = level;
      s.strategy = strategy;
    }
    if (callback) callback();
  });
};

ZlibBase.prototype.reset = function () {
  if (this._closed) throw codedError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed');
  binding.reset(this[kHandle]);
};

ZlibBase.prototype.close = function (callback) {
  if (callback) {
    if (this.destroyed) process.nextTick(callback);
    else this.once('close', callback);
  }
  this._closeHandle();
  if (!this.destroyed) this.destroy();
};

function defineClass(name, mode) {
  var Ctor = function (opts) {
    if (!(this instanceof Ctor)) return new Ctor(opts);
    ZlibBase.call(this, opts, mode);
  };
  Object.defineProperty(Ctor, 'name', { value: name });
  util.inherits(Ctor, ZlibBase);
  return Ctor;
}

var Deflate = defineClass('Deflate', constants.DEFLATE);
var Inflate = defineClass('Inflate', constants.INFLATE);
var Gzip = defineClass('Gzip', constants.GZIP);
var Gunzip = defineClass('Gunzip', constants.GUNZIP);
var DeflateRaw = defineClass('DeflateRaw', constants.DEFLATERAW);
var InflateRaw = defineClass('InflateRaw', constants.INFLATERAW);
var Unzip = defineClass('Unzip', constants.UNZIP);

// ---- crc32 -------------------------------------------------------------------------

function crc32(data, value) {
  if (value === undefined) value = 0;
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw outOfRange('value', '>= 0 && <= 4294967295', value);
  }
  return binding.crc32(data, value);
}

// ---- exports -----------------------------------------------------------------------

function oneShot(mode) {
  return {
    sync: function (buffer, opts) { return processSync(mode, buffer, opts); },
    async: promisified(function (buffer, opts, callback) { processAsync(mode, buffer, opts, callback); })
  };
}

var forms = {
  deflate: [constants.DEFLATE, Deflate],
  inflate: [constants.INFLATE, Inflate],
  gzip: [constants.GZIP, Gzip],
  gunzip: [constants.GUNZIP, Gunzip],
  deflateRaw: [constants.DEFLATERAW, DeflateRaw],
  inflateRaw: [constants.INFLATERAW, InflateRaw],
  unzip: [constants.UNZIP, Unzip]
};

Object.keys(forms).forEach(function (name) {
  var mode = forms[name][0], Ctor = forms[name][1];
  var f = oneShot(mode);
  exports[name] = f.async;
  exports[name + 'Sync'] = f.sync;
  exports['create' + Ctor.name] = function (opts) { return new Ctor(opts); };
  exports[Ctor.name] = Ctor;
});

exports.crc32 = crc32;
exports.constants = constants;
exports.codes = codes;

// The legacy names: zlib.Z_NO_FLUSH and the rest, read-only and hidden
// from enumeration as in Node.
Object.keys(constants).forEach(function (k) {
  Object.defineProperty(exports, k, { value: constants[k], enumerable: false, writable: false });
});
