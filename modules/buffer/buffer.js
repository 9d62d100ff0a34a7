// buffer.js — Node's Buffer for nodus (module 'buffer', global `Buffer`):
// construction, the encodings, comparison and search, the read/write number
// family, inspection. A Buffer is a Uint8Array whose prototype is
// Buffer.prototype (FastBuffer.prototype, a plain subclass of Uint8Array), so
// indexing runs at the engine's typed-array speed. The string codecs and the
// byte-range primitives are C (`binding`, from buffer.c); argument checking
// and Node's errors live here.
//
// Safe by default: every allocation is zero-filled (allocUnsafe too), every
// offset and length is range-checked.
//
// Buffers over native memory, without a copy. A C plugin makes the bytes an
// ArrayBuffer (nd_arraybuffer_new, nd_arraybuffer_take over malloc'd memory,
// or nd_arraybuffer_external); its JavaScript, with 'internal/buffer' among
// its deps, wraps it:
//
//     var fromArrayBuffer = require('internal/buffer').fromArrayBuffer;
//     var buf = fromArrayBuffer(arraybuffer, 0, length);
//
// fromArrayBuffer(ab, byteOffset, length) returns a Buffer sharing ab's
// memory (Buffer.from(ab, byteOffset, length) does the same with Node's
// argument checks). It is this plugin's module.internal, which application
// code cannot reach.
'use strict';

var kMaxLength = 0x100000000;      // 4 GiB, as Node 20 on 64-bit hosts
var kStringMaxLength = 0x3ffffffe; // SpiderMonkey's longest string (2^30 - 2 units)
var INSPECT_MAX_BYTES = 50;
var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

var utf8Slice = binding.utf8Slice;
var latin1Slice = binding.latin1Slice;
var asciiSlice = binding.asciiSlice;
var ucs2Slice = binding.ucs2Slice;
var hexSlice = binding.hexSlice;
var base64Slice = binding.base64Slice;
var base64urlSlice = binding.base64urlSlice;
var utf8Write = binding.utf8Write;
var latin1Write = binding.latin1Write;
var ucs2Write = binding.ucs2Write;
var hexWrite = binding.hexWrite;
var base64Write = binding.base64Write;
var byteLengthUtf8 = binding.byteLengthUtf8;
var bindingCompare = binding.compare;
var bindingIndexOf = binding.indexOf;
var bindingFill = binding.fill;
var bindingCopy = binding.copy;
var littleEndian = binding.littleEndian;

var TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
var typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
var arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
var sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

// Buffer.prototype is FastBuffer.prototype, a subclass of Uint8Array. The
// instances themselves are made as plain Uint8Arrays given that prototype:
// SpiderMonkey's JIT allocates `new Uint8Array(n)` inline, while a derived
// class constructor takes its slow path (measured here: 16 vs 75 ns for 16
// bytes, 60 vs 430 ns for 200 bytes); indexing and method calls are as fast
// either way.
class FastBuffer extends Uint8Array {}
var bufferPrototype = FastBuffer.prototype;
var setPrototypeOf = Object.setPrototypeOf;

// A zero-filled Buffer of `size` bytes.
function createBuffer(size) {
  var buf = new Uint8Array(size);
  setPrototypeOf(buf, bufferPrototype);
  return buf;
}

// A Buffer over ab[byteOffset, byteOffset + length), sharing its memory.
function createView(ab, byteOffset, length) {
  var buf = new Uint8Array(ab, byteOffset, length);
  setPrototypeOf(buf, bufferPrototype);
  return buf;
}

// ---- type checks and errors ------------------------------------------------

// instanceof first (the brand check is a slow call in SpiderMonkey); an
// object that merely inherits from Uint8Array.prototype passes here and is
// refused by the C side, which checks for a real typed array.
function isUint8Array(v) { return v instanceof Uint8Array || typedArrayTag.call(v) === 'Uint8Array'; }
function isTypedArray(v) { return typedArrayTag.call(v) !== undefined; }

function isAnyArrayBuffer(v) {
  if (v instanceof ArrayBuffer) {
    try { arrayBufferByteLength.call(v); return true; } catch (e) { return false; }
  }
  if (sharedArrayBufferByteLength !== undefined && v instanceof SharedArrayBuffer) {
    try { sharedArrayBufferByteLength.call(v); return true; } catch (e) { return false; }
  }
  return false;
}

var errors = require('internal/errors');
var inspect = errors.inspectValue;
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;
var invalidArgValue = errors.invalidArgValue;
var outOfRange = errors.outOfRange;
var unknownEncoding = errors.unknownEncoding;
var validateNumber = errors.validateNumber;

function bufferOutOfBounds(name) {
  return codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
                    name ? '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds');
}

// An integer in [min, max] (offsets and lengths given by the caller).
function validateOffset(value, name, min, max) {
  errors.validateInteger(value, name, min === undefined ? 0 : min, max === undefined ? kMaxLength : max);
}

function validateUint8Array(value, name) {
  if (!isUint8Array(value)) throw invalidArgType(name, 'an instance of Buffer or Uint8Array', value);
}

// ---- encodings ---------------------------------------------------------------

function base64ByteLength(str, bytes) {
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Strings shorter than this are encoded to UTF-8 by JavaScript: for them
// the loop costs less than the call into C.
var SHORT_STRING = 32;

// The UTF-8 of a short string into buf[offset, offset + max): whole
// characters only, a lone surrogate as U+FFFD (EF BF BD), as the C side.
function writeUtf8Short(buf, str, offset, max) {
  var pos = offset, end = offset + max;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c < 0x80) {
      if (pos >= end) break;
      buf[pos++] = c;
    } else if (c < 0x800) {
      if (pos + 2 > end) break;
      buf[pos++] = 0xc0 | c >> 6;
      buf[pos++] = 0x80 | c & 0x3f;
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        var d = c <= 0xdbff && i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (pos + 4 > end) break;
          var cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[pos++] = 0xf0 | cp >> 18;
          buf[pos++] = 0x80 | cp >> 12 & 0x3f;
          buf[pos++] = 0x80 | cp >> 6 & 0x3f;
          buf[pos++] = 0x80 | cp & 0x3f;
          i++;
          continue;
        }
        c = 0xfffd;
      }
      if (pos + 3 > end) break;
      buf[pos++] = 0xe0 | c >> 12;
      buf[pos++] = 0x80 | c >> 6 & 0x3f;
      buf[pos++] = 0x80 | c & 0x3f;
    }
  }
  return pos - offset;
}

function utf8ByteLength(str) {
  if (str.length >= SHORT_STRING) return byteLengthUtf8(str);
  var n = str.length;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      n += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
               (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 4 bytes for 2 units
      i++;
    } else {
      n += 2;
    }
  }
  return n;
}

function makeOps(name, byteLength, write, slice, ucs2) {
  return {
    encoding: name,
    byteLength: byteLength,
    write: write,
    slice: slice,
    indexOf: function (buf, val, byteOffset, forward) {
      return bindingIndexOf(buf, fromStringFast(val, this), byteOffset, forward, ucs2 ? 2 : 0);
    }
  };
}

var utf8Ops = makeOps('utf8', utf8ByteLength, function (buf, string, offset, length) {
  if (string.length < SHORT_STRING) return writeUtf8Short(buf, string, offset, length);
  return utf8Write(buf, string, offset, length);
}, utf8Slice, false);
var ucs2Ops = makeOps('utf16le', function (s) { return s.length * 2; }, ucs2Write, ucs2Slice, true);
var latin1Ops = makeOps('latin1', function (s) { return s.length; }, latin1Write, latin1Slice, false);
var asciiOps = makeOps('ascii', function (s) { return s.length; }, latin1Write, asciiSlice, false);
var base64Ops = makeOps('base64', function (s) { return base64ByteLength(s, s.length); }, base64Write,
                        base64Slice, false);
var base64urlOps = makeOps('base64url', function (s) { return base64ByteLength(s, s.length); }, base64Write,
                           base64urlSlice, false);
var hexOps = makeOps('hex', function (s) { return s.length >>> 1; }, hexWrite, hexSlice, false);

var encodingOps = Object.create(null);
encodingOps.utf8 = encodingOps['utf-8'] = utf8Ops;
encodingOps.ucs2 = encodingOps['ucs-2'] = encodingOps.utf16le = encodingOps['utf-16le'] = ucs2Ops;
encodingOps.latin1 = encodingOps.binary = latin1Ops;
encodingOps.ascii = asciiOps;
encodingOps.base64 = base64Ops;
encodingOps.base64url = base64urlOps;
encodingOps.hex = hexOps;

// The codec for an encoding name (any case), or undefined.
function getEncodingOps(encoding) {
  encoding += '';
  var ops = encodingOps[encoding];
  if (ops === undefined && encoding.length <= 9) ops = encodingOps[encoding.toLowerCase()];
  return ops;
}

// Node's normalizeEncoding: undefined/null mean utf8.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (typeof encoding !== 'string') return undefined;
  var ops = getEncodingOps(encoding);
  return ops === undefined ? undefined : ops.encoding;
}

// ---- construction ------------------------------------------------------------

function fromStringFast(string, ops) {
  var length = ops.byteLength(string);
  var buf = createBuffer(length);
  var actual = ops === utf8Ops && length >= SHORT_STRING
    ? utf8Write(buf, string, 0, length, length) : ops.write(buf, string, 0, length);
  if (actual !== length) return createView(buf.buffer, buf.byteOffset, actual);
  return buf;
}

function fromString(string, encoding) {
  var ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return createBuffer(0);
    ops = utf8Ops;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw unknownEncoding(encoding);
    if (string.length === 0) return createBuffer(0);
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  var maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return createView(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  var length = obj.length;
  if (!(length > 0)) return createBuffer(0);
  var buf = createBuffer(length);
  if (isUint8Array(obj)) {
    copyBytes(obj, 0, buf, 0, buf.length);
  } else if (buf.length <= 64) {
    for (var i = 0; i < buf.length; i++) buf[i] = obj[i];
  } else {
    buf.set(obj);
  }
  return buf;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return createBuffer(0);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// Buffer(arg, encodingOrOffset, length): the v0.2 constructor, with or
// without `new`: a size (zero-filled), an array of octets, a string and its
// encoding, or anything Buffer.from takes.
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw invalidArgType('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    var valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object'))
      return from(valueOf, encodingOrOffset, length);
    var b = fromObject(value);
    if (b !== undefined) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      var primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidArgType('first argument',
    'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw invalidArgType('view', 'an instance of TypedArray', view);
  var viewLength = view.length;
  if (viewLength === 0) return createBuffer(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= viewLength) return createBuffer(0);
    } else {
      offset = 0;
    }
    var end = viewLength;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    }
    view = view.subarray(offset, end);
  }
  var bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  var buf = createBuffer(bytes.length);
  copyBytes(bytes, 0, buf, 0, bytes.length);
  return buf;
};

Buffer.of = function of() {
  var buf = createBuffer(arguments.length);
  for (var i = 0; i < arguments.length; i++) buf[i] = arguments[i];
  return buf;
};

// Zero-filled, then filled with `fill` when given.
Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  var buf = createBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) return fillImpl(buf, fill, 0, buf.length, encoding);
  return buf;
};

// Zero-filled as well: nodus never hands out old memory.
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  validateUint8Array(buf1, 'buf1');
  validateUint8Array(buf2, 'buf2');
  if (buf1 === buf2) return 0;
  return bindingCompare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
  if (list.length === 0) return createBuffer(0);
  var i;
  if (length === undefined) {
    length = 0;
    for (i = 0; i < list.length; i++) if (list[i].length) length += list[i].length;
  } else {
    validateOffset(length, 'length');
  }
  var buffer = createBuffer(length);
  var pos = 0;
  for (i = 0; i < list.length; i++) {
    var buf = list[i];
    if (!isUint8Array(buf)) {
      throw invalidArgType('list[' + i + ']', 'an instance of Buffer or Uint8Array', buf);
    }
    if (pos < length) pos += copyBytes(buf, 0, buffer, pos, Math.min(buf.length, length - pos));
  }
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  if (string.length === 0) return 0;
  if (!encoding) return utf8ByteLength(string);
  var ops = getEncodingOps(encoding);
  if (ops === undefined) return utf8ByteLength(string);
  return ops.byteLength(string);
};

// ---- instance methods: strings ------------------------------------------------

var proto = Buffer.prototype;

proto.toString = function toString(encoding, start, end) {
  var len = this.length;
  if (arguments.length === 0) return utf8Slice(this, 0, len);
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Slice(this, start, end);
  var ops = getEncodingOps(encoding);
  if (ops === undefined) throw unknownEncoding(encoding);
  return ops.slice(this, start, end);
};

proto.toLocaleString = proto.toString;

// write(string[, offset[, length]][, encoding]); the v0.2 form
// write(string, encoding, offset[, length]) is accepted too.
function notAString() {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw notAString();
  if (offset === undefined) return utf8Ops.write(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    if (typeof offset === 'string' && typeof length === 'number') {
      var legacyLength = encoding;
      encoding = offset;
      offset = length;
      length = legacyLength;
    }
    validateOffset(offset, 'offset', 0, this.length);
    var remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return utf8Ops.write(this, string, offset, length);
  var ops = getEncodingOps(encoding);
  if (ops === undefined) throw unknownEncoding(encoding);
  return ops.write(this, string, offset, length);
};

// The per-encoding methods Node keeps on the prototype (v0.2 had them too):
// xxxSlice(start, end) and xxxWrite(string, offset, length).
function sliceIndex(value, fallback) {
  if (value === undefined) return fallback;
  var n = Math.trunc(+value) || 0;
  if (n < 0) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

function defineCodecMethods(name, ops) {
  proto[name + 'Slice'] = function (start, end) {
    var len = this.length;
    start = sliceIndex(start, 0);
    end = sliceIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return ops.slice(this, start, end);
  };
  proto[name + 'Write'] = function (string, offset, length) {
    if (typeof string !== 'string') throw notAString();
    var len = this.length;
    offset = sliceIndex(offset, 0);
    if (offset > len) throw bufferOutOfBounds('offset');
    length = sliceIndex(length, len - offset);
    if (length > len - offset) length = len - offset;
    return ops.write(this, string, offset, length);
  };
}
defineCodecMethods('ascii', asciiOps);
defineCodecMethods('base64', base64Ops);
defineCodecMethods('base64url', base64urlOps);
defineCodecMethods('latin1', latin1Ops);
defineCodecMethods('hex', hexOps);
defineCodecMethods('ucs2', ucs2Ops);
defineCodecMethods('utf8', utf8Ops);

proto.toJSON = function toJSON() {
  var data = new Array(this.length);
  for (var i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data: data };
};

// ---- instance methods: views, comparison, search --------------------------------

// A start or end for subarray: negative counts from the end, clamped.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return offset !== offset ? 0 : length;
}

// A view of the same memory.
proto.subarray = function subarray(start, end) {
  var length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  return createView(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.equals = function equals(otherBuffer) {
  validateUint8Array(otherBuffer, 'otherBuffer');
  if (this === otherBuffer) return true;
  var len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  if (len <= 16) {
    for (var i = 0; i < len; i++) if (this[i] !== otherBuffer[i]) return false;
    return true;
  }
  return bindingCompare(this, 0, len, otherBuffer, 0, len) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  validateUint8Array(target, 'target');
  if (arguments.length === 1) return bindingCompare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return bindingCompare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// target[targetStart ..] = source[sourceStart .., count] as memmove: the
// views may share memory. A loop for a few bytes (copying backwards when the
// target lies after the source), C beyond.
function copyBytes(source, sourceStart, target, targetStart, count) {
  if (count > 32) return bindingCopy(source, sourceStart, target, targetStart, count);
  var i;
  if (target.byteOffset + targetStart > source.byteOffset + sourceStart) {
    for (i = count - 1; i >= 0; i--) target[targetStart + i] = source[sourceStart + i];
  } else {
    for (i = 0; i < count; i++) target[targetStart + i] = source[sourceStart + i];
  }
  return count;
}

// Integers as given, other values truncated toward -Infinity (the fallback
// for NaN and beyond the safe range).
function toInteger(n, fallback) {
  if (Number.isInteger(n)) return n;
  n = +n;
  if (n === n && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER)
    return n % 1 === 0 ? n : Math.floor(n);
  return fallback;
}

// copy(target[, targetStart[, sourceStart[, sourceEnd]]]) -> bytes copied:
// a memmove, so overlapping views of one memory are safe.
proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  validateUint8Array(this, 'source');
  validateUint8Array(target, 'target');
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length)
      throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > this.length) sourceEnd = this.length;
  return copyBytes(this, sourceStart, target, targetStart,
                   Math.min(sourceEnd - sourceStart, target.length - targetStart));
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  validateUint8Array(buffer, 'buffer');
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  // undefined, "foo", {} search the whole buffer
  if (byteOffset !== byteOffset) byteOffset = forward ? 0 : buffer.length;
  if (typeof val === 'number') return bindingIndexOf(buffer, val >>> 0, byteOffset, forward, 0);
  var ops = encoding === undefined ? utf8Ops : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw unknownEncoding(encoding);
    // one ASCII character: a byte search
    if (val.length === 1 && val.charCodeAt(0) < 0x80 && ops !== ucs2Ops && ops !== hexOps &&
        ops !== base64Ops && ops !== base64urlOps) {
      return bindingIndexOf(buffer, val.charCodeAt(0), byteOffset, forward, 0);
    }
    return ops.indexOf(buffer, val, byteOffset, forward);
  }
  if (isUint8Array(val)) return bindingIndexOf(buffer, val, byteOffset, forward, ops === ucs2Ops ? 1 : 0);
  throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- fill ------------------------------------------------------------------------

function fillImpl(buf, value, offset, end, encoding) {
  var normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      if (typeof encoding !== 'string') throw invalidArgType('encoding', 'of type string', encoding);
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      var code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 0x80) || normalized === 'latin1') value = code & 0xff;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    fillBytes(buf, value & 0xff, offset, end);
    return buf;
  }
  var pattern;
  if (typeof value === 'string') {
    pattern = fromStringFast(value, getEncodingOps(normalized));
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    fillBytes(buf, (value >>> 0) & 0xff, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw invalidArgValue('value', value);
  bindingFill(buf, pattern, offset, end);
  return buf;
}

// buf[start, end) = byte (the number's low 8 bits, as a typed array
// stores it): a loop for short ranges, memset beyond.
function fillBytes(buf, byte, start, end) {
  if (end - start > 64) {
    bindingFill(buf, byte, start, end);
    return;
  }
  for (var i = start; i < end; i++) buf[i] = byte;
}

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof value === 'number' && offset === undefined) {
    fillBytes(this, value & 0xff, 0, this.length);
    return this;
  }
  return fillImpl(this, value, offset, end, encoding);
};

// ---- swap ------------------------------------------------------------------------

function invalidBufferSize(bits) {
  return codedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + bits + '-bits');
}

proto.swap16 = function swap16() {
  var len = this.length;
  if (len % 2 !== 0) throw invalidBufferSize(16);
  if (len < 128) {
    for (var i = 0; i < len; i += 2) {
      var t = this[i];
      this[i] = this[i + 1];
      this[i + 1] = t;
    }
    return this;
  }
  binding.swap(this, 2);
  return this;
};

proto.swap32 = function swap32() {
  var len = this.length;
  if (len % 4 !== 0) throw invalidBufferSize(32);
  if (len < 192) {
    for (var i = 0; i < len; i += 4) {
      var a = this[i], b = this[i + 1];
      this[i] = this[i + 3];
      this[i + 1] = this[i + 2];
      this[i + 2] = b;
      this[i + 3] = a;
    }
    return this;
  }
  binding.swap(this, 4);
  return this;
};

proto.swap64 = function swap64() {
  var len = this.length;
  if (len % 8 !== 0) throw invalidBufferSize(64);
  if (len < 192) {
    for (var i = 0; i < len; i += 8) {
      for (var j = 0; j < 4; j++) {
        var t = this[i + j];
        this[i + j] = this[i + 7 - j];
        this[i + 7 - j] = t;
      }
    }
    return this;
  }
  binding.swap(this, 8);
  return this;
};

// ---- numbers ---------------------------------------------------------------------
// Each method is a fast path small enough for SpiderMonkey to inline into
// its caller (its bytecode stays under the JIT's small-function limit; the
// byte work lives in little helpers that inline too), and a slow path with
// Node's argument handling and errors: an offset that is not a number is a
// TypeError, one outside the buffer or not an integer a RangeError, a value
// outside the type's range a RangeError.

// An integer offset with `n` bytes from it inside buf.
function fits(buf, offset, n) {
  return typeof offset === 'number' && (offset >>> 0) === offset && offset <= buf.length - n;
}

// ... and a number value in [min, max].
function fitsValue(buf, value, offset, n, min, max) {
  return typeof value === 'number' && value >= min && value <= max && typeof offset === 'number' &&
    (offset >>> 0) === offset && offset <= buf.length - n;
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw bufferOutOfBounds();
  throw outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

function checkOffset(offset) {
  if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
}

// The slow path of a read of `n` bytes: the default offset 0, or the error.
function readOffset(buf, offset, n) {
  if (offset === undefined) offset = 0;
  checkOffset(offset);
  if (!fits(buf, offset, n)) boundsError(offset, buf.length - n);
  return offset;
}

function u16le(b, o) { return b[o] | b[o + 1] << 8; }
function u16be(b, o) { return b[o] << 8 | b[o + 1]; }
function u24le(b, o) { return b[o] | b[o + 1] << 8 | b[o + 2] << 16; }
function u24be(b, o) { return b[o] << 16 | b[o + 1] << 8 | b[o + 2]; }
function i32le(b, o) { return b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24; }
function i32be(b, o) { return b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]; }

function readUInt8(offset) {
  if (!fits(this, offset, 1)) offset = readOffset(this, offset, 1);
  return this[offset];
}
function readInt8(offset) {
  if (!fits(this, offset, 1)) offset = readOffset(this, offset, 1);
  return this[offset] << 24 >> 24;
}
function readUInt16LE(offset) {
  if (!fits(this, offset, 2)) offset = readOffset(this, offset, 2);
  return u16le(this, offset);
}
function readUInt16BE(offset) {
  if (!fits(this, offset, 2)) offset = readOffset(this, offset, 2);
  return u16be(this, offset);
}
function readInt16LE(offset) {
  if (!fits(this, offset, 2)) offset = readOffset(this, offset, 2);
  return u16le(this, offset) << 16 >> 16;
}
function readInt16BE(offset) {
  if (!fits(this, offset, 2)) offset = readOffset(this, offset, 2);
  return u16be(this, offset) << 16 >> 16;
}
function readUInt32LE(offset) {
  if (!fits(this, offset, 4)) offset = readOffset(this, offset, 4);
  return i32le(this, offset) >>> 0;
}
function readUInt32BE(offset) {
  if (!fits(this, offset, 4)) offset = readOffset(this, offset, 4);
  return i32be(this, offset) >>> 0;
}
function readInt32LE(offset) {
  if (!fits(this, offset, 4)) offset = readOffset(this, offset, 4);
  return i32le(this, offset);
}
function readInt32BE(offset) {
  if (!fits(this, offset, 4)) offset = readOffset(this, offset, 4);
  return i32be(this, offset);
}

// 3, 5 and 6 bytes (readUIntLE and friends): unsigned values up to 2^48,
// made signed by subtracting 2^bits when the top bit is set.
function readUInt24LE(b, o) { return u24le(b, readOffset(b, o, 3)); }
function readUInt24BE(b, o) { return u24be(b, readOffset(b, o, 3)); }
function readUInt40LE(b, o) {
  o = readOffset(b, o, 5);
  return (i32le(b, o) >>> 0) + b[o + 4] * 0x100000000;
}
function readUInt40BE(b, o) {
  o = readOffset(b, o, 5);
  return b[o] * 0x100000000 + (i32be(b, o + 1) >>> 0);
}
function readUInt48LE(b, o) {
  o = readOffset(b, o, 6);
  return (i32le(b, o) >>> 0) + u16le(b, o + 4) * 0x100000000;
}
function readUInt48BE(b, o) {
  o = readOffset(b, o, 6);
  return u16be(b, o) * 0x100000000 + (i32be(b, o + 2) >>> 0);
}

function signed(v, bits) {
  var half = Math.pow(2, bits - 1);
  return v >= half ? v - half * 2 : v;
}

function byteLengthError(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'of type number', offset);
  if (byteLength === 6) return readUInt48LE(this, offset);
  if (byteLength === 5) return readUInt40LE(this, offset);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return readUInt32LE.call(this, offset);
  if (byteLength === 2) return readUInt16LE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  byteLengthError(byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'of type number', offset);
  if (byteLength === 6) return readUInt48BE(this, offset);
  if (byteLength === 5) return readUInt40BE(this, offset);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return readUInt32BE.call(this, offset);
  if (byteLength === 2) return readUInt16BE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  byteLengthError(byteLength);
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'of type number', offset);
  if (byteLength === 6) return signed(readUInt48LE(this, offset), 48);
  if (byteLength === 5) return signed(readUInt40LE(this, offset), 40);
  if (byteLength === 3) return signed(readUInt24LE(this, offset), 24);
  if (byteLength === 4) return readInt32LE.call(this, offset);
  if (byteLength === 2) return readInt16LE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  byteLengthError(byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'of type number', offset);
  if (byteLength === 6) return signed(readUInt48BE(this, offset), 48);
  if (byteLength === 5) return signed(readUInt40BE(this, offset), 40);
  if (byteLength === 3) return signed(readUInt24BE(this, offset), 24);
  if (byteLength === 4) return readInt32BE.call(this, offset);
  if (byteLength === 2) return readInt16BE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  byteLengthError(byteLength);
}

// 64-bit values and floats go through scratch typed arrays over one 8-byte
// buffer, filled as two 32-bit halves in the host's order.
var scratch = new ArrayBuffer(8);
var scratchF32 = new Float32Array(scratch);
var scratchF64 = new Float64Array(scratch);
var scratchI32 = new Int32Array(scratch);
var scratchU64 = new BigUint64Array(scratch);
var scratchI64 = new BigInt64Array(scratch);
// Loads 8 bytes at o into the scratch as a little- or big-endian value: the
// low half into the host's low word.
var load64LE = littleEndian
  ? function (b, o) { scratchI32[0] = i32le(b, o); scratchI32[1] = i32le(b, o + 4); }
  : function (b, o) { scratchI32[1] = i32le(b, o); scratchI32[0] = i32le(b, o + 4); };
var load64BE = littleEndian
  ? function (b, o) { scratchI32[0] = i32be(b, o + 4); scratchI32[1] = i32be(b, o); }
  : function (b, o) { scratchI32[1] = i32be(b, o + 4); scratchI32[0] = i32be(b, o); };

function readBigUInt64LE(offset) {
  if (!fits(this, offset, 8)) offset = readOffset(this, offset, 8);
  load64LE(this, offset);
  return scratchU64[0];
}
function readBigUInt64BE(offset) {
  if (!fits(this, offset, 8)) offset = readOffset(this, offset, 8);
  load64BE(this, offset);
  return scratchU64[0];
}
function readBigInt64LE(offset) {
  if (!fits(this, offset, 8)) offset = readOffset(this, offset, 8);
  load64LE(this, offset);
  return scratchI64[0];
}
function readBigInt64BE(offset) {
  if (!fits(this, offset, 8)) offset = readOffset(this, offset, 8);
  load64BE(this, offset);
  return scratchI64[0];
}
function readDoubleLE(offset) {
  if (!fits(this, offset, 8)) offset = readOffset(this, offset, 8);
  load64LE(this, offset);
  return scratchF64[0];
}
function readDoubleBE(offset) {
  if (!fits(this, offset, 8)) offset = readOffset(this, offset, 8);
  load64BE(this, offset);
  return scratchF64[0];
}
function readFloatLE(offset) {
  if (!fits(this, offset, 4)) offset = readOffset(this, offset, 4);
  scratchI32[0] = i32le(this, offset);
  return scratchF32[0];
}
function readFloatBE(offset) {
  if (!fits(this, offset, 4)) offset = readOffset(this, offset, 4);
  scratchI32[0] = i32be(this, offset);
  return scratchF32[0];
}

// Writes: store helpers (a typed array keeps the low 8 bits of each value).
function st16le(b, v, o) { b[o] = v; b[o + 1] = v >>> 8; return o + 2; }
function st16be(b, v, o) { b[o] = v >>> 8; b[o + 1] = v; return o + 2; }
function st32le(b, v, o) { b[o] = v; b[o + 1] = v >>> 8; b[o + 2] = v >>> 16; b[o + 3] = v >>> 24; return o + 4; }
function st32be(b, v, o) { b[o] = v >>> 24; b[o + 1] = v >>> 16; b[o + 2] = v >>> 8; b[o + 3] = v; return o + 4; }

// Stores the scratch's 8 bytes at o, little- or big-endian.
var store64LE = littleEndian
  ? function (b, o) { st32le(b, scratchI32[0], o); return st32le(b, scratchI32[1], o + 4); }
  : function (b, o) { st32le(b, scratchI32[1], o); return st32le(b, scratchI32[0], o + 4); };
var store64BE = littleEndian
  ? function (b, o) { st32be(b, scratchI32[1], o); return st32be(b, scratchI32[0], o + 4); }
  : function (b, o) { st32be(b, scratchI32[0], o); return st32be(b, scratchI32[1], o + 4); };

function checkBounds(buf, offset, byteLength) {
  checkOffset(offset);
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined)
    boundsError(offset, buf.length - (byteLength + 1));
}

// value in [min, max] (Node words the range of wide types as powers of
// two), then offset .. offset + byteLength within the buffer. byteLength
// is one less than the width, as in checkBounds.
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    var n = typeof min === 'bigint' ? 'n' : '';
    var range;
    if (byteLength > 3) {
      var bits = (byteLength + 1) * 8;
      if (min === 0 || min === 0n) range = '>= 0' + n + ' and < 2' + n + ' ** ' + bits + n;
      else range = '>= -(2' + n + ' ** ' + (bits - 1) + n + ') and < 2' + n + ' ** ' + (bits - 1) + n;
    } else {
      range = '>= ' + min + n + ' and <= ' + max + n;
    }
    throw outOfRange('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// The slow paths of the integer writes: the value as a number, then the
// checks in Node's order. (The fixed widths default the offset to 0,
// writeUIntLE and the variable widths do not.)
function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  checkOffset(offset);
  if (value > max || value < min) throw outOfRange('value', '>= ' + min + ' and <= ' + max, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeU_Int16(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  return le ? st16le(buf, value, offset) : st16be(buf, value, offset);
}

function writeU_Int24(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  if (le) {
    st16le(buf, value, offset);
    buf[offset + 2] = value >>> 16;
  } else {
    buf[offset] = value >>> 16;
    st16be(buf, value, offset + 1);
  }
  return offset + 3;
}

function writeU_Int32(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  return le ? st32le(buf, value, offset) : st32be(buf, value, offset);
}

// 40 and 48 bits: the low 32 bits through ToUint32, the high part by
// division (floor keeps negative values two's complement).
function writeU_Int40(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  var high = Math.floor(value * 2.3283064365386963e-10);
  if (le) {
    st32le(buf, value, offset);
    buf[offset + 4] = high;
  } else {
    buf[offset] = high;
    st32be(buf, value, offset + 1);
  }
  return offset + 5;
}

function writeU_Int48(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  var high = Math.floor(value * 2.3283064365386963e-10);
  if (le) {
    st32le(buf, value, offset);
    st16le(buf, high, offset + 4);
  } else {
    st16be(buf, high, offset);
    st32be(buf, value, offset + 2);
  }
  return offset + 6;
}

// The fixed-width writes: a fast path, and writeFixed() with the type's
// limits for everything else (kept to few arguments: the fast path must stay
// small enough to be inlined).
function type(width, min, max, le) { return { width: width, min: min, max: max, le: le }; }
var UINT8 = type(1, 0, 0xff, true);
var INT8 = type(1, -0x80, 0x7f, true);
var UINT16LE = type(2, 0, 0xffff, true);
var UINT16BE = type(2, 0, 0xffff, false);
var INT16LE = type(2, -0x8000, 0x7fff, true);
var INT16BE = type(2, -0x8000, 0x7fff, false);
var UINT32LE = type(4, 0, 0xffffffff, true);
var UINT32BE = type(4, 0, 0xffffffff, false);
var INT32LE = type(4, -0x80000000, 0x7fffffff, true);
var INT32BE = type(4, -0x80000000, 0x7fffffff, false);

function writeFixed(buf, value, offset, t) {
  if (offset === undefined) offset = 0;
  if (t.width === 1) return writeU_Int8(buf, value, offset, t.min, t.max);
  if (t.width === 2) return writeU_Int16(buf, value, offset, t.min, t.max, t.le);
  return writeU_Int32(buf, value, offset, t.min, t.max, t.le);
}

function writeUInt8(value, offset) {
  if (fitsValue(this, value, offset, 1, 0, 0xff)) {
    this[offset] = value;
    return offset + 1;
  }
  return writeFixed(this, value, offset, UINT8);
}
function writeInt8(value, offset) {
  if (fitsValue(this, value, offset, 1, -0x80, 0x7f)) {
    this[offset] = value;
    return offset + 1;
  }
  return writeFixed(this, value, offset, INT8);
}
function writeUInt16LE(value, offset) {
  if (fitsValue(this, value, offset, 2, 0, 0xffff)) return st16le(this, value, offset);
  return writeFixed(this, value, offset, UINT16LE);
}
function writeUInt16BE(value, offset) {
  if (fitsValue(this, value, offset, 2, 0, 0xffff)) return st16be(this, value, offset);
  return writeFixed(this, value, offset, UINT16BE);
}
function writeInt16LE(value, offset) {
  if (fitsValue(this, value, offset, 2, -0x8000, 0x7fff)) return st16le(this, value, offset);
  return writeFixed(this, value, offset, INT16LE);
}
function writeInt16BE(value, offset) {
  if (fitsValue(this, value, offset, 2, -0x8000, 0x7fff)) return st16be(this, value, offset);
  return writeFixed(this, value, offset, INT16BE);
}
function writeUInt32LE(value, offset) {
  if (fitsValue(this, value, offset, 4, 0, 0xffffffff)) return st32le(this, value, offset);
  return writeFixed(this, value, offset, UINT32LE);
}
function writeUInt32BE(value, offset) {
  if (fitsValue(this, value, offset, 4, 0, 0xffffffff)) return st32be(this, value, offset);
  return writeFixed(this, value, offset, UINT32BE);
}
function writeInt32LE(value, offset) {
  if (fitsValue(this, value, offset, 4, -0x80000000, 0x7fffffff)) return st32le(this, value, offset);
  return writeFixed(this, value, offset, INT32LE);
}
function writeInt32BE(value, offset) {
  if (fitsValue(this, value, offset, 4, -0x80000000, 0x7fffffff)) return st32be(this, value, offset);
  return writeFixed(this, value, offset, INT32BE);
}

// writeUIntLE(value, offset, byteLength) and friends: by width.
function writeVariable(buf, value, offset, byteLength, unsigned, le) {
  var span = [0, 0x100, 0x10000, 0x1000000, 0x100000000, 0x10000000000, 0x1000000000000][byteLength];
  var min = unsigned ? 0 : -span / 2;
  var max = unsigned ? span - 1 : span / 2 - 1;
  if (byteLength === 1) return writeU_Int8(buf, value, offset, min, max);
  if (byteLength === 2) return writeU_Int16(buf, value, offset, min, max, le);
  if (byteLength === 3) return writeU_Int24(buf, value, offset, min, max, le);
  if (byteLength === 4) return writeU_Int32(buf, value, offset, min, max, le);
  if (byteLength === 5) return writeU_Int40(buf, value, offset, min, max, le);
  if (byteLength === 6) return writeU_Int48(buf, value, offset, min, max, le);
  byteLengthError(byteLength);
}

function writeUIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, true); }
function writeUIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, false); }
function writeIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, true); }
function writeIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, false); }

// 64-bit integers: range and bounds as Node checks them, then through the
// scratch (a BigInt64Array store wraps to 64 bits).
function writeBigU_Int64(buf, value, offset, min, max, le) {
  if (offset === undefined) offset = 0;
  checkInt(value, min, max, buf, offset, 7);
  scratchI64[0] = value;
  return le ? store64LE(buf, offset) : store64BE(buf, offset);
}

function writeBigUInt64LE(value, offset) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset) {
  return writeBigU_Int64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
}
function writeBigInt64BE(value, offset) {
  return writeBigU_Int64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
}

// Floats: any value, converted as the typed arrays convert it.
function floatOffset(buf, value, offset, n) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, n - 1);
  return offset;
}

function writeFloatLE(value, offset) {
  if (!fits(this, offset, 4)) offset = floatOffset(this, value = +value, offset, 4);
  scratchF32[0] = value;
  return st32le(this, scratchI32[0], offset);
}
function writeFloatBE(value, offset) {
  if (!fits(this, offset, 4)) offset = floatOffset(this, value = +value, offset, 4);
  scratchF32[0] = value;
  return st32be(this, scratchI32[0], offset);
}
function writeDoubleLE(value, offset) {
  if (!fits(this, offset, 8)) offset = floatOffset(this, value = +value, offset, 8);
  scratchF64[0] = value;
  return store64LE(this, offset);
}
function writeDoubleBE(value, offset) {
  if (!fits(this, offset, 8)) offset = floatOffset(this, value = +value, offset, 8);
  scratchF64[0] = value;
  return store64BE(this, offset);
}

// Node's order of the number methods on the prototype, with the lower-case
// "Uint" aliases.
var numberMethods = {
  readBigUInt64LE: readBigUInt64LE, readBigUInt64BE: readBigUInt64BE,
  readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
  readBigInt64LE: readBigInt64LE, readBigInt64BE: readBigInt64BE,
  writeBigUInt64LE: writeBigUInt64LE, writeBigUInt64BE: writeBigUInt64BE,
  writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
  writeBigInt64LE: writeBigInt64LE, writeBigInt64BE: writeBigInt64BE,
  readUIntLE: readUIntLE, readUInt32LE: readUInt32LE, readUInt16LE: readUInt16LE, readUInt8: readUInt8,
  readUIntBE: readUIntBE, readUInt32BE: readUInt32BE, readUInt16BE: readUInt16BE,
  readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
  readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
  readIntLE: readIntLE, readInt32LE: readInt32LE, readInt16LE: readInt16LE, readInt8: readInt8,
  readIntBE: readIntBE, readInt32BE: readInt32BE, readInt16BE: readInt16BE,
  writeUIntLE: writeUIntLE, writeUInt32LE: writeUInt32LE, writeUInt16LE: writeUInt16LE,
  writeUInt8: writeUInt8, writeUIntBE: writeUIntBE, writeUInt32BE: writeUInt32BE,
  writeUInt16BE: writeUInt16BE,
  writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
  writeUint8: writeUInt8, writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE,
  writeUint16BE: writeUInt16BE,
  writeIntLE: writeIntLE, writeInt32LE: writeInt32LE, writeInt16LE: writeInt16LE, writeInt8: writeInt8,
  writeIntBE: writeIntBE, writeInt32BE: writeInt32BE, writeInt16BE: writeInt16BE,
  readFloatLE: readFloatLE, readFloatBE: readFloatBE, readDoubleLE: readDoubleLE,
  readDoubleBE: readDoubleBE, writeFloatLE: writeFloatLE, writeFloatBE: writeFloatBE,
  writeDoubleLE: writeDoubleLE, writeDoubleBE: writeDoubleBE
};
Object.keys(numberMethods).forEach(function (name) { proto[name] = numberMethods[name]; });

// ---- legacy accessors and inspection -----------------------------------------------

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get: function () { return this instanceof Buffer ? this.buffer : undefined; }
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get: function () { return this instanceof Buffer ? this.byteOffset : undefined; }
});

// Expando properties are looked up only on buffers up to this size: finding
// them enumerates every index.
var INSPECT_EXTRAS_LIMIT = 65536;

function isIndexKey(key) {
  return typeof key === 'string' && key !== '' && (key === '0' || (key[0] !== '0' && /^\d+$/.test(key)));
}

// <Buffer 68 65 6c 6c 6f>: at most INSPECT_MAX_BYTES bytes, then how many
// more; own non-index properties after them.
proto[customInspectSymbol] = function inspectBuffer(recurseTimes, ctx, inspectFn) {
  var max = INSPECT_MAX_BYTES;
  var shown = Math.min(max, this.length);
  var remaining = this.length - max;
  var hex = hexSlice(this, 0, shown);
  var str = '';
  for (var i = 0; i < hex.length; i += 2) str += (i ? ' ' : '') + hex.slice(i, i + 2);
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx && this.length <= INSPECT_EXTRAS_LIMIT) {
    var keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this).concat(
      Object.getOwnPropertySymbols(this).filter(function (s) {
        return Object.getOwnPropertyDescriptor(this, s).enumerable;
      }, this));
    var extras = null;
    for (var k = 0; k < keys.length; k++) {
      if (isIndexKey(keys[k])) continue;
      if (extras === null) extras = {};
      extras[keys[k]] = this[keys[k]];
    }
    if (extras !== null) {
      var options = Object.assign({}, ctx, { breakLength: Infinity, compact: true });
      var shownExtras = (typeof inspectFn === 'function' ? inspectFn : inspect)(extras, options);
      if (this.length !== 0) str += ', ';
      str += shownExtras.slice(2, -2);
    }
  }
  return '<' + this.constructor.name + ' ' + str + '>';
};
proto.inspect = proto[customInspectSymbol];

// ---- module functions ----------------------------------------------------------------

// transcode(source, fromEncoding, toEncoding) between utf8, ucs2/utf16le,
// latin1/binary and ascii, with the results of Node's ICU-based version: a
// character the target cannot hold becomes '?', undecodable input U+FFFD;
// to ucs2, latin1 and ascii bytes are widened as they are, invalid UTF-8 is
// an error, and an odd trailing byte of ucs2 input becomes U+FFFD.
function transcodeError(code) {
  var err = new Error('Unable to transcode Buffer [' + code + ']');
  err.code = code;
  err.errno = code === 'U_ILLEGAL_ARGUMENT_ERROR' ? 1 : 10;
  return err;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw invalidArgType('source', 'an instance of Buffer or Uint8Array', source);
  if (source.length === 0) return createBuffer(0);
  var from = normalizeEncoding(fromEncoding);
  var to = normalizeEncoding(toEncoding);
  var supported = { utf8: true, utf16le: true, latin1: true, ascii: true };
  if (supported[from] !== true || supported[to] !== true) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR');
  var len = source.length;
  var text;
  if (to === 'utf16le' && (from === 'ascii' || from === 'latin1')) {
    text = latin1Slice(source, 0, len);
  } else if (from === 'ascii') {
    text = latin1Slice(source, 0, len).replace(/[\x80-\xff]/g, '\ufffd');
  } else if (from === 'utf16le') {
    text = ucs2Slice(source, 0, len);
    if (to === 'utf16le' && len % 2 === 1) text += '\ufffd';
  } else {
    if (from === 'utf8' && to === 'utf16le' && !binding.isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND');
    text = getEncodingOps(from).slice(source, 0, len);
  }
  if (to === 'ascii') text = text.replace(/[^\x00-\x7f]/gu, '?');
  else if (to === 'latin1') text = text.replace(/[^\x00-\xff]/gu, '?');
  return fromStringFast(text, getEncodingOps(to));
}

function validateBytes(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

function isUtf8(input) { return binding.isUtf8(validateBytes(input)); }
function isAscii(input) { return binding.isAscii(validateBytes(input)); }

// For plugins: a Buffer over an ArrayBuffer their C side made, sharing its
// memory, without Buffer.from's checks.
function wrapArrayBuffer(ab, byteOffset, length) {
  return createView(ab, byteOffset === undefined ? 0 : byteOffset, length);
}

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.transcode = transcode;
exports.isUtf8 = isUtf8;
exports.isAscii = isAscii;
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = kStringMaxLength;
exports.constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true }
});
Object.defineProperty(exports, 'INSPECT_MAX_BYTES', {
  configurable: true, enumerable: true,
  get: function () { return INSPECT_MAX_BYTES; },
  set: function (value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  }
});

module.internal = { fromArrayBuffer: wrapArrayBuffer };
