// assert.fail in its v0.2 form (actual, expected, message, operator) and the
// modern one-argument form.
var common = require('../common');
var assert = require('assert');

function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('assert.fail did not throw');
}

var e = caught(function () { assert.fail(); });
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, 'Failed');
assert.strictEqual(e.operator, 'fail');
assert.strictEqual(e.generatedMessage, true);

e = caught(function () { assert.fail('boom'); });
assert.strictEqual(e.message, 'boom');
assert.strictEqual(e.generatedMessage, false);
assert.strictEqual(e.actual, undefined);

var own = new RangeError('own error');
assert.strictEqual(caught(function () { assert.fail(own); }), own);

e = caught(function () { assert.fail(1, 2, undefined, '>'); });
assert.strictEqual(e.message, '1 > 2');
assert.strictEqual(e.actual, 1);
assert.strictEqual(e.expected, 2);
assert.strictEqual(e.operator, '>');
assert.strictEqual(e.generatedMessage, true);

e = caught(function () { assert.fail(1, 2, 'one is not two', '=='); });
assert.strictEqual(e.message, 'one is not two');
assert.strictEqual(e.operator, '==');
assert.strictEqual(e.generatedMessage, false);

e = caught(function () { assert.fail('a', 'b'); });
assert.strictEqual(e.message, "'a' != 'b'");
assert.strictEqual(e.operator, '!=');
