// Shared helpers for the JavaScript test suites (runs under nodus and node).
var assert = require('assert');

var pending = [];

// Returns a wrapper of fn that must be called exactly `times` times (default 1)
// before the process exits.
exports.mustCall = function (fn, times) {
  if (typeof fn === 'number') { times = fn; fn = undefined; }
  if (times === undefined) times = 1;
  var entry = { expected: times, actual: 0, stack: new Error().stack };
  pending.push(entry);
  return function () {
    entry.actual++;
    if (fn) return fn.apply(this, arguments);
  };
};

exports.mustNotCall = function (msg) {
  return function () {
    throw new Error(msg || 'function should not have been called');
  };
};

process.on('exit', function (code) {
  if (code !== 0) return;
  pending.forEach(function (e) {
    if (e.actual !== e.expected) {
      process.stderr.write('mustCall: expected ' + e.expected + ' call(s), got ' +
                           e.actual + '\n' + e.stack + '\n');
      process.exitCode = 1;
      process.reallyExit ? process.reallyExit(1) : process.exit(1);
    }
  });
});

// Path of the nodus binary under test (process.execPath) and a temp dir.
exports.execPath = process.execPath;
exports.tmpDir = (process.env.TMPDIR || '/tmp');
