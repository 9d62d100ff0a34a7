// url/legacy.js — the legacy API: url.parse, url.format, url.resolve,
// url.resolveObject and the Url objects they return, as node 20 behaves,
// quirks included.
'use strict';

var { checkString, codedError, has, inSet, invalidArgType, invalidUrl, pctByte, toUSV,
  utf8Bytes } = require('./common');
var { domainToASCIIInternal } = require('./idna');
var { parseHost } = require('./parser');
var { formatWhatwg, isURL } = require('./whatwg');

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

exports.Url = Url;
exports.urlFormat = urlFormat;
exports.urlParse = urlParse;
exports.urlResolve = urlResolve;
exports.urlResolveObject = urlResolveObject;
