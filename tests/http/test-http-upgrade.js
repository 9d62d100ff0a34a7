// Upgrade: the server's 'upgrade' event gets the request, the socket and the
// bytes after the headers; the client's 'upgrade' event gets the same.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall(function (req, socket, head) {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nserver-first');
  socket.on('data', function (d) { socket.end(d); });
}));
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', common.mustCall(function (res, socket, head) {
    assert.strictEqual(res.statusCode, 101);
    var got = head.toString();
    socket.on('data', function (d) { got += d; });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'server-firstping');
      server.close();
    }));
    socket.write('ping');
  }));
  req.end('early');
}));
