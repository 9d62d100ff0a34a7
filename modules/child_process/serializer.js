// serializer.js — owns the byte format of fork's `serialization: 'advanced'`
// channel: the structured clone of the types Node's v8 serializer carries
// (primitives, BigInt, Date, RegExp, Map, Set, ArrayBuffer, typed arrays and
// DataView, Buffer, Error, arrays and plain objects, with shared references
// and cycles), written in V8's ValueSerializer format (version 15) the way
// Node's child_process serializer writes it, so that a nodus parent and a
// node child (or the other way round) understand each other in this mode
// too. SpiderMonkey's structured clone is not reachable through the SDK
// (and is another format), hence this JavaScript implementation.
//
// The parts of V8's format used here: a header (0xFF, version); one tag
// byte a value ('_' undefined, '0' null, 'T'/'F', 'I' zigzag int, 'N'
// double, 'Z' BigInt, '"' Latin-1 and 'c' UTF-16 strings, 'o'...'{' objects,
// 'A'...'$' dense and 'a'...'@' sparse arrays, 'D' dates, 'R' regexps,
// ';'...':' maps, "'"...',' sets, 'B' array buffers, 'r' errors, '^' a
// back-reference by object id, '\\' a host object); integers are base-128
// varints. Node writes every ArrayBufferView as a host object: uint32 0
// (a view), the type's index, byteLength, the bytes. Objects get ids in the
// order they are first met, on both sides.
'use strict';

var Buffer = require('buffer').Buffer;

// Node's ArrayBufferView type indexes (10 is Buffer).
var VIEWS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
var BUFFER_INDEX = 10;
var ERROR_TAGS = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53,
  TypeError: 0x54, URIError: 0x55 };
var ERROR_CTORS = { 0x45: EvalError, 0x52: RangeError, 0x46: ReferenceError, 0x53: SyntaxError,
  0x54: TypeError, 0x55: URIError };
var REGEXP_FLAGS = 'gimyus'; // V8's flag bits 1..32 in this order; 'd' 128, 'v' 256
var NOT_LATIN1 = /[^\u0000-\u00ff]/;

function cloneError(value) {
  var s;
  try { s = typeof value === 'symbol' ? value.toString() : String(value); } catch (e) { s = '#<Object>'; }
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
Writer.prototype.varint = function (v) {
  this.room(10);
  while (v >= 0x80) {
    this.buf[this.pos++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  this.buf[this.pos++] = v;
};
Writer.prototype.f64 = function (v) { this.room(8); this.buf.writeDoubleLE(v, this.pos); this.pos += 8; };
Writer.prototype.raw = function (u8) {
  this.room(u8.length);
  this.buf.set(u8, this.pos);
  this.pos += u8.length;
};
Writer.prototype.str = function (s) {
  if (!NOT_LATIN1.test(s)) {
    this.u8(0x22);
    this.varint(s.length);
    this.room(s.length);
    this.pos += this.buf.write(s, this.pos, s.length, 'latin1');
  } else {
    this.u8(0x63);
    this.varint(s.length * 2);
    this.room(s.length * 2);
    this.pos += this.buf.write(s, this.pos, s.length * 2, 'utf16le');
  }
};
Writer.prototype.bigint = function (v) {
  var neg = v < 0n;
  if (neg) v = -v;
  var words = [];
  while (v > 0n) {
    words.push(v & 0xffffffffffffffffn);
    v >>= 64n;
  }
  this.u8(0x5a);
  this.varint(words.length * 8 * 2 + (neg ? 1 : 0));
  this.room(words.length * 8);
  for (var i = 0; i < words.length; i++) {
    this.buf.writeBigUInt64LE(words[i], this.pos);
    this.pos += 8;
  }
};

Writer.prototype.value = function (v) {
  switch (typeof v) {
    case 'undefined': return this.u8(0x5f);
    case 'boolean': return this.u8(v ? 0x54 : 0x46);
    case 'number':
      if (v === (v | 0) && v >= -0x40000000 && v < 0x40000000 && (v !== 0 || 1 / v > 0)) {
        this.u8(0x49);
        return this.varint(v >= 0 ? v * 2 : -v * 2 - 1);
      }
      this.u8(0x4e);
      return this.f64(v);
    case 'string': return this.str(v);
    case 'bigint': return this.bigint(v);
    case 'object': break;
    default: throw cloneError(v);
  }
  if (v === null) return this.u8(0x30);
  var id = this.ids.get(v);
  if (id !== undefined) {
    this.u8(0x5e);
    return this.varint(id);
  }
  if (v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise) throw cloneError(v);
  this.ids.set(v, this.ids.size);
  var i, keys;
  if (Array.isArray(v) && (keys = Object.keys(v)).length !== v.length) {
    // holes (or extra properties): the sparse form keeps them
    this.u8(0x61);
    this.varint(v.length);
    for (i = 0; i < keys.length; i++) {
      var idx = +keys[i];
      if (String(idx >>> 0) === keys[i] && idx < 0x40000000) this.value(idx);
      else this.str(keys[i]);
      this.value(v[keys[i]]);
    }
    this.u8(0x40);
    this.varint(keys.length);
    this.varint(v.length);
  } else if (Array.isArray(v)) {
    this.u8(0x41);
    this.varint(v.length);
    for (i = 0; i < v.length; i++) this.value(v[i]);
    this.u8(0x24);
    this.varint(0);
    this.varint(v.length);
  } else if (v instanceof Date) {
    this.u8(0x44);
    this.f64(v.getTime());
  } else if (v instanceof RegExp) {
    this.u8(0x52);
    this.str(v.source);
    var flags = 0, f = v.flags;
    for (i = 0; i < REGEXP_FLAGS.length; i++) if (f.indexOf(REGEXP_FLAGS[i]) >= 0) flags |= 1 << i;
    if (f.indexOf('d') >= 0) flags |= 128;
    if (f.indexOf('v') >= 0) flags |= 256;
    this.varint(flags);
  } else if (v instanceof Map) {
    this.u8(0x3b);
    var self = this;
    v.forEach(function (val, key) { self.value(key); self.value(val); });
    this.u8(0x3a);
    this.varint(v.size * 2);
  } else if (v instanceof Set) {
    this.u8(0x27);
    var me = this;
    v.forEach(function (val) { me.value(val); });
    this.u8(0x2c);
    this.varint(v.size);
  } else if (v instanceof ArrayBuffer) {
    this.u8(0x42);
    this.varint(v.byteLength);
    this.raw(new Uint8Array(v));
  } else if (ArrayBuffer.isView(v)) {
    var kind = Buffer.isBuffer(v) ? BUFFER_INDEX : VIEWS.indexOf(v.constructor);
    for (i = 0; kind < 0 && i < VIEWS.length; i++) if (i !== BUFFER_INDEX && v instanceof VIEWS[i]) kind = i;
    this.u8(0x5c);
    this.varint(0); // a view (Node's child_process host-object tag)
    this.varint(kind);
    this.varint(v.byteLength);
    this.raw(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  } else if (v instanceof Error) {
    this.u8(0x72);
    var tag = ERROR_TAGS[v.name];
    if (tag) this.u8(tag);
    this.u8(0x6d);
    this.str(String(v.message));
    if (typeof v.stack === 'string') {
      this.u8(0x73);
      this.str(v.stack);
    }
    this.u8(0x2e);
  } else {
    keys = Object.keys(v);
    this.u8(0x6f);
    for (i = 0; i < keys.length; i++) {
      this.str(keys[i]);
      this.value(v[keys[i]]);
    }
    this.u8(0x7b);
    this.varint(keys.length);
  }
};

// The frame for value: uint32 big-endian payload length, then the payload
// (Node's advanced framing).
function serialize(value) {
  // a binary message is sized at once: its bytes are copied exactly once
  var w = new Writer(ArrayBuffer.isView(value) ? value.byteLength + 24 : 256);
  w.u8(0xff);
  w.u8(15);
  w.value(value);
  w.buf.writeUInt32BE(w.pos - 4, 0);
  return w.buf.subarray(0, w.pos);
}

function corrupt() {
  return new Error('Unable to deserialize cloned data.');
}

function Reader(buf) {
  this.buf = buf;
  this.pos = 0;
  this.objs = [];
}
Reader.prototype.u8 = function () {
  if (this.pos >= this.buf.length) throw corrupt();
  return this.buf[this.pos++];
};
Reader.prototype.varint = function () {
  var v = 0, mul = 1, b;
  do {
    b = this.u8();
    v += (b & 0x7f) * mul;
    mul *= 0x80;
  } while (b & 0x80);
  return v;
};
Reader.prototype.f64 = function () {
  if (this.pos + 8 > this.buf.length) throw corrupt();
  var v = this.buf.readDoubleLE(this.pos);
  this.pos += 8;
  return v;
};
Reader.prototype.take = function (n) {
  if (this.pos + n > this.buf.length) throw corrupt();
  var start = this.pos;
  this.pos += n;
  return start;
};
Reader.prototype.register = function (v) { this.objs.push(v); return v; };
// A string value (the next tag must be one), for keys, regexps, errors.
Reader.prototype.string = function () {
  var v = this.value();
  if (typeof v !== 'string') throw corrupt();
  return v;
};

Reader.prototype.value = function () {
  var tag = this.u8(), v, n, i, at;
  while (tag === 0) tag = this.u8(); // padding
  switch (tag) {
    case 0x5f: return undefined;
    case 0x30: return null;
    case 0x54: return true;
    case 0x46: return false;
    case 0x49: n = this.varint(); return n % 2 ? -(n + 1) / 2 : n / 2;
    case 0x55: return this.varint();
    case 0x4e: return this.f64();
    case 0x22: n = this.varint(); at = this.take(n); return this.buf.toString('latin1', at, at + n);
    case 0x53: n = this.varint(); at = this.take(n); return this.buf.toString('utf8', at, at + n);
    case 0x63: n = this.varint(); at = this.take(n); return this.buf.toString('utf16le', at, at + n);
    case 0x5a: {
      var bits = this.varint(), bytes = Math.floor(bits / 2);
      at = this.take(bytes);
      v = 0n;
      for (i = bytes - 8; i >= 0; i -= 8) v = (v << 64n) | this.buf.readBigUInt64LE(at + i);
      return bits % 2 ? -v : v;
    }
    case 0x5e: {
      n = this.varint();
      if (n >= this.objs.length) throw corrupt();
      return this.objs[n];
    }
    case 0x44: return this.register(new Date(this.f64()));
    case 0x52: {
      var src = this.string(), flags = this.varint(), f = '';
      for (i = 0; i < REGEXP_FLAGS.length; i++) if (flags & (1 << i)) f += REGEXP_FLAGS[i];
      if (flags & 128) f = 'd' + f;
      if (flags & 256) f += 'v';
      return this.register(new RegExp(src, f));
    }
    case 0x6f: {
      v = this.register({});
      while (this.buf[this.pos] !== 0x7b) {
        var k = this.value();
        v[k] = this.value();
      }
      this.pos++;
      this.varint();
      return v;
    }
    case 0x41: {
      n = this.varint();
      v = this.register(new Array(n));
      for (i = 0; i < n; i++) {
        if (this.buf[this.pos] === 0x2d) { this.pos++; continue; } // a hole
        v[i] = this.value();
      }
      while (this.buf[this.pos] !== 0x24) { var pk = this.value(); v[pk] = this.value(); }
      this.pos++;
      this.varint();
      this.varint();
      return v;
    }
    case 0x61: {
      v = this.register(new Array(this.varint()));
      while (this.buf[this.pos] !== 0x40) { var sk = this.value(); v[sk] = this.value(); }
      this.pos++;
      this.varint();
      this.varint();
      return v;
    }
    case 0x3b: {
      v = this.register(new Map());
      while (this.buf[this.pos] !== 0x3a) { var mk = this.value(); v.set(mk, this.value()); }
      this.pos++;
      this.varint();
      return v;
    }
    case 0x27: {
      v = this.register(new Set());
      while (this.buf[this.pos] !== 0x2c) v.add(this.value());
      this.pos++;
      this.varint();
      return v;
    }
    case 0x42: {
      n = this.varint();
      at = this.take(n);
      v = new ArrayBuffer(n);
      new Uint8Array(v).set(this.buf.subarray(at, at + n));
      return this.register(v);
    }
    case 0x5c: {
      var slot = this.objs.length;
      this.objs.push(undefined);
      if (this.varint() !== 0) { // not a view: Node sends its own properties
        v = this.value();
        this.objs[slot] = v;
        return v;
      }
      var Ctor = VIEWS[this.varint()];
      if (!Ctor) throw corrupt();
      n = this.varint();
      at = this.take(n);
      var size = Ctor.BYTES_PER_ELEMENT || 1;
      if (Ctor === Buffer) {
        // bytes the channel read into memory of their own: a view, no copy
        v = this.buf.subarray(at, at + n);
      } else if ((this.buf.byteOffset + at) % size === 0) {
        v = Ctor === DataView ? new DataView(this.buf.buffer, this.buf.byteOffset + at, n)
          : new Ctor(this.buf.buffer, this.buf.byteOffset + at, n / size);
      } else {
        var copy = new ArrayBuffer(n);
        new Uint8Array(copy).set(this.buf.subarray(at, at + n));
        v = Ctor === DataView ? new DataView(copy) : new Ctor(copy, 0, n / size);
      }
      this.objs[slot] = v;
      return v;
    }
    case 0x72: {
      var slotE = this.objs.length;
      this.objs.push(undefined);
      var E = Error, message, stack;
      for (;;) {
        var t = this.u8();
        if (t === 0x2e) break;
        if (ERROR_CTORS[t]) E = ERROR_CTORS[t];
        else if (t === 0x6d) message = this.string();
        else if (t === 0x73) stack = this.string();
        else if (t === 0x63) this.value(); // cause: read, dropped
        else throw corrupt();
      }
      v = message === undefined ? new E() : new E(message);
      if (stack !== undefined) Object.defineProperty(v, 'stack', { value: stack, writable: true, configurable: true });
      this.objs[slotE] = v;
      return v;
    }
  }
  throw corrupt();
};

// The value of one frame's payload (without its length prefix).
function deserialize(payload) {
  var r = new Reader(payload);
  if (r.u8() !== 0xff) throw corrupt();
  r.varint(); // the version
  return r.value();
}

exports.serialize = serialize;
exports.deserialize = deserialize;
