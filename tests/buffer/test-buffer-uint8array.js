// A Buffer is a Uint8Array: the prototype chain, typed-array methods and
// iteration, Buffer() with and without new, views sharing memory
// (Buffer.from(arrayBuffer), slice, subarray, the _fromArrayBuffer entry for C
// plugins), Buffer methods applied to plain Uint8Arrays, and nodus's
// zero-filled allocations.
'use strict';
require('../common');
var assert = require('assert');
var bufferModule = require('buffer');
var Buffer = bufferModule.Buffer;

var b = Buffer.from('hello');
assert.ok(b instanceof Buffer);
assert.ok(b instanceof Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(b.constructor, Buffer);
assert.strictEqual(Object.prototype.toString.call(b), '[object Uint8Array]');
assert.ok(ArrayBuffer.isView(b));
assert.ok(b.buffer instanceof ArrayBuffer);
assert.strictEqual(b.BYTES_PER_ELEMENT, 1);
assert.strictEqual(typeof Buffer.poolSize, 'number');

// callable with and without new, for every kind of argument
[Buffer(3), new Buffer(3), Buffer('abc'), new Buffer('abc'), Buffer([1, 2, 3]), new Buffer([1, 2, 3]),
 Buffer(Buffer.from('xyz')), new Buffer(new ArrayBuffer(3))].forEach(function (x) {
  assert.ok(x instanceof Buffer);
  assert.strictEqual(x.length, 3);
});
assert.strictEqual(new Buffer('6869', 'hex').toString(), 'hi');
assert.strictEqual(Buffer(5).toString('hex'), '0000000000');

// typed-array methods and iteration
assert.deepStrictEqual(Array.from(b), [104, 101, 108, 108, 111]);
assert.deepStrictEqual(Array.from(b.keys()), [0, 1, 2, 3, 4]);
var seen = [];
for (var byte of Buffer.from([7, 8])) seen.push(byte);
assert.deepStrictEqual(seen, [7, 8]);
assert.deepStrictEqual(Array.from(b.entries())[1], [1, 101]);
var mapped = b.map(function (x) { return x + 1; });
assert.ok(mapped instanceof Buffer);
assert.strictEqual(mapped.toString(), 'ifmmp');
var filtered = b.filter(function (x) { return x === 108; });
assert.ok(filtered instanceof Buffer);
assert.strictEqual(filtered.toString(), 'll');
var sliced = Uint8Array.prototype.slice.call(b, 1, 3); // a copy, through Buffer's species
assert.ok(sliced instanceof Buffer);
sliced[0] = 0;
assert.strictEqual(b.toString(), 'hello');
var sub = Uint8Array.prototype.subarray.call(b, 1, 3);
assert.ok(sub instanceof Buffer);
sub[0] = 0x61;
assert.strictEqual(b.toString(), 'hallo');
b[1] = 0x65;
assert.strictEqual(b.reduce(function (a, x) { return a + x; }, 0), 532);
assert.strictEqual(b.join('-'), '104-101-108-108-111');
assert.strictEqual(b.at(-1), 111);
var sorted = Buffer.from([3, 1, 2]).sort();
assert.deepStrictEqual(Array.from(sorted), [1, 2, 3]);
var target = Buffer.alloc(4);
target.set([1, 2], 1);
target.set(Buffer.from([9]), 3);
assert.deepStrictEqual(Array.from(target), [0, 1, 2, 9]);
assert.strictEqual(b.toLocaleString(), 'hello');

// views share memory
var ab = new ArrayBuffer(8);
var view = Buffer.from(ab, 2, 4);
assert.strictEqual(view.buffer, ab);
assert.strictEqual(view.byteOffset, 2);
view[0] = 42;
assert.strictEqual(new Uint8Array(ab)[2], 42);
var slice = view.slice(1, 3);
slice[0] = 43;
assert.strictEqual(new Uint8Array(ab)[3], 43);
assert.strictEqual(slice.buffer, ab);
assert.strictEqual(slice.byteOffset, 3);
var whole = Buffer.from(ab);
assert.strictEqual(whole.length, 8);
assert.strictEqual(whole[2], 42);
if (typeof SharedArrayBuffer === 'function') {
  var sab = new SharedArrayBuffer(4);
  var shared = Buffer.from(sab, 1);
  shared[0] = 5;
  assert.strictEqual(new Uint8Array(sab)[1], 5);
}
// the entry for C plugins (nodus only)
if (typeof bufferModule._fromArrayBuffer === 'function') {
  var native = bufferModule._fromArrayBuffer(ab, 1, 3);
  assert.ok(native instanceof Buffer);
  assert.strictEqual(native.buffer, ab);
  assert.strictEqual(native.length, 3);
  assert.strictEqual(native[1], 42);
  assert.strictEqual(bufferModule._fromArrayBuffer(ab).length, 8);
}
// Buffer.from(buffer) and Buffer.from(uint8array) copy
var original = Buffer.from('abc');
var copied = Buffer.from(original);
copied[0] = 0x7a;
assert.strictEqual(original.toString(), 'abc');

// Buffer methods on plain Uint8Arrays
var u8 = new Uint8Array([0x68, 0x69, 0x21]);
assert.strictEqual(Buffer.prototype.readUInt16BE.call(u8, 0), 0x6869);
assert.ok(Buffer.prototype.equals.call(u8, Buffer.from('hi!')));
assert.strictEqual(Buffer.prototype.indexOf.call(u8, '!'), 2);
assert.strictEqual(Buffer.isBuffer(u8), false);
assert.ok(Buffer.from(u8).equals(Buffer.from('hi!')));
assert.strictEqual(Buffer.compare(u8, Buffer.from('hi!')), 0);
assert.strictEqual(Buffer.concat([u8, u8]).toString(), 'hi!hi!');

// Everything new is zero-filled. Node leaves allocUnsafe's memory
// uninitialized; nodus zero-fills it too.
[Buffer.alloc(100), new Buffer(100), Buffer(100), Buffer.alloc(100000), Buffer.concat([Buffer.from('a')], 100)]
  .forEach(function (z, i) {
    for (var k = i === 4 ? 1 : 0; k < z.length; k++) assert.strictEqual(z[k], 0, 'zero-filled #' + i);
  });
if (process.versions.nodus) {
  for (var round = 0; round < 50; round++) {
    var junk = Buffer.allocUnsafe(4096).fill(0xff);
    junk = null;
    [Buffer.allocUnsafe(4096), Buffer.allocUnsafeSlow(4096), new bufferModule.SlowBuffer(4096)].forEach(function (z) {
      for (var k = 0; k < z.length; k++) assert.strictEqual(z[k], 0);
    });
  }
}
