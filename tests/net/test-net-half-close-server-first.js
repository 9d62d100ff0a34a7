// Half-close the other way round: the server ends first (its FIN goes out
// once its queue has drained: a large write before end() arrives whole),
// the client sees 'end' and keeps writing on its half, then ends; both sides
// close without error. Without allowHalfOpen the client's reply to 'end' is
// its own end().
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var BIG = 8 * 1024 * 1024;

var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function (s) {
  var got = '';
  s.setEncoding('utf8');
  s.on('data', function (d) { got += d; });
  s.write(Buffer.alloc(BIG, 'q'));
  s.end('!', common.mustCall(function () {
    assert.strictEqual(s.writable, false);
    assert.strictEqual(s.readable, true);
  }));
  s.on('end', common.mustCall(function () {
    assert.strictEqual(got, 'after your end, mine');
  }));
  s.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  var n = 0, last = '';
  c.on('data', function (d) { n += d.length; last = d.toString('latin1').slice(-1); });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(n, BIG + 1);
    assert.strictEqual(last, '!');
    assert.strictEqual(c.readyState, 'writeOnly');
    c.write('after your end');
    setTimeout(function () { c.end(', mine'); }, 20);
  }));
  c.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    server.close();
    auto();
  }));
}));

// allowHalfOpen false: the client answers the server's end() with its own.
function auto() {
  var s2 = net.createServer(common.mustCall(function (s) {
    s.resume();
    s.end('bye');
    s.on('end', common.mustCall());
    s.on('close', common.mustCall());
  }));
  s2.listen(0, '127.0.0.1', common.mustCall(function () {
    var c = net.connect(s2.address().port, '127.0.0.1');
    var got = '';
    c.setEncoding('utf8');
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () { assert.strictEqual(got, 'bye'); }));
    c.on('finish', common.mustCall());
    c.on('close', common.mustCall(function () { s2.close(); }));
  }));
}

setTimeout(function () { throw new Error('timed out'); }, 20000).unref();
