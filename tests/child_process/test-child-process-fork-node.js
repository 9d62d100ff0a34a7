// The channel speaks Node's protocol: a nodus parent forks a node child,
// and a node parent forks a nodus child (JSON mode, messages in order,
// large ones included; and 'advanced', V8's format, through
// test-child-process-fork-advanced.js). Skipped when node is not installed.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
var fs = require('fs');

var role = process.argv[2];
if (role === 'echo') {
  process.on('message', function (m) {
    if (m === 'bye') return process.disconnect();
    process.send({ echo: m, runtime: typeof process.versions.nodus === 'string' ? 'nodus' : 'node' });
  });
  return;
}

// Talks to a child made with execPath: 3 messages, one of 1 MiB, then bye.
function drive(execPath, cb) {
  var child = cp.fork(__filename, ['echo'], { execPath: execPath, execArgv: [] });
  var big = 'b'.repeat(1 << 20);
  var msgs = [{ n: 1, s: 'h\u00e9\n' }, big, [true, null, 3.5]];
  var got = [];
  child.on('message', function (m) {
    got.push(m);
    if (got.length === msgs.length) child.send('bye');
  });
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    cb(got.map(function (m) { return m.echo; }), got[0] && got[0].runtime);
    assert.deepStrictEqual(got.map(function (m) { return m.echo; }), msgs);
  });
  msgs.forEach(function (m) { child.send(m); });
}

if (role === 'drive') {
  // run by node: fork a nodus child
  drive(process.argv[3], function (echoed, runtime) {
    process.stdout.write(JSON.stringify({ n: echoed.length, runtime: runtime }) + '\n');
  });
  return;
}

function findNode() {
  var dirs = (process.env.PATH || '').split(':');
  for (var i = 0; i < dirs.length; i++) {
    try { fs.accessSync(dirs[i] + '/node', fs.constants.X_OK); return dirs[i] + '/node'; } catch (e) {}
  }
  return null;
}
var node = findNode();
if (!node || typeof process.versions.nodus !== 'string') {
  console.log('1..0 # skipped: node not installed (or not running under nodus)');
  return;
}

var guard = setTimeout(function () { throw new Error('timed out'); }, 30000);
drive(node, common.mustCall(function (echoed, runtime) {
  assert.strictEqual(runtime, 'node');
  var out = cp.spawnSync(node, [__filename, 'drive', process.execPath], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(out.status, 0, out.stderr);
  assert.deepStrictEqual(JSON.parse(out.stdout), { n: 3, runtime: 'nodus' });
  var advanced = require('path').join(__dirname, 'test-child-process-fork-advanced.js');
  var a = cp.spawnSync(process.execPath, [advanced, node], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(a.status, 0, 'nodus parent, node child: ' + a.stderr);
  a = cp.spawnSync(node, [advanced, process.execPath], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(a.status, 0, 'node parent, nodus child: ' + a.stderr);
  clearTimeout(guard);
}));
