// Signal events through the loop: a listener gets the signal name; removing
// the last listener restores the default action; signal listeners alone do
// not keep the process alive.
var common = require('../common');
var assert = require('assert');

process.on('SIGUSR2', common.mustCall(function (sig) {
  assert.strictEqual(sig, 'SIGUSR2');
  process.removeAllListeners('SIGUSR2');
  process.once('SIGHUP', common.mustCall(function () {}));
  process.kill(process.pid, 'SIGHUP');
}));
process.kill(process.pid, 'SIGUSR2');
// keep the loop alive until the signals arrived
var keep = setTimeout(function () {}, 5000);
process.on('SIGHUP', function () {});
process.on('exit', function () { clearTimeout(keep); });
setTimeout(function check() {
  if (process.listeners('SIGUSR2').length === 0 && process.listeners('SIGHUP').length === 1) {
    clearTimeout(keep);
  } else {
    setTimeout(check, 5);
  }
}, 5);

assert.throws(function () { process.kill(process.pid, 'SIGNOPE'); }, function (e) {
  return e.code === 'ERR_UNKNOWN_SIGNAL';
});
assert.throws(function () { process.kill('x'); }, TypeError);
