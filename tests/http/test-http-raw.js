// Raw sockets against the server: pipelined requests answered in order,
// HTTP/1.0, HEAD, 204/304 without a body, and Connection: close.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  if (req.url === '/slow') {
    setTimeout(function () { res.end('slow'); }, 30);
  } else if (req.url === '/204') {
    res.writeHead(204);
    res.end();
  } else if (req.url === '/304') {
    res.writeHead(304, { 'ETag': 'x' });
    res.end();
  } else if (req.url === '/stream') {
    res.write('a');
    res.end('b');
  } else {
    res.end('body of ' + req.url);
  }
});

function raw(data, cb) {
  var c = net.createConnection(server.address().port, '127.0.0.1', function () { c.write(data); });
  var out = '';
  c.setEncoding('latin1');
  c.on('data', function (d) { out += d; });
  c.on('end', function () { cb(out); });
  c.on('error', function (e) { cb(out, e); });
}

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var pending = 5;
  function done() { if (--pending === 0) server.close(); }
  // pipelining: the slow first response still comes first
  raw('GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n' +
      'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', common.mustCall(function (out) {
    var a = out.indexOf('slow'), b = out.indexOf('body of /fast'), c = out.indexOf('body of /last');
    assert.ok(a > 0 && b > a && c > b, out);
    assert.strictEqual(out.split('HTTP/1.1 200 OK').length, 4);
    done();
  }));
  // HTTP/1.0: no chunked encoding, connection closed after the response
  raw('GET /stream HTTP/1.0\r\n\r\n', common.mustCall(function (out) {
    assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(out), out);
    assert.ok(!/transfer-encoding/i.test(out), out);
    assert.ok(/\r\n\r\nab$/.test(out), out);
    done();
  }));
  // HEAD: headers only
  raw('HEAD /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', common.mustCall(function (out) {
    assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(out), out);
    assert.ok(/\r\n\r\n$/.test(out), JSON.stringify(out));
    done();
  }));
  raw('GET /204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', common.mustCall(function (out) {
    assert.ok(/^HTTP\/1\.1 204 No Content\r\n/.test(out), out);
    assert.ok(!/transfer-encoding|content-length/i.test(out), out);
    assert.ok(/\r\n\r\n$/.test(out));
    done();
  }));
  raw('GET /304 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', common.mustCall(function (out) {
    assert.ok(/^HTTP\/1\.1 304 Not Modified\r\n/.test(out), out);
    assert.ok(!/transfer-encoding/i.test(out), out);
    done();
  }));
}));
