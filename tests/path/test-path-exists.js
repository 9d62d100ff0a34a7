// v0.2's path.exists(p, callback) and path.existsSync(p), which nodus keeps
// (node 20 dropped them: this test checks nothing there).
'use strict';
var assert = require('assert');
var common = require('../common');
var path = require('path');

if (path.exists) {
  assert.strictEqual(typeof path.existsSync, 'function');
  path.exists(__filename, common.mustCall(function (exists) {
    assert.strictEqual(exists, true);
  }));
  path.exists(__dirname, common.mustCall(function (exists) {
    assert.strictEqual(exists, true);
  }));
  path.exists(path.join(__dirname, 'no-such-file-here'), common.mustCall(function (exists) {
    assert.strictEqual(exists, false);
  }));
  // the spec's example
  path.exists('/etc/passwd', common.mustCall(function (exists) {
    assert.strictEqual(typeof exists, 'boolean');
  }));
  // no callback: nothing to call
  path.exists(__filename);
  assert.strictEqual(path.existsSync(__filename), true);
  assert.strictEqual(path.existsSync(path.join(__dirname, 'no-such-file-here')), false);
}
