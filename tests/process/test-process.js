// The process object: identity, environment, directories, ids, memory, time.
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

assert.ok(process instanceof EventEmitter);
assert.ok(Array.isArray(process.argv));
assert.strictEqual(process.argv[0], process.execPath);
assert.ok(/test-process\.js$/.test(process.argv[1]));
assert.ok(/nodus$/.test(process.execPath));
assert.strictEqual(typeof process.pid, 'number');
assert.strictEqual(process.platform, 'linux');
assert.ok(/^v\d+\.\d+\.\d+$/.test(process.version));
assert.strictEqual(typeof process.versions.nodus, 'string');
assert.strictEqual(typeof process.installPrefix, 'string');
assert.strictEqual(typeof process.env.PATH, 'string');

var cwd = process.cwd();
process.chdir('/');
assert.strictEqual(process.cwd(), '/');
process.chdir(cwd);
assert.strictEqual(process.cwd(), cwd);
assert.throws(function () { process.chdir('/does/not/exist'); }, function (e) {
  return e.code === 'ENOENT' && e.syscall === 'chdir';
});

var old = process.umask(parseInt('027', 8));
assert.strictEqual(process.umask(), parseInt('027', 8));
assert.strictEqual(process.umask('022'), parseInt('027', 8));
process.umask(old);

assert.strictEqual(process.getuid(), process.getuid() | 0);
assert.strictEqual(typeof process.getgid(), 'number');
if (process.getuid() === 0) {
  process.setgid('root');
  process.setuid(0);
  assert.throws(function () { process.setuid('no-such-user-nodus'); }, /does not exist/);
}

var m = process.memoryUsage();
['rss', 'vsize', 'heapTotal', 'heapUsed'].forEach(function (k) {
  assert.ok(m[k] > 0, k + ' is ' + m[k]);
});
assert.ok(m.heapTotal >= m.heapUsed);

var t0 = process.hrtime();
var d = process.hrtime(t0);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.strictEqual(typeof process.hrtime.bigint(), 'bigint');
assert.ok(process.uptime() >= 0);

process.title = 'nodus-title-test';
assert.strictEqual(process.title, 'nodus-title-test');

assert.strictEqual(process.compile('6 * 7', 'compiled.js'), 42);
assert.strictEqual(typeof process.nextTick, 'function');
assert.throws(function () { process.nextTick(1); }, TypeError);
assert.strictEqual(process.stdout.write('stdout ok\n'), true);
process.stderr.write('');
assert.strictEqual(global, globalThis);
assert.strictEqual(GLOBAL, global);
