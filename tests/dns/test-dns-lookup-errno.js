// getaddrinfo failures carry libuv's negative UV_EAI_* number as .errno
// (ENOTFOUND is UV_EAI_NONAME, -3008), as node's do; net's connect errors
// are dns's own. The .invalid TLD never resolves (RFC 6761); on a machine
// without a resolver the failure may be EAI_AGAIN instead, also numbered.
'use strict';
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var net = require('net');

var EAI = { EAI_AGAIN: -3001, EAI_FAIL: -3004, ENOTFOUND: -3008 };

function check(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nodus-test.invalid');
  assert.ok(err.code in EAI, 'code ' + err.code);
  assert.strictEqual(err.errno, EAI[err.code]);
  assert.strictEqual(err.message, 'getaddrinfo ' + err.code + ' nodus-test.invalid');
}

dns.lookup('nodus-test.invalid', common.mustCall(function (err) { check(err); }));
dns.promises.lookup('nodus-test.invalid').then(common.mustNotCall(), common.mustCall(check));
net.connect(80, 'nodus-test.invalid').on('error', common.mustCall(check));
