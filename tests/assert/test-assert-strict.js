// assert.strict: the strict comparisons under the legacy names.
var common = require('../common');
var assert = require('assert');
var strict = assert.strict;

assert.strictEqual(typeof strict, 'function');
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);

strict(true);
strict.ok(1);
assert.throws(function () { strict(false); }, assert.AssertionError);
strict.equal(1, 1);
assert.throws(function () { strict.equal(1, '1'); }, assert.AssertionError);
strict.notEqual(1, '1');
strict.deepEqual({ a: [1] }, { a: [1] });
assert.throws(function () { strict.deepEqual({ a: 1 }, { a: '1' }); }, assert.AssertionError);
strict.notDeepEqual({ a: 1 }, { a: '1' });
strict.throws(function () { throw new Error('x'); }, /x/);
strict.doesNotThrow(function () {});
strict.match('abc', /b/);
