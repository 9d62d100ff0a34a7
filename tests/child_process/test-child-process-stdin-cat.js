// Writing into a child's stdin and reading it back from `cat`, with backpressure.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var guard = setTimeout(function () { throw new Error('timed out'); }, 30000);
var cat = spawn('cat');
var chunk = Buffer.alloc(64 * 1024, 'x');
var total = 0, expected = chunk.length * 40;
cat.stdout.on('data', function (d) { total += d.length; });
var i = 0;
(function writeMore() {
  while (i < 40) {
    i++;
    if (!cat.stdin.write(chunk)) { cat.stdin.once('drain', writeMore); return; }
  }
  cat.stdin.end('');
})();
cat.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(total, expected);
  clearTimeout(guard);
}));

var echo = spawn('cat');
echo.stdout.setEncoding('utf8');
var text = '';
echo.stdout.on('data', function (d) { text += d; });
echo.stdin.write('hello ');
echo.stdin.end('world\n');
echo.on('close', common.mustCall(function () { assert.strictEqual(text, 'hello world\n'); }));
