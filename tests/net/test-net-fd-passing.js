// Descriptor passing over a UNIX socket (v0.2): write(data, encoding, fd)
// sends fd with the data (SCM_RIGHTS) and the peer's stream emits 'fd'. Two
// descriptors travel here: a listening TCP socket, which the receiver serves
// with listenFD(), and a connected TCP socket, which it wraps with
// new net.Stream(fd) and talks through; the sender has closed its own copies
// by then. node dropped this API: the test runs under nodus only.
if (!process.versions.nodus) {
  console.log('skipped: v0.2 fd passing is not in node');
  process.exit(0);
}
var common = require('../common');
var assert = require('assert');
var net = require('net');

var path = common.tmpDir + '/nodus-net-fd-' + process.pid + '.sock';
var tcp = net.createServer(common.mustNotCall('the original listener accepted'));
var heard = '';
var peer = net.createServer(common.mustCall(function (s) {
  s.setEncoding('utf8');
  s.on('data', function (d) { heard += d; });
  s.on('end', common.mustCall(function () {
    assert.strictEqual(heard, 'through a passed connection');
    peer.close();
  }));
}));
var outgoing;   // the connection to `peer` whose descriptor is passed

var receiver = net.createServer(common.mustCall(function (s) {
  var fds = [];
  var text = '';
  s.setEncoding('utf8');
  s.on('fd', common.mustCall(function (fd) {
    assert.strictEqual(typeof fd, 'number');
    assert.ok(fd > 2);
    fds.push(fd);
  }, 2));
  s.on('data', function (d) { text += d; });
  s.on('end', common.mustCall(function () {
    assert.strictEqual(text, 'a listener; a connection; and more');
    assert.strictEqual(fds.length, 2);
    s.end();

    // the passed connection, wrapped: v0.2's new net.Stream(fd)
    var wrapped = new net.Stream(fds[1]);
    assert.strictEqual(wrapped.remotePort, peer.address().port);
    wrapped.end('through a passed connection');

    // the passed listener, served
    var adopted = new net.Server(function (c) { c.end('via passed fd'); });
    adopted.listenFD(fds[0]);
    adopted.on('listening', common.mustCall(function () {
      assert.strictEqual(adopted.address().port, tcp.port);
      var c = net.connect(tcp.port, '127.0.0.1');
      var got = '';
      c.on('data', function (d) { got += d; });
      c.on('end', common.mustCall(function () {
        assert.strictEqual(got, 'via passed fd');
        adopted.close();
        receiver.close();
      }));
    }));
  }));
}));

receiver.listen(path, common.mustCall(function () {
  tcp.listen(0, '127.0.0.1', common.mustCall(function () {
    tcp.port = tcp.address().port;
    peer.listen(0, '127.0.0.1', common.mustCall(function () {
      outgoing = net.connect(peer.address().port, '127.0.0.1', common.mustCall(send));
    }));
  }));
}));

function send() {
  var c = net.createConnection(path);
  c.on('connect', common.mustCall(function () {
    assert.strictEqual(typeof c.write('a listener', 'utf8', tcp._handle.fd), 'boolean');
    c.write('; a connection', 'utf8', outgoing._handle.fd);
    c.write('; and more');
    c.end();
    // The kernel holds its own references once sent: close ours.
    setTimeout(function () {
      tcp.close();
      outgoing.destroy();
    }, 50);
  }));
  c.resume();
}

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
