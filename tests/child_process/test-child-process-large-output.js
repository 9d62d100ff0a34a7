// 5 MB through `head -c` on stdout, counted byte for byte.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var size = 5 * 1024 * 1024;
var guard = setTimeout(function () { throw new Error('timed out'); }, 30000);
var child = spawn('head', ['-c', String(size), '/dev/zero']);
var total = 0, chunks = 0;
child.stdout.on('data', function (d) {
  total += d.length;
  chunks++;
  assert.strictEqual(d[0], 0);
});
child.on('close', common.mustCall(function (code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(total, size);
  assert.ok(chunks > 1);
  clearTimeout(guard);
}));
