// url — owns require('url'): the legacy API (url.parse, url.format,
// url.resolve, url.resolveObject and the Url objects they return, as node 20
// behaves, quirks included) and the WHATWG URL Standard classes URL and
// URLSearchParams (exported; the kernel installs them as globals), with the
// helpers around them: domainToASCII/domainToUnicode (UTS #46 mapping with
// punycode), fileURLToPath/pathToFileURL and urlToHttpOptions.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// querystring and path are required lazily, when a function needs them.

'use strict';

// ---------------------------------------------------------------------------
// Errors, worded as node words them

var errors = require('internal/errors');
var inspectValue = errors.inspectValue;
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;

function invalidUrl(input, base) {
  var err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

var missingArgs = errors.missingArgs;
var checkString = errors.validateString;

// ---------------------------------------------------------------------------
// Text and bytes

// A string with every lone surrogate replaced by U+FFFD (WebIDL USVString).
function toUSV(value) {
  var s = String(value);
  if (!/[\ud800-\udfff]/.test(s)) return s;
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
  }
  return out;
}

function codePoints(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function fromCodePoints(cps) {
  var out = '';
  for (var i = 0; i < cps.length; i += 4096) {
    out += String.fromCodePoint.apply(null, cps.slice(i, i + 4096));
  }
  return out;
}

function utf8Bytes(cp, out) {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return out;
}

function stringBytes(s) {
  var out = [];
  var cps = codePoints(toUSV(s));
  for (var i = 0; i < cps.length; i++) utf8Bytes(cps[i], out);
  return out;
}

var HEX = '0123456789ABCDEF';

function pctByte(b) {
  return '%' + HEX[b >> 4] + HEX[b & 15];
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// Bytes to text with every ill-formed sequence replaced by U+FFFD (the
// WHATWG "UTF-8 decode without BOM"): querystring's decoder.
function utf8Decode(bytes) {
  return qsInternal().utf8Decode(bytes);
}

var qsInternalModule;
function qsInternal() {
  if (qsInternalModule === undefined) qsInternalModule = require('internal/querystring');
  return qsInternalModule;
}

function percentDecodeBytes(s) {
  var bytes = stringBytes(s);
  var out = [];
  for (var i = 0; i < bytes.length; i++) {
    var b = bytes[i];
    if (b === 37 && i + 2 < bytes.length) {
      var hi = hexValue(bytes[i + 1]);
      var lo = hexValue(bytes[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

// The percent-encode sets of the URL Standard, as tables of the ASCII code
// points they add to the C0 control set (which encodeCodePoint applies).
function inSet(chars) {
  var table = new Uint8Array(128);
  for (var i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
var C0_CONTROL_SET = 0;
var FRAGMENT_SET = inSet(' "<>`');
var QUERY_SET = inSet(' "#<>');
var SPECIAL_QUERY_SET = inSet(' "#<>\'');
var PATH_SET = inSet(' "#<>?`{}');
var USERINFO_SET = inSet(' "#<>?`{}/:;=@[\\]^|');

function encodeCodePoint(cp, set) {
  if (cp >= 0x20 && cp < 0x7f && (set === C0_CONTROL_SET || set[cp] !== 1)) return String.fromCharCode(cp);
  var bytes = utf8Bytes(cp, []);
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += pctByte(bytes[i]);
  return out;
}

function encodeString(s, set) {
  var cps = codePoints(s);
  var out = '';
  for (var i = 0; i < cps.length; i++) out += encodeCodePoint(cps[i], set);
  return out;
}

// ---------------------------------------------------------------------------
// Punycode (RFC 3492)

var PUNY_BASE = 36;
var PUNY_TMIN = 1;
var PUNY_TMAX = 26;
var PUNY_SKEW = 38;
var PUNY_DAMP = 700;

function punyAdapt(delta, count, first) {
  delta = first ? Math.floor(delta / PUNY_DAMP) : delta >> 1;
  delta += Math.floor(delta / count);
  var k = 0;
  while (delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1) {
    delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
    k += PUNY_BASE;
  }
  return k + Math.floor(((PUNY_BASE - PUNY_TMIN + 1) * delta) / (delta + PUNY_SKEW));
}

function punyDigit(d) {
  return String.fromCharCode(d < 26 ? 97 + d : 22 + d);
}

// Code points -> the punycode label body (without 'xn--'), or null on overflow.
function punyEncode(cps) {
  var out = '';
  var basic = 0;
  for (var i = 0; i < cps.length; i++) {
    if (cps[i] < 0x80) {
      out += String.fromCharCode(cps[i]);
      basic++;
    }
  }
  var handled = basic;
  if (basic > 0) out += '-';
  var n = 128;
  var delta = 0;
  var bias = 72;
  while (handled < cps.length) {
    var m = 0x7fffffff;
    for (i = 0; i < cps.length; i++) if (cps[i] >= n && cps[i] < m) m = cps[i];
    delta += (m - n) * (handled + 1);
    if (delta > 0x7fffffff) return null;
    n = m;
    for (i = 0; i < cps.length; i++) {
      if (cps[i] < n) delta++;
      if (cps[i] === n) {
        var q = delta;
        for (var k = PUNY_BASE; ; k += PUNY_BASE) {
          var t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
          if (q < t) break;
          out += punyDigit(t + ((q - t) % (PUNY_BASE - t)));
          q = Math.floor((q - t) / (PUNY_BASE - t));
        }
        out += punyDigit(q);
        bias = punyAdapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// The punycode label body -> code points, or null when it is not valid.
function punyDecode(input) {
  var out = [];
  var last = input.lastIndexOf('-');
  var i;
  if (last > 0) {
    for (i = 0; i < last; i++) {
      var c = input.charCodeAt(i);
      if (c >= 0x80) return null;
      out.push(c);
    }
  }
  var pos = last > 0 ? last + 1 : 0;
  var n = 128;
  var bias = 72;
  var idx = 0;
  while (pos < input.length) {
    var oldIdx = idx;
    var w = 1;
    for (var k = PUNY_BASE; ; k += PUNY_BASE) {
      if (pos >= input.length) return null;
      var code = input.charCodeAt(pos++);
      var digit = code >= 48 && code <= 57 ? code - 22
        : code >= 65 && code <= 90 ? code - 65
        : code >= 97 && code <= 122 ? code - 97 : PUNY_BASE;
      if (digit >= PUNY_BASE) return null;
      idx += digit * w;
      if (idx > 0x7fffffff) return null;
      var t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
      if (digit < t) break;
      w *= PUNY_BASE - t;
      if (w > 0x7fffffff) return null;
    }
    bias = punyAdapt(idx - oldIdx, out.length + 1, oldIdx === 0);
    n += Math.floor(idx / (out.length + 1));
    if (n > 0x10ffff) return null;
    idx %= out.length + 1;
    out.splice(idx, 0, n);
    idx++;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Domain names: UTS #46 processing as the URL Standard asks for it
// (non-transitional, no STD3 rules, no hyphen checks, no DNS length limits)

// Ignored code points: soft hyphen, combining grapheme joiner, Mongolian free
// variation selectors, zero-width space, word joiner, variation selectors,
// zero-width no-break space.
var IDNA_IGNORED = /[\u00ad\u034f\u180b-\u180d\u180f\u200b\u2060\u2064\ufe00-\ufe0f\ufeff]|\ud82f[\udca0-\udca3]|\udb40[\udd00-\uddef]/g;
// Label separators that map to '.'.
var IDNA_DOTS = /[\u3002\uff0e\uff61]/g;
// Code points that make a label invalid: C1 controls (ASCII is valid here,
// the URL Standard filters it afterwards), unpaired surrogates,
// private use, unassigned code points, line and paragraph separators,
// noncharacters and the format characters that are not ignored (the two
// joiners are judged by their context below).
var IDNA_DISALLOWED = /[\u0080-\u009f\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u2ff0-\u2fff\ufff9-\ufffd]|(?![\u200c\u200d])\p{Cf}/u;
var COMBINING_MARK_START = /^\p{M}/u;
// ZERO WIDTH (NON-)JOINER is only valid right after a virama.
var JOINER = /[\u200c\u200d]/g;
var VIRAMA = /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d3b\u0d3c\u0d4d\u0dca\u0e3a\u0eba\u0f84\u1039\u103a\u1714\u1715\u1734\u17d2\u1a60\u1b44\u1baa\u1bab\u1bf2\u1bf3\u2d7f\ua806\ua82c\ua8c4\ua953\ua9c0\uaaf6\uabed]$/;

// Bidi classes, as far as the bidi rule needs them, for code points after
// mapping: the right-to-left ones (R, AL and AN, as node's IDNA tables
// have them), Arabic digits (AN), European digits (EN), non-spacing marks
// (NSM) and left-to-right ones (L, approximated by general categories).
var BIDI_RTL = new RegExp('[' +
  '\\u05be\\u05c0\\u05c3\\u05c6\\u05d0-\\u05ea\\u05ef-\\u05f4\\u0608\\u060b\\u060d\\u061b' +
  '\\u061e-\\u064a\\u0660-\\u0669\\u066b-\\u066f\\u0671-\\u0674\\u0679-\\u06d5\\u06e5-\\u06e6' +
  '\\u06ee-\\u06ef\\u06fa-\\u070d\\u0710\\u0712-\\u072f\\u074d-\\u07a5\\u07b1\\u07c0-\\u07ea' +
  '\\u07f4-\\u07f5\\u07fa\\u07fe-\\u0815\\u081a\\u0824\\u0828\\u0830-\\u083e\\u0840-\\u0858\\u085e' +
  '\\u0860-\\u086a\\u08a0-\\u08b4\\u08b6-\\u08c7\\u2135-\\u2138\\ufb1d\\ufb1f-\\ufb28' +
  '\\ufb2a-\\ufb36\\ufb38-\\ufb3c\\ufb3e\\ufb40-\\ufb41\\ufb43-\\ufb44\\ufb46-\\ufb4e' +
  '\\ufb50-\\ufbc1\\ufbd3-\\ufbdc\\ufbde-\\ufbe9\\ufbfc-\\ufbff\\ufc5b-\\ufc5d\\ufc90\\ufcd9' +
  '\\ufcf2-\\ufcf4\\ufd3c-\\ufd3d\\ufe71\\ufe73\\ufe77\\ufe79\\ufe7b\\ufe7d\\ufe7f-\\ufef4' +
  '\\u{10800}-\\u{10805}\\u{10808}\\u{1080a}-\\u{10835}\\u{10837}-\\u{10838}\\u{1083c}' +
  '\\u{1083f}-\\u{10855}\\u{10857}-\\u{1089e}\\u{108a7}-\\u{108af}\\u{108e0}-\\u{108f2}' +
  '\\u{108f4}-\\u{108f5}\\u{108fb}-\\u{1091b}\\u{10920}-\\u{10939}\\u{1093f}\\u{10980}-\\u{109b7}' +
  '\\u{109bc}-\\u{109cf}\\u{109d2}-\\u{10a00}\\u{10a10}-\\u{10a13}\\u{10a15}-\\u{10a17}' +
  '\\u{10a19}-\\u{10a35}\\u{10a40}-\\u{10a48}\\u{10a50}-\\u{10a58}\\u{10a60}-\\u{10a9f}' +
  '\\u{10ac0}-\\u{10ae4}\\u{10aeb}-\\u{10af6}\\u{10b00}-\\u{10b35}\\u{10b40}-\\u{10b55}' +
  '\\u{10b58}-\\u{10b72}\\u{10b78}-\\u{10b91}\\u{10b99}-\\u{10b9c}\\u{10ba9}-\\u{10baf}' +
  '\\u{10c00}-\\u{10c48}\\u{10c80}-\\u{10cb2}\\u{10cc0}-\\u{10cf2}\\u{10cfa}-\\u{10d23}' +
  '\\u{10d30}-\\u{10d39}\\u{10e60}-\\u{10e7e}\\u{10e80}-\\u{10ea9}\\u{10ead}\\u{10eb0}-\\u{10eb1}' +
  '\\u{10f00}-\\u{10f27}\\u{10f30}-\\u{10f45}\\u{10f51}-\\u{10f59}\\u{10fb0}-\\u{10fcb}' +
  '\\u{10fe0}-\\u{10ff6}\\u{1e800}-\\u{1e8c4}\\u{1e8c7}-\\u{1e8cf}\\u{1e900}-\\u{1e943}\\u{1e94b}' +
  '\\u{1e950}-\\u{1e959}\\u{1e95e}-\\u{1e95f}\\u{1ec71}-\\u{1ecb4}\\u{1ed01}-\\u{1ed3d}' +
  '\\u{1ee00}-\\u{1ee03}\\u{1ee05}-\\u{1ee1f}\\u{1ee21}-\\u{1ee22}\\u{1ee24}\\u{1ee27}' +
  '\\u{1ee29}-\\u{1ee32}\\u{1ee34}-\\u{1ee37}\\u{1ee39}\\u{1ee3b}\\u{1ee42}\\u{1ee47}\\u{1ee49}' +
  '\\u{1ee4b}\\u{1ee4d}-\\u{1ee4f}\\u{1ee51}-\\u{1ee52}\\u{1ee54}\\u{1ee57}\\u{1ee59}\\u{1ee5b}' +
  '\\u{1ee5d}\\u{1ee5f}\\u{1ee61}-\\u{1ee62}\\u{1ee64}\\u{1ee67}-\\u{1ee6a}\\u{1ee6c}-\\u{1ee72}' +
  '\\u{1ee74}-\\u{1ee77}\\u{1ee79}-\\u{1ee7c}\\u{1ee7e}\\u{1ee80}-\\u{1ee89}\\u{1ee8b}-\\u{1ee9b}' +
  '\\u{1eea1}-\\u{1eea3}\\u{1eea5}-\\u{1eea9}\\u{1eeab}-\\u{1eebb}' + ']', 'u');
var BIDI_AN = /[\u0660-\u0669\u066b\u066c\u{10d30}-\u{10d39}\u{10e60}-\u{10e7e}]/u;
var BIDI_EN = /[0-9\u06f0-\u06f9\u{102e1}-\u{102fb}\u{1d7ce}-\u{1d7ff}\u{1fbf0}-\u{1fbf9}]/u;
var BIDI_NSM = /[\p{Mn}\p{Me}]/u;
var BIDI_L = /[\p{L}\p{Mc}\p{Nd}\p{Nl}\u2800-\u28ff]/u;

function bidiClass(ch) {
  if (BIDI_AN.test(ch)) return 'AN';
  if (BIDI_RTL.test(ch)) return 'R';
  if (BIDI_EN.test(ch)) return 'EN';
  if (BIDI_NSM.test(ch)) return 'NSM';
  if (BIDI_L.test(ch)) return 'L';
  return 'ON';
}

// The bidi rule (RFC 5893) as the URL Standard's engines apply it to each
// label that holds a right-to-left character: a label that starts left to
// right may not hold right-to-left characters before its last one; any other
// such label must be right to left throughout, end on a strong or numeric
// character, and not mix European and Arabic digits.
function bidiValid(label) {
  var chars = Array.from(label);
  var classes = chars.map(bidiClass);
  if (classes.indexOf('R') === -1 && classes.indexOf('AN') === -1) return true;
  var last = classes.length - 1;
  while (last >= 0 && classes[last] === 'NSM') last--;
  if (last < 0) return false;
  var i;
  if (classes[0] === 'L') {
    for (i = 0; i < last; i++) {
      if (classes[i] === 'R' || classes[i] === 'AN') return false;
    }
    return true;
  }
  var hasEN = false;
  var hasAN = false;
  for (i = 0; i <= last; i++) {
    var d = classes[i];
    if (d === 'EN') hasEN = true;
    if (d === 'AN') hasAN = true;
    if ((hasEN && hasAN) || d === 'L') return false;
  }
  return classes[last] !== 'ON';
}

// UTS #46 maps with NFKC and full case folding. Case folding is upper- then
// lower-casing, except for the letters where that is not what folding does:
// the deviations U+00DF and U+03C2 stay, dotless i stays, capital sharp s
// folds to 'ss' and Cherokee folds to its capitals.
function caseFoldChar(ch) {
  switch (ch) {
    case '\u00df': case '\u03c2': case '\u0131': return ch;
    case '\u1e9e': return 'ss';
  }
  var cp = ch.codePointAt(0);
  if (cp >= 0x13a0 && cp <= 0x13f5) return ch;
  if ((cp >= 0xab70 && cp <= 0xabbf) || (cp >= 0x13f8 && cp <= 0x13fd)) return ch.toUpperCase();
  var upper = ch.toUpperCase();
  return upper === ch ? ch.toLowerCase() : upper.toLowerCase();
}

// Disallowed before any mapping: Georgian Asomtavruli capitals (but for
// two), the palochka, Hangul fillers, Khmer inherent vowels, the Mongolian
// soft hyphen (U+1806) and vowel separator, turned F and reversed C, space
// characters that do not decompose.
var IDNA_DISALLOWED_BEFORE_MAPPING = /[\u04c0\u10a0-\u10c6\u115f\u1160\u1680\u17b4\u17b5\u1806\u180e\u2132\u2183\u3164\uffa0]/;

// Characters whose compatibility form holds a full stop ('⒈', '…', '㏂')
// are disallowed rather than split into labels.
function makesDots(s) {
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0x80) continue;
    var ch = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? s[i] + s[++i] : s[i];
    var compat = ch.normalize('NFKC');
    if (compat !== ch && /[.\u3002]/.test(compat)) return true;
  }
  return false;
}

// domain -> mapped text, or null when a disallowed mapping was met.
function idnaMap(domain) {
  var s = domain.replace(IDNA_IGNORED, '');
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  s = s.replace(IDNA_DOTS, '.');
  if (IDNA_DISALLOWED_BEFORE_MAPPING.test(s) || makesDots(s)) return null;
  // lunate and mathematical final sigmas fold to sigma, not to the final form
  s = s.replace(/\u03f2|\ud835[\uded3\udf0d\udf47\udf81\udfbb]/g, '\u03c3');
  s = s.normalize('NFKC');
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
      continue;
    }
    var ch = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? s[i] + s[++i] : s[i];
    out += caseFoldChar(ch);
  }
  out = out.normalize('NFKC').replace(IDNA_IGNORED, '');
  return out.replace(IDNA_DOTS, '.');
}

function labelValid(label) {
  if (label.length === 0) return true;
  if (IDNA_DISALLOWED.test(label)) return false;
  if (COMBINING_MARK_START.test(label)) return false;
  if (label.normalize('NFC') !== label) return false;
  JOINER.lastIndex = 0;
  for (var m = JOINER.exec(label); m; m = JOINER.exec(label)) {
    if (!VIRAMA.test(label.slice(0, m.index))) return false;
  }
  return bidiValid(label);
}

// domain -> its ASCII form, or null on failure.
function domainToASCIIInternal(domain) {
  var mapped = idnaMap(domain);
  if (mapped === null) return null;
  var labels = mapped.split('.');
  for (var i = 0; i < labels.length; i++) {
    var label = labels[i];
    if (label.slice(0, 4) === 'xn--') {
      var decoded = punyDecode(label.slice(4));
      if (decoded === null || decoded.length === 0) return null;
      var text = fromCodePoints(decoded);
      if (idnaMap(text) !== text || !labelValid(text)) return null;
      continue;
    }
    if (/[^\x00-\x7f]/.test(label)) {
      if (!labelValid(label)) return null;
      var encoded = punyEncode(codePoints(label));
      if (encoded === null) return null;
      labels[i] = 'xn--' + encoded;
    }
  }
  var result = labels.join('.');
  if (result.length === 0) return null;
  return result;
}

// An ASCII host (already validated) with its punycode labels decoded.
function domainToUnicodeInternal(host) {
  var labels = host.split('.');
  for (var i = 0; i < labels.length; i++) {
    var label = labels[i];
    if (label.slice(0, 4) !== 'xn--') continue;
    var decoded = punyDecode(label.slice(4));
    if (decoded !== null && decoded.length > 0) labels[i] = fromCodePoints(decoded);
  }
  return labels.join('.');
}

// ---------------------------------------------------------------------------
// Hosts

var FORBIDDEN_HOST = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;
var FORBIDDEN_DOMAIN = /[\u0000-\u001f #%/:<>?@[\\\]^|\u007f]/;

// The IPv4 number parser: decimal, 0x hex or 0-prefixed octal. Returns NaN
// when the part is not a number.
function ipv4Number(part) {
  if (part === '') return NaN;
  var radix = 10;
  if (part.length >= 2 && part[0] === '0' && (part[1] === 'x' || part[1] === 'X')) {
    part = part.slice(2);
    radix = 16;
  } else if (part.length >= 2 && part[0] === '0') {
    part = part.slice(1);
    radix = 8;
  }
  if (part === '') return 0;
  var re = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(part)) return NaN;
  return parseInt(part, radix);
}

function endsInANumber(host) {
  var parts = host.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  var last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !isNaN(ipv4Number(last)) && /^0[xX]/.test(last) ? true : false;
}

// Dotted IPv4 text -> its serialization, or null.
function parseIPv4(host) {
  var parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  var numbers = [];
  for (var i = 0; i < parts.length; i++) {
    var n = ipv4Number(parts[i]);
    if (isNaN(n)) return null;
    numbers.push(n);
  }
  for (i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  var last = numbers[numbers.length - 1];
  if (last >= Math.pow(256, 5 - numbers.length)) return null;
  var address = last;
  for (i = 0; i < numbers.length - 1; i++) address += numbers[i] * Math.pow(256, 3 - i);
  var out = [];
  for (i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

// The text between '[' and ']' -> eight 16-bit pieces, or null.
function parseIPv6(input) {
  var pieces = [0, 0, 0, 0, 0, 0, 0, 0];
  var index = 0;
  var compress = -1;
  var p = 0;
  var cps = input;
  var n = cps.length;
  if (cps[p] === ':') {
    if (cps[p + 1] !== ':') return null;
    p += 2;
    index++;
    compress = index;
  }
  while (p < n) {
    if (index === 8) return null;
    if (cps[p] === ':') {
      if (compress !== -1) return null;
      p++;
      index++;
      compress = index;
      continue;
    }
    var value = 0;
    var length = 0;
    while (length < 4 && p < n && hexValue(cps.charCodeAt(p)) >= 0) {
      value = value * 16 + hexValue(cps.charCodeAt(p));
      p++;
      length++;
    }
    if (cps[p] === '.') {
      if (length === 0) return null;
      p -= length;
      if (index > 6) return null;
      var seen = 0;
      while (p < n) {
        var ipv4Piece = -1;
        if (seen > 0) {
          if (cps[p] === '.' && seen < 4) p++;
          else return null;
        }
        if (!(cps[p] >= '0' && cps[p] <= '9')) return null;
        while (cps[p] >= '0' && cps[p] <= '9') {
          var digit = cps.charCodeAt(p) - 48;
          if (ipv4Piece === -1) ipv4Piece = digit;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + digit;
          if (ipv4Piece > 255) return null;
          p++;
        }
        pieces[index] = pieces[index] * 256 + ipv4Piece;
        seen++;
        if (seen === 2 || seen === 4) index++;
      }
      if (seen !== 4) return null;
      break;
    } else if (cps[p] === ':') {
      p++;
      if (p >= n) return null;
    } else if (p < n) {
      return null;
    }
    pieces[index] = value;
    index++;
  }
  if (compress !== -1) {
    var swaps = index - compress;
    index = 7;
    while (index !== 0 && swaps > 0) {
      var tmp = pieces[compress + swaps - 1];
      pieces[compress + swaps - 1] = pieces[index];
      pieces[index] = tmp;
      index--;
      swaps--;
    }
  } else if (index !== 8) {
    return null;
  }
  return pieces;
}

function serializeIPv6(pieces) {
  // the first longest run of two or more zero pieces becomes '::'
  var bestStart = -1;
  var bestLen = 1;
  for (var i = 0; i < 8;) {
    if (pieces[i] !== 0) { i++; continue; }
    var j = i;
    while (j < 8 && pieces[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  var out = '';
  var ignore0 = false;
  for (i = 0; i < 8; i++) {
    if (ignore0 && pieces[i] === 0) continue;
    ignore0 = false;
    if (i === bestStart) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += pieces[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser: returns the serialized host or null on failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    var pieces = parseIPv6(input.slice(1, -1));
    return pieces === null ? null : '[' + serializeIPv6(pieces) + ']';
  }
  if (isOpaque) {
    if (FORBIDDEN_HOST.test(input)) return null;
    return encodeString(input, C0_CONTROL_SET);
  }
  var domain = /[%\u0080-\uffff]/.test(input) ? utf8Decode(percentDecodeBytes(input)) : input;
  var ascii = domainToASCIIInternal(domain);
  if (ascii === null || FORBIDDEN_DOMAIN.test(ascii)) return null;
  if (endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---------------------------------------------------------------------------
// The URL record and the basic URL parser (URL Standard, section 4.4)

var SPECIAL_PORTS = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

// A relative reference keeps the base's credentials, host and port.
function copyAuthority(url, base) {
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
}

function isSpecialScheme(scheme) {
  return Object.prototype.hasOwnProperty.call(SPECIAL_PORTS, scheme + ':');
}

function defaultPort(scheme) {
  var p = SPECIAL_PORTS[scheme + ':'];
  return p === undefined ? null : p;
}

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], opaque: false, query: null, fragment: null
  };
}

function copyRecord(r) {
  return {
    scheme: r.scheme, username: r.username, password: r.password, host: r.host, port: r.port,
    path: r.opaque ? r.path : r.path.slice(), opaque: r.opaque, query: r.query, fragment: r.fragment
  };
}

function isAsciiAlpha(cp) {
  return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
}

function isAsciiDigit(cp) {
  return cp >= 48 && cp <= 57;
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// Does the code point list starting at `p` start with a Windows drive letter?
function startsWithDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAsciiAlpha(cps[p]) || (cps[p + 1] !== 58 && cps[p + 1] !== 124)) return false;
  if (cps.length - p === 2) return true;
  var c = cps[p + 2];
  return c === 47 || c === 92 || c === 63 || c === 35;
}

function shortenPath(url) {
  var path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// States
var SCHEME_START = 1;
var SCHEME = 2;
var NO_SCHEME = 3;
var SPECIAL_RELATIVE_OR_AUTHORITY = 4;
var PATH_OR_AUTHORITY = 5;
var RELATIVE = 6;
var RELATIVE_SLASH = 7;
var SPECIAL_AUTHORITY_SLASHES = 8;
var SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
var AUTHORITY = 10;
var HOST = 11;
var HOSTNAME = 12;
var PORT = 13;
var FILE = 14;
var FILE_SLASH = 15;
var FILE_HOST = 16;
var PATH_START = 17;
var PATH = 18;
var OPAQUE_PATH = 19;
var QUERY = 20;
var FRAGMENT = 21;

var FAILURE = null;
var EOF = -1;

// Parses `input` (a string) against `base` (a record or null). Without a
// state override it returns a new record or FAILURE; with one it updates
// `url` in place and returns FAILURE when it gave up.
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  var state = stateOverride || SCHEME_START;
  var buffer = '';
  var atSignSeen = false;
  var insideBrackets = false;
  var passwordTokenSeen = false;
  var chars = Array.from(input);
  var n = chars.length;
  var cps = new Array(n);
  for (var k = 0; k < n; k++) cps[k] = chars[k].codePointAt(0);
  var special = isSpecialScheme(url.scheme);

  for (var p = 0; p <= n; p++) {
    var c = p < n ? cps[p] : EOF;
    var ch = c === EOF ? '' : chars[p];
    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += ch.toLowerCase();
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isAsciiAlpha(c) || isAsciiDigit(c) || c === 43 || c === 45 || c === 46) {
          buffer += ch.toLowerCase();
        } else if (c === 58) {
          if (stateOverride) {
            var bufferSpecial = isSpecialScheme(buffer);
            if (special !== bufferSpecial) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (special && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === 47) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            url.opaque = true;
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        if (!base || (base.opaque && c !== 35)) return FAILURE;
        if (base.opaque && c === 35) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          special = isSpecialScheme(url.scheme);
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 47 && cps[p + 1] === 47) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 47) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 47 || (special && c === 92)) {
          state = RELATIVE_SLASH;
        } else {
          copyAuthority(url, base);
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 47 || c === 92)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 47) {
          state = AUTHORITY;
        } else {
          copyAuthority(url, base);
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 47 && cps[p + 1] === 47) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 47 && c !== 92) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c === 64) {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          var bcps = codePoints(buffer);
          for (var i = 0; i < bcps.length; i++) {
            if (bcps[i] === 58 && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            var enc = encodeCodePoint(bcps[i], USERINFO_SET);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
          if (atSignSeen && buffer === '') return FAILURE;
          p -= codePoints(buffer).length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += ch;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 58 && !insideBrackets) {
          if (stateOverride === HOSTNAME) return FAILURE;
          // node's host setter allows an empty host before the port of a
          // non-special URL that has a host
          if (buffer === '' && (special || !stateOverride || url.host === null)) return FAILURE;
          var host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          var hadHost = url.host !== null;
          url.host = host;
          buffer = '';
          if (stateOverride) {
            // ... and the port part goes through the port setter's rules,
            // when the URL had a host to begin with
            var portText = fromCodePoints(cps.slice(p + 1));
            if (portText !== '' && hadHost) setPortAsNodeDoes(url, portText);
            return url;
          }
          state = PORT;
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92)) {
          p--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          // node leaves a URL without a host alone when given an empty one
          if (stateOverride && buffer === '' && url.host === null) return FAILURE;
          var host2 = parseHost(buffer, !special);
          if (host2 === null) return FAILURE;
          url.host = host2;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === 91) insideBrackets = true;
          if (c === 93) insideBrackets = false;
          buffer += ch;
        }
        break;

      case PORT:
        if (isAsciiDigit(c)) {
          buffer += ch;
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (special && c === 92) || stateOverride) {
          if (buffer !== '') {
            var port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = PATH_START;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 47 || c === 92) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 47 || c === 92) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithDriveLetter(cps, p) && base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 47 || c === 92 || c === 63 || c === 35) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            var fhost = parseHost(buffer, !special);
            if (fhost === null) return FAILURE;
            if (fhost === 'localhost') fhost = '';
            url.host = fhost;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += ch;
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 47 && c !== 92) p--;
        } else if (!stateOverride && c === 63) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 35) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 47) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === EOF || c === 47 || (special && c === 92) || (!stateOverride && (c === 63 || c === 35))) {
          var slash = c === 47 || (special && c === 92);
          if (isDoubleDot(buffer)) {
            // node (ada) leaves the path of a non-special URL empty when a
            // final '..' had nothing left to remove
            var hadSegments = url.path.length > 0;
            shortenPath(url);
            if (!slash && (special || hadSegments)) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 63) {
            url.query = '';
            state = QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else if (c >= 0x20 && c < 0x7f && PATH_SET[c] !== 1) {
          buffer += ch;
        } else {
          buffer += encodeCodePoint(c, PATH_SET);
        }
        break;

      case OPAQUE_PATH:
        if (c === 63) {
          url.query = '';
          state = QUERY;
        } else if (c === 35) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          url.path += encodeCodePoint(c, C0_CONTROL_SET);
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 35) || c === EOF) {
          url.query += encodeString(buffer, special ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === 35) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += ch;
        }
        break;

      case FRAGMENT:
        if (c !== EOF) url.fragment += encodeCodePoint(c, FRAGMENT_SET);
        break;
    }
  }
  return url;
}

// The port setter as node (ada) implements it: text that does not start
// with digits clears the port, unless it has no digit at all or starts with
// a control, a space or '-'; a number above 65535 changes nothing.
function setPortAsNodeDoes(url, text) {
  if (text.charCodeAt(0) <= 0x20 || !/[0-9]/.test(text)) return;
  var digits = /^[0-9]*/.exec(text)[0];
  if (digits === '') {
    if (text[0] !== '-') url.port = null;
    return;
  }
  var port = parseInt(digits, 10);
  if (port > 65535) return;
  url.port = port === defaultPort(url.scheme) ? null : port;
}

function serializePath(url) {
  if (url.opaque) return url.path;
  var out = '';
  for (var i = 0; i < url.path.length; i++) out += '/' + url.path[i];
  return out;
}

function serializeURL(url, excludeFragment) {
  var out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob':
      // the origin of the URL the blob: URL wraps, when that is http(s)
      var inner = basicParse(serializePath(url), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
      return 'null';
  }
}

// "potentially strip trailing spaces from an opaque path"
function stripOpaqueTrailingSpaces(url) {
  if (!url.opaque || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

// Node parses application/x-www-form-urlencoded text in the manner of
// querystring.parse: '+' is a space, a name or a value is only decoded when
// the scan saw '%' and two hex digits in it ('+' between them does not
// interrupt the scan), and decoding falls back, when decodeURIComponent
// refuses the text, to byte-wise %XX decoding in which every other code
// unit counts as one byte (its low eight bits).
function formDecode(s) {
  return qsInternal().unescape(s, false);
}

function formParse(input) {
  var out = [];
  var pieces = input.split('&');
  for (var i = 0; i < pieces.length; i++) {
    var piece = pieces[i];
    if (piece === '') continue;
    var eq = piece.indexOf('=');
    var name = eq === -1 ? piece : piece.slice(0, eq);
    var value = eq === -1 ? '' : piece.slice(eq + 1);
    out.push(formComponent(name), formComponent(value));
  }
  return out;
}

function formComponent(raw) {
  var text = raw.replace(/\+/g, ' ');
  // '%', hex, hex with only '+' allowed in between
  return /%[+]*[0-9a-fA-F][+]*[0-9a-fA-F]/.test(raw) ? formDecode(text) : text;
}

var FORM_KEEP = inSet('*-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');

function formEncode(s) {
  var out = '';
  var cps = codePoints(s);
  for (var i = 0; i < cps.length; i++) {
    var cp = cps[i];
    if (cp === 32) out += '+';
    else if (cp < 128 && FORM_KEEP[cp] === 1) out += String.fromCharCode(cp);
    else {
      var bytes = utf8Bytes(cp, []);
      for (var j = 0; j < bytes.length; j++) out += pctByte(bytes[j]);
    }
  }
  return out;
}

function formSerialize(list) {
  var out = '';
  for (var i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += formEncode(list[i]) + '=' + formEncode(list[i + 1]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

// Private state: params -> { list: [name, value, name, value...], url: URL|null }
var paramsState = new WeakMap();
// URL -> { url: record, params: URLSearchParams }
var urlState = new WeakMap();

var inspectCustom = Symbol.for('nodejs.util.inspect.custom');

function paramsOf(self) {
  var st = paramsState.get(self);
  if (!st) throw invalidThis('URLSearchParams');
  return st;
}

function updateURLFromParams(st) {
  if (!st.url) return;
  var ust = urlState.get(st.url);
  var serialized = formSerialize(st.list);
  ust.url.query = serialized === '' ? null : serialized;
  if (ust.url.query === null) stripOpaqueTrailingSpaces(ust.url);
}

function isIterable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v[Symbol.iterator] === 'function';
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams) || new.target === undefined) {
    throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  }
  var list = [];
  if (init === undefined || init === null) {
    // empty
  } else if (typeof init === 'object' || typeof init === 'function') {
    var iter = init[Symbol.iterator];
    if (iter !== undefined && iter !== null) {
      if (typeof iter !== 'function') throw invalidArgType('query', 'a valid iterable', init);
      var it = iter.call(init);
      for (var step = it.next(); !step.done; step = it.next()) {
        var pair = step.value;
        if (!isIterable(pair)) {
          throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
        }
        var items = Array.from(pair);
        if (items.length !== 2) {
          throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
        }
        list.push(toUSV(items[0]), toUSV(items[1]));
      }
    } else {
      var seen = Object.create(null);
      var keys = Reflect.ownKeys(init);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc === undefined || !desc.enumerable) continue;
        if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
        var name = toUSV(key);
        var value = toUSV(init[key]);
        // a record: a later duplicate key (after USV conversion) replaces the earlier one
        if (seen[name] !== undefined) {
          list[seen[name] + 1] = value;
        } else {
          seen[name] = list.length;
          list.push(name, value);
        }
      }
    }
  } else {
    var text = toUSV(init);
    if (text[0] === '?') text = text.slice(1);
    list = formParse(text);
  }
  paramsState.set(this, { list: list, url: null });
}

function defineMethods(proto, methods) {
  Object.keys(methods).forEach(function (name) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true
    });
  });
}

Object.defineProperty(URLSearchParams.prototype, 'size', {
  enumerable: true,
  configurable: true,
  get: function () {
    return paramsOf(this).list.length / 2;
  }
});

defineMethods(URLSearchParams.prototype, {
  append: function append(name, value) {
    var st = paramsOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    st.list.push(toUSV(name), toUSV(value));
    updateURLFromParams(st);
  },
  delete: function (name, value) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    var list = st.list;
    var matchValue = value !== undefined;
    if (matchValue) value = toUSV(value);
    for (var i = 0; i < list.length;) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    updateURLFromParams(st);
  },
  get: function get(name) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    for (var i = 0; i < st.list.length; i += 2) if (st.list[i] === name) return st.list[i + 1];
    return null;
  },
  getAll: function getAll(name) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    var out = [];
    for (var i = 0; i < st.list.length; i += 2) if (st.list[i] === name) out.push(st.list[i + 1]);
    return out;
  },
  has: function has(name, value) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    var matchValue = value !== undefined;
    if (matchValue) value = toUSV(value);
    for (var i = 0; i < st.list.length; i += 2) {
      if (st.list[i] === name && (!matchValue || st.list[i + 1] === value)) return true;
    }
    return false;
  },
  set: function set(name, value) {
    var st = paramsOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    var list = st.list;
    var found = false;
    for (var i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    updateURLFromParams(st);
  },
  sort: function sort() {
    var st = paramsOf(this);
    var pairs = [];
    for (var i = 0; i < st.list.length; i += 2) pairs.push([st.list[i], st.list[i + 1], i]);
    // stable, by UTF-16 code units of the name
    pairs.sort(function (a, b) {
      if (a[0] < b[0]) return -1;
      if (a[0] > b[0]) return 1;
      return a[2] - b[2];
    });
    var list = [];
    pairs.forEach(function (pr) { list.push(pr[0], pr[1]); });
    st.list = list;
    updateURLFromParams(st);
  },
  entries: function entries() {
    paramsOf(this);
    return new ParamsIterator(this, 'key+value');
  },
  forEach: function forEach(callback, thisArg) {
    var st = paramsOf(this);
    errors.validateFunction(callback, 'callback');
    // the list may change while we walk it: read it afresh each step
    for (var i = 0; i < st.list.length; i += 2) {
      callback.call(thisArg, st.list[i + 1], st.list[i], this);
    }
  },
  keys: function keys() {
    paramsOf(this);
    return new ParamsIterator(this, 'key');
  },
  values: function values() {
    paramsOf(this);
    return new ParamsIterator(this, 'value');
  },
  toString: function toString() {
    return formSerialize(paramsOf(this).list);
  }
});

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true
});

function stylizeOf(ctx) {
  return ctx && typeof ctx.stylize === 'function' ? ctx.stylize : function (s) { return s; };
}

function innerInspector(depth, ctx, inspect) {
  var fn = typeof inspect === 'function' ? inspect : inspectValue;
  var opts = Object.assign({}, ctx);
  if (typeof depth === 'number') opts.depth = depth - 1;
  return function (v) { return fn(v, opts); };
}

function joinInspected(name, items, ctx, open, close) {
  var breakLength = ctx && typeof ctx.breakLength === 'number' ? ctx.breakLength : 80;
  if (items.length === 0) return name + ' {' + open + close + '}';
  var length = -2;
  items.forEach(function (s) { length += s.replace(/\u001b\[\d\d?m/g, '').length + 2; });
  if (length > breakLength) return name + ' {\n  ' + items.join(',\n  ') + ' }';
  return name + ' { ' + items.join(', ') + ' }';
}

Object.defineProperty(URLSearchParams.prototype, inspectCustom, {
  configurable: true,
  writable: true,
  value: function (depth, ctx, inspect) {
    var st = paramsState.get(this);
    if (!st) return this;
    if (typeof depth === 'number' && depth < 0) return stylizeOf(ctx)('[Object]', 'special');
    var show = innerInspector(depth, ctx, inspect);
    var items = [];
    for (var i = 0; i < st.list.length; i += 2) items.push(show(st.list[i]) + ' => ' + show(st.list[i + 1]));
    var name = (this.constructor && this.constructor.name) || 'URLSearchParams';
    return joinInspected(name, items, ctx, '', '');
  }
});

// Iterators over a live list (entries added while iterating are seen).
var iteratorState = new WeakMap();

function ParamsIterator(params, kind) {
  iteratorState.set(this, { params: params, kind: kind, index: 0 });
}

var IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
ParamsIterator.prototype = Object.create(IteratorPrototype);
Object.defineProperty(ParamsIterator.prototype, 'constructor', { value: ParamsIterator, configurable: true, writable: true });

function iteratorItem(list, i, kind) {
  if (kind === 'key') return list[i];
  if (kind === 'value') return list[i + 1];
  return [list[i], list[i + 1]];
}

defineMethods(ParamsIterator.prototype, {
  next: function next() {
    var st = iteratorState.get(this);
    if (!st) throw invalidThis('URLSearchParamsIterator');
    var list = paramsState.get(st.params).list;
    if (st.index >= list.length) return { value: undefined, done: true };
    var i = st.index;
    st.index += 2;
    return { value: iteratorItem(list, i, st.kind), done: false };
  }
});
Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true
});
Object.defineProperty(ParamsIterator.prototype, inspectCustom, {
  configurable: true,
  writable: true,
  value: function (depth, ctx, inspect) {
    var st = iteratorState.get(this);
    if (!st) return this;
    if (typeof depth === 'number' && depth < 0) return stylizeOf(ctx)('[Object]', 'special');
    var show = innerInspector(depth, ctx, inspect);
    var list = paramsState.get(st.params).list;
    var items = [];
    for (var i = st.index; i < list.length; i += 2) items.push(show(iteratorItem(list, i, st.kind)));
    return joinInspected('URLSearchParams Iterator', items, ctx, ' ', ' ');
  }
});

// ---------------------------------------------------------------------------
// URL

function recordOf(self) {
  var st = urlState.get(self);
  if (!st) throw new TypeError('Receiver must be an instance of class URL');
  return st;
}

function URL(input, base) {
  if (!(this instanceof URL) || new.target === undefined) {
    throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  }
  if (arguments.length === 0) throw missingArgs('url');
  var text = toUSV(input);
  var baseRecord = null;
  var baseText;
  if (base !== undefined) {
    baseText = toUSV(base);
    baseRecord = basicParse(baseText, null);
    if (baseRecord === FAILURE) throw invalidUrl(text, baseText);
  }
  var record = basicParse(text, baseRecord);
  if (record === FAILURE) throw invalidUrl(text, baseText);
  var params = Object.create(URLSearchParams.prototype);
  paramsState.set(params, { list: record.query ? formParse(record.query) : [], url: this });
  urlState.set(this, { url: record, params: params });
}

function resetParams(st) {
  paramsState.get(st.params).list = st.url.query ? formParse(st.url.query) : [];
}

function accessor(name, get, set) {
  Object.defineProperty(URL.prototype, name, {
    enumerable: true,
    configurable: true,
    get: get,
    set: set
  });
}

defineMethods(URL.prototype, {
  toString: function toString() {
    return serializeURL(recordOf(this).url);
  }
});

accessor('href', function () {
  return serializeURL(recordOf(this).url);
}, function (value) {
  var st = recordOf(this);
  var text = toUSV(value);
  var record = basicParse(text, null);
  if (record === FAILURE) throw invalidUrl(text);
  st.url = record;
  resetParams(st);
});

accessor('origin', function () {
  return serializeOrigin(recordOf(this).url);
});

accessor('protocol', function () {
  return recordOf(this).url.scheme + ':';
}, function (value) {
  var st = recordOf(this);
  basicParse(toUSV(value) + ':', null, st.url, SCHEME_START);
});

accessor('username', function () {
  return recordOf(this).url.username;
}, function (value) {
  var url = recordOf(this).url;
  if (cannotHaveCredentialsOrPort(url)) return;
  url.username = encodeString(toUSV(value), USERINFO_SET);
});

accessor('password', function () {
  return recordOf(this).url.password;
}, function (value) {
  var url = recordOf(this).url;
  if (cannotHaveCredentialsOrPort(url)) return;
  url.password = encodeString(toUSV(value), USERINFO_SET);
});

accessor('host', function () {
  var url = recordOf(this).url;
  if (url.host === null || url.host === '') return '';
  return url.port === null ? url.host : url.host + ':' + url.port;
}, function (value) {
  var url = recordOf(this).url;
  if (url.opaque) return;
  basicParse(toUSV(value), null, url, HOST);
});

accessor('hostname', function () {
  var url = recordOf(this).url;
  return url.host === null ? '' : url.host;
}, function (value) {
  var url = recordOf(this).url;
  if (url.opaque) return;
  basicParse(toUSV(value), null, url, HOSTNAME);
});

accessor('port', function () {
  var url = recordOf(this).url;
  return url.port === null ? '' : String(url.port);
}, function (value) {
  var url = recordOf(this).url;
  if (cannotHaveCredentialsOrPort(url)) return;
  // As node (ada) does it: text that does not start with digits clears the
  // port, unless it has no digit at all or starts with a control, a space
  // or '-'; a number above 65535 changes nothing.
  var text = toUSV(value).replace(/[\t\n\r]/g, '');
  if (text === '') url.port = null;
  else setPortAsNodeDoes(url, text);
});

accessor('pathname', function () {
  return serializePath(recordOf(this).url);
}, function (value) {
  var url = recordOf(this).url;
  if (url.opaque) return;
  url.path = [];
  basicParse(toUSV(value), null, url, PATH_START);
});

accessor('search', function () {
  var url = recordOf(this).url;
  return url.query === null || url.query === '' ? '' : '?' + url.query;
}, function (value) {
  var st = recordOf(this);
  var url = st.url;
  var text = toUSV(value);
  if (text === '') {
    url.query = null;
    paramsState.get(st.params).list = [];
    stripOpaqueTrailingSpaces(url);
    return;
  }
  if (text[0] === '?') text = text.slice(1);
  url.query = '';
  basicParse(text, null, url, QUERY);
  paramsState.get(st.params).list = formParse(url.query);
});

accessor('searchParams', function () {
  return recordOf(this).params;
});

accessor('hash', function () {
  var url = recordOf(this).url;
  return url.fragment === null || url.fragment === '' ? '' : '#' + url.fragment;
}, function (value) {
  var url = recordOf(this).url;
  var text = toUSV(value);
  if (text === '') {
    url.fragment = null;
    stripOpaqueTrailingSpaces(url);
    return;
  }
  if (text[0] === '#') text = text.slice(1);
  url.fragment = '';
  basicParse(text, null, url, FRAGMENT);
});

defineMethods(URL.prototype, {
  toJSON: function toJSON() {
    return serializeURL(recordOf(this).url);
  }
});

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

Object.defineProperty(URL.prototype, inspectCustom, {
  configurable: true,
  writable: true,
  value: function (depth, ctx, inspect) {
    if (!urlState.has(this)) return this;
    if (typeof depth === 'number' && depth < 0) return this;
    var ctor = (this.constructor && typeof this.constructor === 'function') ? this.constructor : URL;
    var shown = Object.create({ constructor: ctor });
    shown.href = this.href;
    shown.origin = this.origin;
    shown.protocol = this.protocol;
    shown.username = this.username;
    shown.password = this.password;
    shown.host = this.host;
    shown.hostname = this.hostname;
    shown.port = this.port;
    shown.pathname = this.pathname;
    shown.search = this.search;
    shown.searchParams = this.searchParams;
    shown.hash = this.hash;
    var fn = typeof inspect === 'function' ? inspect : inspectValue;
    var opts = Object.assign({}, ctx);
    if (typeof depth === 'number') opts.depth = depth;
    var text = fn(shown, opts);
    // the throw-away object prints as 'URL {...}' where the engine can name it
    var prefix = ctor.name + ' ';
    return text.slice(0, prefix.length) === prefix ? text : prefix + text;
  }
});

Object.defineProperty(URL, 'parse', {
  value: function parse(input, base) {
    if (arguments.length === 0) throw missingArgs('url');
    try {
      return base === undefined ? new URL(input) : new URL(input, base);
    } catch (e) {
      if (e && e.code === 'ERR_INVALID_URL') return null;
      throw e;
    }
  },
  writable: true,
  enumerable: true,
  configurable: true
});

Object.defineProperty(URL, 'canParse', {
  value: function canParse(input, base) {
    if (arguments.length === 0) throw missingArgs('url');
    var baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicParse(toUSV(base), null);
      if (baseRecord === FAILURE) return false;
    }
    return basicParse(toUSV(input), baseRecord) !== FAILURE;
  },
  writable: true,
  enumerable: true,
  configurable: true
});

// Blob URLs: createObjectURL registers a Blob under a fresh
// 'blob:nodedata:UUID' URL, revokeObjectURL forgets it; the registry is
// what a Blob-aware fetch or Buffer.resolveObjectURL would consult.
var blobRegistry = new Map();

function randomUUID() {
  var hex = '';
  for (var i = 0; i < 32; i++) hex += Math.floor(Math.random() * 16).toString(16);
  var variant = (8 + Math.floor(Math.random() * 4)).toString(16);
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-4' + hex.slice(13, 16) + '-' + variant +
    hex.slice(17, 20) + '-' + hex.slice(20, 32);
}

Object.defineProperty(URL, 'createObjectURL', {
  value: function createObjectURL(obj) {
    var BlobCtor = typeof Blob === 'function' ? Blob : undefined;
    if (!BlobCtor || !(obj instanceof BlobCtor)) throw invalidArgType('obj', 'an instance of Blob', obj);
    var id = randomUUID();
    blobRegistry.set(id, obj);
    return 'blob:nodedata:' + id;
  },
  writable: true,
  enumerable: true,
  configurable: true
});

Object.defineProperty(URL, 'revokeObjectURL', {
  value: function revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    var text = String(url);
    if (text.slice(0, 14) === 'blob:nodedata:') blobRegistry.delete(text.slice(14));
  },
  writable: true,
  enumerable: true,
  configurable: true
});

Object.defineProperty(URL, 'length', { value: 1, configurable: true });
Object.defineProperty(URLSearchParams, 'length', { value: 0, configurable: true });

function isURL(value) {
  return value !== null && typeof value === 'object' && urlState.has(value);
}

// What node's file URL helpers accept as a URL: anything with an href and a
// protocol that is not a legacy Url object (which has auth and path).
function looksLikeURL(value) {
  return value !== null && value !== undefined && Boolean(value.href) && Boolean(value.protocol) &&
    value.auth === undefined && value.path === undefined;
}

// ---------------------------------------------------------------------------
// Helpers around URL

// Both take what the hostname setter of a ws: URL would store, '' when it
// refuses the text.
function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  return hostnameAsSetterStoresIt(String(domain));
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  var host = hostnameAsSetterStoresIt(String(domain));
  return host === '' ? '' : domainToUnicodeInternal(host);
}

function fileURLToPath(path, options) {
  var windows = options && options.windows !== undefined && options.windows !== null
    ? Boolean(options.windows) : process.platform === 'win32';
  var u;
  if (typeof path === 'string') u = new URL(path);
  else if (isURL(path) || looksLikeURL(path)) u = path;
  else throw invalidArgType('path', 'of type string or an instance of URL', path);
  if (u.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  return windows ? windowsPathFromFileURL(u) : posixPathFromFileURL(u);
}

function posixPathFromFileURL(u) {
  if (u.hostname !== '') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on ' + process.platform);
  }
  var pathname = u.pathname;
  if (/%2f/i.test(pathname)) {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromFileURL(u) {
  var hostname = u.hostname;
  var pathname = u.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    return '\\\\' + domainToUnicode(hostname) + pathname;
  }
  var letter = pathname.charCodeAt(1) | 0x20;
  if (!(letter >= 97 && letter <= 122) || pathname[2] !== ':') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must be absolute');
  }
  return pathname.slice(1);
}

function encodePathChars(filepath, windows) {
  if (filepath.indexOf('%') !== -1) filepath = filepath.replace(/%/g, '%25');
  if (!windows && filepath.indexOf('\\') !== -1) filepath = filepath.replace(/\\/g, '%5C');
  if (filepath.indexOf('\n') !== -1) filepath = filepath.replace(/\n/g, '%0A');
  if (filepath.indexOf('\r') !== -1) filepath = filepath.replace(/\r/g, '%0D');
  if (filepath.indexOf('\t') !== -1) filepath = filepath.replace(/\t/g, '%09');
  return filepath;
}

function pathToFileURL(filepath, options) {
  var windows = options && options.windows !== undefined && options.windows !== null
    ? Boolean(options.windows) : process.platform === 'win32';
  checkString(filepath, 'path');
  var pathModule = require('path');
  if (windows && filepath.slice(0, 2) === '\\\\') {
    // UNC path: \\server\share\rest
    var outURL = new URL('file://');
    var hostEnd = filepath.indexOf('\\', 2);
    if (hostEnd === -1) {
      throw errors.invalidArgValue('path', filepath, 'Missing UNC resource path');
    }
    var hostname = filepath.slice(2, hostEnd);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), true);
    return outURL;
  }
  var resolved = windows ? pathModule.win32.resolve(filepath) : pathModule.posix.resolve(filepath);
  var last = filepath.charCodeAt(filepath.length - 1);
  // node compares with the separator of the platform it runs on
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== pathModule.sep) resolved += '/';
  resolved = encodePathChars(resolved, windows);
  if (windows) resolved = resolved.replace(/\\/g, '/');
  if (resolved.indexOf('?') !== -1) resolved = resolved.replace(/\?/g, '%3F');
  if (resolved.indexOf('#') !== -1) resolved = resolved.replace(/#/g, '%23');
  return new URL('file://' + resolved);
}

function urlToHttpOptions(u) {
  var hostname = u.hostname;
  var options = Object.create(null);
  Object.keys(u).forEach(function (k) { options[k] = u[k]; });
  options.protocol = u.protocol;
  options.hostname = typeof hostname === 'string' && hostname[0] === '[' ? hostname.slice(1, -1) : hostname;
  options.hash = u.hash;
  options.search = u.search;
  options.pathname = u.pathname;
  options.path = (u.pathname || '') + (u.search || '');
  options.href = u.href;
  if (u.port !== '') options.port = Number(u.port);
  if (u.username || u.password) {
    options.auth = decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password);
  }
  return options;
}

// url.format(URL, options): the href without the parts options turn off.
function formatWhatwg(u, options) {
  var fragment = true;
  var unicode = false;
  var search = true;
  var auth = true;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    if (options.fragment !== undefined && options.fragment !== null) fragment = Boolean(options.fragment);
    if (options.unicode !== undefined && options.unicode !== null) unicode = Boolean(options.unicode);
    if (options.search !== undefined && options.search !== null) search = Boolean(options.search);
    if (options.auth !== undefined && options.auth !== null) auth = Boolean(options.auth);
  }
  var record = copyRecord(recordOf(u).url);
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  if (unicode && record.host !== null && record.host !== '' && record.host[0] !== '[') {
    var uni = domainToUnicodeInternal(record.host);
    if (uni !== null) record.host = uni;
  }
  return serializeURL(record);
}

// ---------------------------------------------------------------------------
// The legacy API: url.parse / url.format / url.resolve / url.resolveObject

var querystringModule;
function qs() {
  if (querystringModule === undefined) querystringModule = require('querystring');
  return querystringModule;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

var PROTOCOL_RE = /^[a-z0-9.+-]+:/i;
var PORT_RE = /:[0-9]*$/;
var HOST_WITH_AUTH_RE = /^\/\/[^@/]+@[^@/]+/;
var SIMPLE_PATH_RE = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var HOSTNAME_MAX = 255;

// Protocols whose URLs never carry a host, and protocols that always do
// (and get '//' when formatted).
var HOSTLESS = { 'javascript': true, 'javascript:': true };
var SLASHED = {
  'http': true, 'http:': true, 'https': true, 'https:': true, 'ftp': true, 'ftp:': true,
  'gopher': true, 'gopher:': true, 'file': true, 'file:': true, 'ws': true, 'ws:': true,
  'wss': true, 'wss:': true
};

function has(table, key) {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);
}

// Characters url.parse escapes in everything after the host, even where
// encodeURIComponent would not.
var AUTO_ESCAPE = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B',
  '|': '%7C', '}': '%7D'
};
var AUTO_ESCAPE_RE = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end the host part of a legacy URL, and those that may not
// be in it at all.
var HOST_ENDING = { '#': true, '/': true, '?': true };
var NON_HOST = {
  ' ': true, '"': true, '%': true, "'": true,
  ';': true, '<': true, '>': true, '\\': true, '^': true, '`': true, '{': true,
  '|': true, '}': true
};
var FORBIDDEN_LEGACY_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
var FORBIDDEN_LEGACY_HOST_IPV6 = /[\0\t\n\r #%/<>?@\\^|]/;

function isIPv6Hostname(h) {
  return h.charCodeAt(0) === 91 && h.charCodeAt(h.length - 1) === 93;
}

// Trims what node trims (code points up to the space, U+00A0, U+FEFF) and
// turns backslashes into slashes up to the first '?' or '#'.
function legacyPrepare(url) {
  var isWs = function (c) { return c < 33 || c === 0xa0 || c === 0xfeff; };
  var start = 0;
  var end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  var text = url.slice(start, end);
  var split = text.search(/[?#]/);
  var head = split === -1 ? text : text.slice(0, split);
  var tail = split === -1 ? '' : text.slice(split);
  return {
    rest: head.replace(/\\/g, '/') + tail,
    hasHash: text.indexOf('#') !== -1,
    hasAt: head.indexOf('@') !== -1
  };
}

var warnedInvalidPort = false;

function warnInvalidURL(url) {
  if (warnedInvalidPort) return;
  warnedInvalidPort = true;
  if (typeof process.emitWarning === 'function') {
    process.emitWarning('The URL ' + url + ' is invalid. Future versions of Node.js will throw an error.',
      'DeprecationWarning', 'DEP0170');
  }
}

// The hostname stops at the first '/', '\\', '#', '?' or ':' left in it;
// what follows goes back in front of the path.
function splitHostname(self, rest, hostname, url) {
  for (var i = 0; i < hostname.length; i++) {
    var c = hostname[i];
    if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
      if (c === ':') warnInvalidURL(url);
      self.hostname = hostname.slice(0, i);
      return '/' + hostname.slice(i) + rest;
    }
  }
  return rest;
}

// The host as the URL Standard's hostname setter would store it on a ws:
// URL, or '' when it refuses it.
function hostnameAsSetterStoresIt(hostname) {
  if (hostname === '') return '';
  var text = toUSV(hostname).replace(/[\t\n\r]/g, '');
  var cut = text.search(/[/?#\\]/);
  if (cut !== -1) text = text.slice(0, cut);
  var bracket = false;
  for (var i = 0; i < text.length; i++) {
    if (text[i] === '[') bracket = true;
    else if (text[i] === ']') bracket = false;
    else if (text[i] === ':' && !bracket) return '';
  }
  if (text === '') return '';
  var host = parseHost(text, false);
  return host === null ? '' : host;
}

// The legacy parser's IDNA step: UTS #46 ToASCII of the whole name (no
// percent-decoding, no IPv4 forms), '' when it fails. The result ends at a
// NUL, as it does in node.
function legacyIdnaToASCII(hostname) {
  var ascii = domainToASCIIInternal(toUSV(hostname));
  if (ascii === null) return '';
  var nul = ascii.indexOf('\u0000');
  return nul === -1 ? ascii : ascii.slice(0, nul);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  checkString(url, 'url');
  var prepared = legacyPrepare(url);
  var rest = prepared.rest;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    // a bare path with an optional query
    var simple = SIMPLE_PATH_RE.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  var proto = PROTOCOL_RE.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // '//' starts a host after a protocol, with slashesDenoteHost, or when an
  // '@' shows credentials ('//user@host')
  var slashes;
  if (slashesDenoteHost || proto || HOST_WITH_AUTH_RE.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && has(HOSTLESS, lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!has(HOSTLESS, lowerProto) && (slashes || (proto && !has(SLASHED, proto)))) {
    // The host runs to the first host-ending character. An '@' before it
    // marks credentials: the last one wins, and characters that cannot be
    // in a host only end it when they come after the last '@'.
    // Tabs and newlines vanish from the part before the first '/', '?' or
    // '#', where the credentials and the host are.
    var hostEnd = rest.search(/[/?#]/);
    if (hostEnd === -1) hostEnd = rest.length;
    rest = rest.slice(0, hostEnd).replace(/[\t\n\r]/g, '') + rest.slice(hostEnd);
    hostEnd = -1;
    var atSign = -1;
    var nonHost = -1;
    for (var i = 0; i < rest.length; i++) {
      var ch = rest[i];
      if (HOST_ENDING[ch] === true) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      }
      if (NON_HOST[ch] === true) {
        if (nonHost === -1) nonHost = i;
      } else if (ch === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    var hostStart = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      hostStart = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(hostStart);
      rest = '';
    } else {
      this.host = rest.slice(hostStart, nonHost);
      rest = rest.slice(nonHost);
    }

    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    var hostname = this.hostname;
    var ipv6 = isIPv6Hostname(hostname);
    if (!ipv6) rest = splitHostname(this, rest, hostname, url);

    if (this.hostname.length > HOSTNAME_MAX) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6) {
        if (FORBIDDEN_LEGACY_HOST_IPV6.test(this.hostname)) throw invalidUrl(url);
      } else {
        this.hostname = legacyIdnaToASCII(this.hostname);
        // whatever IDNA turned into nothing or into forbidden characters is
        // refused rather than moved into the path
        if (this.hostname === '' || FORBIDDEN_LEGACY_HOST.test(this.hostname)) throw invalidUrl(url);
      }
    }

    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!has(HOSTLESS, lowerProto)) {
    rest = rest.replace(AUTO_ESCAPE_RE, function (c) { return AUTO_ESCAPE[c]; });
  }

  var hashAt = rest.indexOf('#');
  var queryAt = rest.indexOf('?');
  if (hashAt !== -1) {
    this.hash = rest.slice(hashAt);
    if (queryAt > hashAt) queryAt = -1;
  }
  var beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  if (queryAt !== -1) {
    this.search = beforeHash.slice(queryAt);
    this.query = beforeHash.slice(queryAt + 1);
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  var pathEnd = queryAt !== -1 ? queryAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (has(SLASHED, lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  var host = this.host;
  var port = PORT_RE.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// Characters kept as they are in the auth part of a formatted URL.
var AUTH_KEEP = inSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*:");

function encodeAuth(s) {
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 128 && AUTH_KEEP[c] === 1) {
      out += s[i];
      continue;
    }
    var cp = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      // paired with whatever follows, as querystring.escape does
      if (i + 1 >= s.length) throw codedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
      cp = 0x10000 + (((c & 0x3ff) << 10) | (s.charCodeAt(i + 1) & 0x3ff));
      i++;
    }
    var bytes = utf8Bytes(cp, []);
    for (var j = 0; j < bytes.length; j++) out += pctByte(bytes[j]);
  }
  return out;
}

Url.prototype.format = function format() {
  var auth = this.auth || '';
  if (auth) auth = encodeAuth(auth) + '@';
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = '';
  var query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') !== -1 && !isIPv6Hostname(this.hostname)
      ? '[' + this.hostname + ']' : this.hostname);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  var search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  pathname = pathname.replace(/[#?]/g, function (c) { return c === '#' ? '%23' : '%3F'; });

  // only the slashed protocols get '//' unless the URL had them
  if (this.slashes || has(SLASHED, protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Sets result.path from pathname and search ("to support http.request").
function syncPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// For URLs without '//' (mailto:, news:...) an '@' in what was taken as
// the host holds credentials.
function splitAuthFromHost(result) {
  var host = result.host;
  if (host && host.indexOf('@') > 0) {
    var parts = host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    var rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  var result = new Url();
  Object.keys(this).forEach(function (k) { result[k] = this[k]; }, this);

  // the fragment always comes from the relative URL, even when it is empty
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // '//host/path': everything but the protocol comes from the relative URL
  if (relative.slashes && !relative.protocol) {
    Object.keys(relative).forEach(function (k) {
      if (k !== 'protocol') result[k] = relative[k];
    });
    if (has(SLASHED, result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return switchProtocol(result, relative);
  }

  return mergePaths(result, relative);
};

// The relative URL has a protocol of its own.
function switchProtocol(result, relative) {
  if (!has(SLASHED, relative.protocol)) {
    // unknown protocols are taken as absolute
    Object.keys(relative).forEach(function (k) { result[k] = relative[k]; });
    result.href = result.format();
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !has(HOSTLESS, relative.protocol)) {
    // 'http:foo/bar': the first non-empty path segment becomes the host
    var segments = (relative.pathname || '').split('/');
    while (segments.length && !(relative.host = segments.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

// Same protocol (or none on the relative side): merge the paths.
function mergePaths(result, relative) {
  var sourceAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  var relativeAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  var mustEndAbsolute = relativeAbsolute || sourceAbsolute || (result.host && relative.pathname);
  var dropLeadingDots = mustEndAbsolute;
  var segments = (result.pathname && result.pathname.split('/')) || [];
  var relSegments = (relative.pathname && relative.pathname.split('/')) || [];
  var hostInPath = result.protocol && !has(SLASHED, result.protocol);

  // Without '//' ('mailto:', 'urn:'), '..' may climb up to the host, so the
  // host is handled as the first path segment from here on.
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // the relative URL brings its own authority: the base's credentials go
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relSegments[0] === '') relSegments[0] = relative.host;
        else relSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relSegments[0] === '' || segments[0] === '');
  }

  if (relativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relSegments;
  } else if (relSegments.length) {
    // a relative path replaces the last segment of the base path
    segments.pop();
    segments = segments.concat(relSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // only a query ('?x')
    if (hostInPath) {
      result.hostname = result.host = segments.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    syncPath(result);
    result.href = result.format();
    return result;
  }

  if (!segments.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (with something to resolve them against)
  // or in '/' keeps a trailing slash; anything else loses it.
  var last = segments[segments.length - 1];
  var trailingSlash = ((result.host || relative.host || segments.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // drop '.', let '..' eat the segment before it, count the ones left over
  var kept = [];
  var climbs = 0;
  for (var i = segments.length - 1; i >= 0; i--) {
    var seg = segments[i];
    if (seg === '.') continue;
    if (seg === '..') {
      climbs++;
    } else if (climbs) {
      climbs--;
    } else {
      kept.unshift(seg);
    }
  }
  segments = kept;
  if (!mustEndAbsolute && !dropLeadingDots) {
    while (climbs--) segments.unshift('..');
  }

  if (mustEndAbsolute && segments[0] !== '' && (!segments[0] || segments[0].charAt(0) !== '/')) {
    segments.unshift('');
  }
  if (trailingSlash && segments.join('/').slice(-1) !== '/') segments.push('');

  var absolute = segments[0] === '' || (segments[0] && segments[0].charAt(0) === '/');

  if (hostInPath) {
    result.hostname = result.host = absolute ? '' : segments.length ? segments.shift() : '';
    splitAuthFromHost(result);
  }

  mustEndAbsolute = mustEndAbsolute || (result.host && segments.length);
  if (mustEndAbsolute && !absolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  syncPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  var u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  } else if (isURL(urlObject)) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// ---------------------------------------------------------------------------

exports.Url = Url;
exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = urlResolveObject;
exports.format = urlFormat;
exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
exports.domainToASCII = domainToASCII;
exports.domainToUnicode = domainToUnicode;
exports.pathToFileURL = pathToFileURL;
exports.fileURLToPath = fileURLToPath;
exports.urlToHttpOptions = urlToHttpOptions;
