// The URL section of the v0.2 documentation: the parsed fields of its
// example URL, url.parse with a parsed query, url.format and url.resolve
// (test-url-spec-examples.out holds what node 20 prints). Where v0.2
// described a field differently (host with the credentials, 'http: '),
// node 20's behaviour is the reference.
'use strict';
var assert = require('assert');
var url = require('url');

var href = 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash';
var parsed = url.parse(href);
console.log(parsed);

assert.strictEqual(parsed.href, href);
assert.strictEqual(parsed.protocol, 'http:');
assert.strictEqual(parsed.host, 'host.com:8080');
assert.strictEqual(parsed.auth, 'user:pass');
assert.strictEqual(parsed.hostname, 'host.com');
assert.strictEqual(parsed.port, '8080');
assert.strictEqual(parsed.pathname, '/p/a/t/h');
assert.strictEqual(parsed.search, '?query=string');
assert.strictEqual(parsed.query, 'query=string');
assert.strictEqual(parsed.hash, '#hash');

// "Pass true as the second argument to also parse the query string using
// the querystring module."
var withQuery = url.parse(href, true);
console.log(withQuery.query);
assert.deepStrictEqual(Object.assign({}, withQuery.query), { 'query': 'string' });

// "Take a parsed URL object, and return a formatted URL string."
console.log(url.format(parsed));
console.log(url.format({ protocol: 'http', hostname: 'host.com', port: 8080, pathname: '/p/a/t/h',
                         query: { query: 'string' }, hash: 'hash' }));

// "Take a base URL, and a href URL, and resolve them as a browser would
// for an anchor tag."
console.log(url.resolve('/one/two/three', 'four'));
console.log(url.resolve('http://example.com/', '/one'));
console.log(url.resolve('http://example.com/one', '/two'));
console.log(url.resolve(href, '../x?y#z'));
console.log(url.resolve(href, '//other.org/'));
