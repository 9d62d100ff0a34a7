// Native contexts behind Hash, Hmac and Cipher objects: abandoned ones are
// freed by their finalizers, finished ones stay safe to touch, and a method
// called on a foreign object throws instead of crashing.
var assert = require('assert');
var crypto = require('crypto');

var key = Buffer.alloc(32, 7), iv = Buffer.alloc(16, 9);
for (var i = 0; i < 20000; i++) {
  var h = crypto.createHash('sha256').update('x');
  if (i % 2) h.digest();
  crypto.createHmac('sha1', 'k').update('y');
  crypto.createCipheriv('aes-256-cbc', key, iv).update('z');
}
if (typeof gc === 'function') gc();

// Finished objects: every later call throws a JavaScript error.
var done = crypto.createHash('sha1');
done.digest('hex');
assert.throws(function () { done.update('a'); }, { code: 'ERR_CRYPTO_HASH_FINALIZED' });
var c = crypto.createCipheriv('aes-256-cbc', key, iv);
c.final();
assert.throws(function () { c.update('a'); }, Error);
assert.throws(function () { c.setAutoPadding(false); }, Error);

// Methods on the wrong receiver.
assert.throws(function () { crypto.Hash.prototype.update.call({}, 'a'); }, TypeError);
assert.throws(function () { crypto.Hmac.prototype.digest.call({}); }, TypeError);

// A result stays valid after its object is gone.
var kept = crypto.createHash('sha256').update('abc').digest();
for (i = 0; i < 2000; i++) crypto.createHash('md5').update(Buffer.alloc(100));
assert.strictEqual(kept.toString('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
