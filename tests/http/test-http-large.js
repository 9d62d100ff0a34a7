// A 10 MB upload and a 10 MB download, streamed in chunks with backpressure:
// neither side holds the whole body.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var SIZE = 10 * 1024 * 1024;
var chunk = Buffer.alloc(64 * 1024, 'x');

var server = http.createServer(function (req, res) {
  var received = 0, biggest = 0;
  req.on('data', function (d) { received += d.length; biggest = Math.max(biggest, d.length); });
  req.on('end', function () {
    assert.strictEqual(received, SIZE);
    assert.ok(biggest < 1024 * 1024, 'chunks stay small: ' + biggest);
    res.writeHead(200, { 'Content-Length': SIZE });
    var sent = 0;
    (function pump() {
      while (sent < SIZE) {
        sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    })();
  });
});
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT',
    headers: { 'Content-Length': SIZE } }, common.mustCall(function (res) {
    var got = 0;
    res.on('data', function (d) { got += d.length; });
    res.on('end', common.mustCall(function () {
      assert.strictEqual(got, SIZE);
      server.close();
    }));
  }));
  var sent = 0;
  (function pump() {
    while (sent < SIZE) {
      sent += chunk.length;
      if (!req.write(chunk)) return req.once('drain', pump);
    }
    req.end();
  })();
}));
