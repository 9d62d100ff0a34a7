// The assert functions of the v0.2 API document, each used once as
// documented, printing what happened.
var common = require('../common');
var assert = require('assert');

function report(name, fn) {
  try {
    fn();
    console.log(name + ': passed');
  } catch (e) {
    console.log(name + ': ' + e.name + (e.code ? ' ' + e.code : ''));
  }
}

report('fail', function () { assert.fail(1, 2, 'fail message', '=='); });
report('ok true', function () { assert.ok(true); });
report('ok false', function () { assert.ok(false); });
report('equal', function () { assert.equal(1, '1'); });
report('equal fails', function () { assert.equal(1, 2); });
report('notEqual', function () { assert.notEqual(1, 2); });
report('deepEqual', function () { assert.deepEqual({ a: [1, 2] }, { a: ['1', 2] }); });
report('notDeepEqual', function () { assert.notDeepEqual({ a: 1 }, { a: 2 }); });
report('strictEqual', function () { assert.strictEqual(1, 1); });
report('strictEqual fails', function () { assert.strictEqual(1, '1'); });
report('notStrictEqual', function () { assert.notStrictEqual(1, '1'); });
report('throws', function () { assert.throws(function () { throw new Error('x'); }); });
report('throws fails', function () { assert.throws(function () {}); });
report('throws Error', function () { assert.throws(function () { throw new Error('x'); }, Error); });
report('doesNotThrow', function () { assert.doesNotThrow(function () {}); });
report('doesNotThrow fails', function () { assert.doesNotThrow(function () { throw new Error('x'); }); });
report('ifError null', function () { assert.ifError(null); });
report('ifError error', function () { assert.ifError(new Error('x')); });
