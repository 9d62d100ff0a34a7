// string_decoder — owns require('string_decoder').StringDecoder: turning a
// sequence of byte chunks into a sequence of strings without ever splitting
// a character across two results. Used by stream.Readable#setEncoding and by
// programs directly.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// Per encoding, what a decoder carries between write() calls:
//   utf8      the bytes of a character cut at the end of a chunk (at most 3);
//             the next chunk completes it, or ends it early with a byte that
//             is not a continuation byte. Chunks are decoded by Buffer's UTF-8
//             decoder; the few carried bytes by decodeCarried() below, with
//             the same rule (WHATWG's: each maximal invalid subsequence is one
//             U+FFFD), so end() turns a truncated character into one U+FFFD.
//   utf16le   an odd trailing byte, or a high surrogate ending an even chunk
//             (so a surrogate pair is emitted whole); end() emits a held
//             surrogate and drops an odd byte.
//   base64    1 or 2 bytes short of a 3-byte group (base64url alike); end()
//             encodes them with padding (base64url: without).
//   hex, latin1, ascii: nothing; every byte decodes on its own.

'use strict';

// A decoder is fed Buffers: the buffer plugin is a dependency, loaded first.
var Buffer = require('buffer').Buffer;

var errors = require('internal/errors');

function invalidBufArg(value) {
  return errors.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', value);
}

// ---------------------------------------------------------------------------
// Encoding names

var encodingNames = {
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii'
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  var name = encodingNames[String(enc).toLowerCase()];
  if (name === undefined) throw errors.unknownEncoding(enc);
  return name;
}

// A Buffer view over any ArrayBufferView, sharing its memory.
function asBuffer(buf) {
  if (Buffer.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw invalidBufArg(buf);
}

// Number of bytes a UTF-8 character led by `byte` occupies, counting lead
// bytes that can never be valid (C0, C1, F5-F7) by their bit pattern, so that
// they are held and decoded together with what follows, as one chunk would.
// 0 for a byte that starts no multi-byte sequence.
function utf8SequenceLength(byte) {
  if ((byte & 0xE0) === 0xC0) return 2;
  if ((byte & 0xF0) === 0xE0) return 3;
  if ((byte & 0xF8) === 0xF0) return 4;
  return 0;
}

// Decodes the (at most 4) carried bytes: a valid character, or U+FFFD for
// each maximal subsequence that cannot start or continue one.
function decodeCarried(bytes, len) {
  var out = '';
  var i = 0;
  while (i < len) {
    var lead = bytes[i];
    if (lead < 0x80) {
      out += String.fromCharCode(lead);
      i++;
      continue;
    }
    var need;
    var cp;
    var low = 0x80;
    var high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      need = 1;
      cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 2;
      cp = lead & 0x0F;
      if (lead === 0xE0) low = 0xA0;       // no overlong forms
      if (lead === 0xED) high = 0x9F;      // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 3;
      cp = lead & 0x07;
      if (lead === 0xF0) low = 0x90;       // no overlong forms
      if (lead === 0xF4) high = 0x8F;      // nothing above U+10FFFF
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    var j = i + 1;
    var got = 0;
    while (got < need && j < len && bytes[j] >= low && bytes[j] <= high) {
      cp = (cp << 6) | (bytes[j] & 0x3F);
      low = 0x80;
      high = 0xBF;
      got++;
      j++;
    }
    out += got === need ? String.fromCodePoint(cp) : '\ufffd';
    // A byte that broke the sequence is looked at again as a lead byte.
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------
// StringDecoder

// The carried state lives under symbols, so a decoder's own enumerable keys
// are just `encoding`, as in node.
var kHeld = Symbol('held');
var kHeldLen = Symbol('heldLen');
var kNeed = Symbol('need');

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  // Bytes carried over from the previous write(): kHeld[0..kHeldLen) holds
  // them, kNeed more are wanted to complete them.
  this[kHeld] = null;
  this[kHeldLen] = 0;
  this[kNeed] = 0;
}

function hold(dec, buf, start, end, need) {
  if (dec[kHeld] === null) dec[kHeld] = Buffer.alloc(4);
  for (var i = start; i < end; i++) dec[kHeld][dec[kHeldLen]++] = buf[i];
  dec[kNeed] = need;
}

function reset(dec) {
  dec[kHeldLen] = 0;
  dec[kNeed] = 0;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  buf = asBuffer(buf);
  switch (this.encoding) {
    case 'utf8': return writeUtf8(this, buf);
    case 'utf16le': return writeUtf16(this, buf);
    case 'base64':
    case 'base64url': return writeBase64(this, buf);
    default: return buf.toString(this.encoding);
  }
};

StringDecoder.prototype.end = function end(buf) {
  var out = '';
  if (buf !== undefined && buf !== null) out = this.write(buf);
  if (this[kHeldLen] > 0) {
    var held = this[kHeld];
    switch (this.encoding) {
      case 'utf8':
        out += decodeCarried(held, this[kHeldLen]);
        break;
      case 'utf16le':
        out += held.toString('utf16le', 0, this[kHeldLen] - (this[kHeldLen] & 1));
        break;
      default:
        out += held.toString(this.encoding, 0, this[kHeldLen]);
        break;
    }
    reset(this);
  }
  return out;
};

// Decodes buf from byte `offset` on (the legacy text() entry point).
StringDecoder.prototype.text = function text(buf, offset) {
  buf = asBuffer(buf);
  reset(this);
  return this.write(buf.subarray(offset >>> 0));
};

function writeUtf8(dec, buf) {
  var len = buf.length;
  var start = 0;
  var out = '';
  if (dec[kHeldLen] > 0) {
    // Complete the held character with continuation bytes; a byte that is
    // not one ends it (it decodes to U+FFFD) and starts the next character.
    while (start < len && dec[kNeed] > 0 && (buf[start] & 0xC0) === 0x80) {
      dec[kHeld][dec[kHeldLen]++] = buf[start++];
      dec[kNeed]--;
    }
    if (dec[kNeed] > 0 && start === len) return '';
    out = decodeCarried(dec[kHeld], dec[kHeldLen]);
    reset(dec);
  }
  var end = len;
  if (end > start && (buf[end - 1] & 0x80) !== 0) {
    // Find the lead byte of the last character (at most 3 bytes back) and
    // hold the character if the chunk ends before it does.
    var i = end - 1;
    while (i > start && end - i < 4 && (buf[i] & 0xC0) === 0x80) i--;
    if ((buf[i] & 0xC0) !== 0x80) {
      var seqLen = utf8SequenceLength(buf[i]);
      if (seqLen > end - i) {
        hold(dec, buf, i, end, seqLen - (end - i));
        end = i;
      }
    }
  }
  if (end > start) out += buf.toString('utf8', start, end);
  return out;
}

function writeUtf16(dec, buf) {
  var len = buf.length;
  var start = 0;
  var out = '';
  if (dec[kHeldLen] > 0) {
    while (start < len && dec[kNeed] > 0) {
      dec[kHeld][dec[kHeldLen]++] = buf[start++];
      dec[kNeed]--;
    }
    if (dec[kNeed] > 0) return '';
    out = dec[kHeld].toString('utf16le', 0, dec[kHeldLen]);
    reset(dec);
  }
  var end = len;
  if ((end - start) & 1) {
    hold(dec, buf, end - 1, end, 1);
    end--;
  } else if (end - start >= 2) {
    var unit = buf[end - 2] | (buf[end - 1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      hold(dec, buf, end - 2, end, 2);
      end -= 2;
    }
  }
  if (end > start) out += buf.toString('utf16le', start, end);
  return out;
}

function writeBase64(dec, buf) {
  var len = buf.length;
  var start = 0;
  var out = '';
  if (dec[kHeldLen] > 0) {
    while (start < len && dec[kNeed] > 0) {
      dec[kHeld][dec[kHeldLen]++] = buf[start++];
      dec[kNeed]--;
    }
    if (dec[kNeed] > 0) return '';
    out = dec[kHeld].toString(dec.encoding, 0, dec[kHeldLen]);
    reset(dec);
  }
  var rest = (len - start) % 3;
  var end = len - rest;
  if (rest > 0) hold(dec, buf, end, len, 3 - rest);
  if (end > start) out += buf.toString(dec.encoding, start, end);
  return out;
}

// Compatibility views of the carried bytes, as node exposes them.
Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get: function () {
      if (this[kHeld] === null) this[kHeld] = Buffer.alloc(4);
      return this[kHeld].subarray(0, 4);
    }
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get: function () { return this[kNeed]; }
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get: function () { return this[kHeldLen] + this[kNeed]; }
  }
});

exports.StringDecoder = StringDecoder;
