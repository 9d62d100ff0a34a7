// querystring — owns require('querystring'): parse/decode and
// stringify/encode of application/x-www-form-urlencoded strings as node 20
// does them, and the replaceable escape/unescape pair (plus unescapeBuffer)
// they use by default.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// Other plugins (url, http) reach this module through require('querystring')
// and call whatever escape/unescape the user installed on it.

'use strict';

// ---------------------------------------------------------------------------
// Percent-encoding

var HEX = '0123456789ABCDEF';

// Bytes left as they are by escape(): A-Z a-z 0-9 - . _ ~ ! ' ( ) *
var unreserved = new Uint8Array(128);
(function () {
  var keep = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*";
  for (var i = 0; i < keep.length; i++) unreserved[keep.charCodeAt(i)] = 1;
})();

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function pct(b) {
  return '%' + HEX[b >> 4] + HEX[b & 15];
}

function uriMalformed() {
  var err = new URIError('URI malformed');
  err.code = 'ERR_INVALID_URI';
  return err;
}

// UTF-8 percent-encoding of everything but the unreserved set; a surrogate
// at the very end is an error, as in encodeURIComponent.
function encodeText(str) {
  var out = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c < 128 && unreserved[c] === 1) continue;
    if (last < i) out += str.slice(last, i);
    if (c < 0x80) {
      out += pct(c);
    } else if (c < 0x800) {
      out += pct(0xc0 | (c >> 6)) + pct(0x80 | (c & 63));
    } else if (c < 0xd800 || c >= 0xe000) {
      out += pct(0xe0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
    } else {
      // node pairs any surrogate with the next code unit, whatever it is,
      // using the low ten bits of each; only one ending the string fails
      if (i + 1 >= str.length) throw uriMalformed();
      var cp = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i + 1) & 0x3ff));
      i++;
      out += pct(0xf0 | (cp >> 18)) + pct(0x80 | ((cp >> 12) & 63)) +
        pct(0x80 | ((cp >> 6) & 63)) + pct(0x80 | (cp & 63));
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeText(str);
}

// Bytes to text as Buffer#toString('utf8') does: every ill-formed sequence
// (its longest valid prefix) becomes one U+FFFD.
function utf8Decode(bytes) {
  var out = '';
  var chunk = [];
  var i = 0;
  var n = bytes.length;
  function push(cp) {
    if (cp > 0xffff) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length > 4096) {
      out += String.fromCharCode.apply(null, chunk);
      chunk = [];
    }
  }
  while (i < n) {
    var b = bytes[i];
    if (b < 0x80) { push(b); i++; continue; }
    var need = 0;
    var cp = 0;
    var lower = 0x80;
    var upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      push(0xfffd);
      i++;
      continue;
    }
    var j = i + 1;
    var ok = true;
    for (var k = 0; k < need; k++, j++) {
      var cb = j < n ? bytes[j] : -1;
      if (cb < lower || cb > upper) { ok = false; break; }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (cb & 0x3f);
    }
    if (!ok) {
      push(0xfffd);
      i = j;
      continue;
    }
    push(cp);
    i = j;
  }
  if (chunk.length > 0) out += String.fromCharCode.apply(null, chunk);
  return out;
}

// The bytes of `s` with every valid %XX decoded, '+' turned into a space
// when `decodeSpaces`, and a '%' not followed by two hex digits kept as it
// is. Characters stand for one byte each (their low eight bits), as node's
// Buffer-based version stores them.
function unescapeBytes(s, decodeSpaces) {
  var out = [];
  var n = s.length;
  for (var i = 0; i < n; i++) {
    var c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out.push(32);
      continue;
    }
    if (c === 37 && i < n - 2) {
      var hi = hexValue(s.charCodeAt(i + 1));
      var lo = hi >= 0 ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (lo >= 0) {
        out.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out.push(c & 0xff);
  }
  return out;
}

function makeBuffer(bytes) {
  var B = typeof Buffer === 'function' ? Buffer : undefined;
  if (B === undefined) {
    try {
      B = require('buffer').Buffer;
    } catch (e) {
      B = undefined;
    }
  }
  if (B && typeof B.from === 'function') return B.from(bytes);
  return new Uint8Array(bytes);
}

function unescapeBuffer(s, decodeSpaces) {
  return makeBuffer(unescapeBytes(String(s), decodeSpaces));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return utf8Decode(unescapeBytes(String(s), decodeSpaces));
  }
}

// ---------------------------------------------------------------------------
// stringify

function primitiveText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  var builtin = encode === qsEscape;
  // numbers, bigints and booleans need no escaping with the built-in encoder
  var convert = builtin
    ? function (v) { return typeof v === 'string' ? (v.length ? encodeText(v) : '') : primitiveText(v); }
    : function (v) { return encode(primitiveText(v)); };
  if (obj === null || typeof obj !== 'object') return '';
  var keys = Object.keys(obj);
  var out = '';
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    var v = obj[k];
    var prefix = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (var j = 0; j < v.length; j++) {
        if (out) out += sep;
        out += prefix + convert(v[j]);
      }
    } else {
      if (out) out += sep;
      out += prefix + convert(v);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// parse
//
// A single left-to-right scan, as node's: the separators may be several
// characters long and are matched without backtracking (a character that
// breaks a partial match is not retried as the start of a new one), a
// character matching the pair separator so far is never looked at as part of
// the key/value separator, '+' is a space, and the default decoder only runs
// on a key or value in which the scan saw '%' and two hex digits.

function Pair(customDecode) {
  this.key = '';
  this.value = '';
  this.keyEncoded = customDecode;
  this.valueEncoded = customDecode;
}

function decodeWith(decode, s) {
  try {
    return decode(s);
  } catch (e) {
    return exports.unescape(s, true);
  }
}

function store(obj, pair, decode) {
  var key = pair.key;
  var value = pair.value;
  if (key.length > 0 && pair.keyEncoded) key = decodeWith(decode, key);
  if (value.length > 0 && pair.valueEncoded) value = decodeWith(decode, value);
  var current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (current.pop) current[current.length] = value;
  else obj[key] = [current, value];
}

function parse(qs, sep, eq, options) {
  var obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  var sepLen = sep.length;
  var eqLen = eq.length;

  var budget = 1000;
  if (options && typeof options.maxKeys === 'number') budget = options.maxKeys > 0 ? options.maxKeys : 0;
  if (budget === 0) budget = Infinity;

  var decode = exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  var customDecode = decode !== qsUnescape;
  // a custom decoder sees '+' as '%20'
  var space = customDecode ? '%20' : ' ';

  var pair = new Pair(customDecode);
  var sepMatched = 0;
  var eqMatched = 0;
  var pending = 0; // where the text not yet copied into key/value starts
  var hexRun = 0; // 1 after '%', 2 and 3 after each hex digit that follows

  // feeds `code` to the "%XX seen" detector of key or value
  function watchPercent(code, forKey) {
    if (code === 37) {
      hexRun = 1;
    } else if (hexRun > 0) {
      if (hexValue(code) >= 0) {
        if (++hexRun === 3) {
          if (forKey) pair.keyEncoded = true;
          else pair.valueEncoded = true;
        }
      } else {
        hexRun = 0;
      }
    }
  }

  for (var i = 0; i < qs.length; i++) {
    var code = qs.charCodeAt(i);

    if (code === sep.charCodeAt(sepMatched)) {
      if (++sepMatched < sepLen) continue;
      // a whole pair separator: the piece ends before it
      var end = i - sepLen + 1;
      if (eqMatched < eqLen) {
        if (pending < end) {
          pair.key += qs.slice(pending, end);
        } else if (pair.key.length === 0) {
          // an empty piece still counts against maxKeys
          if (--budget === 0) return obj;
          pending = i + 1;
          sepMatched = eqMatched = 0;
          continue;
        }
      } else if (pending < end) {
        pair.value += qs.slice(pending, end);
      }
      store(obj, pair, decode);
      if (--budget === 0) return obj;
      pair = new Pair(customDecode);
      hexRun = 0;
      pending = i + 1;
      sepMatched = eqMatched = 0;
      continue;
    }
    sepMatched = 0;

    if (eqMatched < eqLen) {
      // still in the key
      if (code === eq.charCodeAt(eqMatched)) {
        if (++eqMatched === eqLen) {
          var keyEnd = i - eqLen + 1;
          if (pending < keyEnd) pair.key += qs.slice(pending, keyEnd);
          hexRun = 0;
          pending = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!pair.keyEncoded) {
        var before = hexRun;
        watchPercent(code, true);
        // '%' and the hex digits after it are done with; anything else goes on
        if (code === 37 || (before > 0 && hexRun > before)) continue;
      }
      if (code === 43) {
        if (pending < i) pair.key += qs.slice(pending, i);
        pair.key += space;
        pending = i + 1;
        continue;
      }
    }

    // the value (and, once the key is known to need decoding, the rest of
    // the key too: node's scan shares this detector)
    if (code === 43) {
      if (pending < i) pair.value += qs.slice(pending, i);
      pair.value += space;
      pending = i + 1;
    } else if (!pair.valueEncoded) {
      watchPercent(code, false);
    }
  }

  if (pending < qs.length) {
    if (eqMatched < eqLen) pair.key += qs.slice(pending);
    else pair.value += qs.slice(pending);
  } else if (eqMatched === 0 && pair.key.length === 0) {
    // ended on an empty piece
    return obj;
  }
  store(obj, pair, decode);
  return obj;
}

// ---------------------------------------------------------------------------

exports.unescapeBuffer = unescapeBuffer;
exports.unescape = qsUnescape;
exports.escape = qsEscape;
exports.stringify = exports.encode = stringify;
exports.parse = exports.decode = parse;

// For the url plugin (require('internal/querystring')): the decoders its
// URLSearchParams shares, out of reach of programs that replace
// querystring.unescape.
module.internal = { utf8Decode: utf8Decode, unescape: qsUnescape, hexValue: hexValue };
