// assert.rejects / assert.doesNotReject with promises and promise functions.
var common = require('../common');
var assert = require('assert');

function rejected(msg) { return Promise.reject(new TypeError(msg)); }

assert.rejects(rejected('a')).then(common.mustCall());
assert.rejects(function () { return rejected('b'); }, TypeError).then(common.mustCall());
assert.rejects(rejected('c'), /c/).then(common.mustCall());
assert.rejects(rejected('d'), { message: 'd' }).then(common.mustCall());

// does not reject
assert.rejects(Promise.resolve(1)).then(common.mustNotCall(), common.mustCall(function (e) {
  assert.ok(e instanceof assert.AssertionError);
  assert.strictEqual(e.message, 'Missing expected rejection.');
  assert.strictEqual(e.operator, 'rejects');
}));

// wrong kind
assert.rejects(rejected('e'), RangeError).then(common.mustNotCall(), common.mustCall(function (e) {
  assert.ok(e instanceof assert.AssertionError);
}));

// a function must return a promise
assert.rejects(function () { return 1; }).then(common.mustNotCall(), common.mustCall(function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_RETURN_VALUE');
}));
assert.rejects(5).then(common.mustNotCall(), common.mustCall(function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
}));

// doesNotReject
assert.doesNotReject(Promise.resolve('fine')).then(common.mustCall());
assert.doesNotReject(function () { return Promise.resolve(); }).then(common.mustCall());
assert.doesNotReject(rejected('f')).then(common.mustNotCall(), common.mustCall(function (e) {
  assert.ok(e instanceof assert.AssertionError);
  assert.strictEqual(e.operator, 'doesNotReject');
  assert.strictEqual(e.message, 'Got unwanted rejection.\nActual message: "f"');
}));
var range = new RangeError('g');
assert.doesNotReject(Promise.reject(range), TypeError).then(common.mustNotCall(), common.mustCall(function (e) {
  assert.strictEqual(e, range);
}));
