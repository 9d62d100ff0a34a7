// Ciphers: aes-256-cbc and aes-128-gcm (with AAD and auth tags) against
// ciphertexts made by Node 20, round trips in every encoding, padding, the
// legacy createCipher (EVP_BytesToKey, MD5, one iteration; nodus only when
// the running node dropped it), the stream form and errors.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
var iv = Buffer.from('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf', 'hex');
var pt = 'The quick brown fox jumps over the lazy dog';
var cbcHex = '64bac78bf92341822f9cb229d5199006d90c3bab4f7eaa663a51e8c75086e82cabdf122926fa3b24d4f3c9bafa5236b6';
var gcmHex = 'feee5d9b0ffc5a69e158d7722965de4035815b28e96250df56301eed27ffafdcf2c6655d6e90954d1bb185';
var gcmTag = '1d8370298e1c9c5732d654dfc0ae66ab';

// aes-256-cbc, every output encoding.
['hex', 'base64', 'binary', 'latin1', 'base64url'].forEach(function (enc) {
  var c = crypto.createCipheriv('aes-256-cbc', key, iv);
  var out = c.update(pt, 'utf8', enc) + c.final(enc);
  assert.strictEqual(out, Buffer.from(cbcHex, 'hex').toString(enc), enc);
  var d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  assert.strictEqual(d.update(out, enc, 'utf8') + d.final('utf8'), pt, enc);
});
// Buffers by default; input fed a byte at a time.
var c = crypto.createCipheriv('aes-256-cbc', key, iv);
var parts = [];
Buffer.from(pt).forEach(function (b) { parts.push(c.update(Buffer.from([b]))); });
parts.push(c.final());
assert.strictEqual(Buffer.concat(parts).toString('hex'), cbcHex);
var d = crypto.createDecipheriv('aes-256-cbc', key, iv);
assert.strictEqual(Buffer.concat([d.update(Buffer.from(cbcHex, 'hex')), d.final()]).toString(), pt);

// No padding: the input must be whole blocks.
var np = crypto.createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
assert.strictEqual(Buffer.concat([np.update(Buffer.alloc(32)), np.final()]).length, 32);
np = crypto.createCipheriv('aes-256-cbc', key, iv);
np.setAutoPadding(false);
np.update(Buffer.alloc(5));
assert.throws(function () { np.final(); }, { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });

// aes-128-gcm with AAD and tag.
var g = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), iv.subarray(0, 12));
g.setAAD(Buffer.from('header'));
assert.strictEqual(g.update(pt, 'utf8', 'hex') + g.final('hex'), gcmHex);
assert.strictEqual(g.getAuthTag().toString('hex'), gcmTag);
var gd = crypto.createDecipheriv('aes-128-gcm', key.subarray(0, 16), iv.subarray(0, 12));
gd.setAAD(Buffer.from('header'));
gd.setAuthTag(Buffer.from(gcmTag, 'hex'));
assert.strictEqual(gd.update(gcmHex, 'hex', 'utf8') + gd.final('utf8'), pt);
// A wrong tag or AAD fails to authenticate.
var bad = crypto.createDecipheriv('aes-128-gcm', key.subarray(0, 16), iv.subarray(0, 12));
bad.setAAD(Buffer.from('HEADER'));
bad.setAuthTag(Buffer.from(gcmTag, 'hex'));
bad.update(gcmHex, 'hex');
assert.throws(function () { bad.final(); }, { message: 'Unsupported state or unable to authenticate data' });
// A short tag with authTagLength.
var g8 = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), iv.subarray(0, 12), { authTagLength: 8 });
var ct8 = Buffer.concat([g8.update(pt), g8.final()]);
var tag8 = g8.getAuthTag();
assert.strictEqual(tag8.length, 8);
var gd8 = crypto.createDecipheriv('aes-128-gcm', key.subarray(0, 16), iv.subarray(0, 12), { authTagLength: 8 });
gd8.setAuthTag(tag8);
assert.strictEqual(Buffer.concat([gd8.update(ct8), gd8.final()]).toString(), pt);

// A bad decrypt.
var bd = crypto.createDecipheriv('aes-256-cbc', key, iv);
bd.update(Buffer.alloc(16));
assert.throws(function () { bd.final(); }, { code: 'ERR_OSSL_BAD_DECRYPT' });

// Errors.
assert.throws(function () { crypto.createCipheriv('nope', key, iv); }, { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
assert.throws(function () { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv); },
  { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length' });
assert.throws(function () { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(15)); },
  { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector' });
assert.throws(function () { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), null); },
  { code: 'ERR_CRYPTO_INVALID_IV' });
var fin = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
fin.final();
assert.throws(function () { fin.final(); }, { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.throws(function () { fin.update('x'); }, { message: 'Trying to add data in unsupported state' });
assert.throws(function () { crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).getAuthTag(); },
  { code: 'ERR_CRYPTO_INVALID_STATE' });
// ECB takes no IV.
var ecb = crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null);
assert.strictEqual(Buffer.concat([ecb.update(Buffer.alloc(16)), ecb.final()]).length, 32);

var ciphers = crypto.getCiphers();
['aes-128-cbc', 'aes-256-cbc', 'aes-128-gcm'].forEach(function (n) { assert.ok(ciphers.indexOf(n) >= 0, n); });

// The v0.2 forms: createCipher derives key and IV from a password.
if (typeof crypto.createCipher === 'function') {
  var legacyHex = '1824c7487389a5478eecf8e0c80b762f56249b7f8ac1a7f30ad4345e50ffc4df591fc2624533a28e623c488c8c603943';
  var lc = crypto.createCipher('aes192', 'secret');
  assert.strictEqual(lc.update(pt, 'utf8', 'hex') + lc.final('hex'), legacyHex);
  var ld = crypto.createDecipher('aes192', 'secret');
  assert.strictEqual(ld.update(legacyHex, 'hex', 'utf8') + ld.final('utf8'), pt);
  // binary in, base64 out, as the spec's examples.
  lc = crypto.createCipher('aes192', 'secret');
  var b64 = lc.update(pt, 'binary', 'base64') + lc.final('base64');
  ld = crypto.createDecipher('aes192', 'secret');
  assert.strictEqual(ld.update(b64, 'base64', 'binary') + ld.final('binary'), pt);
}

// The stream form.
var sc = crypto.createCipheriv('aes-256-cbc', key, iv);
var chunks = [];
sc.on('data', function (d) { chunks.push(d); });
sc.on('end', common.mustCall(function () { assert.strictEqual(Buffer.concat(chunks).toString('hex'), cbcHex); }));
sc.write(pt.slice(0, 10));
sc.end(pt.slice(10));

// Other AEADs, against Node 20's output: CCM (message length declared by the
// first update, or by setAAD's plaintextLength) and chacha20-poly1305.
var ccmKey = Buffer.alloc(16, 5), ccmIv = Buffer.alloc(12, 6);
var m = crypto.createCipheriv('aes-128-ccm', ccmKey, ccmIv, { authTagLength: 8 });
assert.strictEqual(Buffer.concat([m.update('hello ccm'), m.final()]).toString('hex'), 'c237a51c2d5ff26b35');
assert.strictEqual(m.getAuthTag().toString('hex'), '09c98fe7deeb0599');
var md = crypto.createDecipheriv('aes-128-ccm', ccmKey, ccmIv, { authTagLength: 8 });
md.setAuthTag(Buffer.from('09c98fe7deeb0599', 'hex'));
assert.strictEqual(md.update('c237a51c2d5ff26b35', 'hex', 'utf8') + md.final('utf8'), 'hello ccm');
md = crypto.createDecipheriv('aes-128-ccm', ccmKey, ccmIv, { authTagLength: 8 });
md.setAuthTag(Buffer.alloc(8));
md.update('c237a51c2d5ff26b35', 'hex');
assert.throws(function () { md.final(); }, { message: 'Unsupported state or unable to authenticate data' });
m = crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 16 });
m.setAAD(Buffer.from('a'), { plaintextLength: 5 });
assert.strictEqual(Buffer.concat([m.update('hello'), m.final()]).toString('hex'), '06a233de8d');
assert.strictEqual(m.getAuthTag().toString('hex'), '3c22b393549571c728ea97977a397448');

var ch = crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(32, 3), Buffer.alloc(12, 4), { authTagLength: 16 });
ch.setAAD(Buffer.from('a'));
assert.strictEqual(Buffer.concat([ch.update('hello'), ch.final()]).toString('hex'), '1ba5b419a0');
assert.strictEqual(ch.getAuthTag().toString('hex'), 'eb1c10448cb7f05a1a053251b09afb8d');
var chd = crypto.createDecipheriv('chacha20-poly1305', Buffer.alloc(32, 3), Buffer.alloc(12, 4), { authTagLength: 16 });
chd.setAAD(Buffer.from('a'));
chd.setAuthTag(Buffer.from('eb1c10448cb7f05a1a053251b09afb8d', 'hex'));
assert.strictEqual(chd.update('1ba5b419a0', 'hex', 'utf8') + chd.final('utf8'), 'hello');
