// setTimeout/setInterval/setImmediate: arguments, clearing, this, ordering,
// unref, and validation.
var common = require('../common');
var assert = require('assert');

setTimeout(common.mustCall(function (a, b, c) {
  assert.strictEqual(a, 1); assert.strictEqual(b, 'two'); assert.strictEqual(c, undefined);
}), 1, 1, 'two');

var n = 0;
var iv = setInterval(common.mustCall(function (x) {
  assert.strictEqual(x, 'arg');
  if (++n === 3) clearInterval(iv);
}, 3), 1, 'arg');

// clearing from inside another timer's callback
var later = setTimeout(common.mustNotCall('cleared timer ran'), 20);
setTimeout(function () { clearTimeout(later); }, 5);

// clearTimeout accepts the numeric id (toPrimitive) too
var byNum = setTimeout(common.mustNotCall('cleared by id'), 5);
clearTimeout(+byNum);

// ordering by deadline then by creation
var seen = [];
setTimeout(function () { seen.push(30); }, 30);
setTimeout(function () { seen.push(10); }, 10);
setTimeout(function () { seen.push('10b'); }, 10);
setTimeout(function () { seen.push(0); }, 0);
setTimeout(common.mustCall(function () {
  assert.deepStrictEqual(seen, [0, 10, '10b', 30]);
}), 40);

// unref'd timers do not keep the process alive; ref() brings it back
setTimeout(common.mustNotCall('unref timer ran'), 5000).unref();
var t = setTimeout(common.mustCall(), 15).unref();
t.ref();
assert.strictEqual(t.hasRef(), true);

// setImmediate with arguments, clearImmediate
setImmediate(common.mustCall(function (a) { assert.strictEqual(a, 'imm'); }), 'imm');
clearImmediate(setImmediate(common.mustNotCall()));

// bad callbacks are TypeErrors
assert.throws(function () { setTimeout('code', 1); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE';
});
assert.throws(function () { setInterval(null, 1); }, TypeError);

// clearTimeout of junk is harmless
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearInterval(12345);

// the timers module exports the same functions
var timers = require('timers');
assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(typeof timers.clearInterval, 'function');
