// serializer.js — owns the byte format of fork's `serialization: 'advanced'`
// channel: a structured clone of the value types Node's v8 serializer
// carries (primitives, BigInt, Date, RegExp, Map, Set, ArrayBuffer, typed
// arrays and DataView, Buffer, Error, arrays and plain objects, with shared
// references and cycles preserved). SpiderMonkey's structured clone is not
// reachable through the SDK, so the format is our own: a nodus parent and a
// nodus child understand each other; a node peer in advanced mode does not
// (JSON mode is the interoperable one). Functions, symbols, promises and
// other host objects throw at send ("... could not be cloned."), as Node's do.
//
// A value is one tag byte and its payload; lengths and counts are uint32
// little-endian, numbers float64. Objects get an id in the order they are
// first written; a later occurrence is a back-reference to that id.
'use strict';

var Buffer = require('buffer').Buffer;

var T_UNDEFINED = 0, T_NULL = 1, T_TRUE = 2, T_FALSE = 3, T_NUMBER = 4, T_STRING = 5,
  T_BIGINT = 6, T_DATE = 7, T_REGEXP = 8, T_MAP = 9, T_SET = 10, T_ARRAYBUFFER = 11,
  T_VIEW = 12, T_ERROR = 13, T_ARRAY = 14, T_OBJECT = 15, T_REF = 16;

// Typed-array constructors by index (the order is the format's).
var VIEWS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView, Buffer];
var ERRORS = { Error: Error, EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError,
  SyntaxError: SyntaxError, TypeError: TypeError, URIError: URIError };

function cloneError(value) {
  var s;
  try { s = typeof value === 'function' ? String(value) : typeof value === 'symbol' ? value.toString() : '#<' + (value.constructor && value.constructor.name || 'Object') + '>'; } catch (e) { s = 'value'; }
  return new Error(s + ' could not be cloned.'); // Node's message, a plain Error
}

function Writer(size) {
  this.buf = Buffer.allocUnsafe(size);
  this.pos = 4; // room for the frame's length
  this.ids = new Map();
}

Writer.prototype.room = function (n) {
  if (this.pos + n <= this.buf.length) return;
  var size = this.buf.length * 2;
  while (size < this.pos + n) size *= 2;
  var b = Buffer.allocUnsafe(size);
  this.buf.copy(b, 0, 0, this.pos);
  this.buf = b;
};
Writer.prototype.u8 = function (v) { this.room(1); this.buf[this.pos++] = v; };
Writer.prototype.u32 = function (v) { this.room(4); this.buf.writeUInt32LE(v, this.pos); this.pos += 4; };
Writer.prototype.f64 = function (v) { this.room(8); this.buf.writeDoubleLE(v, this.pos); this.pos += 8; };
Writer.prototype.str = function (s) {
  var n = Buffer.byteLength(s, 'utf8');
  this.u32(n);
  this.room(n);
  this.pos += this.buf.write(s, this.pos, n, 'utf8');
};
Writer.prototype.bytes = function (u8) {
  this.u32(u8.length);
  this.room(u8.length);
  this.buf.set(u8, this.pos);
  this.pos += u8.length;
};

Writer.prototype.value = function (v) {
  switch (typeof v) {
    case 'undefined': return this.u8(T_UNDEFINED);
    case 'boolean': return this.u8(v ? T_TRUE : T_FALSE);
    case 'number': this.u8(T_NUMBER); return this.f64(v);
    case 'string': this.u8(T_STRING); return this.str(v);
    case 'bigint': this.u8(T_BIGINT); return this.str(v.toString(16));
    case 'object': break;
    default: throw cloneError(v);
  }
  if (v === null) return this.u8(T_NULL);
  var id = this.ids.get(v);
  if (id !== undefined) { this.u8(T_REF); return this.u32(id); }
  this.ids.set(v, this.ids.size);
  var i, k, keys;
  if (Array.isArray(v)) {
    this.u8(T_ARRAY);
    this.u32(v.length);
    for (i = 0; i < v.length; i++) this.value(v[i]);
  } else if (v instanceof Date) {
    this.u8(T_DATE); this.f64(v.getTime());
  } else if (v instanceof RegExp) {
    this.u8(T_REGEXP); this.str(v.source); this.str(v.flags);
  } else if (v instanceof Map) {
    this.u8(T_MAP); this.u32(v.size);
    var self = this;
    v.forEach(function (val, key) { self.value(key); self.value(val); });
  } else if (v instanceof Set) {
    this.u8(T_SET); this.u32(v.size);
    var me = this;
    v.forEach(function (val) { me.value(val); });
  } else if (v instanceof ArrayBuffer) {
    this.u8(T_ARRAYBUFFER); this.bytes(new Uint8Array(v));
  } else if (ArrayBuffer.isView(v)) {
    var kind = Buffer.isBuffer(v) ? VIEWS.length - 1 : VIEWS.indexOf(v.constructor);
    if (kind < 0) {
      for (i = 0; i < VIEWS.length - 1 && !(v instanceof VIEWS[i]); i++);
      kind = i;
    }
    this.u8(T_VIEW); this.u8(kind);
    this.bytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  } else if (v instanceof Error) {
    this.u8(T_ERROR);
    this.str(ERRORS[v.name] ? v.name : 'Error');
    this.str(String(v.message));
    this.str(typeof v.stack === 'string' ? v.stack : '');
  } else {
    // not cloneable, as with V8
    if (v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise) throw cloneError(v);
    keys = Object.keys(v);
    this.u8(T_OBJECT);
    this.u32(keys.length);
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      this.str(k);
      this.value(v[k]);
    }
  }
};

// The frame for value: uint32 big-endian payload length, then the payload
// (the length prefix of Node's advanced channel).
function serialize(value) {
  // a binary message is sized at once: its bytes are copied exactly once
  var w = new Writer(ArrayBuffer.isView(value) ? value.byteLength + 16 : 256);
  w.value(value);
  w.buf.writeUInt32BE(w.pos - 4, 0);
  return w.buf.subarray(0, w.pos);
}

function Reader(buf) {
  this.buf = buf;
  this.pos = 0;
  this.objs = [];
}
Reader.prototype.u8 = function () { return this.buf[this.pos++]; };
Reader.prototype.u32 = function () { var v = this.buf.readUInt32LE(this.pos); this.pos += 4; return v; };
Reader.prototype.f64 = function () { var v = this.buf.readDoubleLE(this.pos); this.pos += 8; return v; };
Reader.prototype.str = function () {
  var n = this.u32();
  var s = this.buf.toString('utf8', this.pos, this.pos + n);
  this.pos += n;
  return s;
};
Reader.prototype.bytes = function () {
  var n = this.u32();
  var ab = new ArrayBuffer(n);
  new Uint8Array(ab).set(this.buf.subarray(this.pos, this.pos + n));
  this.pos += n;
  return ab;
};

Reader.prototype.value = function () {
  var tag = this.u8(), v, n, i;
  switch (tag) {
    case T_UNDEFINED: return undefined;
    case T_NULL: return null;
    case T_TRUE: return true;
    case T_FALSE: return false;
    case T_NUMBER: return this.f64();
    case T_STRING: return this.str();
    case T_BIGINT: {
      var h = this.str();
      return h.charAt(0) === '-' ? -BigInt('0x' + h.slice(1)) : BigInt('0x' + h);
    }
    case T_REF: return this.objs[this.u32()];
    case T_DATE: v = new Date(this.f64()); this.objs.push(v); return v;
    case T_REGEXP: { var src = this.str(); v = new RegExp(src, this.str()); this.objs.push(v); return v; }
    case T_ARRAY:
      n = this.u32(); v = new Array(n); this.objs.push(v);
      for (i = 0; i < n; i++) v[i] = this.value();
      return v;
    case T_MAP:
      n = this.u32(); v = new Map(); this.objs.push(v);
      for (i = 0; i < n; i++) { var key = this.value(); v.set(key, this.value()); }
      return v;
    case T_SET:
      n = this.u32(); v = new Set(); this.objs.push(v);
      for (i = 0; i < n; i++) v.add(this.value());
      return v;
    case T_ARRAYBUFFER: v = this.bytes(); this.objs.push(v); return v;
    case T_VIEW: {
      var Ctor = VIEWS[this.u8()] || Uint8Array;
      if (Ctor === Buffer || Ctor === Uint8Array) {
        // bytes the channel read into memory of their own: a view, no copy
        n = this.u32();
        v = Ctor === Buffer ? this.buf.subarray(this.pos, this.pos + n)
          : new Uint8Array(this.buf.buffer, this.buf.byteOffset + this.pos, n);
        this.pos += n;
        this.objs.push(v);
        return v;
      }
      var ab = this.bytes();
      if (Ctor === DataView) v = new DataView(ab);
      else v = new Ctor(ab, 0, ab.byteLength / Ctor.BYTES_PER_ELEMENT);
      this.objs.push(v);
      return v;
    }
    case T_ERROR: {
      var E = ERRORS[this.str()] || Error;
      v = new E(this.str());
      var stack = this.str();
      Object.defineProperty(v, 'stack', { value: stack, writable: true, configurable: true });
      this.objs.push(v);
      return v;
    }
    case T_OBJECT:
      n = this.u32(); v = {}; this.objs.push(v);
      for (i = 0; i < n; i++) { var k = this.str(); v[k] = this.value(); }
      return v;
  }
  throw new Error('Unable to deserialize cloned data.');
};

// The value of one frame's payload (without its length prefix).
function deserialize(payload) {
  return new Reader(payload).value();
}

exports.serialize = serialize;
exports.deserialize = deserialize;
