// Preset dictionaries: deflate/inflate and raw forms, streams, reset(), and
// Node's errors for a missing or wrong dictionary.
var common = require('../common');
var assert = require('assert');
var zlib = require('zlib');

var dict = Buffer.from('hello world common words');
var text = 'hello world hello common words';
var c = zlib.deflateSync(text, { dictionary: dict });
assert.strictEqual(zlib.inflateSync(c, { dictionary: dict }).toString(), text);
assert.strictEqual(zlib.inflateSync(c, { dictionary: dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) }).toString(), text);
assert.throws(function () { zlib.inflateSync(c); },
  { code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });
assert.throws(function () { zlib.inflateSync(c, { dictionary: Buffer.from('other') }); },
  { code: 'Z_NEED_DICT', errno: 2, message: 'Bad dictionary' });
assert.throws(function () { zlib.deflateSync('x', { dictionary: 'a string' }); },
  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

var r = zlib.deflateRawSync(text, { dictionary: dict });
assert.strictEqual(zlib.inflateRawSync(r, { dictionary: dict }).toString(), text);

var s = zlib.createInflate({ dictionary: dict }), out = [];
s.on('data', function (d) { out.push(d); });
s.write(c, common.mustCall(function () {
  s.reset(); // the dictionary applies again to the next stream
  s.end(zlib.deflateSync('common words', { dictionary: dict }));
}));
s.on('end', common.mustCall(function () {
  assert.strictEqual(Buffer.concat(out).toString(), text + 'common words');
}));

zlib.inflate(c, { dictionary: dict }, common.mustCall(function (err, d) {
  assert.ifError(err);
  assert.strictEqual(d.toString(), text);
}));
