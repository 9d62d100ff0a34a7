// Slow clients: headers that never finish get 408 and a close after
// headersTimeout; a body that never finishes, after requestTimeout; an idle
// keep-alive connection is closed after keepAliveTimeout. clientError sees
// parse errors when listened for.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  req.on('data', function () {});
  req.on('end', function () { res.end('done'); });
});
server.headersTimeout = 150;
server.requestTimeout = 400;
server.keepAliveTimeout = 150;

function connect(cb) {
  var s = net.createConnection(server.address().port, '127.0.0.1');
  var out = '';
  s.setEncoding('latin1');
  s.on('data', function (d) { out += d; });
  s.on('error', function () {});
  s.on('close', function () { cb(out); });
  return s;
}

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var left = 4;
  function done() { if (--left === 0) server.close(); }
  var t0 = Date.now();
  var a = connect(common.mustCall(function (out) {
    assert.ok(/^HTTP\/1\.1 408 Request Timeout\r\n/.test(out), 'headers timeout: ' + out);
    assert.ok(Date.now() - t0 >= 100);
    done();
  }));
  a.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
  var b = connect(common.mustCall(function (out) {
    assert.ok(/408 Request Timeout/.test(out), 'request timeout: ' + out);
    done();
  }));
  b.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\npartial');
  var c = connect(common.mustCall(function (out) {
    assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(out), 'keep-alive: ' + out);
    assert.ok(/done$/.test(out));
    done();
  }));
  c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  // clientError
  server.once('clientError', common.mustCall(function (err, socket) {
    assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  }));
  var d = connect(common.mustCall(function (out) {
    assert.strictEqual(out, 'HTTP/1.1 400 Bad Request\r\n\r\n');
    done();
  }));
  d.write('BR@KEN / HTTP/1.1\r\n\r\n');
}));
