// URLSearchParams: the constructor's forms (string, record, sequence,
// another URLSearchParams), every method, iteration over a live list, sort
// stability, size, the binding to a URL's query in both directions, and the
// errors node throws.
'use strict';
var assert = require('assert');
var url = require('url');
var URL = url.URL;
var URLSearchParams = url.URLSearchParams;

function list(sp) {
  return Array.from(sp);
}

// constructor forms
assert.deepStrictEqual(list(new URLSearchParams()), []);
assert.deepStrictEqual(list(new URLSearchParams(undefined)), []);
assert.deepStrictEqual(list(new URLSearchParams(null)), []);
assert.deepStrictEqual(list(new URLSearchParams('')), []);
assert.deepStrictEqual(list(new URLSearchParams('?')), []);
assert.deepStrictEqual(list(new URLSearchParams('??a=b')), [['?a', 'b']]);
assert.deepStrictEqual(list(new URLSearchParams('a=1&b=2&a=3')), [['a', '1'], ['b', '2'], ['a', '3']]);
assert.deepStrictEqual(list(new URLSearchParams('a+b=c+d&e=%20&f')), [['a b', 'c d'], ['e', ' '], ['f', '']]);
assert.deepStrictEqual(list(new URLSearchParams({ a: 1, b: 'x', c: true, d: null, e: undefined })),
  [['a', '1'], ['b', 'x'], ['c', 'true'], ['d', 'null'], ['e', 'undefined']]);
assert.deepStrictEqual(list(new URLSearchParams([['a', 1], ['a', 2], ['b', { toString: function () { return 'o'; } }]])),
  [['a', '1'], ['a', '2'], ['b', 'o']]);
assert.deepStrictEqual(list(new URLSearchParams(new Map([['m', 'n']]))), [['m', 'n']]);
var original = new URLSearchParams('x=1&y=2');
var copy = new URLSearchParams(original);
copy.append('z', '3');
assert.strictEqual(original.toString(), 'x=1&y=2');
assert.strictEqual(copy.toString(), 'x=1&y=2&z=3');
assert.deepStrictEqual(list(new URLSearchParams(12)), [['12', '']]);
// lone surrogates become U+FFFD
assert.deepStrictEqual(list(new URLSearchParams({ '\ud800': '\udc00x' })), [['\ufffd', '\ufffdx']]);
// non-enumerable keys of a record are ignored, enumerable symbols refused
var rec = { a: '1' };
Object.defineProperty(rec, 'hidden', { value: 'h', enumerable: false });
Object.defineProperty(rec, Symbol('quiet'), { value: 'q', enumerable: false });
assert.deepStrictEqual(list(new URLSearchParams(rec)), [['a', '1']]);
rec[Symbol('s')] = 'sym';
assert.throws(function () { new URLSearchParams(rec); }, TypeError);
// keys equal after the USV conversion: the later value wins, in the first place
assert.deepStrictEqual(list(new URLSearchParams({ '\ud800': '1', b: '2', '\udc00': '3' })), [['\ufffd', '3'], ['b', '2']]);

assert.throws(function () { new URLSearchParams([['a']]); }, function (err) {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_TUPLE');
  assert.strictEqual(err.message, 'Each query pair must be an iterable [name, value] tuple');
  return true;
});
assert.throws(function () { new URLSearchParams([['a', 'b', 'c']]); }, { code: 'ERR_INVALID_TUPLE' });
assert.throws(function () { new URLSearchParams([1]); }, { code: 'ERR_INVALID_TUPLE' });
assert.throws(function () { URLSearchParams(''); }, TypeError);

// methods
var sp = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(sp.get('a'), '1');
assert.strictEqual(sp.get('zz'), null);
assert.deepStrictEqual(sp.getAll('a'), ['1', '3']);
assert.deepStrictEqual(sp.getAll('zz'), []);
assert.strictEqual(sp.has('b'), true);
assert.strictEqual(sp.has('zz'), false);
assert.strictEqual(sp.has('a', '3'), true);
assert.strictEqual(sp.has('a', '2'), false);
assert.strictEqual(sp.has('a', undefined), true);
assert.strictEqual(sp.size, 3);
sp.append('c', 'x y');
assert.strictEqual(sp.toString(), 'a=1&b=2&a=3&c=x+y');
sp.set('a', 'new');
assert.strictEqual(sp.toString(), 'a=new&b=2&c=x+y');
sp.set('d', '4');
assert.strictEqual(sp.toString(), 'a=new&b=2&c=x+y&d=4');
sp.delete('b');
assert.strictEqual(sp.toString(), 'a=new&c=x+y&d=4');
sp.append('a', 'again');
sp.delete('a', 'new');
assert.strictEqual(sp.toString(), 'c=x+y&d=4&a=again');
sp.delete('nothing');
assert.strictEqual(sp.size, 3);

// serialization: only *-._ and alphanumerics stay, space is '+'
var enc = new URLSearchParams();
enc.append(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", '\u00e9\ud83d\ude00\u0000');
assert.strictEqual(enc.toString(),
  '+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D%7E=%C3%A9%F0%9F%98%80%00');
assert.strictEqual(String(enc), enc.toString());

// sort: stable, by UTF-16 code units
var s = new URLSearchParams('z=1&a=2&\ud83d\ude00=3&\ufb03=4&a=1&b=0');
s.sort();
assert.deepStrictEqual(list(s), [['a', '2'], ['a', '1'], ['b', '0'], ['z', '1'], ['\ud83d\ude00', '3'], ['\ufb03', '4']]);

// iteration
var it = new URLSearchParams('a=1&b=2');
assert.deepStrictEqual(Array.from(it.keys()), ['a', 'b']);
assert.deepStrictEqual(Array.from(it.values()), ['1', '2']);
assert.deepStrictEqual(Array.from(it.entries()), [['a', '1'], ['b', '2']]);
assert.strictEqual(it[Symbol.iterator], it.entries);
var iter = it.keys();
assert.strictEqual(iter[Symbol.iterator](), iter);
assert.deepStrictEqual(iter.next(), { value: 'a', done: false });
it.append('c', '3'); // a live list: the iterator sees it
assert.deepStrictEqual(iter.next(), { value: 'b', done: false });
assert.deepStrictEqual(iter.next(), { value: 'c', done: false });
assert.deepStrictEqual(iter.next(), { value: undefined, done: true });
var visited = [];
var ctx = {};
it.forEach(function (value, name, params) {
  visited.push([name, value]);
  assert.strictEqual(params, it);
  assert.strictEqual(this, ctx);
}, ctx);
assert.deepStrictEqual(visited, [['a', '1'], ['b', '2'], ['c', '3']]);

// the URL's query and its searchParams stay in step
var u = new URL('https://example.com/path?a=1#frag');
var params = u.searchParams;
assert.strictEqual(u.searchParams, params);
params.append('b', 'two words');
assert.strictEqual(u.href, 'https://example.com/path?a=1&b=two+words#frag');
params.delete('a');
params.delete('b');
assert.strictEqual(u.href, 'https://example.com/path#frag');
assert.strictEqual(u.search, '');
u.search = '?x=1&y=%20';
assert.deepStrictEqual(list(params), [['x', '1'], ['y', ' ']]);
u.href = 'http://other/?k=v';
assert.deepStrictEqual(list(params), [['k', 'v']]);
assert.strictEqual(u.searchParams, params);
u.search = '';
assert.strictEqual(params.size, 0);
params.set('q', '?&=#');
assert.strictEqual(u.search, '?q=%3F%26%3D%23');
params.sort();
assert.strictEqual(u.href, 'http://other/?q=%3F%26%3D%23');
// an empty list drops the '?', and trailing spaces of an opaque path with it
var opaque = new URL('sc:path ?a=b');
opaque.searchParams.delete('a');
assert.strictEqual(opaque.href, 'sc:path');

// errors
assert.throws(function () { new URLSearchParams().append('a'); }, function (err) {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_MISSING_ARGS');
  assert.strictEqual(err.message, 'The "name" and "value" arguments must be specified');
  return true;
});
assert.throws(function () { new URLSearchParams().set('a'); }, { code: 'ERR_MISSING_ARGS' });
assert.throws(function () { new URLSearchParams().get(); },
  { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(function () { new URLSearchParams().getAll(); }, { code: 'ERR_MISSING_ARGS' });
assert.throws(function () { new URLSearchParams().has(); }, { code: 'ERR_MISSING_ARGS' });
assert.throws(function () { new URLSearchParams().delete(); }, { code: 'ERR_MISSING_ARGS' });
assert.throws(function () { new URLSearchParams().forEach(); }, { code: 'ERR_INVALID_ARG_TYPE' });
['get', 'getAll', 'has', 'append', 'set', 'delete', 'sort', 'toString', 'keys', 'values', 'entries', 'forEach'].forEach(function (m) {
  assert.throws(function () { URLSearchParams.prototype[m].call({}, 'a', 'b'); }, function (err) {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_INVALID_THIS');
    assert.strictEqual(err.message, 'Value of "this" must be of type URLSearchParams');
    return true;
  }, m);
});
assert.throws(function () { return Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}); },
  { code: 'ERR_INVALID_THIS' });
