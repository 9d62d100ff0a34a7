// deepStrictEqual / notDeepStrictEqual: types, prototypes, Object.is.
var common = require('../common');
var assert = require('assert');

function eq(a, b) {
  assert.deepStrictEqual(a, b);
  assert.deepStrictEqual(b, a);
  assert.throws(function () { assert.notDeepStrictEqual(a, b); }, assert.AssertionError);
}
function ne(a, b) {
  assert.notDeepStrictEqual(a, b);
  assert.notDeepStrictEqual(b, a);
  assert.throws(function () { assert.deepStrictEqual(a, b); }, assert.AssertionError);
}

eq(1, 1);
eq(NaN, NaN);
eq('a', 'a');
ne(1, '1');
ne(null, undefined);
ne(0, -0);
ne(true, 1);

eq({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
ne({ a: 1 }, { a: '1' });
ne([1, 2], ['1', 2]);
ne({ a: undefined }, {});

// prototypes matter
function Foo() { this.x = 1; }
ne(new Foo(), { x: 1 });
eq(new Foo(), new Foo());
ne(Object.create(null), {});
eq(Object.create(null), Object.create(null));

// holes are not undefined
ne([1, , 3], [1, undefined, 3]);

// dates and regexps
eq(new Date(5), new Date(5));
ne(new Date(5), new Date(6));
eq(/x/gi, /x/gi);
ne(/x/g, /x/i);

// boxed primitives compare by value and type
eq(new Number(1), new Number(1));
ne(new Number(1), new String('1'));
ne(new Number(1), 1);

// symbols as keys count in strict mode
var s = Symbol('s');
var withSym1 = {};
withSym1[s] = 1;
var withSym2 = {};
withSym2[s] = 1;
eq(withSym1, withSym2);
var withSym3 = {};
withSym3[s] = 2;
ne(withSym1, withSym3);

// Maps
eq(new Map(), new Map());
eq(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
ne(new Map([[1, 'a']]), new Map([['1', 'a']]));
ne(new Map([[1, 'a']]), new Map([[1, 'b']]));
eq(new Map([[{ k: [1] }, { v: 1 }]]), new Map([[{ k: [1] }, { v: 1 }]]));
ne(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 2 }, 'v']]));
ne(new Map([[1, 1]]), new Map([[1, 1], [2, 2]]));

// Sets
eq(new Set(), new Set());
eq(new Set([1, 'a', null]), new Set([null, 'a', 1]));
ne(new Set([1]), new Set(['1']));
eq(new Set([[1, 2], { a: 1 }]), new Set([{ a: 1 }, [1, 2]]));
ne(new Set([[1, 2]]), new Set([[2, 1]]));
ne(new Set([1, 2]), [1, 2]);

// Map vs Set vs object
ne(new Map(), new Set());
ne(new Map(), {});

// typed arrays
eq(new Uint16Array([1, 2]), new Uint16Array([1, 2]));
ne(new Uint16Array([1, 2]), new Uint8Array([1, 2]));
ne(new Float64Array([0]), new Float64Array([-0]));

// errors
eq(new TypeError('m'), new TypeError('m'));
ne(new TypeError('m'), new Error('m'));

// cycles
var a = { name: 'a' };
a.me = a;
var b = { name: 'a' };
b.me = b;
eq(a, b);
var m1 = new Map();
m1.set('self', m1);
var m2 = new Map();
m2.set('self', m2);
eq(m1, m2);

// messages
try {
  assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'my message');
  assert.fail('not reached');
} catch (e) {
  assert.strictEqual(e.message.slice(0, 10), 'my message');
  assert.strictEqual(e.generatedMessage, false);
  assert.strictEqual(e.operator, 'deepStrictEqual');
}
