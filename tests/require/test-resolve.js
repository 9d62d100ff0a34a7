// require(): relative and absolute paths, extensions, index files,
// package.json main, node_modules upward, .json, caching, cycles,
// module.exports replacement, require.paths at run time, errors.
var assert = require('assert');
var path = __dirname + '/fixtures';

var a = require('./fixtures/a');
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.pkg.name, 'pkg');
assert.strictEqual(a.pkg.dir, path + '/a/node_modules/pkg/lib');
assert.strictEqual(a.pkg.file, path + '/a/node_modules/pkg/lib/main.js');
assert.strictEqual(a.top, 'top');

var deep = require('./fixtures/b/c/deep.js');
assert.strictEqual(deep.fromDeep, 'top');
assert.strictEqual(deep.sib, 'a');

assert.strictEqual(require('./fixtures/idx'), 'index');
assert.strictEqual(require('./fixtures/idx/'), 'index');
assert.strictEqual(require(path + '/idx/index'), 'index');
assert.deepStrictEqual(require('./fixtures/jsonmod/data.json'), { answer: 42, list: [1, 2] });
assert.strictEqual(require('./fixtures/jsonmod/data').answer, 42);
assert.strictEqual(require('./fixtures/pkgdir'), 'entry');
assert.strictEqual(require('./fixtures/shebang'), 'shebang');
assert.strictEqual(require('./fixtures/replace')(), 'replaced');

// caching: same object, body runs once, even through another path spelling
var c1 = require('./fixtures/counted');
var c2 = require('./fixtures/../fixtures/counted.js');
assert.strictEqual(c1, c2);
assert.strictEqual(c1.count, 1);
assert.ok(require.cache[path + '/counted.js']);
delete require.cache[path + '/counted.js'];
assert.strictEqual(require('./fixtures/counted').count, 2);

// cycles see the partial exports
var ca = require('./fixtures/cyc/a');
assert.strictEqual(ca.loaded, true);
assert.strictEqual(ca.bSawA, false);
assert.strictEqual(require('./fixtures/cyc/b').done, true);

// module object
var ext = require('./fixtures/ext');
assert.strictEqual(ext.self, path + '/ext.js');
assert.strictEqual(ext.parentIsSet, true);
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(__filename, path.replace(/\/fixtures$/, '') + '/test-resolve.js');
assert.strictEqual(this, module.exports);

// require.paths is consulted at run time
assert.ok(Array.isArray(require.paths));
assert.throws(function () { require('viapaths'); }, /Cannot find module 'viapaths'/);
require.paths.unshift(path + '/paths1');
assert.strictEqual(require('viapaths').where, 'paths1');
require.paths.shift();

// require.resolve
assert.strictEqual(require.resolve('./fixtures/idx'), path + '/idx/index.js');
assert.strictEqual(require.resolve('events'), 'events');

// builtins, also with the node: prefix
assert.strictEqual(require('events'), require('node:events'));

// errors
assert.throws(function () { require('./fixtures/nope'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' && /Cannot find module '\.\/fixtures\/nope'/.test(e.message);
});
assert.throws(function () { require('no-such-package-anywhere'); }, function (e) {
  return e.code === 'MODULE_NOT_FOUND' && /no-such-package-anywhere/.test(e.message);
});
assert.throws(function () { require(42); }, TypeError);
assert.throws(function () { require(''); }, TypeError);
assert.throws(function () { require('./fixtures/broken'); }, function (e) {
  return e instanceof SyntaxError && e.fileName === path + '/broken.js' && e.lineNumber === 2;
});
// a failed load leaves no cache entry behind
assert.strictEqual(require.cache[path + '/broken.js'], undefined);
