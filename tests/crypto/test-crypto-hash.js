// Hash known-answer vectors (FIPS 180 / RFC 1321: '', 'abc', a million 'a'),
// every digest encoding, update encodings, copy(), the stream form and the
// errors Node raises. Runs under nodus and node.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var vectors = {
  md5: ['d41d8cd98f00b204e9800998ecf8427e', '900150983cd24fb0d6963f7d28e17f72',
        '7707d6ae4e027c70eea2a935c2296f21'],
  sha1: ['da39a3ee5e6b4b0d3255bfef95601890afd80709', 'a9993e364706816aba3e25717850c26c9cd0d89d',
         '34aa973cd4c4daa4f61eeb2bdbad27316534016f'],
  sha256: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
           'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
           'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  sha512: ['cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
           'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
           'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b']
};
var million = 'a'.repeat(1000000);
Object.keys(vectors).forEach(function (alg) {
  var v = vectors[alg];
  assert.strictEqual(crypto.createHash(alg).digest('hex'), v[0], alg + ' empty');
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), v[1], alg + ' abc');
  assert.strictEqual(crypto.createHash(alg).update(million).digest('hex'), v[2], alg + ' million');
  // In 1000-byte Buffer pieces: the same digest.
  var h = crypto.createHash(alg), piece = Buffer.alloc(1000, 'a');
  for (var i = 0; i < 1000; i++) h.update(piece);
  assert.strictEqual(h.digest('hex'), v[2]);
  // Upper-case names and the RSA- aliases resolve too.
  assert.strictEqual(crypto.createHash(alg.toUpperCase()).update('abc').digest('hex'), v[1]);
});

// Every output encoding of one digest.
var hex = vectors.sha1[1];
var raw = Buffer.from(hex, 'hex');
function sha1abc(enc) { return crypto.createHash('sha1').update('abc').digest(enc); }
assert.ok(Buffer.isBuffer(sha1abc()));
assert.deepStrictEqual(sha1abc(), raw);
assert.deepStrictEqual(sha1abc('buffer'), raw);
assert.strictEqual(sha1abc('hex'), hex);
assert.strictEqual(sha1abc('base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.strictEqual(sha1abc('base64url'), 'qZk-NkcGgWq6PiVxeFDCbJzQ2J0');
assert.strictEqual(sha1abc('binary'), raw.toString('binary'));
assert.strictEqual(sha1abc('latin1'), raw.toString('latin1'));
assert.strictEqual(sha1abc('binary').length, 20);

// Input encodings: utf8 by default, and the named ones.
assert.strictEqual(crypto.createHash('sha1').update('\u00e9').digest('hex'),
                   crypto.createHash('sha1').update(Buffer.from([0xc3, 0xa9])).digest('hex'));
assert.strictEqual(crypto.createHash('sha1').update('\u00e9', 'binary').digest('hex'),
                   crypto.createHash('sha1').update(Buffer.from([0xe9])).digest('hex'));
assert.strictEqual(crypto.createHash('sha1').update('616263', 'hex').digest('hex'), hex);
assert.strictEqual(crypto.createHash('sha1').update('YWJj', 'base64').digest('hex'), hex);
// Typed arrays and DataViews hash their bytes; a view hashes only its window.
var big = Buffer.from('xxabcxx');
assert.strictEqual(crypto.createHash('sha1').update(big.subarray(2, 5)).digest('hex'), hex);
assert.strictEqual(crypto.createHash('sha1').update(new Uint8Array([97, 98, 99])).digest('hex'), hex);
assert.strictEqual(crypto.createHash('sha1').update(new DataView(big.buffer, big.byteOffset + 2, 3)).digest('hex'), hex);
// update() chains.
assert.strictEqual(crypto.createHash('sha1').update('a').update('b').update('c').digest('hex'), hex);

// copy(): the copy continues from the same state, independently.
var h1 = crypto.createHash('sha256').update('ab');
var h2 = h1.copy();
h1.update('c');
assert.strictEqual(h1.digest('hex'), vectors.sha256[1]);
assert.strictEqual(h2.update('c').digest('hex'), vectors.sha256[1]);
assert.strictEqual(h2 instanceof crypto.Hash, true);

// Finalized: a second digest, an update or a copy throws.
var done = crypto.createHash('md5');
done.digest();
['digest', 'update', 'copy'].forEach(function (m) {
  assert.throws(function () { done[m]('x'); },
    { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
});

// Errors.
assert.throws(function () { crypto.createHash('nope'); }, { name: 'Error', message: 'Digest method not supported' });
assert.throws(function () { crypto.createHash(1); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (1)'
});
assert.throws(function () { crypto.createHash('sha1').update(1); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)'
});
assert.throws(function () { crypto.createHash('sha1').update({}); }, { code: 'ERR_INVALID_ARG_TYPE' });

// XOF output lengths.
assert.strictEqual(crypto.createHash('shake256', { outputLength: 8 }).update('abc').digest('hex'), '483366601360a877');

// Lists.
var hashes = crypto.getHashes();
['md5', 'sha1', 'sha256', 'sha512'].forEach(function (n) { assert.ok(hashes.indexOf(n) >= 0, n); });

// The stream form: write data, read the digest.
var s = crypto.createHash('sha256');
s.on('readable', common.mustCall(function () {
  var d = s.read();
  if (d) assert.strictEqual(d.toString('hex'), vectors.sha256[1]);
}, 2));
s.write('a');
s.end('bc');
