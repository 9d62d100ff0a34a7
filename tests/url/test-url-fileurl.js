// url.fileURLToPath and url.pathToFileURL, POSIX and (with the windows
// option) Windows forms, and their errors.
'use strict';
var assert = require('assert');
var path = require('path');
var url = require('url');
var URL = url.URL;

// POSIX
assert.strictEqual(url.fileURLToPath('file:///a%20b/c'), '/a b/c');
assert.strictEqual(url.fileURLToPath(new URL('file:///x/%E2%82%AC')), '/x/\u20ac');
assert.strictEqual(url.fileURLToPath('file://localhost/etc/passwd'), '/etc/passwd');
assert.strictEqual(url.fileURLToPath('file:///a%5Cb'), '/a\\b');
assert.strictEqual(url.fileURLToPath('file:///'), '/');
assert.strictEqual(url.fileURLToPath('file:///a%00b'), '/a\u0000b');
assert.strictEqual(url.fileURLToPath('file:///a?q#h'), '/a');

assert.strictEqual(url.pathToFileURL('/a b/c').href, 'file:///a%20b/c');
assert.strictEqual(url.pathToFileURL('/a b/#?%\\\t\n\r\u20ac').href, 'file:///a%20b/%23%3F%25%5C%09%0A%0D%E2%82%AC');
assert.strictEqual(url.pathToFileURL('/dir/').href, 'file:///dir/');
assert.strictEqual(url.pathToFileURL('/dir/..').href, 'file:///');
assert.strictEqual(url.pathToFileURL('/').href, 'file:///');
assert.strictEqual(url.pathToFileURL('//x/y').href, 'file:///x/y');
assert.strictEqual(url.pathToFileURL('rel/x').href, 'file://' + path.resolve('rel/x').split('/').map(encodeURIComponent).join('/'));
assert.ok(url.pathToFileURL('x') instanceof URL);

// round trips
['/tmp/a b', '/tmp/%', '/tmp/#?', '/tmp/\u00e9\u20ac\ud83d\ude00', '/tmp/a\\b', '/'].forEach(function (p) {
  assert.strictEqual(url.fileURLToPath(url.pathToFileURL(p)), p);
  assert.strictEqual(url.fileURLToPath(url.pathToFileURL(p).href), p);
});

// Windows forms
assert.strictEqual(url.fileURLToPath('file:///C:/a%20b/c', { windows: true }), 'C:\\a b\\c');
assert.strictEqual(url.fileURLToPath('file://server/share/x', { windows: true }), '\\\\server\\share\\x');
assert.strictEqual(url.fileURLToPath('file://xn--zca/x', { windows: true }), '\\\\\u00df\\x');
assert.strictEqual(url.fileURLToPath('file:///C:/a%20b/c', { windows: false }), '/C:/a b/c');
assert.strictEqual(url.pathToFileURL('C:\\a b\\c#d', { windows: true }).href, 'file:///C:/a%20b/c%23d');
assert.strictEqual(url.pathToFileURL('C:\\dir\\', { windows: true }).href, 'file:///C:/dir/');
assert.strictEqual(url.pathToFileURL('C:/x/y', { windows: true }).href, 'file:///C:/x/y');
assert.strictEqual(url.pathToFileURL('\\\\server\\share\\a b', { windows: true }).href, 'file://server/share/a%20b');
assert.strictEqual(url.pathToFileURL('\\\\\u00ff\\s\\t', { windows: true }).href, 'file://xn--wda/s/t');

// errors
function throwsCode(fn, Ctor, code, message) {
  assert.throws(fn, function (err) {
    assert.ok(err instanceof Ctor, String(err));
    assert.strictEqual(err.code, code);
    if (message !== undefined) assert.strictEqual(err.message, message);
    return true;
  });
}
throwsCode(function () { url.fileURLToPath('http://a/'); }, TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
throwsCode(function () { url.fileURLToPath(new URL('https://a/')); }, TypeError, 'ERR_INVALID_URL_SCHEME');
throwsCode(function () { url.fileURLToPath('file://h/a'); }, TypeError, 'ERR_INVALID_FILE_URL_HOST',
  'File URL host must be "localhost" or empty on ' + process.platform);
throwsCode(function () { url.fileURLToPath('file:///a%2Fb'); }, TypeError, 'ERR_INVALID_FILE_URL_PATH',
  'File URL path must not include encoded / characters');
throwsCode(function () { url.fileURLToPath('file:///a%2fb'); }, TypeError, 'ERR_INVALID_FILE_URL_PATH');
throwsCode(function () { url.fileURLToPath('file:///a/b', { windows: true }); }, TypeError, 'ERR_INVALID_FILE_URL_PATH',
  'File URL path must be absolute');
throwsCode(function () { url.fileURLToPath('file:///C:/a%5Cb', { windows: true }); }, TypeError, 'ERR_INVALID_FILE_URL_PATH',
  'File URL path must not include encoded \\ or / characters');
throwsCode(function () { url.fileURLToPath('not a url'); }, TypeError, 'ERR_INVALID_URL');
throwsCode(function () { url.fileURLToPath(); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string or an instance of URL. Received undefined');
throwsCode(function () { url.fileURLToPath({ href: 'file:///x' }); }, TypeError, 'ERR_INVALID_ARG_TYPE');
throwsCode(function () { url.fileURLToPath(url.parse('file:///x')); }, TypeError, 'ERR_INVALID_ARG_TYPE');
// what has an href and a protocol passes for a URL
assert.strictEqual(url.fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/y%20z' }), '/y z');
throwsCode(function () { url.pathToFileURL(1); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string. Received type number (1)');
throwsCode(function () { url.pathToFileURL('\\\\server', { windows: true }); }, TypeError, 'ERR_INVALID_ARG_VALUE',
  "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'");
