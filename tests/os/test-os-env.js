// os.tmpdir() and os.homedir() under the environments Node reads
// (TMPDIR, then TMP, then TEMP, trailing slash stripped; HOME even when
// empty, else the password entry), and changed at run time, each in a
// child process and compared with node's answers; as root, also a user
// with no password entry (homedir and userInfo give ERR_SYSTEM_ERROR).
var assert = require('assert');
var cp = require('child_process');
var path = require('path');

var probe = path.join(__dirname, 'fixtures', 'probe.js');
var base = {};
Object.keys(process.env).forEach(function (k) {
  if (k !== 'TMPDIR' && k !== 'TMP' && k !== 'TEMP' && k !== 'HOME') base[k] = process.env[k];
});

function run(bin, env, extra) {
  var r = cp.spawnSync(bin, [probe, 'env'].concat(extra || []), { env: env, encoding: 'utf8' });
  if (r.error) throw new Error(bin + ': ' + r.error.message);
  assert.strictEqual(r.status, 0, bin + ' failed: ' + r.stderr);
  return JSON.parse(r.stdout);
}

var cases = [
  {},
  { HOME: '/home/someone/' },
  { HOME: '' },
  { TMPDIR: '/a/' },
  { TMPDIR: '/' },
  { TMPDIR: '//' },
  { TMPDIR: '', TMP: '/b//' },
  { TMP: '/b', TEMP: '/c' },
  { TEMP: '/c/' },
  { TMPDIR: 'relative/' },
];
cases.forEach(function (vars) {
  var env = Object.assign({}, base, vars);
  assert.deepStrictEqual(run(process.execPath, env), run('node', env), JSON.stringify(vars));
});

if (process.getuid && process.getuid() === 0) {
  var expected = run('node', base, ['unlisted']);
  assert.strictEqual(expected.userInfo.code, 'ERR_SYSTEM_ERROR');
  assert.deepStrictEqual(run(process.execPath, base, ['unlisted']), expected);
}
