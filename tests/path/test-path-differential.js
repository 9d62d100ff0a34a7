// Differential check of modules/path/path.js: under node 20 the module
// source is loaded as nodus loads it and compared with node's own path
// module (posix and win32) on random inputs (fixed seed). Under nodus the
// reference is the built plugin.
'use strict';
var assert = require('assert');
var nodePath = require('path');

var mine = require('../common').loadPluginSource('path', 'path.js', require);
var ref = process.versions.nodus ? require('path') : require('node:path');

var seed = 777;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
function pick(a) { return a[rnd(a.length)]; }
var toks = ['a', 'b', '/', '\\', '//', '\\\\', '.', '..', ':', 'C:', 'c:', 'x.y', '.z', 'COM1:', '\\\\?\\', '\\\\.\\', ' '];
function rs(max) {
  var s = '';
  for (var n = rnd(max); n > 0; n--) s += pick(toks);
  return s;
}
var fns = ['normalize', 'join', 'resolve', 'relative', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'toNamespacedPath'];

var failures = 0;
for (var i = 0; i < 6000; i++) {
  var flavor = pick(['posix', 'win32']);
  var fn = pick(fns);
  var count = fn === 'join' || fn === 'resolve' ? rnd(4) : fn === 'relative' ? 2 : fn === 'basename' ? 1 + rnd(2) : 1;
  var args = [];
  for (var k = 0; k < count; k++) args.push(rs(8));
  var a = JSON.stringify(mine[flavor][fn].apply(null, args));
  var b = JSON.stringify(ref[flavor][fn].apply(null, args));
  if (a !== b) {
    failures++;
    if (failures <= 10) console.log(flavor + '.' + fn + JSON.stringify(args) + '\n  module ' + a + '\n  node   ' + b);
  }
}
assert.strictEqual(failures, 0, failures + ' differences');
