// stdio arrays: an extra duplex pipe on fd 3, 'inherit', 'ignore', and no
// descriptor left open in the parent once the children have closed.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var cp = require('child_process');

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);

function openFds() { return fs.readdirSync('/proc/self/fd').length; }
var before;

var child = cp.spawn('sh', ['-c', 'echo three >&3; read x <&3; echo "got $x"'],
                     { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
assert.strictEqual(child.stdin, null);
assert.strictEqual(child.stdio.length, 4);
var extra = child.stdio[3];
var fromExtra = '', fromStdout = '';
extra.on('data', function (d) {
  fromExtra += d;
  if (fromExtra === 'three\n') extra.end('hi\n');
});
child.stdout.on('data', function (d) { fromStdout += d; });
child.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(fromExtra, 'three\n');
  assert.strictEqual(fromStdout, 'got hi\n');
  runMany();
}));

// Many short children, every stream read to the end: the descriptor count
// returns to where it was after the first child (whose start may open the
// runtime's lazily made signal plumbing).
function runMany() {
  before = openFds();
  var left = 20;
  for (var i = 0; i < 20; i++) {
    var c = cp.spawn('echo', [String(i)]);
    c.stdout.resume();
    c.stderr.resume();
    c.on('close', function () {
      if (--left > 0) return;
      setImmediate(common.mustCall(function () {
        assert.strictEqual(openFds(), before);
        clearTimeout(guard);
      }));
    });
  }
}
