// scripts/bench/buffer.js — Buffer's string codecs on 64 MB: string -> bytes
// (Buffer.from(string, encoding)) and bytes -> string (buf.toString(encoding))
// for utf8 (ASCII and mixed text), base64, hex and latin1. Runs unchanged
// under nodus and node and prints MB/s of buffer bytes (best of 5 runs), so
// `nodus buffer.js` and `node buffer.js` compare directly; --json prints the
// numbers as one JSON object instead.
'use strict';
var Buffer = require('buffer').Buffer;

var SIZE = 64 * 1024 * 1024;
var RUNS = 5;
var json = process.argv.indexOf('--json') !== -1;

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// Best time of RUNS calls of fn, in ms.
function best(fn) {
  var min = Infinity;
  for (var i = 0; i < RUNS; i++) {
    var t = now();
    fn();
    var dt = now() - t;
    if (dt < min) min = dt;
  }
  return min;
}

// Deterministic pseudo-random bytes.
function randomBytes(n) {
  var b = Buffer.alloc(n);
  var x = 0x12345678;
  for (var i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

// About SIZE bytes of UTF-8 text: ASCII words, or words with 2- and 3-byte
// characters mixed in.
function text(mixed) {
  var words = mixed
    ? ['nodus ', 'caf\u00e9 ', 'na\u00efve ', '\u00fcber ', '\u20ac10 ', 'stra\u00dfe ', 'buffer ', '\u65e5\u672c ']
    : ['nodus ', 'buffer ', 'encode ', 'decode ', 'the ', 'quick ', 'brown ', 'fox\n'];
  var unit = '';
  for (var i = 0; unit.length < 4096; i++) unit += words[(i * 7 + (i >> 3)) % words.length];
  var bytes = Buffer.byteLength(unit);
  return unit.repeat(Math.ceil(SIZE / bytes));
}

var cases = [
  { name: 'utf8 (ascii text)', encoding: 'utf8', string: text(false) },
  { name: 'utf8 (mixed text)', encoding: 'utf8', string: text(true) },
  { name: 'base64', encoding: 'base64', bytes: randomBytes(SIZE) },
  { name: 'hex', encoding: 'hex', bytes: randomBytes(SIZE) },
  { name: 'latin1', encoding: 'latin1', bytes: randomBytes(SIZE) }
];

var results = {};
if (!json) {
  console.log('%s %s, %d MB, best of %d', process.versions.nodus ? 'nodus' : 'node',
              process.versions.nodus || process.version, SIZE >> 20, RUNS);
}
cases.forEach(function (c) {
  var bytes = c.bytes || Buffer.from(c.string, c.encoding);
  var string = c.string || bytes.toString(c.encoding);
  var mb = bytes.length / (1024 * 1024);
  var check = Buffer.from(string, c.encoding);
  if (!check.equals(bytes) || check.toString(c.encoding) !== string) throw new Error(c.name + ': round trip failed');
  var from = mb / (best(function () { Buffer.from(string, c.encoding); }) / 1000);
  var toString = mb / (best(function () { bytes.toString(c.encoding); }) / 1000);
  results[c.name] = { from: Math.round(from), toString: Math.round(toString) };
  if (!json) {
    console.log('%s Buffer.from %s MB/s   toString %s MB/s', (c.name + '                  ').slice(0, 18),
                ('      ' + Math.round(from)).slice(-6), ('      ' + Math.round(toString)).slice(-6));
  }
});
if (json) console.log(JSON.stringify(results));
