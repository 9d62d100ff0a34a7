// The shape of require('path') (path.posix is path itself, path.win32 has
// the same functions, sep and delimiter), the functions that depend on the
// current directory, format/parse round trips, and the v0.2 helper
// normalizeArray where nodus keeps it.
'use strict';
var assert = require('assert');
var path = require('path');

assert.strictEqual(path.posix, path);
assert.strictEqual(path.posix.posix, path);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.win32.posix, path);
assert.strictEqual(require('path'), path);
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');

['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname',
 'basename', 'extname', 'format', 'parse', '_makeLong'].forEach(function (name) {
  assert.strictEqual(typeof path[name], 'function', name);
  assert.strictEqual(typeof path.win32[name], 'function', 'win32.' + name);
  assert.notStrictEqual(path[name], path.win32[name], name);
});
assert.strictEqual(path._makeLong, path.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);

// the current directory
var cwd = process.cwd();
assert.strictEqual(path.resolve(), cwd);
assert.strictEqual(path.resolve('.'), cwd);
assert.strictEqual(path.resolve(''), cwd);
assert.strictEqual(path.resolve('a', 'b'), path.join(cwd, 'a', 'b'));
assert.strictEqual(path.resolve('a/../..'), path.dirname(cwd));
assert.strictEqual(path.relative('', ''), '');
assert.strictEqual(path.relative('.', cwd), '');
assert.strictEqual(path.relative(cwd, 'x/y'), 'x/y');
assert.strictEqual(path.relative('x/y', cwd), '../..');
assert.strictEqual(path.relative('/', cwd), cwd.slice(1));
assert.strictEqual(path.win32.resolve('C:\\x', 'y'), 'C:\\x\\y');
assert.strictEqual(path.win32.resolve('a'), cwd.replace(/\//g, '\\') + '\\a');

// format
assert.strictEqual(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }), '/home/user/dir/file.txt');
assert.strictEqual(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }), '/file.txt');
assert.strictEqual(path.format({ root: '/', name: 'file', ext: '.txt' }), '/file.txt');
assert.strictEqual(path.format({ name: 'file', ext: 'txt' }), 'file.txt');
assert.strictEqual(path.format({ dir: 'd', name: 'n' }), 'd/n');
assert.strictEqual(path.format({}), '');
assert.strictEqual(path.format({ root: '/' }), '/');
assert.strictEqual(path.format({ dir: '/' , base: 'x' }), '//x');
assert.strictEqual(path.win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');
assert.strictEqual(path.win32.format({ root: 'C:\\', name: 'n', ext: '.e' }), 'C:\\n.e');

// parse then format gives the path back for the usual shapes
['/home/user/dir/file.txt', '/home/user/a.b.c', 'user/dir/', 'file', '.file', '/', 'a/b'].forEach(function (p) {
  var parsed = path.parse(p);
  assert.deepStrictEqual(Object.keys(parsed), ['root', 'dir', 'base', 'ext', 'name']);
  assert.strictEqual(path.format(parsed), p.replace(/\/$/, '') || '/');
});
['C:\\path\\dir\\file.txt', '\\\\server\\share\\file', 'C:\\', 'file.txt'].forEach(function (p) {
  assert.strictEqual(path.win32.format(path.win32.parse(p)), p);
});

// toNamespacedPath: nothing to do on POSIX; the long form on win32
assert.strictEqual(path.toNamespacedPath('/a/b'), '/a/b');
assert.strictEqual(path.win32.toNamespacedPath('C:\\a\\b'), '\\\\?\\C:\\a\\b');
assert.strictEqual(path.win32.toNamespacedPath('\\\\server\\share\\x'), '\\\\?\\UNC\\server\\share\\x');

// v0.2's normalizeArray, where it still exists
if (path.normalizeArray) {
  assert.deepStrictEqual(path.normalizeArray(['', 'foo', 'bar', 'baz', 'asdf', 'quux', '..']),
                         ['', 'foo', 'bar', 'baz', 'asdf']);
  assert.deepStrictEqual(path.normalizeArray(['', '..', 'a']), ['', 'a']);
  assert.deepStrictEqual(path.normalizeArray(['a', '..', '..', 'b']), ['..', 'b']);
  assert.deepStrictEqual(path.normalizeArray(['a', '.', 'b', '']), ['a', 'b', '']);
  assert.deepStrictEqual(path.normalizeArray(['a', '', 'b']), ['a', 'b']);
  assert.deepStrictEqual(path.normalizeArray(['a', '', 'b'], true), ['a', '', 'b']);
}

// matchesGlob (experimental in node 20, where it exists)
if (path.matchesGlob) {
  process.removeAllListeners('warning');
  process.on('warning', function () {});
  [['/a/b.js', '/a/*.js', true], ['/a/b/c.js', '/a/**/*.js', true], ['/a/c.js', '/a/**/*.js', true],
   ['a/.b', 'a/*', false], ['a/b', 'a/?', true], ['x.ts', '*.{js,ts}', true], ['a/b/c', 'a/**', true],
   ['a', 'a/**', false], ['ab', '[a-c]b', true], ['db', '[!a-c]b', true], ['', '*', false],
   ['a/b', 'a\\b', true], ['a', '+(a|b)', true], ['c', '@(a|b)', false], ['x', '!(a)', true], ['3', '{1..5}', true]
  ].forEach(function (c) {
    assert.strictEqual(path.matchesGlob(c[0], c[1]), c[2], c[0] + ' ' + c[1]);
  });
  assert.strictEqual(path.win32.matchesGlob('a\\b', 'a/b'), true);
  assert.strictEqual(path.posix.matchesGlob('a\\b', 'a/b'), false);
}
