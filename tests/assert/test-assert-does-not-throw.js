// assert.doesNotThrow: passes through quiet blocks, reports matching errors,
// and rethrows errors that do not match the given kind.
var common = require('../common');
var assert = require('assert');
var AssertionError = assert.AssertionError;

function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

assert.strictEqual(assert.doesNotThrow(function () {}), undefined);
assert.doesNotThrow(function () {}, 'message');
assert.doesNotThrow(function () {}, TypeError, 'message');
var ran = false;
assert.doesNotThrow(function () { ran = true; });
assert.ok(ran);

// any error without a matcher becomes an AssertionError
var e = caught(function () {
  assert.doesNotThrow(function () { throw new Error('unexpected'); });
});
assert.ok(e instanceof AssertionError);
assert.strictEqual(e.operator, 'doesNotThrow');
assert.strictEqual(e.message, 'Got unwanted exception.\nActual message: "unexpected"');
assert.ok(e.actual instanceof Error);

e = caught(function () {
  assert.doesNotThrow(function () { throw new Error('unexpected'); }, 'context');
});
assert.strictEqual(e.message, 'Got unwanted exception: context\nActual message: "unexpected"');

// a matching kind is reported as an AssertionError
e = caught(function () {
  assert.doesNotThrow(function () { throw new TypeError('t'); }, TypeError);
});
assert.ok(e instanceof AssertionError);
e = caught(function () {
  assert.doesNotThrow(function () { throw new TypeError('find me'); }, /find/);
});
assert.ok(e instanceof AssertionError);

// a different kind is rethrown untouched
var range = new RangeError('r');
e = caught(function () {
  assert.doesNotThrow(function () { throw range; }, TypeError);
});
assert.strictEqual(e, range);
e = caught(function () {
  assert.doesNotThrow(function () { throw range; }, /nomatch/);
});
assert.strictEqual(e, range);

// the block must be a function
e = caught(function () { assert.doesNotThrow(5); });
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
