// write() and Buffer.from(string) against a reference encoder written here in
// JavaScript, on random strings (ASCII, Latin-1, BMP, surrogate pairs, lone
// surrogates) and buffers of every size class: small, around 2 KiB, large;
// views that end where their memory ends and views with memory after them.
// Checks the bytes written, that utf8 never stores part of a character, that
// ucs2 stores whole units, and that no byte outside the written range changes
// (the whole ArrayBuffer is compared).
'use strict';
require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;

var seed = 0x2a2a2a2a;
function rnd() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}

// Random UTF-16 of `n` units; `mix` biases the kind of content.
function randomString(n, mix) {
  var units = [];
  while (units.length < n) {
    var kind = mix === 'ascii' ? 0 : rnd() % 10;
    if (kind < 4) units.push(0x20 + rnd() % 95);
    else if (kind < 6) units.push(0x80 + rnd() % 0x780);
    else if (kind < 8) units.push(0x800 + rnd() % 0xd000);
    else if (kind < 9) {
      var cp = 0x10000 + rnd() % 0x100000;
      units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else units.push(0xd800 + rnd() % 0x800);
  }
  if (units.length > n) units.length = n; // may leave a lone high surrogate at the end
  var s = '';
  for (var i = 0; i < units.length; i += 4096) s += String.fromCharCode.apply(null, units.slice(i, i + 4096));
  return s;
}

// Reference encoders: the bytes of each character, whole characters only.
function utf8Chars(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        var cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out.push([0xf0 | cp >> 18, 0x80 | (cp >> 12 & 63), 0x80 | (cp >> 6 & 63), 0x80 | (cp & 63)]);
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push([c]);
    else if (c < 0x800) out.push([0xc0 | c >> 6, 0x80 | (c & 63)]);
    else out.push([0xe0 | c >> 12, 0x80 | (c >> 6 & 63), 0x80 | (c & 63)]);
  }
  return out;
}

function referenceBytes(s, enc, room) {
  var bytes = [];
  var i;
  if (enc === 'utf8') {
    var chars = utf8Chars(s);
    for (i = 0; i < chars.length && bytes.length + chars[i].length <= room; i++) {
      bytes.push.apply(bytes, chars[i]);
    }
  } else if (enc === 'latin1') {
    for (i = 0; i < s.length && i < room; i++) bytes.push(s.charCodeAt(i) & 0xff);
  } else {
    for (i = 0; i < s.length && 2 * i + 2 <= room; i++) bytes.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  }
  return bytes;
}

function fillPattern(u8) {
  for (var i = 0; i < u8.length; i++) u8[i] = (i * 37 + 11) & 0xff;
}

var failures = 0;
function check(label, actual, expected) {
  if (actual.length !== expected.length) {
    assert.fail(label + ': length ' + actual.length + ' !== ' + expected.length);
  }
  for (var i = 0; i < actual.length; i++) {
    if (actual[i] !== expected[i]) {
      failures++;
      assert.fail(label + ': byte ' + i + ' is ' + actual[i] + ', expected ' + expected[i]);
    }
  }
}

// One write into a view of `size` bytes that starts `before` bytes into its
// ArrayBuffer and has `after` bytes of it following.
function trial(size, before, after, enc, mix) {
  var ab = new ArrayBuffer(before + size + after);
  var all = new Uint8Array(ab);
  fillPattern(all);
  var buf = Buffer.from(ab, before, size);
  var offset = size === 0 ? 0 : rnd() % (size + 1);
  if (enc === 'ucs2' && rnd() % 2) offset -= offset % 2; // odd and even addresses
  var remaining = size - offset;
  var length = rnd() % 3 === 0 ? rnd() % (remaining + 1) : remaining;
  // Strings whose encoding is about as long as the room: shorter, exactly
  // as long, a little longer, much longer.
  var unitsPerByte = enc === 'ucs2' ? 0.5 : enc === 'latin1' || mix === 'ascii' ? 1 : 0.5;
  var n = Math.max(0, Math.round(length * unitsPerByte) + (rnd() % 9) - 4);
  if (rnd() % 5 === 0) n = rnd() % (length * 2 + 2);
  var s = randomString(n, mix);
  var written = buf.write(s, offset, length, enc);
  var expectedBytes = referenceBytes(s, enc, length);
  var label = enc + ' size=' + size + ' before=' + before + ' after=' + after + ' offset=' + offset +
    ' length=' + length + ' units=' + s.length;
  assert.strictEqual(written, expectedBytes.length, label + ': bytes written');
  var expected = new Uint8Array(ab.byteLength);
  fillPattern(expected);
  expected.set(expectedBytes, before + offset);
  check(label, all, expected);
}

var sizes = [0, 1, 2, 3, 4, 5, 7, 8, 11, 16, 31, 64, 100, 2040, 2045, 2047, 2048, 2049, 2050, 2051, 2055, 2060,
             3000, 4096, 5000, 9000, 70000];
['utf8', 'latin1', 'ucs2'].forEach(function (enc) {
  sizes.forEach(function (size) {
    var rounds = size > 9000 ? 8 : size > 1000 ? 50 : 60;
    for (var r = 0; r < rounds; r++) {
      var before = rnd() % 3 === 0 ? rnd() % 5 : 0;
      var after = rnd() % 2 === 0 ? 0 : 1 + rnd() % 4;
      trial(size, before, after, enc, r % 4 === 0 ? 'ascii' : 'mixed');
    }
  });
});

// Buffer.from(string): the encoding fills the new memory exactly.
[0, 1, 2, 3, 10, 100, 2040, 2047, 2048, 2049, 2100, 5000, 65536, 100001].forEach(function (n) {
  for (var r = 0; r < 4; r++) {
    var s = randomString(n, r === 0 ? 'ascii' : 'mixed');
    if (r === 2) s += '\ud83d\ude00'; // ends with a pair
    if (r === 3) s += '\ud83d';       // ends with a lone surrogate
    ['utf8', 'latin1', 'ucs2'].forEach(function (enc) {
      var b = Buffer.from(s, enc);
      check('from ' + enc + ' ' + s.length, b, referenceBytes(s, enc, Infinity));
      assert.strictEqual(Buffer.byteLength(s, enc), b.length);
      if (enc === 'ucs2') assert.strictEqual(b.toString(enc), s);
    });
  }
});

// A utf8 write never ends inside a character: every prefix length.
var sample = 'a\u00e9\u20ac\ud83d\ude00\ud800z';
for (var room = 0; room <= 16; room++) {
  var b = Buffer.alloc(16, 0x2e);
  var n = b.write(sample, 0, room);
  assert.deepStrictEqual(Array.from(b.subarray(0, n)), referenceBytes(sample, 'utf8', room));
  assert.ok(b.subarray(n).every(function (x) { return x === 0x2e; }), 'nothing after the last character');
}

assert.strictEqual(failures, 0);
