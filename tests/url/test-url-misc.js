// The rest of require('url'): the module's exports, the shape of the URL
// and URLSearchParams classes, URL.canParse and URL.parse, toString/toJSON,
// url.format(URL, options), url.urlToHttpOptions, url.domainToASCII/
// domainToUnicode, the legacy Url class, and the errors of the constructor.
'use strict';
var assert = require('assert');
var url = require('url');
var URL = url.URL;
var URLSearchParams = url.URLSearchParams;

assert.deepStrictEqual(Object.keys(url), ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL',
  'URLSearchParams', 'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions']);
assert.strictEqual(typeof URL, 'function');
assert.strictEqual(URL.name, 'URL');
assert.strictEqual(URL.length, 1);
assert.strictEqual(URLSearchParams.length, 0);
if (typeof globalThis.URL === 'function') assert.strictEqual(globalThis.URL, URL);
if (typeof globalThis.URLSearchParams === 'function') assert.strictEqual(globalThis.URLSearchParams, URLSearchParams);

['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
 'search', 'searchParams', 'hash', 'toJSON'].forEach(function (name) {
  var desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.ok(desc, name);
  assert.strictEqual(desc.enumerable, true, name);
  assert.strictEqual(desc.configurable, true, name);
});
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set, 'undefined');
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams').set, 'undefined');
['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString', 'size'].forEach(function (name) {
  assert.ok(Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name), name);
});

var u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string#hash');
assert.deepStrictEqual(Object.keys(u), []);
assert.ok(u instanceof URL);
assert.strictEqual(u.toString(), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.strictEqual(JSON.stringify({ u: u }), '{"u":"https://user:pw@example.com:8080/p/a/t/h?query=string#hash"}');
assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
assert.strictEqual(new URL(u).href, u.href);
assert.strictEqual(new URL('/x', u).href, 'https://user:pw@example.com:8080/x');
assert.strictEqual(new URL({ toString: function () { return 'http://t/'; } }).href, 'http://t/');
assert.strictEqual(new URL('http://a', undefined).href, 'http://a/');

// the constructor's errors carry the input (and the base)
assert.throws(function () { new URL('nope'); }, function (err) {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'nope');
  assert.strictEqual('base' in err, false);
  return true;
});
assert.throws(function () { new URL('x', 'not a base'); }, function (err) {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.input, 'x');
  assert.strictEqual(err.base, 'not a base');
  return true;
});
assert.throws(function () { new URL(); }, { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(function () { URL('http://a'); }, TypeError);
assert.throws(function () { u.href = 'relative'; }, { code: 'ERR_INVALID_URL' });
assert.strictEqual(u.href, 'https://user:pw@example.com:8080/p/a/t/h?query=string#hash');
['href', 'protocol', 'host', 'search'].forEach(function (name) {
  assert.throws(function () { return Object.getOwnPropertyDescriptor(URL.prototype, name).get.call({}); }, TypeError);
});
assert.throws(function () { URL.prototype.toString.call({}); }, TypeError);
assert.throws(function () { URL.prototype.toJSON.call(new URLSearchParams()); }, TypeError);

// canParse and parse
assert.strictEqual(URL.canParse('http://a'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a/'), true);
assert.strictEqual(URL.canParse('x', 'y'), false);
assert.throws(function () { URL.canParse(); }, { code: 'ERR_MISSING_ARGS' });
if (typeof URL.parse === 'function') {
  assert.strictEqual(URL.parse('x'), null);
  assert.strictEqual(URL.parse('x', 'http://a/').href, 'http://a/x');
  assert.ok(URL.parse('http://a') instanceof URL);
}

// origin
assert.strictEqual(new URL('http://a:80/').origin, 'http://a');
assert.strictEqual(new URL('https://a:8443/').origin, 'https://a:8443');
assert.strictEqual(new URL('ws://[::1]:9/').origin, 'ws://[::1]:9');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('sc://a/').origin, 'null');
assert.strictEqual(new URL('blob:https://a.com:1/uuid').origin, 'https://a.com:1');
assert.strictEqual(new URL('blob:file:///x').origin, 'null');
assert.strictEqual(new URL('blob:nothing').origin, 'null');

// url.format(URL, options)
var full = new URL('http://u:p@xn--nxasmq6b.com/a?b#c');
assert.strictEqual(url.format(full), 'http://u:p@xn--nxasmq6b.com/a?b#c');
assert.strictEqual(url.format(full, { auth: false }), 'http://xn--nxasmq6b.com/a?b#c');
assert.strictEqual(url.format(full, { search: false }), 'http://u:p@xn--nxasmq6b.com/a#c');
assert.strictEqual(url.format(full, { fragment: false }), 'http://u:p@xn--nxasmq6b.com/a?b');
assert.strictEqual(url.format(full, { unicode: true }), 'http://u:p@\u03b2\u03cc\u03bb\u03bf\u03c3.com/a?b#c');
assert.strictEqual(url.format(full, { auth: 0, search: '', fragment: null }), 'http://xn--nxasmq6b.com/a#c');
assert.throws(function () { url.format(full, 'x'); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { url.format(1); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (1)'
});
assert.throws(function () { url.format(null); }, { code: 'ERR_INVALID_ARG_TYPE' });

// urlToHttpOptions
var opts = url.urlToHttpOptions(new URL('http://u%20x:p@[::1]:81/a?b#c'));
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual(Object.keys(opts), ['protocol', 'hostname', 'hash', 'search', 'pathname', 'path', 'href', 'port', 'auth']);
assert.deepStrictEqual(Object.assign({}, opts), {
  protocol: 'http:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a', path: '/a?b',
  href: 'http://u%20x:p@[::1]:81/a?b#c', port: 81, auth: 'u x:p'
});
assert.deepStrictEqual(Object.keys(url.urlToHttpOptions(new URL('https://a.com/'))),
  ['protocol', 'hostname', 'hash', 'search', 'pathname', 'path', 'href']);

// domainToASCII / domainToUnicode
assert.strictEqual(url.domainToASCII('espa\u00f1ol.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('\u4e2d\u6587.com'), 'xn--fiq228c.com');
assert.strictEqual(url.domainToASCII('xn--i\u00f1valid.com'), '');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'espa\u00f1ol.com');
assert.strictEqual(url.domainToUnicode('xn--fiq228c.com'), '\u4e2d\u6587.com');
assert.strictEqual(url.domainToUnicode('xn--i\u00f1valid.com'), '');
assert.strictEqual(url.domainToASCII(12), '0.0.0.12');
assert.strictEqual(url.domainToASCII(''), '');
assert.throws(function () { url.domainToASCII(); }, { code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified' });
assert.throws(function () { url.domainToUnicode(); }, { code: 'ERR_MISSING_ARGS' });

// the legacy Url class
var legacy = new url.Url();
assert.deepStrictEqual(Object.keys(legacy), ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash',
  'search', 'query', 'pathname', 'path', 'href']);
Object.keys(legacy).forEach(function (k) { assert.strictEqual(legacy[k], null); });
assert.strictEqual(legacy.parse('http://a/b'), legacy);
assert.strictEqual(legacy.href, 'http://a/b');
assert.strictEqual(url.parse(legacy), legacy);
assert.strictEqual(legacy.resolve('c'), 'http://a/c');
assert.strictEqual(legacy.resolveObject('c').href, 'http://a/c');
assert.ok(legacy.resolveObject('c') instanceof url.Url);
assert.strictEqual(legacy.format(), 'http://a/b');
assert.strictEqual(url.resolveObject('', 'x'), 'x');
assert.strictEqual(url.resolveObject(null, 'x'), 'x');
