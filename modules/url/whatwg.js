// url/whatwg.js — the URL class and the helpers around it: fileURLToPath,
// pathToFileURL, urlToHttpOptions, domainToASCII/domainToUnicode.
'use strict';

var { USERINFO_SET, checkString, codedError, encodeString, errors, inspectValue, invalidArgType,
  invalidUrl, missingArgs, toUSV } = require('./common');
var { domainToUnicodeInternal } = require('./idna');
var { FAILURE, FRAGMENT, HOST, HOSTNAME, PATH_START, QUERY, SCHEME_START, basicParse,
  cannotHaveCredentialsOrPort, copyRecord, hostnameAsSetterStoresIt, serializeOrigin,
  serializePath, serializeURL, setPortAsNodeDoes,
  stripOpaqueTrailingSpaces } = require('./parser');
var { URLSearchParams, defineMethods, formParse, inspectCustom, paramsState,
  urlState } = require('./search-params');

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

exports.URL = URL;
exports.domainToASCII = domainToASCII;
exports.domainToUnicode = domainToUnicode;
exports.fileURLToPath = fileURLToPath;
exports.formatWhatwg = formatWhatwg;
exports.isURL = isURL;
exports.pathToFileURL = pathToFileURL;
exports.urlToHttpOptions = urlToHttpOptions;
