// assert.match / assert.doesNotMatch.
var common = require('../common');
var assert = require('assert');

assert.match('I will pass', /pass/);
assert.doesNotMatch('I will pass', /fail/);

var e;
try { assert.match('I will fail', /pass/); } catch (x) { e = x; }
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.operator, 'match');
assert.strictEqual(e.actual, 'I will fail');
assert.strictEqual(e.message, "The input did not match the regular expression /pass/. Input:\n\n'I will fail'\n");

e = undefined;
try { assert.doesNotMatch('I will fail', /fail/); } catch (x) { e = x; }
assert.strictEqual(e.operator, 'doesNotMatch');
assert.strictEqual(e.message, "The input was expected to not match the regular expression /fail/. Input:\n\n'I will fail'\n");

e = undefined;
try { assert.match(123, /1/); } catch (x) { e = x; }
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, 'The "string" argument must be of type string. Received type number (123)');

e = undefined;
try { assert.match('abc', 'abc'); } catch (x) { e = x; }
assert.ok(e instanceof TypeError);
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');

assert.throws(function () { assert.match('x', /y/, 'custom'); }, { message: 'custom' });
