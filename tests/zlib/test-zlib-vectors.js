// Compressed vectors made by node 20 decompress to the known text.
require('../common');
var assert = require('assert');
var zlib = require('zlib');

var text = 'The quick brown fox jumps over the lazy dog. '.repeat(20) + 'nodus zlib vector';
var v = {
  deflate: 'eNrtyskBgCAMBMBWtgKroQGBKCgSDYdK9TbhM/MeEwhXi26HFb4zFn6wteMs4E6CGghpHi88rxOMZs2a/86ZfSsYKVp0cpXlA/igSck=',
  gzip: 'H4sIAAAAAAAAA+3KyQGAIAwEwFa2AquhAYEoKBINh0r1NuEz8x4TCFeLbocVvjMWfrC14yzgToIaCGkeLzyvE4xmzZr/zpl9KxgpWnRyleUDKXG82ZUDAAA=',
  raw: '7ZPLGYAgDMZW+SdwGhYQqIIi1fJQmd4lPPaeU77EBMLVotthhe+MhR9s7TgLuJOgBkKaxwvP6wSjsNrQNv4+JbNvBSNFi06usnw=',
  gzipEmpty: 'H4sIAAAAAAAAAwMAAAAAAAAAAAA=',
  deflateHuff: 'eAEFwYsBQCAUQNFV7gSmsYDqUaRHPzS9c2Yv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJmYv3C3YA5P1Saz6srfzKmiXTPVCXMaH021i9sLdgj0wWZ/Eqi97O6+CdslUL8RlfDjdJpK6VhgxGLrYqvkH+KBJyQ=='
};
function b(s) { return Buffer.from(s, 'base64'); }

assert.strictEqual(zlib.inflateSync(b(v.deflate)).toString(), text);
assert.strictEqual(zlib.unzipSync(b(v.deflate)).toString(), text);
assert.strictEqual(zlib.gunzipSync(b(v.gzip)).toString(), text);
assert.strictEqual(zlib.unzipSync(b(v.gzip)).toString(), text);
assert.strictEqual(zlib.inflateRawSync(b(v.raw)).toString(), text);
assert.strictEqual(zlib.gunzipSync(b(v.gzipEmpty)).length, 0);
assert.strictEqual(zlib.inflateSync(b(v.deflateHuff)).toString(), text);

// Streams decompress the same vectors fed one byte at a time.
var pending = 0;
[['createInflate', v.deflate], ['createGunzip', v.gzip], ['createInflateRaw', v.raw],
 ['createUnzip', v.gzip]].forEach(function (t) {
  var s = zlib[t[0]](), out = [], input = b(t[1]);
  pending++;
  s.on('data', function (d) { out.push(d); });
  s.on('end', function () {
    assert.strictEqual(Buffer.concat(out).toString(), text, t[0]);
    pending--;
  });
  for (var i = 0; i < input.length; i++) s.write(input.subarray(i, i + 1));
  s.end();
});
process.on('exit', function (code) { if (code === 0) assert.strictEqual(pending, 0); });
