// util.debuglog: silent unless NODE_DEBUG names the section; when enabled it
// writes "SECTION PID: message" to stderr.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');

function captureStderr(fn) {
  var out = '';
  var real = process.stderr.write;
  process.stderr.write = function (s) { out += s; return true; };
  try { fn(); } finally { process.stderr.write = real; }
  return out;
}

var child = process.argv[2] === 'child';
var env = process.env.NODE_DEBUG || '';

if (child) {
  // Spawned with NODE_DEBUG=tst,wild*: both sections print.
  var tst = util.debuglog('tst');
  var wild = util.debuglog('wildcard');
  assert.strictEqual(tst.enabled, true);
  assert.strictEqual(wild.enabled, true);
  assert.strictEqual(util.debuglog('other').enabled, false);
  var text = captureStderr(function () {
    tst('hello %s %d', 'world', 42);
    wild({ a: 1 });
    util.debuglog('other')('never');
  });
  assert.strictEqual(text, 'TST ' + process.pid + ': hello world 42\n' +
    'WILDCARD ' + process.pid + ': { a: 1 }\n');
} else {
  // A section that NODE_DEBUG does not name is silent.
  assert.ok(!/(^|[\s,])never-enabled-section($|[\s,])/i.test(env));
  var quiet = util.debuglog('never-enabled-section');
  assert.strictEqual(typeof quiet, 'function');
  assert.strictEqual(quiet.enabled, false);
  assert.strictEqual(captureStderr(function () { quiet('nothing %s', 'here'); }), '');

  // The callback receives the logging function once it is set up.
  var cb = common.mustCall(function (fn) { assert.strictEqual(typeof fn, 'function'); });
  var withCb = util.debuglog('never-enabled-section', cb);
  withCb('first');
  withCb('second');

  // Run the enabled case in a child process when one can be started.
  var cp;
  try { cp = require('child_process'); } catch (e) { cp = null; }
  if (cp && typeof cp.spawnSync === 'function') {
    var childEnv = Object.assign({}, process.env, { NODE_DEBUG: 'tst,wild*' });
    var r = cp.spawnSync(process.execPath, (process.execArgv || []).concat([__filename, 'child']),
      { env: childEnv, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, 'child failed: ' + r.stderr);
  }
}
