// The Console class: custom streams, the options form, bound methods,
// colors, inspectOptions and groupIndentation.
'use strict';
var common = require('../common');
var assert = require('assert');
var Console = require('console').Console;

assert.strictEqual(typeof Console, 'function');
assert.strictEqual(require('console'), console);
assert.ok(console instanceof Console);

var EventEmitter = require('events').EventEmitter;

// A minimal writable: an EventEmitter with write().
function sink(extra) {
  var s = new EventEmitter();
  s.data = '';
  s.write = function (chunk) { s.data += chunk; return true; };
  return Object.assign(s, extra);
}

// (stdout, stderr)
var out = sink();
var err = sink();
var c = new Console(out, err);
c.log('hello %s', 'world');
c.info('info');
c.warn('warn');
c.error('error', 1);
c.dir({ a: 1 });
assert.strictEqual(out.data, "hello world\ninfo\n{ a: 1 }\n");
assert.strictEqual(err.data, 'warn\nerror 1\n');

// One stream for both.
var both = sink();
var c2 = new Console(both);
c2.log('to out');
c2.error('to err');
assert.strictEqual(both.data, 'to out\nto err\n');

// Options object; calling without new also works.
var o1 = sink();
var e1 = sink();
var c3 = Console({ stdout: o1, stderr: e1 });
assert.ok(c3 instanceof Console);
c3.log('opt');
c3.assert(false, 'bad');
assert.strictEqual(o1.data, 'opt\n');
assert.strictEqual(e1.data, 'Assertion failed: bad\n');

// Methods are bound to their console.
var o2 = sink();
var c4 = new Console(o2);
var log = c4.log;
var count = c4.count;
log('bound');
count('x');
count('x');
[3].forEach(c4.log);
assert.strictEqual(o2.data, 'bound\nx: 1\nx: 2\n3 0 [ 3 ]\n');

// Each console has its own counters, timers and group indentation.
var o3 = sink();
var c5 = new Console(o3);
c5.count('x');
c5.group('g');
c5.log('in');
assert.strictEqual(o3.data, 'x: 1\ng\n  in\n');
var o3b = sink();
new Console(o3b).log('not indented');
assert.strictEqual(o3b.data, 'not indented\n');

// groupIndentation option.
var o4 = sink();
var c6 = new Console({ stdout: o4, groupIndentation: 4 });
c6.group();
c6.log('four');
c6.group();
c6.log('eight');
c6.groupEnd();
c6.groupEnd();
c6.log('zero');
assert.strictEqual(o4.data, '    four\n        eight\nzero\n');

// colorMode: true colors inspected values; 'auto' follows isTTY.
var o5 = sink();
new Console({ stdout: o5, colorMode: true }).log('n', 5, 'str');
assert.strictEqual(o5.data, 'n \u001b[33m5\u001b[39m str\n');
var o6 = sink({ isTTY: true, getColorDepth: function () { return 8; } });
new Console({ stdout: o6 }).log({ s: 'x' });
assert.strictEqual(o6.data, "{ s: \u001b[32m'x'\u001b[39m }\n");
var o7 = sink({ isTTY: true, getColorDepth: function () { return 1; } });
new Console({ stdout: o7 }).log({ s: 'x' });
assert.strictEqual(o7.data, "{ s: 'x' }\n");
var o8 = sink({ isTTY: true });
new Console({ stdout: o8, colorMode: false }).log(5);
assert.strictEqual(o8.data, '5\n');

// inspectOptions apply to every inspection.
var o9 = sink();
new Console({ stdout: o9, inspectOptions: { depth: 0, breakLength: Infinity } })
  .log({ a: { b: 1 } }, [1, [2]]);
assert.strictEqual(o9.data, '{ a: [Object] } [ 1, [Array] ]\n');

// table and trace on a custom console.
var o10 = sink();
var e10 = sink();
var c7 = new Console(o10, e10);
c7.table([{ k: 'v' }]);
assert.ok(o10.data.indexOf("\u2502 0       \u2502 'v' \u2502") !== -1, o10.data);
c7.trace('here');
assert.strictEqual(e10.data.split('\n')[0], 'Trace: here');

// Write errors are swallowed by default (ignoreErrors).
var broken = sink({ write: function () { throw new Error('EPIPE'); } });
new Console(broken).log('dropped');
assert.throws(function () {
  new Console({ stdout: broken, ignoreErrors: false }).log('thrown');
}, /EPIPE/);

// Bad arguments.
assert.throws(function () { new Console(); },
  { code: 'ERR_CONSOLE_WRITABLE_STREAM', message: 'Console expects a writable stream instance for stdout' });
assert.throws(function () { new Console({ stdout: {} }); }, { code: 'ERR_CONSOLE_WRITABLE_STREAM' });
assert.throws(function () { new Console({ stdout: sink(), stderr: 5 }); },
  { code: 'ERR_CONSOLE_WRITABLE_STREAM', message: 'Console expects a writable stream instance for stderr' });
assert.throws(function () { new Console({ stdout: sink(), colorMode: 'yes' }); },
  { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { new Console({ stdout: sink(), groupIndentation: -1 }); },
  { code: 'ERR_OUT_OF_RANGE' });
