// Chunked bodies both ways, with trailers; the request body arrives decoded.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(common.mustCall(function (req, res) {
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', common.mustCall(function () {
    assert.strictEqual(body, 'part one,part two');
    assert.strictEqual(req.trailers['x-req-trailer'], 'rt');
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Trailer': 'X-Checksum' });
    res.write('alpha ');
    setTimeout(function () {
      res.write('beta ');
      res.addTrailers({ 'X-Checksum': 'abc123' });
      res.end('gamma');
    }, 5);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/up',
    headers: { 'Trailer': 'X-Req-Trailer' } }, common.mustCall(function (res) {
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    var got = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { got += d; });
    res.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'alpha beta gamma');
      assert.strictEqual(res.trailers['x-checksum'], 'abc123');
      server.close();
    }));
  }));
  req.write('part one,');
  req.addTrailers({ 'X-Req-Trailer': 'rt' });
  setTimeout(function () { req.end('part two'); }, 5);
}));
