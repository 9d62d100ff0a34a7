// require('os') against node on this machine: fixtures/probe.js prints
// the stable values (names, release, user, constants key by key, the
// loopback interface, CPU models) and the argument and system errors, and
// runs under both; the two outputs must be equal. scripts/bootstrap
// installs node (Debian's nodejs).
var assert = require('assert');
var cp = require('child_process');
var path = require('path');

var probe = path.join(__dirname, 'fixtures', 'probe.js');

function run(bin, mode) {
  var r = cp.spawnSync(bin, [probe, mode], { encoding: 'utf8' });
  if (r.error) throw new Error(bin + ': ' + r.error.message + (bin === 'node' ? ' (scripts/bootstrap installs nodejs)' : ''));
  assert.strictEqual(r.status, 0, bin + ' ' + mode + ' failed: ' + r.stderr);
  return JSON.parse(r.stdout);
}

['values', 'errors'].forEach(function (mode) {
  var expected = run('node', mode);
  var actual = run(process.execPath, mode);
  Object.keys(expected).forEach(function (k) {
    assert.deepStrictEqual(actual[k], expected[k], mode + ': ' + k + '\n  nodus: ' +
      JSON.stringify(actual[k]) + '\n  node:  ' + JSON.stringify(expected[k]));
  });
  assert.deepStrictEqual(Object.keys(actual), Object.keys(expected));
});
