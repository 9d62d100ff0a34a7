// console.time / timeLog / timeEnd: "label: N.NNNms" (or "N.NNNs" past a
// second) and warnings for labels that are missing or reused.
'use strict';
var common = require('../common');
var assert = require('assert');

var warnings = [];
var useEvent = typeof process.emitWarning === 'function' && typeof process.on === 'function';
if (useEvent) process.on('warning', function (w) { warnings.push(w.message); });

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
  if (!useEvent && err) warnings.push(err);
  return out;
}

var ms = /^(\d+(\.\d{1,3})?)ms$/;

var out = capture(function () {
  console.time('step');
  console.timeLog('step');
  console.timeLog('step', 'extra', { data: 1 });
  console.timeEnd('step');
});
var lines = out.split('\n');
assert.strictEqual(lines.length, 4, out);
var m0 = /^step: (\S+)$/.exec(lines[0]);
assert.ok(m0 && ms.test(m0[1]), lines[0]);
var m1 = /^step: (\S+) extra \{ data: 1 \}$/.exec(lines[1]);
assert.ok(m1 && ms.test(m1[1]), lines[1]);
var m2 = /^step: (\S+)$/.exec(lines[2]);
assert.ok(m2 && ms.test(m2[1]), lines[2]);
assert.ok(parseFloat(m2[1]) >= parseFloat(m0[1]));

// The default label, and numbers as labels.
out = capture(function () {
  console.time();
  console.timeEnd();
  console.time(7);
  console.timeEnd(7);
});
lines = out.split('\n');
assert.ok(/^default: \d+(\.\d+)?ms$/.test(lines[0]), lines[0]);
assert.ok(/^7: \d+(\.\d+)?ms$/.test(lines[1]), lines[1]);

// After timeEnd the label is gone; timing a missing label only warns.
out = capture(function () {
  console.timeEnd('step');
  console.timeLog('never-started');
  console.time('dup');
  console.time('dup');
  console.countReset('no-such-count');
});
assert.strictEqual(out, '');

// Over a second the unit becomes seconds with three decimals.
console.time('slow');
var start = Date.now();
while (Date.now() - start < 1010) { /* busy wait */ }
out = capture(function () { console.timeEnd('slow'); });
assert.ok(/^slow: 1\.\d{3}s\n$/.test(out), out);

setTimeout(common.mustCall(function () {
  var text = warnings.join('\n');
  assert.ok(text.indexOf("No such label 'step' for console.timeEnd()") !== -1, text);
  assert.ok(text.indexOf("No such label 'never-started' for console.timeLog()") !== -1, text);
  assert.ok(text.indexOf("Label 'dup' already exists for console.time()") !== -1, text);
  assert.ok(text.indexOf("Count for 'no-such-count' does not exist") !== -1, text);
}), 10);
