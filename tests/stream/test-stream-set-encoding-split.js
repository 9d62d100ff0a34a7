// setEncoding() never splits a character across 'data' events: UTF-8 text
// (2-, 3- and 4-byte characters, emoji) cut at every byte position, or fed
// one byte at a time; utf16le (which, as in node, may emit the halves of a
// surrogate pair apart when a cut leaves an odd byte); base64 carrying 1-2 bytes
// between chunks; setEncoding() after data was already buffered.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');

// Pushes the pieces of buf (cut at `cuts`) and returns what 'data' delivered.
function deliver(encoding, buf, cuts, done) {
  var r = new stream.Readable({ read: function () {} });
  r.setEncoding(encoding);
  var pieces = [];
  r.on('data', function (s) {
    assert.strictEqual(typeof s, 'string');
    pieces.push(s);
  });
  r.on('end', function () { done(pieces); });
  var start = 0;
  cuts.concat([buf.length]).forEach(function (end) {
    r.push(buf.subarray(start, end));
    start = end;
  });
  r.push(null);
}

var pending = 0;
function check(encoding, buf, cuts, expected) {
  pending++;
  deliver(encoding, buf, cuts, function (pieces) {
    pending--;
    assert.strictEqual(pieces.join(''), expected, encoding + ' cut at ' + cuts.join(','));
    pieces.forEach(function (p) {
      assert.ok(p.length > 0, 'no empty data events');
      if (encoding === 'utf8') {
        assert.ok(!/[\ud800-\udbff]$/.test(p) && !/^[\udc00-\udfff]/.test(p), 'a surrogate pair was split: ' + JSON.stringify(p));
      }
      if (encoding === 'utf8') assert.ok(p.indexOf('\ufffd') === -1, 'a character was broken');
    });
  });
}

['é', '€', 'ア', '😀', 'x😀y€z', 'Grüße, 世界! 🎉🚀', '\u07ff\u0800\uffff\ud800\udc00'].forEach(function (text) {
  var buf = Buffer.from(text, 'utf8');
  for (var i = 0; i <= buf.length; i++) {
    check('utf8', buf, [i], text);
    for (var j = i; j <= buf.length; j++) check('utf8', buf, [i, j], text);
  }
  var every = [];
  for (var k = 1; k < buf.length; k++) every.push(k);
  check('utf8', buf, every, text);

  var buf16 = Buffer.from(text, 'utf16le');
  for (var m = 0; m <= buf16.length; m++) check('utf16le', buf16, [m], text);
});

// base64: 1 or 2 bytes carried to the next chunk, the rest flushed at the end.
var data = Buffer.from([0, 1, 2, 3, 4, 5, 6, 250, 251, 252, 253]);
for (var a = 0; a <= data.length; a++) {
  check('base64', data, [a], data.toString('base64'));
  for (var b = a; b <= data.length; b++) check('base64', data, [a, b], data.toString('base64'));
}
check('hex', data, [1, 5], data.toString('hex'));
check('latin1', data, [3], data.toString('latin1'));

// setEncoding() after bytes were buffered re-decodes them, keeping a split character.
(function () {
  var r = new stream.Readable({ read: function () {} });
  var euro = Buffer.from('€');
  r.push(euro.subarray(0, 2));
  r.setEncoding('utf8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  r.push(euro.subarray(2));
  r.push(null);
  var text = '';
  r.on('data', function (s) { text += s; });
  r.on('end', common.mustCall(function () { assert.strictEqual(text, '€'); }));
})();

// The encoding option does the same as setEncoding().
(function () {
  var r = new stream.Readable({ read: function () {}, encoding: 'utf8' });
  var emoji = Buffer.from('😀');
  for (var i = 0; i < emoji.length; i++) r.push(emoji.subarray(i, i + 1));
  r.push(null);
  r.on('data', common.mustCall(function (s) { assert.strictEqual(s, '😀'); }));
})();

// A truncated character at the very end comes out as U+FFFD.
(function () {
  var r = new stream.Readable({ read: function () {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0x41, 0xe2, 0x82]));
  r.push(null);
  var text = '';
  r.on('data', function (s) { text += s; });
  r.on('end', common.mustCall(function () { assert.strictEqual(text, 'A\ufffd'); }));
})();

process.on('exit', function () { assert.strictEqual(pending, 0); });
