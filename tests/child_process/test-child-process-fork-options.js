// fork()'s execArgv and silent (the child's stdout/stderr come back as
// pipes), a string stdio with the channel added, and a child whose parent
// dies: it sees 'disconnect' and ends even with a 'message' listener.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
var fs = require('fs');

var role = process.argv[2];
if (role === 'talk') {
  console.log('out:' + JSON.stringify(process.execArgv));
  console.error('err');
  process.send('hi');
  return;
}
if (role === 'middle') {
  var leaf = cp.fork(__filename, ['leaf'], { stdio: 'ignore' });
  leaf.on('message', function () { process.send(leaf.pid); });
  return;
}
if (role === 'leaf') {
  process.on('message', function () {});
  process.on('disconnect', function () { setTimeout(function () { process.exit(0); }, 10); });
  process.send('up');
  return;
}

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 3;
function done() { if (--left === 0) clearTimeout(guard); }

var a = cp.fork(__filename, ['talk'], { execArgv: ['--'], silent: true });
var out = '', err = '';
a.stdout.setEncoding('utf8');
a.stderr.setEncoding('utf8');
a.stdout.on('data', function (d) { out += d; });
a.stderr.on('data', function (d) { err += d; });
a.on('message', common.mustCall(function (m) { assert.strictEqual(m, 'hi'); }));
a.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'out:["--"]\n');
  assert.strictEqual(err, 'err\n');
  done();
}));

var b = cp.fork(__filename, ['talk'], { stdio: 'pipe' });
assert.ok(b.stdout && b.stderr && b.stdin);
b.stdout.resume();
b.stderr.resume();
b.on('message', common.mustCall());
b.on('close', common.mustCall(function (code) { assert.strictEqual(code, 0); done(); }));

// The middle process is killed: its child (the leaf) must not linger.
var middle = cp.fork(__filename, ['middle']);
middle.on('message', common.mustCall(function (leafPid) {
  middle.kill('SIGKILL');
  var t0 = Date.now();
  (function poll() {
    var gone;
    try {
      var stat = fs.readFileSync('/proc/' + leafPid + '/stat', 'utf8');
      gone = / [ZX] /.test(stat.slice(stat.lastIndexOf(')')));
    } catch (e) {
      gone = true;
    }
    if (gone) return done();
    if (Date.now() - t0 > 10000) throw new Error('the leaf outlived its parent');
    setTimeout(poll, 20);
  })();
}));
