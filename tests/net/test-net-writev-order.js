// Many small writes made in one turn are batched (the stream's _writev, one
// writev/sendmsg per batch, the rest queued by the stream core) and arrive
// whole and in order; so do corked writes mixing strings in several
// encodings with Buffers, and a batch bigger than one writev's iovec limit.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var N = 20000;
var expected = '';
for (var i = 0; i < N; i++) expected += i + '\n';
var corked = ['caf\u00e9 ', Buffer.from('buf '), 'latin\u00ff ', '68657820', 'end'];

var server = net.createServer(common.mustCall(function (s) {
  var chunks = [];
  s.on('data', function (d) { chunks.push(d); });
  s.on('end', common.mustCall(function () {
    var all = Buffer.concat(chunks);
    var head = all.slice(0, Buffer.byteLength(expected)).toString('utf8');
    assert.strictEqual(head.length, expected.length);
    assert.ok(head === expected, 'the numbered lines arrived whole and in order');
    var rest = all.slice(Buffer.byteLength(expected));
    // corked part: utf8, Buffer, latin1, hex; then 300 one-byte Buffers
    var corkedBytes = Buffer.concat([Buffer.from('caf\u00e9 '), Buffer.from('buf '),
      Buffer.from('latin\u00ff ', 'latin1'), Buffer.from('hex '), Buffer.from('end')]);
    assert.deepStrictEqual(rest.slice(0, corkedBytes.length), corkedBytes);
    var tail = rest.slice(corkedBytes.length);
    assert.strictEqual(tail.length, 300);
    for (var k = 0; k < 300; k++) assert.strictEqual(tail[k], k & 0xff);
    s.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1', common.mustCall(function () {
    var done = 0;
    for (var i = 0; i < N; i++) c.write(i + '\n', function () { done++; });
    c.cork();
    c.write(corked[0], 'utf8');
    c.write(corked[1]);
    c.write(corked[2], 'latin1');
    c.write(corked[3], 'hex');
    c.write(corked[4]);
    c.uncork();
    // more pieces than one writev takes (its iovec limit)
    c.cork();
    for (var k = 0; k < 300; k++) c.write(Buffer.from([k & 0xff]));
    c.uncork();
    c.end(common.mustCall(function () {
      assert.strictEqual(done, N);
      assert.strictEqual(c.writableLength, 0);
    }));
  }));
  c.resume();
}));

setTimeout(function () { throw new Error('timed out'); }, 20000).unref();
