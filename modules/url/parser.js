// url/parser.js — hosts (IPv4, IPv6, domains, opaque hosts), the URL record
// and the basic URL parser of the URL Standard (section 4.4).
'use strict';

var { C0_CONTROL_SET, FRAGMENT_SET, PATH_SET, QUERY_SET, SPECIAL_QUERY_SET, USERINFO_SET,
  codePoints, encodeCodePoint, encodeString, fromCodePoints, hexValue, percentDecodeBytes, toUSV,
  utf8Decode } = require('./common');
var { domainToASCIIInternal } = require('./idna');

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

exports.FAILURE = FAILURE;
exports.FRAGMENT = FRAGMENT;
exports.HOST = HOST;
exports.HOSTNAME = HOSTNAME;
exports.PATH_START = PATH_START;
exports.QUERY = QUERY;
exports.SCHEME_START = SCHEME_START;
exports.basicParse = basicParse;
exports.cannotHaveCredentialsOrPort = cannotHaveCredentialsOrPort;
exports.copyRecord = copyRecord;
exports.hostnameAsSetterStoresIt = hostnameAsSetterStoresIt;
exports.parseHost = parseHost;
exports.serializeOrigin = serializeOrigin;
exports.serializePath = serializePath;
exports.serializeURL = serializeURL;
exports.setPortAsNodeDoes = setPortAsNodeDoes;
exports.stripOpaqueTrailingSpaces = stripOpaqueTrailingSpaces;
