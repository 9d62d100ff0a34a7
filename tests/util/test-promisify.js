// util.promisify and util.callbackify.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');

function later(fn) { setTimeout(fn, 1); }

function addLater(a, b, cb) { later(function () { cb(null, a + b); }); }
function failLater(cb) { later(function () { cb(new Error('failed')); }); }
function manyValues(cb) { cb(null, 'first', 'second'); }

var add = util.promisify(addLater);
assert.strictEqual(typeof add, 'function');
assert.strictEqual(add.name, 'addLater');
assert.strictEqual(add.length, 3);
assert.strictEqual(util.promisify(add), add);   // promisifying twice is a no-op
add(2, 3).then(common.mustCall(function (v) { assert.strictEqual(v, 5); }));

util.promisify(failLater)().then(common.mustNotCall(), common.mustCall(function (err) {
  assert.strictEqual(err.message, 'failed');
}));

// Only the first result value is kept.
util.promisify(manyValues)().then(common.mustCall(function (v) { assert.strictEqual(v, 'first'); }));

// `this` is forwarded.
var obj = {
  base: 10,
  plus: function (n, cb) { cb(null, this.base + n); }
};
obj.plusAsync = util.promisify(obj.plus);
obj.plusAsync(5).then(common.mustCall(function (v) { assert.strictEqual(v, 15); }));

// A synchronous throw rejects the promise.
util.promisify(function () { throw new Error('sync'); })().catch(common.mustCall(function (err) {
  assert.strictEqual(err.message, 'sync');
}));

// util.promisify.custom supplies the promise version.
assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
function withCustom() {}
var customImpl = function () { return Promise.resolve('custom'); };
withCustom[util.promisify.custom] = customImpl;
assert.strictEqual(util.promisify(withCustom), customImpl);
util.promisify(withCustom)().then(common.mustCall(function (v) { assert.strictEqual(v, 'custom'); }));

function badCustom() {}
badCustom[util.promisify.custom] = 'not a function';
assert.throws(function () { util.promisify(badCustom); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { util.promisify(5); },
  { code: 'ERR_INVALID_ARG_TYPE', message: 'The "original" argument must be of type function. Received type number (5)' });

// callbackify
async function asyncAdd(a, b) { return a + b; }
var cbAdd = util.callbackify(asyncAdd);
assert.strictEqual(cbAdd.name, 'asyncAddCallbackified');
assert.strictEqual(cbAdd.length, 3);
cbAdd(1, 2, common.mustCall(function (err, v) {
  assert.strictEqual(err, null);
  assert.strictEqual(v, 3);
}));

util.callbackify(function () { return Promise.reject(new Error('rejected')); })(
  common.mustCall(function (err, v) {
    assert.strictEqual(err.message, 'rejected');
    assert.strictEqual(v, undefined);
  }));

// Falsy rejection reasons are wrapped.
util.callbackify(function () { return Promise.reject(null); })(common.mustCall(function (err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.reason, null);
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
}));

// `this` is forwarded to both the function and the callback.
var holder = {
  v: 7,
  get: util.callbackify(function () { return Promise.resolve(this.v); })
};
holder.get(common.mustCall(function (err, v) {
  assert.strictEqual(err, null);
  assert.strictEqual(v, 7);
  assert.strictEqual(this, holder);
}));

// The callback runs asynchronously, after the current job.
var order = [];
util.callbackify(async function () { return 1; })(common.mustCall(function () {
  order.push('callback');
  assert.deepStrictEqual(order, ['sync', 'callback']);
}));
order.push('sync');

assert.throws(function () { util.callbackify(asyncAdd)(1, 2); },
  { code: 'ERR_INVALID_ARG_TYPE', message: 'The last argument must be of type function. Received type number (2)' });
assert.throws(function () { util.callbackify('nope'); }, { code: 'ERR_INVALID_ARG_TYPE' });
