// The v0.2 output helpers of sys: puts, print, debug, error, p, log. Writes
// are captured from process.stdout/stderr and compared exactly. node >= 12
// removed these helpers, so there the checks are skipped.
'use strict';
var common = require('../common');
var assert = require('assert');
var sys = require('sys');

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

if (typeof sys.puts === 'function') {
  var r = capture(function () { sys.puts('one', 2, null, undefined, { a: 1 }); });
  assert.strictEqual(r.out, 'one\n2\nnull\nundefined\n[object Object]\n');
  assert.strictEqual(r.err, '');

  r = capture(function () { sys.puts(); });
  assert.strictEqual(r.out, '');

  r = capture(function () { sys.print('String with no newline'); sys.print('a', 1, 'b'); });
  assert.strictEqual(r.out, 'String with no newlinea1b');

  r = capture(function () { sys.debug('message on stderr'); });
  assert.strictEqual(r.out, '');
  assert.strictEqual(r.err, 'DEBUG: message on stderr\n');

  r = capture(function () { sys.error('e1', 'e2'); });
  assert.strictEqual(r.err, 'e1\ne2\n');

  r = capture(function () { sys.p({ a: [1, 2] }, 'str'); });
  assert.strictEqual(r.err, "{ a: [ 1, 2 ] }\n'str'\n");

  r = capture(function () { sys.log('Timestamped message.'); });
  assert.ok(/^\d{1,2} [A-Z][a-z]{2} \d\d:\d\d:\d\d - Timestamped message\.\n$/.test(r.out), r.out);
  assert.strictEqual(r.err, '');

  // v0.2 let objects format themselves with an inspect() method.
  var legacy = { inspect: function () { return '<legacy object>'; } };
  assert.strictEqual(sys.inspect(legacy), '<legacy object>');
  assert.strictEqual(sys.inspect({ inner: legacy }), '{ inner: <legacy object> }');
  var Klass = function () { this.v = 1; };
  Klass.prototype.inspect = function (depth) { return 'Klass(' + this.v + ', depth ' + depth + ')'; };
  assert.strictEqual(sys.inspect([new Klass()]), '[ Klass(1, depth 1) ]');
  // ...but not for the prototype that defines it, nor with customInspect off.
  assert.strictEqual(sys.inspect(Klass.prototype), '{ inspect: [Function (anonymous)] }');
  assert.strictEqual(sys.inspect(legacy, { customInspect: false }),
    '{ inspect: [Function: inspect] }');
  // inspect.custom takes precedence over an inspect() method.
  var both = { inspect: function () { return 'method'; } };
  both[sys.inspect.custom] = function () { return 'symbol'; };
  assert.strictEqual(sys.inspect(both), 'symbol');
}
