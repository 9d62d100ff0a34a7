// randomBytes (sizes, async on the pool, errors), randomFill, randomUUID,
// randomInt, timingSafeEqual, PBKDF2 (RFC 6070, sync and async) and scrypt
// (RFC 7914).
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

[0, 1, 16, 1000, 65536].forEach(function (n) {
  var b = crypto.randomBytes(n);
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.length, n);
});
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
crypto.randomBytes(64, common.mustCall(function (err, b) {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.length, 64);
}));
crypto.randomBytes(0, common.mustCall(function (err, b) { assert.strictEqual(b.length, 0); }));
assert.throws(function () { crypto.randomBytes(-1); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1'
});
assert.throws(function () { crypto.randomBytes('1'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')'
});
assert.throws(function () { crypto.randomBytes(2147483648); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { crypto.randomBytes(1, 'cb'); }, { code: 'ERR_INVALID_ARG_TYPE' });

// randomFillSync and randomFill write into the given range only.
var z = Buffer.alloc(64);
crypto.randomFillSync(z, 16, 16);
assert.ok(z.subarray(0, 16).every(function (x) { return x === 0; }));
assert.ok(z.subarray(32).every(function (x) { return x === 0; }));
var z2 = new Uint32Array(8);
crypto.randomFill(z2, common.mustCall(function (err, out) {
  assert.strictEqual(err, null);
  assert.strictEqual(out, z2);
}));

// randomUUID: version 4, variant 10.
var seen = {};
for (var i = 0; i < 100; i++) {
  var u = crypto.randomUUID();
  assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(!seen[u]);
  seen[u] = true;
}

// randomInt: [min, max), every value reached.
var hits = [0, 0, 0];
for (i = 0; i < 300; i++) hits[crypto.randomInt(3)]++;
assert.ok(hits.every(function (h) { return h > 0; }));
for (i = 0; i < 100; i++) {
  var r = crypto.randomInt(-5, 5);
  assert.ok(r >= -5 && r < 5 && Number.isInteger(r));
}
crypto.randomInt(10, common.mustCall(function (err, n) { assert.ok(n >= 0 && n < 10); }));
assert.throws(function () { crypto.randomInt(10, 5); }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (10). Received 5'
});
assert.throws(function () { crypto.randomInt(1.5); }, { code: 'ERR_INVALID_ARG_TYPE' });

// timingSafeEqual.
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint8Array(0), Buffer.alloc(0)), true);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), Buffer.from([1, 0])), true);
assert.throws(function () { crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)); }, {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', message: 'Input buffers must have the same byte length'
});
assert.throws(function () { crypto.timingSafeEqual('a', 'b'); }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

// PBKDF2-HMAC-SHA1, RFC 6070.
var rfc6070 = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\u0000word', 'sa\u0000lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3']
];
rfc6070.forEach(function (v) {
  assert.strictEqual(crypto.pbkdf2Sync(v[0], v[1], v[2], v[3], 'sha1').toString('hex'), v[4]);
  crypto.pbkdf2(Buffer.from(v[0]), Buffer.from(v[1]), v[2], v[3], 'sha1', common.mustCall(function (err, key) {
    assert.strictEqual(err, null);
    assert.strictEqual(key.toString('hex'), v[4]);
  }));
});
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256').toString('hex'),
                   '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
assert.throws(function () { crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'); },
  { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(function () { crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { crypto.pbkdf2('a', 'b', 1, 10, 'sha1'); }, { code: 'ERR_INVALID_ARG_TYPE' });

// scrypt, RFC 7914 section 12.
var s1 = '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906';
var s2 = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'), s1);
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'), s2);
crypto.scrypt('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 }, common.mustCall(function (err, k) {
  assert.strictEqual(err, null);
  assert.strictEqual(k.toString('hex'), s2);
}));
assert.throws(function () { crypto.scryptSync('a', 'b', 10, { N: 3 }); },
  { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
