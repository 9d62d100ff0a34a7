// How URL, URLSearchParams, their iterators and legacy Url objects print
// with console.log and util.inspect (test-url-inspect.out holds what node
// 20 prints).
'use strict';
var util = require('util');
var url = require('url');
var URL = url.URL;
var URLSearchParams = url.URLSearchParams;

var u = new URL('https://user:pw@xn--nxasmq6b.com:8080/a/b?c=d&e=f#g');
console.log(u);
console.log(new URL('file:///tmp/x y'));
console.log(new URL('sc:opaque?q'));
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ nested: u }, { depth: 0 }));
console.log([new URL('http://a/')]);

var sp = new URLSearchParams('a=1&b=2&a=3');
console.log(sp);
console.log(new URLSearchParams());
console.log(new URLSearchParams({ 'key with spaces': 'value with spaces', 'é': '\u00e9' }));
console.log(util.inspect(sp, { depth: -1 }));
console.log({ params: sp });
var long = new URLSearchParams();
for (var i = 0; i < 8; i++) long.append('parameter' + i, 'value number ' + i);
console.log(long);

var it = sp.keys();
console.log(it);
it.next();
console.log(it);
console.log(sp.values());
console.log(sp.entries());
it.next();
it.next();
console.log(it);
console.log(Object.prototype.toString.call(sp), Object.prototype.toString.call(u), Object.prototype.toString.call(sp.keys()));

console.log(url.parse('http://x.com:8080/p?q=1#h', true));
console.log(url.parse('/just/a/path?x=y'));
console.log(url.parse('mailto:someone@example.com'));
console.log(String(u), JSON.stringify({ u: u }), u + '');
