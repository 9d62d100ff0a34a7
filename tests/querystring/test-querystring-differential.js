// Differential check of modules/querystring/querystring.js: under node 20
// the module source is loaded as nodus loads it and compared with node's
// own querystring module on random inputs (fixed seed). Under nodus the
// reference is the built plugin.
'use strict';
var assert = require('assert');

var mine = require('../common').loadPluginSource('querystring', 'querystring.js', require);
var ref = process.versions.nodus ? require('querystring') : require('node:querystring');

var seed = 99;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
function pick(a) { return a[rnd(a.length)]; }
var toks = ['a', 'b', '=', '&', '+', '%', '4', '1', '%41', '%e9', '%C3%A9', '%zz', '\u00e9', '\ud83d\ude00', '\ud800', ';',
  ':', '==', '&&', ' ', 'x', '%2', '%%', 'F', '__proto__'];
function rs(max) {
  var s = '';
  for (var n = rnd(max); n > 0; n--) s += pick(toks);
  return s;
}
function run(f) {
  try {
    var v = f();
    return JSON.stringify(v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.keys(v).map(function (k) { return [k, v[k]]; }) : v);
  } catch (e) {
    return 'error ' + e.name + ' ' + e.code;
  }
}

var failures = 0;
function compare(label, f) {
  var a = run(function () { return f(mine); });
  var b = run(function () { return f(ref); });
  if (a !== b) {
    failures++;
    if (failures <= 10) console.log(label + '\n  module ' + a + '\n  node   ' + b);
  }
}

var values = [1, -0, NaN, Infinity, 12n, true, null, undefined, {}, ['x', 2], []];
for (var i = 0; i < 4000; i++) {
  var s = rs(10);
  var sep = pick([undefined, '&', ';', '&&', 'ab']);
  var eq = pick([undefined, '=', ':', '==']);
  var r = rnd(4);
  var opts = r === 0 ? { maxKeys: rnd(4) } : r === 1 ? { decodeURIComponent: function (x) { return '<' + x + '>'; } } : undefined;
  compare('parse ' + JSON.stringify([s, sep, eq]), function (Q) { return Q.parse(s, sep, eq, opts); });
  compare('unescape ' + JSON.stringify(s), function (Q) { return [Q.unescape(s), Q.unescape(s, true)]; });
  compare('escape ' + JSON.stringify(s), function (Q) { return Q.escape(s); });
  var obj = {};
  obj[rs(3)] = pick(values.concat([s]));
  obj[rs(3)] = pick(values.concat([s]));
  compare('stringify', function (Q) { return Q.stringify(obj, sep, eq); });
}
assert.strictEqual(failures, 0, failures + ' differences');
