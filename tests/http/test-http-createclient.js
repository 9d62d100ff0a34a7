// The spec's client API: http.createClient(port, host).request(method, path,
// headers), request.end(), the 'response' event, setEncoding and data/end.
var common = require('../common');
var assert = require('assert');
var http = require('http');

if (typeof http.createClient !== 'function') return; // node 20 dropped it; nodus keeps it

var server = http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Path': req.url });
  res.end('hi ' + req.method);
});
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var client = http.createClient(server.address().port, '127.0.0.1');
  var request = client.request('GET', '/legacy', { 'host': '127.0.0.1' });
  request.end();
  request.on('response', common.mustCall(function (response) {
    assert.strictEqual(response.statusCode, 200);
    assert.strictEqual(response.headers['x-path'], '/legacy');
    assert.strictEqual(response.client, client);
    response.setEncoding('utf8');
    var body = '';
    response.on('data', function (chunk) { body += chunk; });
    response.on('end', common.mustCall(function () {
      assert.strictEqual(body, 'hi GET');
      server.close();
    }));
  }));
}));
