// end() is a half-close: the peer sees 'end' and can still write back, and
// the side that ended still reads. readyState follows ('readOnly' after end(),
// 'writeOnly' after 'end'). Without allowHalfOpen a socket answers 'end' with
// its own end() (node's default).
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function (s) {
  var got = '';
  s.setEncoding('utf8');
  s.on('data', function (d) { got += d; });
  s.on('end', common.mustCall(function () {
    assert.strictEqual(got, 'question');
    assert.strictEqual(s.readyState, 'writeOnly');
    // still writable after the peer's FIN, several writes over time
    s.write('ans');
    setTimeout(function () {
      s.write('wer');
      setTimeout(function () { s.end('!'); }, 20);
    }, 20);
  }));
  s.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  var reply = '';
  c.setEncoding('utf8');
  c.on('connect', common.mustCall(function () {
    c.end('question');
    assert.strictEqual(c.readyState, 'readOnly');
    assert.strictEqual(c.writable, false);
  }));
  c.on('finish', common.mustCall());
  c.on('data', function (d) { reply += d; });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(reply, 'answer!');
  }));
  c.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.readyState, 'closed');
    auto();
  }));
}));

// Default (allowHalfOpen false): the server never calls end(), yet the
// client's end() gets the connection fully closed on both sides.
function auto() {
  var s2 = net.createServer(common.mustCall(function (s) {
    s.resume();
    s.on('end', common.mustCall());
    s.on('close', common.mustCall());
  }));
  s2.listen(0, '127.0.0.1', common.mustCall(function () {
    var c = net.connect(s2.address().port, '127.0.0.1', function () { c.end('x'); });
    c.resume();
    c.on('end', common.mustCall());
    c.on('close', common.mustCall(function () {
      server.close();
      s2.close();
    }));
  }));
}

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
