// Differential check of modules/url/: under node 20 the module source
// is loaded as nodus loads it (a CommonJS body with exports, require,
// module, binding, process, global) and compared with node's own url
// module on a few thousand random inputs (fixed seed). Under nodus the
// reference is the built plugin, which must behave as its source does.
'use strict';
var assert = require('assert');

var mine = require('../common').loadPluginSource('url', 'index.js', require);
var ref = process.versions.nodus ? require('url') : require('node:url');

process.removeAllListeners('warning');
process.on('warning', function () {});

var seed = 424242;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
function pick(a) { return a[rnd(a.length)]; }
function rs(toks, max) {
  var s = '';
  for (var n = rnd(max); n > 0; n--) s += pick(toks);
  return s;
}
var toks = ['/', '//', '\\', 'a', 'B', '.', '..', '%2e', '?', '#', '@', ':', '[', ']', '::1', '1', '255', '0x10', '08',
  '%', '%41', '%zz', '\u00e9', '\u00df', ' ', '\t', '"', '<', '>', '`', '{', '}', '^', '|', "'", '&', '=', '+', ';',
  '\ud83d\ude00', 'localhost', 'example.com', '8080', 'user', 'pw', 'C:', 'xn--zca', '\uff21', '~', '$'];
var schemes = ['http:', 'https:', 'file:', 'ws:', 'ftp:', 'sc:', 'HTTP:', 'mailto:', 'javascript:', 'news:', '', '', 'urn:'];
function genUrl() { return pick(schemes) + (rnd(2) ? '//' : (rnd(3) ? '' : '\\\\')) + rs(toks, 8); }
var PROPS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
var SETTABLE = PROPS.filter(function (p) { return p !== 'origin'; });

function run(f) {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return 'error ' + (e.code || e.name);
  }
}
function legacyShape(u) {
  return Object.keys(u).map(function (k) {
    var v = u[k];
    return v !== null && typeof v === 'object' ? [k, Object.keys(v).map(function (n) { return [n, v[n]]; })] : [k, v];
  });
}
function snap(u) { return PROPS.map(function (p) { return u[p]; }).concat([u.searchParams.toString()]); }

var failures = 0;
function compare(label, f) {
  var a = run(function () { return f(mine); });
  var b = run(function () { return f(ref); });
  if (a !== b) {
    failures++;
    if (failures <= 10) console.log(label + '\n  module ' + a + '\n  node   ' + b);
  }
}

for (var i = 0; i < 1500; i++) {
  var s = genUrl();
  var b = genUrl();
  var q = rnd(2) === 1;
  var sl = rnd(2) === 1;
  compare('parse ' + JSON.stringify([s, q, sl]), function (U) { return legacyShape(U.parse(s, q, sl)); });
  compare('format ' + JSON.stringify(s), function (U) { return U.format(s); });
  compare('resolve ' + JSON.stringify([b, s]), function (U) { return U.resolve(b, s); });
  var base = pick([undefined, 'http://h/a/b?q#f', 'file:///C:/x/y', 'sc://h/p', 'https://u:p@h:99/d/']);
  compare('new URL ' + JSON.stringify([s, base]), function (U) { return snap(base === undefined ? new U.URL(s) : new U.URL(s, base)); });
  var target = pick(['http://h/a/b?q#f', 'file://host/x', 'sc://u@h:1/p', 'sc:opaque ?q#h', 'https://[::1]:8/', 'sc:/p']);
  var prop = pick(SETTABLE);
  var value = rs(toks, 4);
  compare('set ' + JSON.stringify([target, prop, value]), function (U) { var u = new U.URL(target); u[prop] = value; return snap(u); });
  var params = rs(['a', 'b', '=', '&', '+', '%', '4', '%41', '%zz', '\u00e9', '\ud83d\ude00', ' '], 8);
  compare('URLSearchParams ' + JSON.stringify(params), function (U) {
    var sp = new U.URLSearchParams(params);
    sp.append(params, params);
    sp.sort();
    return [Array.from(sp), sp.toString()];
  });
}
assert.strictEqual(failures, 0, failures + ' differences');
