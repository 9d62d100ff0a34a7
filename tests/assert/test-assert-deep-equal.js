// deepEqual / notDeepEqual: the loose comparison.
var common = require('../common');
var assert = require('assert');

function eq(a, b) {
  assert.deepEqual(a, b);
  assert.deepEqual(b, a);
  assert.throws(function () { assert.notDeepEqual(a, b); }, assert.AssertionError);
}
function ne(a, b) {
  assert.notDeepEqual(a, b);
  assert.notDeepEqual(b, a);
  assert.throws(function () { assert.deepEqual(a, b); }, assert.AssertionError);
}

// primitives compare with ==
eq(1, 1);
eq(1, '1');
eq(null, undefined);
eq(true, 1);
eq('abc', 'abc');
eq(NaN, NaN);
ne(1, 2);
ne('a', 'b');
ne(0, null);

// dates by time
eq(new Date(2000, 3, 14), new Date(2000, 3, 14));
ne(new Date(2000, 3, 14), new Date(2000, 3, 15));
ne(new Date(0), {});
ne(new Date(0), 0);

// regexps by source and flags
eq(/a/, /a/);
eq(/a/gim, /a/gim);
ne(/a/, /b/);
ne(/a/g, /a/);
ne(/a/i, /a/m);
ne(/a/, {});
var re = /x/g;
re.lastIndex = 3;
ne(re, /x/g);

// objects by own enumerable keys, in any order
eq({ a: 1, b: 2 }, { b: 2, a: 1 });
eq({ a: 4, b: '2' }, { a: 4, b: 2 });
eq({}, {});
ne({ a: 1 }, { a: 1, b: 2 });
ne({ a: 1 }, { b: 1 });
ne({ a: undefined }, {});

// arrays and nesting
eq([], []);
eq([1, 2, 3], [1, 2, 3]);
eq([1, 2, 3], ['1', '2', '3']);
eq([[1], [2, [3]]], [[1], [2, [3]]]);
eq({ a: [1, { b: [2] }] }, { a: [1, { b: [2] }] });
ne([1, 2], [1, 2, 3]);
ne([1, 2, 3], [1, 3, 2]);
ne({ a: [1, { b: [2] }] }, { a: [1, { b: [3] }] });
var extra = [1, 2];
extra.prop = 'x';
ne(extra, [1, 2]);
var extra2 = [1, 2];
extra2.prop = 'x';
eq(extra, extra2);

// an array is not an object with the same keys
ne([1], { 0: 1, length: 1 });
ne([], {});

// arguments objects are compared with each other, not with arrays
(function () {
  var args1 = arguments;
  (function () {
    var args2 = arguments;
    eq(args1, args2);
  })(1, 2, 3);
  (function () {
    ne(args1, arguments);
  })(1, 2, 4);
  ne(args1, [1, 2, 3]);
})(1, 2, 3);

// prototypes are ignored in loose mode
function Foo() { this.x = 1; }
eq(new Foo(), { x: 1 });

// cycles
var a = { x: 1 };
a.self = a;
var b = { x: 1 };
b.self = b;
eq(a, b);
var c = { x: 2 };
c.self = c;
ne(a, c);
var list1 = [1];
list1.push(list1);
var list2 = [1];
list2.push(list2);
eq(list1, list2);
var p1 = { child: { parent: null } };
p1.child.parent = p1;
var p2 = { child: { parent: null } };
p2.child.parent = p2;
eq(p1, p2);

// typed arrays and buffers by content
eq(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]));
ne(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]));
ne(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]));
eq(new Float64Array([0.5, 1]), new Float64Array([0.5, 1]));
ne(new Uint8Array([1]), new Int8Array([1]));
if (typeof Buffer === 'function') {
  eq(new Buffer('abc'), new Buffer('abc'));
  ne(new Buffer('abc'), new Buffer('abd'));
}

// boxed primitives
eq(new Number(1), new Number(1));
ne(new Number(1), new Number(2));
eq(new String('ab'), new String('ab'));
ne(new String('ab'), new String('ba'));

// errors compare name and message
eq(new Error('x'), new Error('x'));
ne(new Error('x'), new Error('y'));
ne(new Error('x'), new TypeError('x'));

// functions only by identity
function f() {}
eq(f, f);
ne(function () {}, function () {});
eq({ fn: f }, { fn: f });

// Maps and Sets
eq(new Set([1, 2, 3]), new Set([3, 2, 1]));
ne(new Set([1, 2]), new Set([1, 3]));
eq(new Set([{ a: 1 }]), new Set([{ a: 1 }]));
eq(new Map([['a', 1], ['b', { c: 2 }]]), new Map([['b', { c: 2 }], ['a', 1]]));
ne(new Map([['a', 1]]), new Map([['a', 2]]));
ne(new Map([['a', 1]]), new Map([['b', 1]]));
eq(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']]));

// the v0.2 example: identical values with different key order
assert.deepEqual({ a: 4, b: '1' }, { b: '1', a: 4 });
