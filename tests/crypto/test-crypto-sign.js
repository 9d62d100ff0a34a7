// Sign/Verify with an RSA key pair made once by `openssl genrsa 1024` and
// embedded: PKCS#1 v1.5 signatures made by Node 20 (deterministic), every
// signature encoding, tampering, PSS round trips, key-object forms, errors.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var privateKey = [
  '-----BEGIN PRIVATE KEY-----',
  'MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAJ5aAiSJLHAWyyKv',
  'PoifJtPraTjmOsw4+LF8jGmV9zQ4dBwKyyDkZdyF1DxPhUb6U3tXv8Eg5FCSGaBw',
  'armeROoHJ426Q1+/AuQQOfz5USbuDptxv57bQUdtGCg4mCHDrs/kLVBLq1RPRwh4',
  'LWRkN/qkNSOfH1mcgga2J6Yv1w1hAgMBAAECgYA/NLAsQzCgoQh+FLMCN3x5FDsQ',
  'whzwDUF/HraxInHkvy/hTZGc1G2wIx7+38LT/PE7h1/7x5Q6cMaX2qdO5dSdcHPp',
  'yXQYEsdX+3Yeb/X1w45OFlcPkMrAJV4w0/j8CjhWFIHPEVpCISC7DNl+quLpOUiC',
  'E8Wh0pyuRN5EYxd6vQJBAMxHxfiGAChk8YglUbFHMzVdtZcSWpu2eNnojnF/jpTa',
  'jsOpkSLCujTBwKCyvMMPtMgtpv4oUllhsYtmOE6hincCQQDGcWhxweY4Rdz5Z7n4',
  'SU+wKBu9t7qk9uM0DMn0QHk8x9ysDwUSVBIKcW6oh2Q6PSVgeE9EORSCrvWgseVW',
  'cMTnAkEAxqUQtRARPTaTzLGFlB9Jg56Bg8t8QqkZMcU8JtBEZSl25HuSv7ud+Mlk',
  'OKA2gHRYdsQ1/DZXhcVDMewP2x6pFwJAL5Gz9cEDTO4CYI7q14fLYHDc5YeLaEv+',
  'ftWp+7EQ3u8SCPS4xIH+qR4z5pY+Am/x68QrTDFap1EFdHXwgd4adQJAU9IvcGNY',
  'CTOWxdY1xdXeHjyfIquUuWAD9CBQnWW4FoZ5zRNejKIOjCpYBt9IgNOEmlyxh90y',
  'g1PoE3C1+k0dBw==',
  '-----END PRIVATE KEY-----',
  ''].join('\n');
var publicKey = [
  '-----BEGIN PUBLIC KEY-----',
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCeWgIkiSxwFssirz6InybT62k4',
  '5jrMOPixfIxplfc0OHQcCssg5GXchdQ8T4VG+lN7V7/BIORQkhmgcGq5nkTqByeN',
  'ukNfvwLkEDn8+VEm7g6bcb+e20FHbRgoOJghw67P5C1QS6tUT0cIeC1kZDf6pDUj',
  'nx9ZnIIGtiemL9cNYQIDAQAB',
  '-----END PUBLIC KEY-----',
  ''].join('\n');
var data = 'The quick brown fox jumps over the lazy dog';
var sig256 = 'UCkl1zr27ef7Q8F0mM8Tubk4qn4hpsUSGtdGjjcykeFc3mznSx789BcDCsSZ708aTQ4l013I/C0sEnTgWcLZClORilThK+tl36FtIjFRVAg7yzBK2EM0nN+gx9Q9EX4H+NW0XzQ+Vk6wqUWHOKQEnyui9/869A/ZZVp1pSM9BK4=';
var sig1 = '74ae86d928c25baeed4b6693ec127813b55e2ce43e5db587c20f2ca6a01df0239f3d2bfaafc3f880b5283fa929713bbb5c72cfb98e933d7b627c7439a9c70923b5055c159baa55c6a8db7ab3f9884462df9197cb49f7d693872e0d5cddd7711ddff3c5faedb47d8b502d6faa5afc03a91ab9cb71815b8975c0b54d3c21ad6be3';

// The spec's forms: algorithm names as 'RSA-SHA256', output formats.
assert.strictEqual(crypto.createSign('RSA-SHA256').update(data).sign(privateKey, 'base64'), sig256);
assert.strictEqual(crypto.createSign('sha1').update(data).sign(privateKey, 'hex'), sig1);
var bin = crypto.createSign('RSA-SHA256').update(data).sign(privateKey, 'binary');
assert.strictEqual(bin, Buffer.from(sig256, 'base64').toString('binary'));
var buf = crypto.createSign('RSA-SHA256').update(data.slice(0, 9)).update(data.slice(9)).sign(privateKey);
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString('base64'), sig256);

function verify(alg, msg, sig, fmt, key) {
  return crypto.createVerify(alg).update(msg).verify(key || publicKey, sig, fmt);
}
assert.strictEqual(verify('RSA-SHA256', data, sig256, 'base64'), true);
assert.strictEqual(verify('RSA-SHA256', data, bin, 'binary'), true);
assert.strictEqual(verify('RSA-SHA256', data, buf), true);
assert.strictEqual(verify('sha1', data, sig1, 'hex'), true);
// The private key also verifies (its public half is used).
assert.strictEqual(verify('RSA-SHA256', data, sig256, 'base64', privateKey), true);
assert.strictEqual(verify('RSA-SHA256', data, sig256, 'base64', Buffer.from(publicKey)), true);
// Tampering: other data, another digest, a flipped bit.
assert.strictEqual(verify('RSA-SHA256', data + '.', sig256, 'base64'), false);
assert.strictEqual(verify('sha1', data, sig256, 'base64'), false);
var flipped = Buffer.from(buf);
flipped[10] ^= 1;
assert.strictEqual(verify('RSA-SHA256', data, flipped), false);

// PSS (randomized): round trip with key objects.
var pss = crypto.createSign('sha256').update(data).sign({ key: privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING });
assert.strictEqual(crypto.createVerify('sha256').update(data).verify(
  { key: publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, pss), true);
assert.strictEqual(crypto.createVerify('sha256').update(data).verify(publicKey, pss), false);

// The stream form.
var s = crypto.createSign('RSA-SHA256');
s.write(data.slice(0, 5));
s.end(data.slice(5), common.mustCall(function () {
  assert.strictEqual(s.sign(privateKey, 'base64'), sig256);
}));

// Errors.
assert.throws(function () { crypto.createSign('nope'); }, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(function () { crypto.createSign('sha256').update('x').sign('garbage'); }, { code: /^ERR_OSSL_/ });
assert.throws(function () { crypto.createSign('sha256').update(1); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.createSign('sha256').sign(1); }, { code: 'ERR_INVALID_ARG_TYPE' });

// ECDSA (P-256, made by `openssl ecparam -genkey`): randomized, round trip.
var ecKey = [
  '-----BEGIN EC PRIVATE KEY-----',
  'MHcCAQEEINEcHllzWdPokIqJk9SvieFL5HtejM5mHIzJhQZP5szhoAoGCCqGSM49',
  'AwEHoUQDQgAEzbExouVDO61RpqkPSUMOFEbSnrjPlNJDBsfGCJg3OUQdiI/2bS6W',
  'hoJPvok488lo009aQtx2VwBLkDn4dYIHqg==',
  '-----END EC PRIVATE KEY-----',
  ''].join('\n');
var ecPub = [
  '-----BEGIN PUBLIC KEY-----',
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEzbExouVDO61RpqkPSUMOFEbSnrjP',
  'lNJDBsfGCJg3OUQdiI/2bS6WhoJPvok488lo009aQtx2VwBLkDn4dYIHqg==',
  '-----END PUBLIC KEY-----',
  ''].join('\n');
var ecSig = crypto.createSign('sha256').update(data).sign(ecKey);
assert.strictEqual(crypto.createVerify('sha256').update(data).verify(ecPub, ecSig), true);
assert.strictEqual(crypto.createVerify('sha256').update(data + '!').verify(ecPub, ecSig), false);

// An encrypted PKCS#8 key (`openssl pkcs8 -topk8 -v2 aes-128-cbc`, passphrase
// hunter2): signs like the plain key; no or a wrong passphrase throws.
var encKey = [
  '-----BEGIN ENCRYPTED PRIVATE KEY-----',
  'MIIC3TBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIhUPgIqNqSZUCAggA',
  'MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAECBBDcHE7MM8rV7qAqd69+n9fFBIIC',
  'gKtkAOA1+kjZPZk9P4YpCAnKZNuwJNVrvoaIho1dM/sa6tYLNE9PEH6y9XNzeY2a',
  'xkYDrKPu/s2sr5FxMJ1TXAwEZQhUCDPIoOo9w5aKo/5bUkHIuaJ3va3lsMTCfKYP',
  '14tOEHulz6G6ncaKs54LXAEa+QmxVd0GZB0NtrPUA5RrdadlagU3Hco8KUlk62PQ',
  'HmI1YZPTeKATj7T6dtU3c6g7A0ot0RbX3YZXibx88ob449P9QyLvxLfECSm2ZeLX',
  'Bau9r2m93hfJ+g04aV6VOqGAlULSMZfxH5GIArxOBF4tgtpWSTx9mCBxq3JLiZxq',
  'NuNBTQSFmMcHrsyfTJPiGgWzEFpxp5emZUwFWT1P/N9jo7GIBZFljNqlpj6cqj0H',
  '/QbbIZ4MoOut5pFvd7SrCBuCEoBdz+gM5KbdteX/zfbPVezN/CZaa9+GMocqz9ou',
  'hFoG4509Rchl+wJMd2BD01s5YLmPitHE4JgfVw7xOsIy8+HYFUNM5YYmoN13UG0L',
  'PlBaG4DJoVlJsKxe+9K2PZyzSGfIlIra7zjQzNHfwRpgV8T+Bm/l6Lvgjy1NfSL+',
  'vQuLavLUDQwQHEUK+03cdLTqL/2nBB/ZyBImZrxACowA7XEyLVjPX15aWeZkWi/G',
  'fK3KdAVrZUdwTzJCH72Dbwf7cHlUVK/t7aL5m59ol79E74UgEpDw3BgZgyGidxLA',
  'FRNdbGjTiYcTnp9wDUr60yf7noXeHGKf2a2l0WgPVG+nq5RmflbqPUILPdhIEFur',
  'tJSlJvWEEzfbZLtpASws4ZlB9DFDZ5oHnqO5IhOia/t/835hbkB/krWZ7YctiHVZ',
  'fYup5N1zrjBqIhWQPbz5m7M=',
  '-----END ENCRYPTED PRIVATE KEY-----',
  ''].join('\n');
assert.strictEqual(crypto.createSign('RSA-SHA256').update(data).sign({ key: encKey, passphrase: 'hunter2' }, 'base64'), sig256);
assert.throws(function () { crypto.createSign('sha256').update(data).sign(encKey); }, { code: /^ERR_OSSL_/ });
assert.throws(function () { crypto.createSign('sha256').update(data).sign({ key: encKey, passphrase: 'bad' }); },
  { code: 'ERR_OSSL_BAD_DECRYPT' });
