// Boundary cases: the empty buffer, one byte (every value, every encoding),
// a 16 MB buffer (each encoding's output checked against node 20's length and
// FNV-1a hash), and negative, fractional, NaN and out-of-range offsets and
// lengths, which throw RangeError/TypeError with Node's codes.
'use strict';
require('../common');
var assert = require('assert');
var bufferModule = require('buffer');
var Buffer = bufferModule.Buffer;

var ENCODINGS = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le'];

function throwsCode(fn, name, code) {
  assert.throws(fn, function (e) {
    assert.strictEqual(e.name, name, String(e));
    assert.strictEqual(e.code, code, String(e));
    return true;
  });
}

// ---- empty ------------------------------------------------------------------
var empty = Buffer.alloc(0);
assert.strictEqual(empty.length, 0);
assert.ok(empty instanceof Uint8Array);
ENCODINGS.forEach(function (enc) {
  assert.strictEqual(empty.toString(enc), '', enc);
  assert.strictEqual(Buffer.from('', enc).length, 0, enc);
  assert.strictEqual(empty.write('abc', enc), 0, enc);
  assert.strictEqual(Buffer.byteLength('', enc), 0, enc);
});
assert.strictEqual(Buffer.alloc(4).write('', 0), 0);
assert.strictEqual(empty.slice(0, 10).length, 0);
assert.strictEqual(empty.subarray(-5).length, 0);
assert.strictEqual(empty.fill(7), empty);
assert.strictEqual(empty.indexOf(0), -1);
assert.strictEqual(empty.indexOf(''), 0);
assert.strictEqual(empty.includes('a'), false);
assert.strictEqual(Buffer.concat([empty, empty]).length, 0);
assert.strictEqual(Buffer.compare(empty, Buffer.alloc(0)), 0);
assert.strictEqual(empty.compare(Buffer.from('a')), -1);
assert.ok(empty.equals(Buffer.alloc(0)));
assert.strictEqual(empty.copy(Buffer.alloc(3)), 0);
assert.strictEqual(Buffer.alloc(3).copy(empty), 0);
assert.deepStrictEqual(empty.toJSON(), { type: 'Buffer', data: [] });
assert.strictEqual(empty.swap16(), empty);
throwsCode(function () { empty.readUInt8(0); }, 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS');
throwsCode(function () { empty.writeUInt8(1, 0); }, 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS');
throwsCode(function () { empty.readDoubleLE(); }, 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS');

// ---- one byte, every value ------------------------------------------------------
var b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (var v = 0; v < 256; v++) {
  var one = Buffer.from([v]);
  var hex = (v < 16 ? '0' : '') + v.toString(16);
  var base64 = b64[v >> 2] + b64[(v & 3) << 4] + '==';
  assert.strictEqual(one.toString('hex'), hex);
  assert.strictEqual(one.toString('base64'), base64);
  assert.strictEqual(one.toString('base64url'), base64.slice(0, 2).replace('+', '-').replace('/', '_'));
  assert.strictEqual(one.toString('latin1'), String.fromCharCode(v));
  assert.strictEqual(one.toString('ascii'), String.fromCharCode(v & 0x7f));
  assert.strictEqual(one.toString('utf8'), v < 0x80 ? String.fromCharCode(v) : '\ufffd');
  assert.strictEqual(one.toString('ucs2'), '');
  assert.ok(Buffer.from(hex, 'hex').equals(one));
  assert.ok(Buffer.from(base64, 'base64').equals(one));
  assert.ok(Buffer.from(String.fromCharCode(v), 'latin1').equals(one));
  assert.strictEqual(one.readUInt8(0), v);
  assert.strictEqual(one.readInt8(0), v < 128 ? v : v - 256);
  assert.strictEqual(one.readUIntBE(0, 1), v);
  assert.strictEqual(one.indexOf(v), 0);
  assert.strictEqual(Buffer.alloc(1, v)[0], v);
  var w = Buffer.alloc(1);
  assert.strictEqual(w.writeUInt8(v, 0), 1);
  assert.strictEqual(w[0], v);
}
assert.strictEqual(Buffer.from([0x41, 0x00]).toString('ucs2'), 'A');

// ---- 16 MB ---------------------------------------------------------------------
function fnv(s) {
  var h = 0x811c9dc5;
  for (var i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}
var SIZE = 16 * 1024 * 1024;
var big = Buffer.alloc(SIZE);
var x = 0x9e3779b9;
for (var i = 0; i < SIZE; i++) {
  x ^= x << 13; x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5; x >>>= 0;
  big[i] = x & 0xff;
}
// [length, FNV-1a] of big.toString(enc) under node 20
var expected = {
  hex: [33554432, '757ee693'], base64: [22369624, 'c041ed80'], base64url: [22369622, '46d8fc'],
  latin1: [16777216, '449bc6be'], ascii: [16777216, '69eed13e'], ucs2: [8388608, '99951d21'],
  utf8: [15896461, 'eb4cbdf0']
};
Object.keys(expected).forEach(function (enc) {
  var s = big.toString(enc);
  assert.deepStrictEqual([s.length, fnv(s)], expected[enc], enc);
  if (enc !== 'utf8' && enc !== 'ascii') {
    var back = Buffer.from(s, enc);
    assert.ok(back.equals(big), enc + ' round trip');
  }
});
assert.strictEqual(big.indexOf(big.subarray(SIZE - 100)), SIZE - 100);
assert.strictEqual(big.lastIndexOf(big.subarray(0, 64)), 0);
var copyOfBig = Buffer.from(big);
assert.ok(copyOfBig.equals(big));
copyOfBig.copy(copyOfBig, 1);
assert.strictEqual(copyOfBig[1], big[0]);
assert.strictEqual(copyOfBig[SIZE - 1], big[SIZE - 2]);
assert.strictEqual(Buffer.compare(copyOfBig, big), copyOfBig[1] < big[1] ? -1 : 1);
copyOfBig.fill('abc');
var tail = '';
for (var k = SIZE - 4; k < SIZE; k++) tail += 'abc'[k % 3];
assert.strictEqual(copyOfBig.toString('latin1', SIZE - 4), tail);
assert.strictEqual(copyOfBig.indexOf('abc', SIZE - 10), SIZE - 10 + ((3 - (SIZE - 10) % 3) % 3));
var swapped = Buffer.from(big).swap64().swap64();
assert.ok(swapped.equals(big));
var text = 'caf\u00e9 \u20ac \ud83d\ude00 '.repeat(SIZE / 24);
var encoded = Buffer.from(text);
assert.strictEqual(encoded.length, Buffer.byteLength(text));
assert.strictEqual(encoded.toString(), text);
assert.strictEqual(Buffer.concat([big, big]).length, 2 * SIZE);

// ---- offsets and lengths ---------------------------------------------------------
var buf = Buffer.from('abcdefgh');
[-1, 1.5, NaN, 9, Infinity, -Infinity, 2 ** 53].forEach(function (bad) {
  throwsCode(function () { buf.write('x', bad); }, 'RangeError', 'ERR_OUT_OF_RANGE');
  // fill's start may lie past the end (then nothing is filled), up to kMaxLength
  if (bad !== 9) throwsCode(function () { buf.fill(0, bad); }, 'RangeError', 'ERR_OUT_OF_RANGE');
  throwsCode(function () { buf.readUInt8(bad); }, 'RangeError', 'ERR_OUT_OF_RANGE');
  throwsCode(function () { buf.readInt32BE(bad); }, 'RangeError', 'ERR_OUT_OF_RANGE');
  throwsCode(function () { buf.writeUInt16LE(1, bad); }, 'RangeError', 'ERR_OUT_OF_RANGE');
  throwsCode(function () { buf.writeDoubleBE(1, bad); }, 'RangeError', 'ERR_OUT_OF_RANGE');
  throwsCode(function () { buf.readBigUInt64LE(bad); }, 'RangeError', 'ERR_OUT_OF_RANGE');
});
assert.strictEqual(buf.fill(0, 9), buf);
assert.strictEqual(buf.toString(), 'abcdefgh');
throwsCode(function () { buf.write('x', 0, -1); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.write('x', 0, 0.5); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.fill(0, 0, 9); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.compare(buf, -1); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.compare(buf, 0, 9); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.copy(buf, -1); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.copy(buf, 0, 9); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.copy(buf, 0, 0, -1); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.readUInt32LE(5); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.writeUInt32LE(1, 5); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.readIntLE(0, 7); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.writeUInt8(256, 0); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.writeInt8(-129, 0); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.writeUInt32BE(-1, 0); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { buf.writeBigInt64LE(2n ** 63n, 0); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { Buffer.from(new ArrayBuffer(4), 5); }, 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS');
throwsCode(function () { Buffer.from(new ArrayBuffer(4), 1, 4); }, 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS');
throwsCode(function () { Buffer.alloc(-1); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { Buffer.alloc(NaN); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { Buffer.alloc(bufferModule.kMaxLength + 1); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { Buffer.allocUnsafe(-5); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { Buffer.concat([buf], -1); }, 'RangeError', 'ERR_OUT_OF_RANGE');
['1', null, {}, true].forEach(function (bad) {
  throwsCode(function () { buf.readUInt8(bad); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');
  if (typeof bad !== 'string') {
    throwsCode(function () { buf.write('x', 0, bad); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');
  }
  throwsCode(function () { Buffer.alloc(bad); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');
});
throwsCode(function () { buf.toString('nope'); }, 'TypeError', 'ERR_UNKNOWN_ENCODING');
throwsCode(function () { buf.fill('zz', 'hex'); }, 'TypeError', 'ERR_INVALID_ARG_VALUE');
throwsCode(function () { Buffer.alloc(6).swap32(); }, 'RangeError', 'ERR_INVALID_BUFFER_SIZE');

// Ranges that are clamped rather than rejected: toString, slice, subarray.
assert.strictEqual(buf.toString('latin1', -5, 100), 'abcdefgh');
assert.strictEqual(buf.toString('latin1', 2.9, 4.1), 'cd');
assert.strictEqual(buf.toString('latin1', NaN, 3), 'abc');
assert.strictEqual(buf.toString('latin1', 3, NaN), '');
assert.strictEqual(buf.toString('latin1', 6, 2), '');
assert.strictEqual(buf.slice(-3).toString(), 'fgh');
assert.strictEqual(buf.slice(-100, -6).toString(), 'ab');
assert.strictEqual(buf.slice(1.9, 3.9).toString(), 'bc');
assert.strictEqual(buf.slice(NaN, NaN).length, 0);
assert.strictEqual(buf.subarray(5, 2).length, 0);
assert.strictEqual(buf.slice(2 ** 40).length, 0);
// indexing: out of range reads are undefined, writes are ignored; values wrap
var bytes = Buffer.alloc(2);
assert.strictEqual(bytes[2], undefined);
assert.strictEqual(bytes[-1], undefined);
bytes[2] = 5;
bytes[-1] = 5;
assert.strictEqual(bytes.length, 2);
assert.strictEqual(bytes[2], undefined);
bytes[0] = 256 + 7;
bytes[1] = -1;
assert.deepStrictEqual(Array.from(bytes), [7, 255]);
bytes[0] = 1.9;
bytes[1] = '12';
assert.deepStrictEqual(Array.from(bytes), [1, 12]);
bytes[0] = NaN;
assert.strictEqual(bytes[0], 0);
