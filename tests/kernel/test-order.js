// Node's order: synchronous code, nextTicks, promise jobs, then timers in
// deadline order; nextTicks and promise jobs drain between timers.
var common = require('../common');
var assert = require('assert');
var log = [];

setTimeout(function () {
  log.push('timeout 2');
  process.nextTick(function () { log.push('tick in timeout 2'); });
  Promise.resolve().then(function () { log.push('promise in timeout 2'); });
}, 2);
setTimeout(function () { log.push('timeout 2b'); }, 2);
setTimeout(function () { log.push('timeout 1'); }, 1);
var cleared = setTimeout(common.mustNotCall(), 1);
clearTimeout(cleared);
Promise.resolve().then(function () {
  log.push('promise');
  process.nextTick(function () { log.push('tick from promise'); });
});
process.nextTick(function () {
  log.push('tick 1');
  process.nextTick(function () { log.push('tick nested'); });
});
process.nextTick(function (a, b) { log.push('tick args ' + a + b); }, 'x', 'y');
(async function () {
  log.push('async start');
  await null;
  log.push('after await');
})();
log.push('sync');

setTimeout(common.mustCall(function () {
  assert.deepStrictEqual(log, [
    'async start', 'sync',
    'tick 1', 'tick args xy', 'tick nested',
    'promise', 'after await', 'tick from promise',
    'timeout 1', 'timeout 2', 'tick in timeout 2', 'promise in timeout 2', 'timeout 2b',
  ]);
}), 30);
