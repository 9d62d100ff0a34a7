// Builtin subpaths that npm code requires: fs/promises, stream/promises,
// timers/promises, util/types, path/posix (with and without node:).
var common = require('../common');
var assert = require('assert');

assert.strictEqual(require('fs/promises'), require('fs').promises);
assert.strictEqual(require('node:fs/promises'), require('fs').promises);
assert.strictEqual(require('stream/promises'), require('stream').promises);
assert.strictEqual(require('util/types'), require('util').types);
assert.strictEqual(require('path/posix'), require('path').posix);
assert.throws(function () { require('fs/nonexistent'); }, function (e) { return e.code === 'MODULE_NOT_FOUND'; });

var tp = require('timers/promises');
var t0 = Date.now();
tp.setTimeout(20, 'value').then(common.mustCall(function (v) {
  assert.strictEqual(v, 'value');
  assert.ok(Date.now() - t0 >= 15);
  return tp.setImmediate('imm');
})).then(common.mustCall(function (v) {
  assert.strictEqual(v, 'imm');
  return require('fs/promises').readFile(__filename, 'utf8');
})).then(common.mustCall(function (src) {
  assert.ok(src.indexOf('Builtin subpaths') > 0);
}));
