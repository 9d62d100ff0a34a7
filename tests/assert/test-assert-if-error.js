// assert.ifError: quiet for null/undefined, throws for errors.
var common = require('../common');
var assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);
assert.ifError();

var err = new Error('callback failed');
var caught;
try {
  assert.ifError(err);
} catch (e) {
  caught = e;
}
assert.ok(caught, 'ifError(error) must throw');
assert.ok(caught instanceof Error);
assert.ok(/callback failed/.test(caught.message), caught.message);

// a non-error truthy value throws too
assert.throws(function () { assert.ifError('failure'); });
assert.throws(function () { assert.ifError({ message: 'object' }); }, /object/);

// the typical callback use
function callback(error, result) {
  assert.ifError(error);
  return result;
}
assert.strictEqual(callback(null, 7), 7);
assert.throws(function () { callback(new TypeError('bad'), 7); }, /bad/);
