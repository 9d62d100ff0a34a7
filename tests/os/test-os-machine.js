// What node cannot be compared with (it changes between two runs): the
// shapes and ranges of cpus(), memory, load, uptime and interfaces,
// availableParallelism under an affinity mask, and a priority change.
var assert = require('assert');
var cp = require('child_process');
var fs = require('fs');
var os = require('os');

var n = os.availableParallelism();
var cpus = os.cpus();
assert.ok(Number.isInteger(n) && n >= 1);
assert.ok(n <= cpus.length, n + ' usable of ' + cpus.length);
cpus.forEach(function (c) {
  assert.deepStrictEqual(Object.keys(c), ['model', 'speed', 'times']);
  assert.strictEqual(typeof c.model, 'string');
  assert.ok(Number.isInteger(c.speed) && c.speed >= 0);
  assert.deepStrictEqual(Object.keys(c.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  Object.keys(c.times).forEach(function (k) { assert.ok(Number.isInteger(c.times[k]) && c.times[k] >= 0); });
});
assert.notStrictEqual(os.cpus(), cpus); // a new array each call

var total = os.totalmem(), free = os.freemem();
assert.ok(total > 0 && free > 0 && free <= total, free + ' of ' + total);
assert.strictEqual(total % 1024, 0);
assert.strictEqual(+os.totalmem, total);

var load = os.loadavg();
assert.strictEqual(load.length, 3);
load.forEach(function (l) { assert.ok(typeof l === 'number' && l >= 0 && isFinite(l)); });

var up = os.uptime();
var procUp = parseFloat(fs.readFileSync('/proc/uptime', 'utf8'));
assert.ok(up > 0 && Math.abs(up - procUp) < 5, up + ' vs ' + procUp);

var ifs = os.networkInterfaces();
Object.keys(ifs).forEach(function (name) {
  ifs[name].forEach(function (e) {
    assert.ok(e.family === 'IPv4' || e.family === 'IPv6');
    assert.match(e.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof e.internal, 'boolean');
    assert.strictEqual(e.cidr, e.address + '/' + e.cidr.split('/')[1]);
    assert.strictEqual('scopeid' in e, e.family === 'IPv6');
  });
});
assert.ok(ifs.lo.some(function (e) { return e.address === '127.0.0.1' && e.internal && e.cidr === '127.0.0.1/8'; }));

// One CPU in the affinity mask: availableParallelism() is 1.
var one = cp.spawnSync('taskset', ['-c', '0', process.execPath, '-e',
  'process.stdout.write(String(require("os").availableParallelism()))'], { encoding: 'utf8' });
if (!one.error) assert.strictEqual(one.stdout, '1', one.stderr);

// A child lowers its own priority; getPriority(pid) from here sees it.
var child = cp.spawnSync(process.execPath, ['-e',
  'var os = require("os"); os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);' +
  'os.setPriority(process.pid, os.getPriority() + 1); process.stdout.write(String(os.getPriority(0)))'],
  { encoding: 'utf8' });
assert.strictEqual(child.stdout, '11', child.stderr);
assert.strictEqual(os.setPriority(os.getPriority()), undefined);
