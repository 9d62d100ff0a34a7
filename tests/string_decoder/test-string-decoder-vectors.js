// StringDecoder against known vectors recorded from node 20: random text
// (utf8, utf16le) and random bytes (every other encoding) cut into random
// chunks; every write() result and the end() result must match.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var StringDecoder = require('string_decoder').StringDecoder;
var vectors = require('./decoder-vectors.json');

assert.ok(vectors.length >= 200);
vectors.forEach(function (v, n) {
  var d = new StringDecoder(v.enc);
  var got = v.chunks.map(function (hex) { return d.write(Buffer.from(hex, 'hex')); });
  got.push(d.end());
  assert.deepStrictEqual(got, v.out, 'vector ' + n + ' (' + v.enc + ' ' + v.chunks.join(' ') + ')');
});
