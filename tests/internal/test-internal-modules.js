// internal/ modules are for plugins: application code gets exactly what an
// unknown module gives, through every way of asking, while the plugins that
// use them keep working. The plugin contracts that used to be public
// underscore exports are gone.
'use strict';
var assert = require('assert');
if (!process.versions.nodus) return; // nodus's own namespace

function notFound(id) {
  var stack = "\nRequire stack:\n- " + __filename;
  return function (e) {
    assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
    assert.strictEqual(e.message, "Cannot find module '" + id + "'" + stack);
    return true;
  };
}

// The reference: an unknown name with a slash.
assert.throws(function () { require('nosuch/errors'); }, notFound('nosuch/errors'));
['internal/errors', '_errors', 'internal/stream', 'internal/buffer', 'internal/querystring', 'internal/net', 'internal/fs',
  'internal/nosuch'].forEach(function (id) {
  assert.throws(function () { require(id); }, notFound(id));
  assert.throws(function () { require.resolve(id); }, notFound(id));
  assert.throws(function () { module.require(id); }, notFound(id));
});
['internal/errors', 'internal/stream'].forEach(function (id) {
  assert.throws(function () { require('node:' + id); }, function (e) {
    return e.code === 'MODULE_NOT_FOUND' && e.message === "Cannot find module '" + id + "'";
  });
  assert.throws(function () { process.binding(id); }, function (e) {
    return e.code === 'MODULE_NOT_FOUND' && e.message === "Cannot find module '" + id + "'";
  });
});

// The plugins that use them still work.
assert.throws(function () { require('path').join(1); },
  /^TypeError: The "path" argument must be of type string\. Received type number \(1\)$/);
assert.throws(function () { require('events').defaultMaxListeners = -1; }, { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(typeof process.stdout.write, 'function');
assert.strictEqual(require('url').parse('http://a/?x=%C3%A9').query, 'x=%C3%A9');
assert.strictEqual(new URLSearchParams('x=%FF%C3%A9').get('x'), '\ufffd\u00e9');

// No underscore contracts on the public modules.
assert.strictEqual(require('buffer')._fromArrayBuffer, undefined);
assert.strictEqual(require('stream')._createWriteStreamForFd, undefined);
assert.strictEqual(require('stream')._createReadStreamForFd, undefined);
assert.strictEqual(require('net')._clusterHooks, undefined);
