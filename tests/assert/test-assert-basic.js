// assert()/ok, equal, notEqual, strictEqual, notStrictEqual: passing and
// failing cases, custom messages, and Error instances as messages.
var common = require('../common');
var assert = require('assert');

function fails(fn, check) {
  var caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (!caught) throw new Error('expected an AssertionError, nothing was thrown');
  if (!(caught instanceof assert.AssertionError)) throw caught;
  if (check) check(caught);
  return caught;
}

// assert() is ok()
assert.strictEqual(typeof assert, 'function');
assert.strictEqual(assert.ok, assert);
assert(true);
assert(1);
assert('x');
assert({});
assert([]);
assert.ok(true, 'not used');
[false, 0, '', null, undefined, NaN].forEach(function (v) {
  fails(function () { assert(v); }, function (e) {
    assert.strictEqual(e.actual, v);
    assert.strictEqual(e.expected, true);
    assert.strictEqual(e.operator, '==');
    assert.strictEqual(e.generatedMessage, true);
  });
  fails(function () { assert.ok(v); });
});
fails(function () { assert.ok(false, 'custom'); }, function (e) {
  assert.strictEqual(e.message, 'custom');
  assert.strictEqual(e.generatedMessage, false);
});
fails(function () { assert.ok(); }, function (e) {
  assert.strictEqual(e.message, 'No value argument passed to `assert.ok()`');
});

// equal: ==
assert.equal(1, 1);
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(0, false);
assert.equal('', 0);
var o = {};
assert.equal(o, o);
fails(function () { assert.equal(1, 2); }, function (e) {
  assert.strictEqual(e.message, '1 == 2');
  assert.strictEqual(e.operator, '==');
  assert.strictEqual(e.actual, 1);
  assert.strictEqual(e.expected, 2);
});
fails(function () { assert.equal({}, {}); });
fails(function () { assert.equal(null, 0); });
fails(function () { assert.equal('a', 'b', 'letters differ'); }, function (e) {
  assert.strictEqual(e.message, 'letters differ');
});

// notEqual: !=
assert.notEqual(1, 2);
assert.notEqual({}, {});
assert.notEqual(null, 0);
fails(function () { assert.notEqual(1, '1'); }, function (e) {
  assert.strictEqual(e.message, "1 != '1'");
  assert.strictEqual(e.operator, '!=');
});
fails(function () { assert.notEqual(o, o); });

// strictEqual: no coercion
assert.strictEqual(1, 1);
assert.strictEqual('a', 'a');
assert.strictEqual(o, o);
assert.strictEqual(null, null);
assert.strictEqual(undefined, undefined);
fails(function () { assert.strictEqual(1, '1'); });
fails(function () { assert.strictEqual(null, undefined); });
fails(function () { assert.strictEqual({}, {}); });
fails(function () { assert.strictEqual(1, 2); }, function (e) {
  assert.strictEqual(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.strictEqual(e.operator, 'strictEqual');
});

// notStrictEqual
assert.notStrictEqual(1, '1');
assert.notStrictEqual({}, {});
assert.notStrictEqual(null, undefined);
fails(function () { assert.notStrictEqual(1, 1); }, function (e) {
  assert.strictEqual(e.operator, 'notStrictEqual');
});
fails(function () { assert.notStrictEqual(o, o, 'same object'); }, function (e) {
  assert.strictEqual(e.message, 'same object');
});

// an Error given as the message is thrown instead of an AssertionError
var custom = new TypeError('my own error');
[
  function () { assert.ok(false, custom); },
  function () { assert.equal(1, 2, custom); },
  function () { assert.notEqual(1, 1, custom); },
  function () { assert.strictEqual(1, 2, custom); },
  function () { assert.notStrictEqual(1, 1, custom); },
  function () { assert.deepEqual({ a: 1 }, { a: 2 }, custom); }
].forEach(function (fn) {
  var caught;
  try { fn(); } catch (e) { caught = e; }
  assert.strictEqual(caught, custom);
});

// too few arguments
[assert.equal, assert.notEqual, assert.strictEqual, assert.notStrictEqual,
 assert.deepEqual, assert.notDeepEqual, assert.deepStrictEqual,
 assert.notDeepStrictEqual].forEach(function (fn) {
  var caught;
  try { fn(1); } catch (e) { caught = e; }
  assert.ok(caught instanceof TypeError);
  assert.strictEqual(caught.code, 'ERR_MISSING_ARGS');
  assert.strictEqual(caught.message, 'The "actual" and "expected" arguments must be specified');
});
