// url/idna.js — Punycode (RFC 3492) and UTS #46 processing of domain names,
// as the URL Standard asks for it (domainToASCII, domainToUnicode).
'use strict';

var { codePoints, fromCodePoints } = require('./common');

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

exports.domainToASCIIInternal = domainToASCIIInternal;
exports.domainToUnicodeInternal = domainToUnicodeInternal;
