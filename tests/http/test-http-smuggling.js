// Malformed and hostile requests from a raw socket: each is answered with
// 400 (or 431 for a header section over 16 KiB) and the connection closed.
// A request whose headers were fine reaches the listener before its body
// fails; the listener does not answer it, so the 400 is the parser's.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  if (req.url !== '/chunk') throw new Error('request listener saw ' + req.url);
});

var cases = [
  ['CL and TE together', 'POST /cl-te HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400],
  ['conflicting CL', 'POST /cl-cl HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!', 400],
  ['bad chunk size', 'POST /chunk HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n', 400],
  ['bare LF', 'GET /lf HTTP/1.1\nHost: x\n\n', 400],
  ['obs-fold', 'GET /fold HTTP/1.1\r\nHost: x\r\nX-A: one\r\n two\r\n\r\n', 400],
  ['obs-fold after an empty value', 'GET /fold2 HTTP/1.1\r\nHost: x\r\nX-A:\r\n two\r\n\r\n', 400],
  ['no Host in HTTP/1.1', 'GET /nohost HTTP/1.1\r\nX-A: b\r\n\r\n', 400],
  ['two Host fields', 'GET /twohosts HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n', 400],
  ['two Host fields in HTTP/1.0', 'GET /twohosts10 HTTP/1.0\r\nHost: a\r\nHOST: a\r\n\r\n', 400],
  ['bad header byte', 'GET /hdr HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n', 400],
  ['space before colon', 'GET /sp HTTP/1.1\r\nHost : x\r\n\r\n', 400],
  ['bad method', 'G@T /m HTTP/1.1\r\nHost: x\r\n\r\n', 400],
  ['bad version', 'GET /v HTTP/9.Z\r\nHost: x\r\n\r\n', 400],
  ['TE not chunked last', 'POST /te HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n', 400],
  ['huge header', 'GET /big HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n', 431],
];

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var left = cases.length;
  cases.forEach(function (c) {
    var sock = net.createConnection(server.address().port, '127.0.0.1', function () { sock.write(c[1]); });
    var out = '';
    sock.setEncoding('latin1');
    sock.on('data', function (d) { out += d; });
    sock.on('error', function () {});
    sock.on('close', common.mustCall(function () {
      var m = /^HTTP\/1\.1 (\d+)/.exec(out);
      assert.ok(m, c[0] + ': no status line in ' + JSON.stringify(out));
      assert.strictEqual(+m[1], c[2], c[0] + ': ' + out);
      if (--left === 0) server.close();
    }));
  });
}));
