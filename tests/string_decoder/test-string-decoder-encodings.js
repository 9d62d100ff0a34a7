// StringDecoder for utf16le/ucs2, base64/base64url, hex, latin1/binary and
// ascii: what each carries between writes, what end() flushes, and the
// names it accepts.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var StringDecoder = require('string_decoder').StringDecoder;

function decodeBytewise(encoding, buf) {
  var d = new StringDecoder(encoding);
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(d.write(buf.subarray(i, i + 1)));
  out.push(d.end());
  return out;
}

function decodeSplit(encoding, buf, cut) {
  var d = new StringDecoder(encoding);
  return d.write(buf.subarray(0, cut)) + d.write(buf.subarray(cut)) + d.end();
}

// Encoding names normalize as in node; unknown ones throw.
var names = {
  utf8: 'utf8', 'UTF-8': 'utf8', ucs2: 'utf16le', 'UCS-2': 'utf16le', 'utf-16le': 'utf16le',
  utf16le: 'utf16le', binary: 'latin1', LATIN1: 'latin1', base64: 'base64', base64url: 'base64url',
  hex: 'hex', ascii: 'ascii'
};
Object.keys(names).forEach(function (name) {
  assert.strictEqual(new StringDecoder(name).encoding, names[name], name);
});
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder(null).encoding, 'utf8');
assert.throws(function () { new StringDecoder('utf9'); }, function (err) {
  return err instanceof TypeError && err.code === 'ERR_UNKNOWN_ENCODING' && err.message === 'Unknown encoding: utf9';
});

// utf16le: every split point of text with surrogate pairs decodes whole.
var text16 = 'a€😀b🎉';
var buf16 = Buffer.from(text16, 'utf16le');
for (var cut = 0; cut <= buf16.length; cut++) {
  assert.strictEqual(decodeSplit('utf16le', buf16, cut), text16, 'utf16le cut at ' + cut);
}
assert.strictEqual(decodeBytewise('ucs2', buf16).join(''), text16);
// A surrogate pair is held until its second half arrives.
var d = new StringDecoder('utf16le');
assert.strictEqual(d.write(Buffer.from([0x3d, 0xd8])), '');
assert.strictEqual(d.write(Buffer.from([0x00, 0xde])), '😀');
// At end(), a lone high surrogate comes out as is; an odd byte is dropped.
d = new StringDecoder('utf16le');
assert.strictEqual(d.write(Buffer.from([0x41, 0x00, 0x3d, 0xd8])), 'A');
assert.strictEqual(d.end(), '\ud83d');
d = new StringDecoder('utf16le');
assert.strictEqual(d.write(Buffer.from([0x41, 0x00, 0x42])), 'A');
assert.strictEqual(d.end(), '');

// base64: 1 or 2 leftover bytes are carried to the next group.
var bytes = Buffer.from([0xfb, 0xff, 0x01, 0x02, 0x03, 0x04, 0x05]);
assert.deepStrictEqual(decodeBytewise('base64', bytes), ['', '', '+/8B', '', '', 'AgME', '', 'BQ==']);
for (cut = 0; cut <= bytes.length; cut++) {
  assert.strictEqual(decodeSplit('base64', bytes, cut), bytes.toString('base64'), 'base64 cut at ' + cut);
  assert.strictEqual(decodeSplit('base64url', bytes, cut), bytes.toString('base64url'), 'base64url cut at ' + cut);
}
d = new StringDecoder('base64');
assert.strictEqual(d.write(Buffer.from('ab')), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(Buffer.from('cde')), 'YWJj');
assert.strictEqual(d.end(), 'ZGU=');
assert.strictEqual(d.end(), '');
assert.strictEqual(new StringDecoder('base64url').end(Buffer.from([0xfb, 0xff])), '-_8');

// hex, latin1, ascii carry nothing.
var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) all[i] = i;
['hex', 'latin1', 'binary', 'ascii'].forEach(function (enc) {
  assert.strictEqual(decodeBytewise(enc, all).join(''), all.toString(enc), enc);
  var dec = new StringDecoder(enc);
  dec.write(all.subarray(0, 3));
  assert.strictEqual(dec.lastNeed, 0, enc);
});
assert.strictEqual(new StringDecoder('hex').write(Buffer.from([0, 15, 255])), '000fff');
assert.strictEqual(new StringDecoder('latin1').write(Buffer.from([0x41, 0xe9, 0xff])), 'A\u00e9\u00ff');
assert.strictEqual(new StringDecoder('ascii').write(Buffer.from([0x41, 0x42])), 'AB');
