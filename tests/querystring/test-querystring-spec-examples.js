// The examples of the Query String section of the v0.2 documentation
// (test-querystring-spec-examples.out holds what node 20 prints), and the
// documented promise that escape/unescape can be replaced.
'use strict';
var assert = require('assert');
var querystring = require('querystring');

console.log(querystring.stringify({foo: 'bar'}));
console.log(querystring.stringify({foo: 'bar', baz: 'bob'}, ';', ':'));
console.log(querystring.parse('a=b&b=c'));

assert.strictEqual(querystring.stringify({foo: 'bar'}), 'foo=bar');
assert.strictEqual(querystring.stringify({foo: 'bar', baz: 'bob'}, ';', ':'), 'foo:bar;baz:bob');
assert.deepStrictEqual(Object.assign({}, querystring.parse('a=b&b=c')), { 'a': 'b', 'b': 'c' });
assert.deepStrictEqual(Object.assign({}, querystring.parse('foo:bar;baz:bob', ';', ':')), { foo: 'bar', baz: 'bob' });

// "querystring.escape: the escape function used by querystring.stringify,
// provided so that it could be overridden if necessary"
var originalEscape = querystring.escape;
var originalUnescape = querystring.unescape;
querystring.escape = function (s) { return '<' + s + '>'; };
console.log(querystring.stringify({a: 'b c', d: [1, 2]}));
querystring.escape = originalEscape;
console.log(querystring.stringify({a: 'b c', d: [1, 2]}));

// "querystring.unescape: the unescape function used by querystring.parse"
querystring.unescape = function (s) { return s.toUpperCase(); };
console.log(querystring.parse('a=b&c=%64'));
querystring.unescape = originalUnescape;
console.log(querystring.parse('a=b&c=%64'));
