// crypto.js — Node's crypto module for nodus (without TLS and webcrypto):
// Hash, Hmac, Cipher/Decipher (createCipher with EVP_BytesToKey as Node
// v0.2, createCipheriv with AEAD tags), Sign/Verify with PEM keys,
// randomBytes/randomFill/randomUUID/randomInt, pbkdf2, scrypt, getHashes,
// getCiphers and timingSafeEqual. The OpenSSL work is in crypto.c
// (`binding`); this file checks arguments, applies encodings and raises
// Node's errors. Hash, Hmac and Cipher are Transform streams, Sign and
// Verify Writable streams.
'use strict';

var Buffer = require('buffer').Buffer;
var fromArrayBuffer = require('internal/buffer').fromArrayBuffer;
var stream = require('stream');
var util = require('util');

var kHandle = Symbol('kHandle');
var kState = Symbol('kState');

var errors = require('internal/errors');
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;
var outOfRange = errors.outOfRange;
var validateString = errors.validateString;
var validateFunction = errors.validateFunction;
var validateInt = errors.validateInteger;

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// Data for update(): a string in `encoding` (utf8 by default) or a view,
// returned as a view of the same memory (no copy for Buffers).
var DATA_TYPES = 'of type string or an instance of Buffer, TypedArray, or DataView';
function toBytes(data, encoding, name, types) {
  if (typeof data === 'string') {
    return Buffer.from(data, encoding === 'buffer' || !encoding ? 'utf8' : encoding);
  }
  if (ArrayBuffer.isView(data)) return data;
  if (types && isAnyArrayBuffer(data)) return new Uint8Array(data);
  throw invalidArgType(name || 'data', types || DATA_TYPES, data);
}

var KEY_TYPES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';
var BYTES_TYPES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

function toBuffer(ab) { return fromArrayBuffer(ab, 0, ab.byteLength); }

// A result Buffer in `encoding` ('buffer' or none: the Buffer itself).
function encodeOut(buf, encoding) {
  if (encoding === undefined || encoding === 'buffer' || encoding === null) return buf;
  return buf.toString(encoding);
}

// ---- Hash -------------------------------------------------------------------

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) {
    this[kHandle] = binding.hashCopy(algorithm[kHandle]);
  } else {
    validateString(algorithm, 'algorithm');
    this[kHandle] = binding.hashNew(algorithm);
  }
  var xof = options && options.outputLength;
  if (xof !== undefined) validateInt(xof, 'options.outputLength', 0, 0x7fffffff);
  this[kState] = { finalized: false, outputLength: xof };
  stream.Transform.call(this, options);
}
util.inherits(Hash, stream.Transform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  var h = new Hash(this, options);
  if (!(options && options.outputLength !== undefined)) h[kState].outputLength = this[kState].outputLength;
  return h;
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  binding.hashUpdate(this[kHandle], toBytes(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(encoding) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  this[kState].finalized = true;
  return encodeOut(toBuffer(binding.hashDigest(this[kHandle], this[kState].outputLength)), encoding);
};

Hash.prototype._transform = function (chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function (callback) {
  this.push(this.digest());
  callback();
};

// ---- Hmac -------------------------------------------------------------------

function keyBytes(key, name, encoding) {
  if (key && typeof key === 'object' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key) &&
      key.type === 'secret' && typeof key.export === 'function') {
    return key.export();
  }
  return toBytes(key, encoding, name, KEY_TYPES);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  var encoding = options && options.encoding;
  this[kHandle] = binding.hmacNew(hmac, keyBytes(key, 'key', encoding));
  this[kState] = { finalized: false };
  stream.Transform.call(this, options);
}
util.inherits(Hmac, stream.Transform);

Hmac.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  binding.hmacUpdate(this[kHandle], toBytes(data, encoding));
  return this;
};

// As Node: a second digest() returns an empty result.
Hmac.prototype.digest = function digest(encoding) {
  var buf = this[kState].finalized ? Buffer.alloc(0) : toBuffer(binding.hmacDigest(this[kHandle]));
  this[kState].finalized = true;
  return encodeOut(buf, encoding);
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// ---- Cipher / Decipher --------------------------------------------------------

function cipherBytes(v, name, allowNull) {
  if (allowNull && v === null) return null;
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  if (ArrayBuffer.isView(v)) return v;
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  if (v && typeof v === 'object' && v.type === 'secret' && typeof v.export === 'function') return v.export();
  throw invalidArgType(name, allowNull ? BYTES_TYPES : KEY_TYPES, v);
}

function authTagLength(options) {
  var n = options && options.authTagLength;
  if (n === undefined) return -1;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 4 || n > 16) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: ' + n);
  }
  return n;
}

function CipherBase(encrypt, cipher, key, iv, options, legacy) {
  validateString(cipher, 'cipher');
  var handle;
  if (legacy) {
    var derived = binding.bytesToKey(cipher, cipherBytes(key, 'password'));
    handle = binding.cipherNew(cipher, new Uint8Array(derived[0]),
      derived[1].byteLength ? new Uint8Array(derived[1]) : null, encrypt, authTagLength(options));
  } else {
    handle = binding.cipherNew(cipher, cipherBytes(key, 'key'), cipherBytes(iv, 'iv', true),
      encrypt, authTagLength(options));
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false, decoder: null };
  stream.Transform.call(this, options);
}
util.inherits(CipherBase, stream.Transform);

function outString(self, buf, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return buf;
  if (encoding === 'utf8' || encoding === 'utf-8' || encoding === 'ucs2' || encoding === 'utf16le' ||
      encoding === 'base64' || encoding === 'base64url') {
    // Multi-byte units may straddle update() calls: decode with a state.
    var st = self[kState];
    if (!st.decoder || st.decoderEncoding !== encoding) {
      var SD = require('string_decoder').StringDecoder;
      st.decoder = new SD(encoding);
      st.decoderEncoding = encoding;
    }
    return st.decoder.write(buf);
  }
  return buf.toString(encoding);
}

CipherBase.prototype.update = function update(data, inputEncoding, outputEncoding) {
  if (this[kState].finalized) throw new Error('Trying to add data in unsupported state');
  var bytes = toBytes(data, inputEncoding);
  return outString(this, toBuffer(binding.cipherUpdate(this[kHandle], bytes)), outputEncoding);
};

CipherBase.prototype.final = function final(outputEncoding) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  this[kState].finalized = true;
  var buf = toBuffer(binding.cipherFinal(this[kHandle]));
  var st = this[kState];
  if (st.decoder && outputEncoding === st.decoderEncoding) return st.decoder.end(buf);
  return outString(this, buf, outputEncoding);
};

CipherBase.prototype.setAutoPadding = function setAutoPadding(ap) {
  if (this[kState].finalized ||
      !binding.cipherSetPadding(this[kHandle], ap === undefined ? true : !!ap)) {
    throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAutoPadding');
  }
  return this;
};

CipherBase.prototype.setAAD = function setAAD(aad, options) {
  var plen = options && options.plaintextLength;
  if (this[kState].finalized ||
      !binding.cipherSetAAD(this[kHandle], toBytes(aad, undefined, 'buffer',
        'an instance of ArrayBuffer, Buffer, TypedArray, or DataView'), plen)) {
    throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAAD');
  }
  return this;
};

CipherBase.prototype._transform = function (chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
};

CipherBase.prototype._flush = function (callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
};

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  CipherBase.call(this, true, cipher, password, null, options, true);
}
util.inherits(Cipher, CipherBase);

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  CipherBase.call(this, true, cipher, key, iv, options, false);
}
util.inherits(Cipheriv, CipherBase);

Cipher.prototype.getAuthTag = Cipheriv.prototype.getAuthTag = function getAuthTag() {
  return toBuffer(binding.cipherGetTag(this[kHandle]));
};

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  CipherBase.call(this, false, cipher, password, null, options, true);
}
util.inherits(Decipher, CipherBase);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  CipherBase.call(this, false, cipher, key, iv, options, false);
}
util.inherits(Decipheriv, CipherBase);

Decipher.prototype.setAuthTag = Decipheriv.prototype.setAuthTag = function setAuthTag(tag, encoding) {
  if (this[kState].finalized) {
    throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAuthTag');
  }
  binding.cipherSetTag(this[kHandle], toBytes(tag, encoding, 'buffer',
    'an instance of Buffer, TypedArray, or DataView'));
  return this;
};

// ---- Sign / Verify -----------------------------------------------------------

var RSA_PKCS1_PADDING = 1;
var RSA_PKCS1_PSS_PADDING = 6;

function keyArgs(key) {
  var out = { pem: null, passphrase: null, padding: 0, saltLength: undefined };
  if (key && typeof key === 'object' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    if (key.passphrase !== undefined && key.passphrase !== null) {
      out.passphrase = toBytes(key.passphrase, 'utf8', 'key.passphrase', BYTES_TYPES);
    }
    if (key.padding !== undefined) out.padding = key.padding | 0;
    if (key.saltLength !== undefined) out.saltLength = key.saltLength | 0;
    key = key.key;
  }
  if (typeof key === 'string') out.pem = Buffer.from(key, 'utf8');
  else if (ArrayBuffer.isView(key)) out.pem = key;
  else if (isAnyArrayBuffer(key)) out.pem = new Uint8Array(key);
  else throw invalidArgType('key', KEY_TYPES, key);
  return out;
}

function signInit(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  try {
    self[kHandle] = binding.hashNew(algorithm);
  } catch (e) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  }
  self[kState] = { finalized: false };
  stream.Writable.call(self, options);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  signInit(this, algorithm, options);
}
util.inherits(Sign, stream.Writable);

Sign.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  binding.hashUpdate(this[kHandle], toBytes(data, encoding));
  return this;
};

Sign.prototype._write = function (chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.sign = function sign(key, encoding) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  var k = keyArgs(key);
  var sig = toBuffer(binding.sign(this[kHandle], k.pem, k.passphrase, k.padding, k.saltLength));
  this[kState].finalized = true;
  return encodeOut(sig, encoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  signInit(this, algorithm, options);
}
util.inherits(Verify, stream.Writable);
Verify.prototype.update = Sign.prototype.update;
Verify.prototype._write = Sign.prototype._write;

Verify.prototype.verify = function verify(key, signature, encoding) {
  if (this[kState].finalized) throw codedError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  var k = keyArgs(key);
  var sig = toBytes(signature, encoding === 'buffer' ? undefined : encoding, 'signature',
    'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView');
  var ok = binding.verify(this[kHandle], k.pem, k.passphrase, sig, k.padding, k.saltLength);
  this[kState].finalized = true;
  return ok;
};

// ---- random -------------------------------------------------------------------

var kMaxSize = 0x7fffffff;

function randomBytes(size, callback) {
  validateInt(size, 'size', 0, kMaxSize);
  if (callback === undefined) return toBuffer(binding.randomBytes(size));
  validateFunction(callback, 'callback');
  binding.randomBytes(size, function (err, ab) {
    if (err) callback(err);
    else callback(null, toBuffer(ab));
  });
}

function viewOf(buf) {
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
}

function randomFillSync(buf, offset, size) {
  var all = viewOf(buf);
  var elt = ArrayBuffer.isView(buf) && buf.BYTES_PER_ELEMENT ? buf.BYTES_PER_ELEMENT : 1;
  offset = offset === undefined ? 0 : offset;
  validateInt(offset, 'offset', 0, all.byteLength);
  offset *= elt;
  if (size === undefined) size = all.byteLength - offset;
  else { validateInt(size, 'size', 0, all.byteLength - offset); size *= elt; }
  if (offset + size > all.byteLength) throw outOfRange('size + offset', '<= ' + all.byteLength, size + offset);
  binding.randomFillSync(all.subarray(offset, offset + size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') { callback = offset; offset = undefined; size = undefined; }
  else if (typeof size === 'function') { callback = size; size = undefined; }
  validateFunction(callback, 'callback');
  var all = viewOf(buf);
  var elt = ArrayBuffer.isView(buf) && buf.BYTES_PER_ELEMENT ? buf.BYTES_PER_ELEMENT : 1;
  offset = offset === undefined ? 0 : offset;
  validateInt(offset, 'offset', 0, all.byteLength);
  offset *= elt;
  if (size === undefined) size = all.byteLength - offset;
  else { validateInt(size, 'size', 0, all.byteLength - offset); size *= elt; }
  binding.randomBytes(size, function (err, ab) {
    if (err) return callback(err);
    all.set(new Uint8Array(ab), offset);
    callback(null, buf);
  });
}

// A pool of random bytes for the small, frequent requests below.
var pool = null;
var poolOffset = 0;
function poolBytes(n) {
  if (pool === null || poolOffset + n > pool.length) {
    pool = toBuffer(binding.randomBytes(Math.max(n, 2048)));
    poolOffset = 0;
  }
  var out = pool.subarray(poolOffset, poolOffset + n);
  poolOffset += n;
  return out;
}

var hexTable = [];
for (var i = 0; i < 256; i++) hexTable.push((i < 16 ? '0' : '') + i.toString(16));

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'of type object', options);
  }
  var b = poolBytes(16);
  var v = new Uint8Array(16);
  v.set(b);
  v[6] = (v[6] & 0x0f) | 0x40;
  v[8] = (v[8] & 0x3f) | 0x80;
  var s = '';
  for (var k = 0; k < 16; k++) {
    if (k === 4 || k === 6 || k === 8 || k === 10) s += '-';
    s += hexTable[v[k]];
  }
  return s;
}

var RAND_MAX = 0xffffffffffff; // 2^48 - 1: six random bytes per draw

function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  var isSync = callback === undefined;
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  }
  var range = max - min;
  if (range > RAND_MAX) {
    throw outOfRange('max - min', '<= ' + RAND_MAX, range);
  }
  // Rejection sampling: draws at or above the largest multiple of range are
  // thrown away so every result is equally likely.
  var limit = RAND_MAX - ((RAND_MAX + 1) % range);
  var x;
  do {
    var b = poolBytes(6);
    x = b[0] * 0x10000000000 + b[1] * 0x100000000 + (b[2] * 0x1000000 + ((b[3] << 16) | (b[4] << 8) | b[5]));
  } while (x > limit);
  var n = min + (x % range);
  if (isSync) return n;
  process.nextTick(callback, null, n);
}

// ---- key derivation -----------------------------------------------------------

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  var p = toBytes(password, 'utf8', 'password', BYTES_TYPES);
  var s = toBytes(salt, 'utf8', 'salt', BYTES_TYPES);
  validateInt(iterations, 'iterations', 1, kMaxSize);
  validateInt(keylen, 'keylen', 0, kMaxSize);
  validateString(digest, 'digest');
  return [p, s];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  var a = pbkdf2Args(password, salt, iterations, keylen, digest);
  return toBuffer(binding.pbkdf2(a[0], a[1], iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') { callback = digest; digest = undefined; }
  var a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(a[0], a[1], iterations, keylen, digest, function (err, ab) {
    if (err) callback(err);
    else callback(null, toBuffer(ab));
  });
}

function scryptArgs(password, salt, keylen, options) {
  var p = toBytes(password, 'utf8', 'password', BYTES_TYPES);
  var s = toBytes(salt, 'utf8', 'salt', BYTES_TYPES);
  validateInt(keylen, 'keylen', 0, kMaxSize);
  var o = options || {};
  var N = o.N !== undefined ? o.N : o.cost !== undefined ? o.cost : 16384;
  var r = o.r !== undefined ? o.r : o.blockSize !== undefined ? o.blockSize : 8;
  var par = o.p !== undefined ? o.p : o.parallelization !== undefined ? o.parallelization : 1;
  var maxmem = o.maxmem !== undefined ? o.maxmem : 32 * 1024 * 1024;
  validateInt(N, 'N', 0, Number.MAX_SAFE_INTEGER);
  validateInt(r, 'r', 0, Number.MAX_SAFE_INTEGER);
  validateInt(par, 'p', 0, Number.MAX_SAFE_INTEGER);
  validateInt(maxmem, 'maxmem', 0, Number.MAX_SAFE_INTEGER);
  return [p, s, N, r, par, maxmem];
}

function scryptSync(password, salt, keylen, options) {
  var a = scryptArgs(password, salt, keylen, options);
  return toBuffer(binding.scrypt(a[0], a[1], keylen, a[2], a[3], a[4], a[5]));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  var a = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(a[0], a[1], keylen, a[2], a[3], a[4], a[5], function (err, ab) {
    if (err) callback(err);
    else callback(null, toBuffer(ab));
  });
}

// ---- lists, comparison ------------------------------------------------------------

var hashes = null;
var ciphers = null;

function getHashes() {
  if (hashes === null) hashes = binding.getHashes();
  return hashes.slice();
}

function getCiphers() {
  if (ciphers === null) {
    var seen = Object.create(null);
    ciphers = [];
    binding.getCiphers().forEach(function (name) {
      var lower = name.toLowerCase();
      if (!seen[lower]) { seen[lower] = true; ciphers.push(lower); }
    });
    ciphers.sort();
  }
  return ciphers.slice();
}

function timingSafeEqual(buf1, buf2) {
  var types = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
  if (!ArrayBuffer.isView(buf1) && !isAnyArrayBuffer(buf1)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be ' + types + '.');
  }
  if (!ArrayBuffer.isView(buf2) && !isAnyArrayBuffer(buf2)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf2" argument must be ' + types + '.');
  }
  var a = viewOf(buf1), b = viewOf(buf2);
  if (a.byteLength !== b.byteLength) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(a, b);
}

// ---- exports ------------------------------------------------------------------------

exports.createHash = function createHash(algorithm, options) { return new Hash(algorithm, options); };
exports.createHmac = function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); };
exports.createCipher = function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
};
exports.createDecipher = function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
};
exports.createCipheriv = function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
};
exports.createDecipheriv = function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
};
exports.createSign = function createSign(algorithm, options) { return new Sign(algorithm, options); };
exports.createVerify = function createVerify(algorithm, options) { return new Verify(algorithm, options); };
exports.Hash = Hash;
exports.Hmac = Hmac;
exports.Cipher = Cipher;
exports.Cipheriv = Cipheriv;
exports.Decipher = Decipher;
exports.Decipheriv = Decipheriv;
exports.Sign = Sign;
exports.Verify = Verify;
exports.hash = function hash(algorithm, data, outputEncoding) {
  return new Hash(algorithm).update(data).digest(outputEncoding === undefined ? 'hex' : outputEncoding);
};
exports.randomBytes = randomBytes;
exports.pseudoRandomBytes = randomBytes;
exports.prng = randomBytes;
exports.rng = randomBytes;
exports.randomFill = randomFill;
exports.randomFillSync = randomFillSync;
exports.randomUUID = randomUUID;
exports.randomInt = randomInt;
exports.pbkdf2 = pbkdf2;
exports.pbkdf2Sync = pbkdf2Sync;
exports.scrypt = scrypt;
exports.scryptSync = scryptSync;
exports.getHashes = getHashes;
exports.getCiphers = getCiphers;
exports.timingSafeEqual = timingSafeEqual;
exports.constants = {
  RSA_PKCS1_PADDING: RSA_PKCS1_PADDING,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_PKCS1_PSS_PADDING: RSA_PKCS1_PSS_PADDING,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2
};
