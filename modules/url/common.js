// url/common.js — what the URL parsers share: errors worded as Node words
// them, code points and UTF-8 bytes, and the percent-encode sets.
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

// The value of a hex digit's code, -1 for another character: querystring's.
var hexValue = require('internal/querystring').hexValue;

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

function has(table, key) {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);
}

exports.C0_CONTROL_SET = C0_CONTROL_SET;
exports.FRAGMENT_SET = FRAGMENT_SET;
exports.PATH_SET = PATH_SET;
exports.QUERY_SET = QUERY_SET;
exports.SPECIAL_QUERY_SET = SPECIAL_QUERY_SET;
exports.USERINFO_SET = USERINFO_SET;
exports.checkString = checkString;
exports.codePoints = codePoints;
exports.codedError = codedError;
exports.encodeCodePoint = encodeCodePoint;
exports.encodeString = encodeString;
exports.errors = errors;
exports.fromCodePoints = fromCodePoints;
exports.has = has;
exports.hexValue = hexValue;
exports.inSet = inSet;
exports.inspectValue = inspectValue;
exports.invalidArgType = invalidArgType;
exports.invalidThis = invalidThis;
exports.invalidUrl = invalidUrl;
exports.missingArgs = missingArgs;
exports.pctByte = pctByte;
exports.percentDecodeBytes = percentDecodeBytes;
exports.qsInternal = qsInternal;
exports.toUSV = toUSV;
exports.utf8Bytes = utf8Bytes;
exports.utf8Decode = utf8Decode;
