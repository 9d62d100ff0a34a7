// A 'message' listener that throws: the exception reaches
// 'uncaughtException' and the messages read with it still arrive, in order
// (both serialization modes).
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');

if (process.argv[2] === 'child') {
  for (var i = 0; i < 5; i++) process.send(i);
  return;
}

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var got = [];
process.on('uncaughtException', function (e) { got.push('E' + e.message); });
var left = 2;
['json', 'advanced'].forEach(function (mode) {
  var seen = [];
  var c = cp.fork(__filename, ['child'], { serialization: mode });
  c.on('message', function (m) {
    seen.push(m);
    if (m === 1 || m === 3) throw new Error(mode + m);
  });
  c.on('close', common.mustCall(function () {
    assert.deepStrictEqual(seen, [0, 1, 2, 3, 4]);
    if (--left === 0) {
      assert.deepStrictEqual(got.sort(), ['Eadvanced1', 'Eadvanced3', 'Ejson1', 'Ejson3']);
      clearTimeout(guard);
    }
  }));
});
