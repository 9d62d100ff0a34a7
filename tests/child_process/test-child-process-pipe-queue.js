// Child pipes on the stream core: 8 MiB written to a child's stdin in many
// writes without waiting (the pipe queues what the child has not read yet)
// comes back whole and in order through cat; an extra stdio pipe (a
// socketpair) half-closes after its queue drains, so the child sees EOF on
// fd 3 and can still answer on it.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
var Buffer = require('buffer').Buffer;

var guard = setTimeout(function () { throw new Error('timed out'); }, 30000);

var PIECE = 4096, COUNT = 2048;
var cat = cp.spawn('cat');
var chunks = [];
cat.stdout.on('data', function (d) { chunks.push(d); });
var writes = 0;
for (var i = 0; i < COUNT; i++) {
  var b = Buffer.alloc(PIECE, i & 0xff);
  cat.stdin.write(b, function () { writes++; });
}
cat.stdin.end();
cat.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(writes, COUNT);
  var all = Buffer.concat(chunks);
  assert.strictEqual(all.length, PIECE * COUNT);
  for (var k = 0; k < COUNT; k++) {
    if (all[k * PIECE] !== (k & 0xff) || all[k * PIECE + PIECE - 1] !== (k & 0xff)) {
      throw new Error('piece ' + k + ' out of order');
    }
  }
  halfClose();
}));

function halfClose() {
  var BIG = 2 * 1024 * 1024;
  var child = cp.spawn('sh', ['-c', 'n=$(wc -c <&3); echo "count $n" >&3'],
                       { stdio: ['ignore', 'inherit', 'inherit', 'pipe'] });
  var extra = child.stdio[3];
  var answer = '';
  extra.setEncoding('utf8');
  extra.on('data', function (d) { answer += d; });
  extra.write(Buffer.alloc(BIG, 'x'));
  extra.end(common.mustCall());   // finish: the queue drained, then SHUT_WR
  child.on('close', common.mustCall(function (code) {
    assert.strictEqual(code, 0);
    assert.strictEqual(answer.trim(), 'count ' + BIG);
    clearTimeout(guard);
  }));
}
