// The shared argument errors: Node's exact wording for each kind of value.
var assert = require('assert');
var errors;
try { errors = require('_errors'); } catch (e) { return; } // a nodus plugin, not under node

var e = errors.invalidArgType('path', 'of type string', 1);
assert.ok(e instanceof TypeError);
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(e.message, 'The "path" argument must be of type string. Received type number (1)');
assert.strictEqual(errors.describeReceived(null), 'Received null');
assert.strictEqual(errors.describeReceived(undefined), 'Received undefined');
assert.strictEqual(errors.describeReceived(function foo() {}), 'Received function foo');
assert.strictEqual(errors.describeReceived(new Map()), 'Received an instance of Map');
assert.strictEqual(errors.describeReceived(Object.create(null)), 'Received [Object: null prototype] {}');
assert.strictEqual(errors.describeReceived('a'.repeat(40)), "Received type string ('aaaaaaaaaaaaaaaaaaaaaaaa...)");
assert.strictEqual(errors.describeReceived(-0), 'Received type number (-0)');
var r = errors.codedError(RangeError, 'ERR_OUT_OF_RANGE', 'x');
assert.ok(r instanceof RangeError && r.code === 'ERR_OUT_OF_RANGE' && r.message === 'x');
// path and url use it
assert.throws(function () { require('path').join(1); }, /^TypeError: The "path" argument must be of type string\. Received type number \(1\)$/);
