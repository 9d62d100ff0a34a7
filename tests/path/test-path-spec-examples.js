// The examples of the Path section of the v0.2 documentation, printed the
// way the REPL shows them (test-path-spec-examples.out holds what node 20
// prints). path.normalizeArray and path.exists are v0.2 functions that
// node 20 no longer has; they are checked only where they exist.
'use strict';
var assert = require('assert');
var util = require('util');
var common = require('../common');
var path = require('path');

function show(value) {
  console.log(util.inspect(value));
}

show(require('path').join(
  '/foo', 'bar', 'baz/asdf', 'quux', '..'));

if (path.normalizeArray) {
  assert.deepStrictEqual(path.normalizeArray(['',
    'foo', 'bar', 'baz', 'asdf', 'quux', '..']), ['', 'foo', 'bar', 'baz', 'asdf']);
}

show(path.normalize('/foo/bar/baz/asdf/quux/..'));
show(path.dirname('/foo/bar/baz/asdf/quux'));
show(path.basename('/foo/bar/baz/asdf/quux.html'));
show(path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
show(path.extname('index.html'));
show(path.extname('index'));

if (path.exists) {
  path.exists(__filename, common.mustCall(function (exists) {
    assert.strictEqual(exists, true);
  }));
  path.exists(__filename + '.does-not-exist', common.mustCall(function (exists) {
    assert.strictEqual(exists, false);
  }));
}
