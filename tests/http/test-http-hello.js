// The spec's hello-world server, fetched with http.get: status, headers,
// body, keep-alive framing, and a clean close.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(function (request, response) {
  assert.strictEqual(request.method, 'GET');
  assert.strictEqual(request.url, '/status?name=ryan');
  assert.strictEqual(request.httpVersion, '1.1');
  assert.strictEqual(request.headers['x-test'], 'yes');
  assert.ok(request.connection);
  response.writeHead(200, {'Content-Type': 'text/plain'});
  response.end('Hello World\n');
});

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  http.get({ port: port, host: '127.0.0.1', path: '/status?name=ryan', headers: { 'X-Test': 'yes' } },
    common.mustCall(function (res) {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.statusMessage, 'OK');
      assert.strictEqual(res.headers['content-type'], 'text/plain');
      assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
      assert.ok(res.headers.date);
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', common.mustCall(function () {
        assert.strictEqual(body, 'Hello World\n');
        server.close();
      }));
    }));
}));
server.on('close', common.mustCall());
