// The AssertionError class and the properties of thrown assertion errors.
var common = require('../common');
var assert = require('assert');
var AssertionError = assert.AssertionError;

assert.strictEqual(typeof AssertionError, 'function');

var err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.ok(err instanceof AssertionError);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(typeof err.message, 'string');
assert.ok(err.message.length > 0);
assert.strictEqual(String(err), 'AssertionError [ERR_ASSERTION]: ' + err.message);
assert.strictEqual(typeof err.stack, 'string');
assert.deepStrictEqual(Object.keys(err).sort(),
                       ['actual', 'code', 'expected', 'generatedMessage', 'operator']);

var custom = new AssertionError({ message: 'custom message', actual: 'a', expected: 'b', operator: '==' });
assert.strictEqual(custom.message, 'custom message');
assert.strictEqual(custom.generatedMessage, false);
assert.strictEqual(String(custom), 'AssertionError [ERR_ASSERTION]: custom message');

// the generated message for a plain operator is "actual operator expected"
var plain = new AssertionError({ actual: 1, expected: 2, operator: '==' });
assert.strictEqual(plain.message, '1 == 2');

// options must be an object
assert.throws(function () { new AssertionError(); }, TypeError);
assert.throws(function () { new AssertionError('message'); }, TypeError);

// thrown errors carry the same properties
try {
  assert.equal('x', 'y');
  assert.fail('not reached');
} catch (e) {
  assert.ok(e instanceof AssertionError);
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.name, 'AssertionError');
  assert.strictEqual(e.actual, 'x');
  assert.strictEqual(e.expected, 'y');
  assert.strictEqual(e.operator, '==');
  assert.strictEqual(e.generatedMessage, true);
  assert.strictEqual(e.message, "'x' == 'y'");
}

try {
  assert.deepEqual({ a: [1, 2] }, { a: [1, 3] });
} catch (e) {
  assert.strictEqual(e.operator, 'deepEqual');
  assert.deepStrictEqual(e.actual, { a: [1, 2] });
  assert.deepStrictEqual(e.expected, { a: [1, 3] });
  assert.ok(/^Expected values to be loosely deep-equal:/.test(e.message), e.message);
}

try {
  assert.deepStrictEqual([1], ['1']);
} catch (e) {
  assert.strictEqual(e.operator, 'deepStrictEqual');
  assert.ok(/^Expected values to be strictly deep-equal:/.test(e.message), e.message);
}

try {
  assert.notDeepStrictEqual({ a: 1 }, { a: 1 });
} catch (e) {
  assert.strictEqual(e.operator, 'notDeepStrictEqual');
  assert.ok(/^Expected "actual" not to be strictly deep-equal to:/.test(e.message), e.message);
}

try {
  assert.notDeepEqual({ a: 1 }, { a: 1 });
} catch (e) {
  assert.strictEqual(e.operator, 'notDeepEqual');
}
