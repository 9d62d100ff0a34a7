// querystring.parse/stringify options and edge cases: maxKeys (1000 by
// default, 0 for no limit), custom decodeURIComponent/encodeURIComponent,
// separators given as other types, null-prototype results, inputs that are
// not strings, and the exported names.
'use strict';
var assert = require('assert');
var qs = require('querystring');

function entries(o) {
  return Object.keys(o).map(function (k) { return [k, o[k]]; });
}

assert.deepStrictEqual(Object.keys(qs).sort(),
  ['decode', 'encode', 'escape', 'parse', 'stringify', 'unescape', 'unescapeBuffer']);
assert.strictEqual(qs.decode, qs.parse);
assert.strictEqual(qs.encode, qs.stringify);

// maxKeys
var many = [];
for (var i = 0; i < 1500; i++) many.push('k' + i + '=' + i);
assert.strictEqual(Object.keys(qs.parse(many.join('&'))).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many.join('&'), null, null, { maxKeys: 0 })).length, 1500);
assert.strictEqual(Object.keys(qs.parse(many.join('&'), null, null, { maxKeys: -1 })).length, 1500);
assert.strictEqual(Object.keys(qs.parse(many.join('&'), null, null, { maxKeys: 10 })).length, 10);
assert.strictEqual(Object.keys(qs.parse(many.join('&'), null, null, { maxKeys: '10' })).length, 1000);
// repeated keys count as pairs, empty pieces too
assert.deepStrictEqual(entries(qs.parse('a=1&a=2&b=3', null, null, { maxKeys: 2 })), [['a', ['1', '2']]]);
assert.deepStrictEqual(entries(qs.parse('&&a=1&b=2', null, null, { maxKeys: 2 })), []);
assert.deepStrictEqual(entries(qs.parse('&&a=1&b=2', null, null, { maxKeys: 3 })), [['a', '1']]);

// a custom decoder sees every non-empty key and value, '+' as '%20'
var seen = [];
var parsed = qs.parse('a+b=c%20d&e=&=f&g', null, null, {
  decodeURIComponent: function (s) { seen.push(s); return s.toUpperCase(); }
});
assert.deepStrictEqual(entries(parsed), [['A%20B', 'C%20D'], ['E', ''], ['', 'F'], ['G', '']]);
assert.deepStrictEqual(seen, ['a%20b', 'c%20d', 'e', 'f', 'g']);
// a decoder that throws falls back to querystring.unescape
assert.deepStrictEqual(entries(qs.parse('a=%41', null, null, {
  decodeURIComponent: function () { throw new Error('no'); }
})), [['a', 'A']]);
// the default decoder is left alone for text without a %XX sequence
assert.deepStrictEqual(entries(qs.parse('a=é%&b=%zz')), [['a', 'é%'], ['b', '%zz']]);
assert.deepStrictEqual(entries(qs.parse('a=é%41')), [['a', 'éA']]);
assert.deepStrictEqual(entries(qs.parse('a=é%E9')), [['a', '\ufffd\ufffd']]);

// a custom encoder
assert.strictEqual(qs.stringify({ a: 'b c', n: 1, t: true, u: undefined }, null, null, {
  encodeURIComponent: function (s) { return '[' + s + ']'; }
}), '[a]=[b c]&[n]=[1]&[t]=[true]&[u]=[]');
assert.strictEqual(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: 'not a function' }), 'a=x%20y');

// separators: falsy ones mean the defaults, others are converted to strings
assert.deepStrictEqual(entries(qs.parse('a=1&b=2', '', '')), [['a', '1'], ['b', '2']]);
assert.deepStrictEqual(entries(qs.parse('a2x1b2y', 1, 2)), [['a', 'x'], ['b', 'y']]);
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, '', ''), 'a=1&b=2');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ', ', ': '), 'a: 1, b: 2');

// results have no prototype: any key is just a key
var proto = qs.parse('__proto__=1&constructor=2&hasOwnProperty=3&toString=4&toString=5');
assert.strictEqual(Object.getPrototypeOf(proto), null);
assert.deepStrictEqual(entries(proto),
  [['__proto__', '1'], ['constructor', '2'], ['hasOwnProperty', '3'], ['toString', ['4', '5']]]);

// inputs that are not strings give an empty object
[undefined, null, 1, {}, [], true].forEach(function (v) {
  var r = qs.parse(v);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.deepStrictEqual(Object.keys(r), []);
});
assert.deepStrictEqual(Object.keys(qs.parse('')), []);

// stringify of things that are not objects
[undefined, null, 1, 'a=b', true].forEach(function (v) {
  assert.strictEqual(qs.stringify(v), '');
});
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');
assert.strictEqual(qs.stringify({ a: [] , b: 1 }), 'b=1');
assert.strictEqual(qs.stringify({ a: [1, 'two', true, null, undefined, {}, 3n] }), 'a=1&a=two&a=true&a=&a=&a=&a=3');
assert.strictEqual(qs.stringify({ n: NaN, i: Infinity, z: -0, f: 1.5, big: 10n }), 'n=&i=&z=0&f=1.5&big=10');
// only own enumerable keys
var withProto = Object.create({ inherited: 1 });
withProto.own = 2;
assert.strictEqual(qs.stringify(withProto), 'own=2');

// escape accepts non-strings, refuses a trailing surrogate
assert.strictEqual(qs.escape(12), '12');
assert.strictEqual(qs.escape({ toString: function () { return 'a b'; } }), 'a%20b');
assert.strictEqual(qs.escape('\ud83d\ude00'), '%F0%9F%98%80');
assert.throws(function () { qs.escape('a\ud800'); }, function (err) {
  assert.ok(err instanceof URIError);
  assert.strictEqual(err.code, 'ERR_INVALID_URI');
  assert.strictEqual(err.message, 'URI malformed');
  return true;
});
assert.throws(function () { qs.stringify({ a: '\udc00' }); }, URIError);

// unescape: decodeURIComponent when it can, byte-wise otherwise
assert.strictEqual(qs.unescape('%41%42'), 'AB');
assert.strictEqual(qs.unescape('a+b'), 'a+b');
assert.strictEqual(qs.unescape('a+b%zz', true), 'a b%zz');
assert.strictEqual(qs.unescape('%E4%zz'), '\ufffd%zz');
assert.strictEqual(qs.unescape('%C3%A9%'), '\u00e9%');
if (typeof Buffer === 'function') {
  var buf = qs.unescapeBuffer('a%41+%zz', true);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'aA %zz');
}
