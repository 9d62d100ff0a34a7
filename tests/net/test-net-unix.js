// UNIX stream sockets: listen(path) with the callback, address() is the path,
// createConnection(path), data both ways, the socket file removed on close,
// EADDRINUSE for a path in use and ENOENT for a missing one.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var path = common.tmpDir + '/nodus-net-unix-' + process.pid + '.sock';

var server = net.createServer(common.mustCall(function (s) {
  assert.strictEqual(s.remoteAddress, undefined);
  s.setEncoding('utf8');
  s.on('data', function (d) { s.write(d.toUpperCase()); });
  s.on('end', function () { s.end(); });
}));

server.listen(path, common.mustCall(function () {
  assert.strictEqual(server.address(), path);

  // a second server on the same path fails through 'error'
  var other = net.createServer();
  other.on('error', common.mustCall(function (e) {
    assert.strictEqual(e.code, 'EADDRINUSE');
    assert.strictEqual(e.syscall, 'listen');
    assert.strictEqual(e.address, path);
  }));
  other.listen(path);

  var c = net.createConnection(path);
  var got = '';
  c.setEncoding('utf8');
  c.on('connect', common.mustCall(function () {
    assert.strictEqual(c.readyState, 'open');
    c.end('over a unix socket');
  }));
  c.on('data', function (d) { got += d; });
  c.on('close', common.mustCall(function () {
    assert.strictEqual(got, 'OVER A UNIX SOCKET');
    server.close(common.mustCall(function () {
      // the listener removed its socket file: connecting now fails
      var gone = net.connect({ path: path });
      gone.on('error', common.mustCall(function (e) {
        assert.strictEqual(e.code, 'ENOENT');
        assert.strictEqual(e.syscall, 'connect');
        assert.strictEqual(e.address, path);
        assert.strictEqual(e.message, 'connect ENOENT ' + path);
      }));
      gone.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, true); }));
    }));
  }));
}));

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
