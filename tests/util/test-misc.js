// util: isDeepStrictEqual, stripVTControlCharacters, toUSVString, _extend,
// TextEncoder/TextDecoder.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');

var eq = util.isDeepStrictEqual;
assert.strictEqual(eq(1, 1), true);
assert.strictEqual(eq(1, '1'), false);
assert.strictEqual(eq(NaN, NaN), true);
assert.strictEqual(eq(0, -0), false);
assert.strictEqual(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }), false);
assert.strictEqual(eq({ a: 1 }, { a: 1, b: undefined }), false);
assert.strictEqual(eq([1, 2], { 0: 1, 1: 2, length: 2 }), false);
assert.strictEqual(eq(new Date(5), new Date(5)), true);
assert.strictEqual(eq(new Date(5), new Date(6)), false);
assert.strictEqual(eq(/a/g, /a/g), true);
assert.strictEqual(eq(/a/g, /a/i), false);
assert.strictEqual(eq(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), true);
assert.strictEqual(eq(new Map([[1, 2]]), new Map([[1, 3]])), false);
assert.strictEqual(eq(new Set([1, { y: 2 }]), new Set([{ y: 2 }, 1])), true);
assert.strictEqual(eq(new Set([1]), new Set([2])), false);
assert.strictEqual(eq(new Uint8Array([1, 2]), new Uint8Array([1, 2])), true);
assert.strictEqual(eq(new Uint8Array([1, 2]), new Uint8Array([1, 3])), false);
assert.strictEqual(eq(Object.create(null), {}), false);
var c1 = { v: 1 }; c1.self = c1;
var c2 = { v: 1 }; c2.self = c2;
assert.strictEqual(eq(c1, c2), true);

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1;4mx\u001b[0m'),
  'red plain x');
assert.strictEqual(util.stripVTControlCharacters(util.inspect({ a: [1, 'b'] }, { colors: true })),
  "{ a: [ 1, 'b' ] }");
assert.throws(function () { util.stripVTControlCharacters(5); }, { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(util.toUSVString('ok\ud800 \udc00x\ud83d\ude00'), 'ok\ufffd \ufffdx\ud83d\ude00');

var target = { a: 1 };
assert.strictEqual(util._extend(target, { b: 2, a: 3 }), target);
assert.deepStrictEqual(target, { a: 3, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });

if (typeof globalThis.TextEncoder === 'function') {
  assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
  assert.deepStrictEqual(Array.from(new util.TextEncoder().encode('h\u00e9')), [104, 195, 169]);
}
if (typeof globalThis.TextDecoder === 'function') {
  assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);
  assert.strictEqual(new util.TextDecoder().decode(new Uint8Array([104, 105])), 'hi');
}
