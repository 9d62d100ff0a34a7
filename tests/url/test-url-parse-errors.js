// url.parse's errors: a url that is not a string, host names that IDNA
// turns into nothing or into forbidden characters (ERR_INVALID_URL with the
// input), and the one-time DEP0170 warning for URLs whose port is not a
// number.
'use strict';
var assert = require('assert');
var common = require('../common');
var url = require('url');

// listen before anything can warn
var warnings = [];
process.removeAllListeners('warning');
process.on('warning', function (w) { warnings.push(w); });

// invalid ports still parse (the port goes into the path), with one warning
var parsed = url.parse('http://a:b/');
assert.strictEqual(parsed.host, 'a');
assert.strictEqual(parsed.pathname, '/:b/');
assert.strictEqual(url.parse('http://a:1:2/').host, 'a:2');
assert.strictEqual(url.parse('//a:b/', false, true).host, 'a');
setTimeout(common.mustCall(function () {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0170');
  assert.strictEqual(warnings[0].message,
    'The URL http://a:b/ is invalid. Future versions of Node.js will throw an error.');
}), 10);

[[1, 'Received type number (1)'], [null, 'Received null'], [undefined, 'Received undefined'],
 [{}, 'Received an instance of Object'], [true, 'Received type boolean (true)']].forEach(function (c) {
  assert.throws(function () { url.parse(c[0]); }, function (err) {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'The "url" argument must be of type string. ' + c[1]);
    return true;
  });
});

['http://a\u00a0b/', 'http://a\u200db/', 'http://xn--a/', 'http://\u0300a/', 'http://a\u0080b/',
 'http://[::1]:x/', 'http://\uff05/', 'http://a\u3000b/'].forEach(function (input) {
  assert.throws(function () { url.parse(input); }, function (err) {
    assert.ok(err instanceof TypeError, input);
    assert.strictEqual(err.code, 'ERR_INVALID_URL', input);
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.input, input);
    return true;
  });
});


