// console methods that write to stderr: warn, error, assert, trace, and
// group indentation there. stderr is captured and compared exactly.
'use strict';
var common = require('../common');
var assert = require('assert');

function capture(fn) {
  var out = '';
  var err = '';
  var realOut = process.stdout.write;
  var realErr = process.stderr.write;
  process.stdout.write = function (s) { out += s; return true; };
  process.stderr.write = function (s) { err += s; return true; };
  try { fn(); } finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
  }
  return { out: out, err: err };
}

var r = capture(function () {
  console.warn('warning %d', 1);
  console.error('error', { code: 'E' }, [1]);
  console.error();
});
assert.strictEqual(r.out, '');
assert.strictEqual(r.err, "warning 1\nerror { code: 'E' } [ 1 ]\n\n");

// console.assert never throws; a failure prints to stderr.
r = capture(function () {
  console.assert(true, 'nothing');
  console.assert(false);
  console.assert(0, 'with message');
  console.assert(null, 'formatted %s=%d', 'x', 5);
  console.assert('', { obj: 1 });
  console.assert(undefined, 'extra', 'args', 3);
});
assert.strictEqual(r.out, '');
assert.strictEqual(r.err, 'Assertion failed\n' +
  'Assertion failed: with message\n' +
  'Assertion failed: formatted x=5\n' +
  'Assertion failed: [object Object]\n' +
  'Assertion failed: extra args 3\n');

// Groups indent stderr output too.
r = capture(function () {
  console.group('G');
  console.error('inner\nerror');
  console.warn('inner warn');
  console.groupEnd();
  console.error('outer');
});
assert.strictEqual(r.out, 'G\n');
assert.strictEqual(r.err, '  inner\n  error\n  inner warn\nouter\n');

// trace: "Trace: message" then the caller's frames.
function callerOfTrace() {
  console.trace('hi %d', 5);
}
r = capture(callerOfTrace);
assert.strictEqual(r.out, '');
var lines = r.err.split('\n');
assert.strictEqual(lines[0], 'Trace: hi 5');
assert.ok(/^ {4}at /.test(lines[1]), lines[1]);
assert.ok(lines[1].indexOf('callerOfTrace') !== -1, lines[1]);
assert.ok(r.err.indexOf('test-console-stderr.js') !== -1, r.err);
assert.strictEqual(r.err.slice(-1), '\n');

r = capture(function () { console.trace(); });
assert.strictEqual(r.err.split('\n')[0], 'Trace');

// Detached stderr methods work as well.
var warn = console.warn;
var error = console.error;
r = capture(function () { warn('w'); error('e'); });
assert.strictEqual(r.err, 'w\ne\n');
