// dns.lookup (getaddrinfo on the worker pool): localhost, IP literals,
// options, all, a missing name, and argument errors.
var common = require('../common');
var assert = require('assert');
var dns = require('dns');

dns.lookup('localhost', common.mustCall(function (err, address, family) {
  assert.ifError(err);
  assert.ok(address === '127.0.0.1' || address === '::1', address);
  assert.ok(family === 4 || family === 6);
}));
dns.lookup('localhost', 4, common.mustCall(function (err, address, family) {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('127.0.0.1', { all: true }, common.mustCall(function (err, list) {
  assert.ifError(err);
  assert.deepStrictEqual(list, [{ address: '127.0.0.1', family: 4 }]);
}));
dns.lookup('::1', common.mustCall(function (err, address, family) {
  assert.ifError(err);
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6);
}));
dns.lookup('no-such-host.invalid', common.mustCall(function (err) {
  assert.ok(err);
  assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN', err.code);
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
}));
dns.lookupService('127.0.0.1', 22, common.mustCall(function (err, hostname, service) {
  if (err) return; // no name for 127.0.0.1 in this environment
  assert.strictEqual(typeof hostname, 'string');
  assert.strictEqual(service, 'ssh');
}));
assert.throws(function () { dns.lookup('localhost', 5, function () {}); }, TypeError);
assert.throws(function () { dns.lookup('localhost'); }, TypeError);
assert.throws(function () { dns.resolve('x', 'BOGUS', function () {}); }, TypeError);
assert.throws(function () { dns.setServers(['not an ip']); }, TypeError);
dns.promises.lookup('127.0.0.1').then(common.mustCall(function (r) {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));
