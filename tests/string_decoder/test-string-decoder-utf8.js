// StringDecoder utf8: a character split at any byte boundary comes out
// whole, exactly once; invalid and truncated input becomes U+FFFD as in node.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var StringDecoder = require('string_decoder').StringDecoder;

// Decodes buf written in the given chunk sizes; returns every write()'s
// result followed by end()'s.
function decodeInChunks(buf, cuts, encoding) {
  var d = new StringDecoder(encoding || 'utf8');
  var out = [];
  var start = 0;
  cuts.concat([buf.length]).forEach(function (end) {
    out.push(d.write(buf.subarray(start, end)));
    start = end;
  });
  out.push(d.end());
  return out;
}

// Every way of cutting a string into two and three pieces decodes to it.
var samples = ['a', 'é', '€', '😀', 'h€llo wörld', 'a😀b', '😀😀', 'ア🎉x€ÿ', '\u0000\u007f\u0080\u07ff\u0800\uffff'];
samples.forEach(function (text) {
  var buf = Buffer.from(text, 'utf8');
  for (var i = 0; i <= buf.length; i++) {
    assert.strictEqual(decodeInChunks(buf, [i]).join(''), text, JSON.stringify(text) + ' cut at ' + i);
    for (var j = i; j <= buf.length; j++) {
      var parts = decodeInChunks(buf, [i, j]);
      assert.strictEqual(parts.join(''), text, JSON.stringify(text) + ' cut at ' + i + ',' + j);
      // No part ever ends inside a surrogate pair.
      parts.forEach(function (p) {
        if (p.length) assert.ok(!/[\ud800-\udbff]$/.test(p), 'part ends in a high surrogate');
      });
    }
  }
});

// One byte at a time: nothing comes out until the character is complete.
var emoji = Buffer.from('😀', 'utf8');
assert.deepStrictEqual(decodeInChunks(emoji, [1, 2, 3]), ['', '', '', '😀', '']);
var euro = Buffer.from('€', 'utf8');
assert.deepStrictEqual(decodeInChunks(euro, [1, 2]), ['', '', '€', '']);

// lastNeed / lastTotal while a character is pending.
var d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xe2])), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 3);
assert.strictEqual(d.write(Buffer.from([0x82])), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(Buffer.from([0xac])), '€');
assert.strictEqual(d.lastNeed, 0);

// A truncated character at end() is one U+FFFD; the decoder is then reset.
d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0x41, 0xf0, 0x9f])), 'A');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(Buffer.from([0x42])), 'B');
assert.strictEqual(new StringDecoder().end(Buffer.from([0xe2, 0x82])), '\ufffd');

// A pending character cut short by a byte that cannot continue it.
assert.deepStrictEqual(decodeInChunks(Buffer.from([0xf0, 0x9f, 0x41]), [2]), ['', '\ufffdA', '']);
assert.deepStrictEqual(decodeInChunks(Buffer.from([0xe2, 0x82, 0xe2, 0x82, 0xac]), [2]), ['', '\ufffd€', '']);

// Invalid bytes: lone continuation bytes and bytes that never start a character.
assert.strictEqual(new StringDecoder().write(Buffer.from([0x41, 0x80, 0x80, 0x42])), 'A\ufffd\ufffdB');
assert.strictEqual(new StringDecoder().write(Buffer.from([0xff, 0xfe])), '\ufffd\ufffd');
assert.deepStrictEqual(decodeInChunks(Buffer.from([0x41, 0xf8]), []), ['A\ufffd', '']);
// Overlong and surrogate encodings, split or not.
assert.deepStrictEqual(decodeInChunks(Buffer.from([0xc0, 0x80]), [1]), ['', '\ufffd\ufffd', '']);
assert.deepStrictEqual(decodeInChunks(Buffer.from([0xed, 0xa0, 0x80]), [2]), ['', '\ufffd\ufffd\ufffd', '']);
assert.deepStrictEqual(decodeInChunks(Buffer.from([0xe0, 0x80, 0x80, 0x41]), [2]), ['', '\ufffd\ufffd\ufffdA', '']);

// Strings pass through; typed arrays and DataViews are accepted.
d = new StringDecoder('utf8');
assert.strictEqual(d.write('already text'), 'already text');
assert.strictEqual(d.write(new Uint8Array([0xc3, 0xa9])), 'é');
assert.strictEqual(d.write(new DataView(new Uint8Array([0x41]).buffer)), 'A');
assert.strictEqual(d.end('tail'), 'tail');

// Anything else is a TypeError naming the argument.
[5, null, {}, undefined, true].forEach(function (bad) {
  assert.throws(function () { new StringDecoder().write(bad); }, function (err) {
    return err instanceof TypeError && err.code === 'ERR_INVALID_ARG_TYPE' && /"buf" argument/.test(err.message);
  });
});

// text(buf, offset) decodes from offset with a fresh state.
d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
assert.strictEqual(d.text(Buffer.from('xyz'), 1), 'yz');

// Only `encoding` is an own enumerable property, as in node.
assert.deepStrictEqual(Object.keys(new StringDecoder('utf8')), ['encoding']);
