// The spec's TCP echo server (the home page example), unchanged but for the
// port, against a client: the greeting, echoed data, and end() answering
// 'end'. Then the net.Server section's variant, whose server-side stream
// greets from 'connect' (v0.2 emits 'connect' on server-side streams too;
// node 20 does not, so that part runs under nodus only).
var common = require('../common');
var assert = require('assert');
var net = require('net');

var isNodus = !!process.versions.nodus;

function client(port, send, check) {
  var c = net.createConnection(port, '127.0.0.1');
  var got = '';
  c.setEncoding('utf8');
  c.on('connect', common.mustCall(function () {
    assert.strictEqual(c.readyState, 'open');
    send.forEach(function (s) { c.write(s); });
    c.end();
    assert.strictEqual(c.readyState, 'readOnly');
  }));
  c.on('data', function (d) { got += d; });
  c.on('end', common.mustCall(function () { check(got); }));
  c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
  return c;
}

// --- the home page example
var server = net.createServer(function (socket) {
  socket.setEncoding("utf8");
  socket.write("Echo server\r\n");
  socket.on("data", function (data) {
    socket.write(data);
  });
  socket.on("end", function () {
    socket.end();
  });
}).listen(0, "127.0.0.1", common.mustCall(function () {
  client(server.address().port, ['hello ', 'wörld\r\n', 'bye'], function (got) {
    assert.strictEqual(got, 'Echo server\r\nhello wörld\r\nbye');
    server.close(common.mustCall());
    if (isNodus) second();
  });
}));

// --- the net.Server section's example (greets from 'connect', says goodbye)
function second() {
  var server2 = net.createServer(function (stream) {
    stream.setEncoding('utf8');
    stream.on('connect', function () {
      stream.write('hello\r\n');
    });
    stream.on('data', function (data) {
      stream.write(data);
    });
    stream.on('end', function () {
      stream.write('goodbye\r\n');
      stream.end();
    });
  });
  server2.listen(0, 'localhost', common.mustCall(function () {
    client(server2.address().port, ['ping\r\n'], function (got) {
      assert.strictEqual(got, 'hello\r\nping\r\ngoodbye\r\n');
      server2.close();
    });
  }));
}

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
