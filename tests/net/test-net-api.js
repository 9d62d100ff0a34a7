// The API surface: argument forms of connect/createConnection and listen,
// address()/remote*/local*, bytesRead/bytesWritten, setEncoding and write
// encodings, maxConnections, connections/getConnections, readyState,
// setNoDelay/setKeepAlive, unref'd servers, and v0.2's names (net.Stream,
// server.connections, listen() on INADDR_ANY, reconnecting a closed stream).
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var isNodus = !!process.versions.nodus;

assert.strictEqual(typeof net.Socket, 'function');
assert.strictEqual(typeof net.Server, 'function');
if (isNodus) {
  assert.strictEqual(net.Stream, net.Socket);
  assert.strictEqual(typeof net.createServer().listenFD, 'function');
}
assert.ok(new net.Socket() instanceof require('stream').Duplex);
assert.ok(net.createServer() instanceof require('events').EventEmitter);
assert.ok(net.Socket() instanceof net.Socket);     // callable without new
assert.ok(net.Server() instanceof net.Server);

var s0 = new net.Socket();
assert.strictEqual(s0.setNoDelay(true), s0);
assert.strictEqual(s0.setKeepAlive(true, 1000), s0);
assert.strictEqual(s0.setTimeout(0), s0);
assert.strictEqual(s0.remoteAddress, undefined);
s0.destroy();

// -- a server answering with what it saw, in every encoding
var server = net.createServer(function (s) {
  var bufs = [];
  s.on('data', function (d) {
    assert.ok(Buffer.isBuffer(d));
    bufs.push(d);
  });
  s.on('end', function () {
    var all = Buffer.concat(bufs);
    s.write(all.toString('hex'), 'latin1');
    s.end();
  });
});

var steps = [];
function next() {
  var f = steps.shift();
  if (f) f();
  else server.close(common.mustCall());
}

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  assert.deepStrictEqual(server.address(), { address: '127.0.0.1', family: 'IPv4', port: port });
  assert.strictEqual(server.listening, true);

  // write encodings and the byte counters
  steps.push(function () {
    var c = net.createConnection(port, '127.0.0.1', common.mustCall(function () {
      assert.strictEqual(c.remoteAddress, '127.0.0.1');
      assert.strictEqual(c.remotePort, port);
      assert.strictEqual(c.remoteFamily, 'IPv4');
      assert.strictEqual(c.localAddress, '127.0.0.1');
      assert.strictEqual(typeof c.localPort, 'number');
      c.write('é');                 // utf8 by default: c3 a9
      c.write('é', 'latin1');       // e9
      c.write('ff00', 'hex');       // ff 00
      c.write(new Uint8Array([1, 2]));
      c.end(Buffer.from('!'));
    }));
    var got = '';
    c.setEncoding('utf8');
    c.on('data', function (d) { assert.strictEqual(typeof d, 'string'); got += d; });
    c.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'c3a9e9ff00010221');
      assert.strictEqual(c.bytesRead, 16);
      assert.strictEqual(c.bytesWritten, 8);
      next();
    }));
  });

  // connect({ port, host }) and connect(port) (localhost) and the 'lookup' event
  steps.push(function () {
    var c = net.connect({ port: port, host: 'localhost' });
    c.on('lookup', common.mustCall(function (err, address, family, host) {
      assert.strictEqual(err, null);
      assert.strictEqual(host, 'localhost');
      assert.ok(net.isIP(address));
    }));
    c.on('connect', common.mustCall(function () {
      c.end();
    }));
    c.resume();
    c.on('close', common.mustCall(function () { next(); }));
  });

  // a custom lookup function resolves the host
  steps.push(function () {
    var c = net.connect({
      port: port,
      host: 'nodus-test.invalid',
      lookup: common.mustCall(function (host, opts, cb) {
        assert.strictEqual(host, 'nodus-test.invalid');
        if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
        else cb(null, '127.0.0.1', 4);
      }),
    }, common.mustCall(function () {
      assert.strictEqual(c.remoteAddress, '127.0.0.1');
      c.end();
    }));
    c.resume();
    c.on('close', common.mustCall(function () { next(); }));
  });

  // new Socket() + socket.connect(port, host, cb); readyState along the way
  steps.push(function () {
    var c = new net.Socket();
    assert.strictEqual(c.connect(port, '127.0.0.1', common.mustCall(function () {
      assert.strictEqual(c.readyState, 'open');
      assert.strictEqual(c.connecting, false);
      c.end();
      assert.strictEqual(c.readyState, 'readOnly');
    })), c);
    assert.strictEqual(c.readyState, 'opening');
    assert.strictEqual(c.connecting, true);
    c.resume();
    c.on('close', common.mustCall(function () {
      assert.strictEqual(c.readyState, 'closed');
      next();
    }));
  });

  // maxConnections: connections beyond it are closed at once
  steps.push(function () {
    server.maxConnections = 1;
    var a = net.connect(port, '127.0.0.1');
    a.on('connect', common.mustCall(function () {
      setTimeout(function () {
        server.getConnections(common.mustCall(function (err, n) {
          assert.strictEqual(err, null);
          assert.strictEqual(n, 1);
          if (isNodus) assert.strictEqual(server.connections, 1);
          var b = net.connect(port, '127.0.0.1');
          b.on('error', function () {});
          b.resume();
          b.on('close', common.mustCall(function () {
            server.maxConnections = undefined;
            a.end();
          }));
        }));
      }, 50);
    }));
    a.resume();
    a.on('close', common.mustCall(function () { next(); }));
  });

  // destroy() before the connection completes
  steps.push(function () {
    var c = net.connect(port, '127.0.0.1');
    c.on('connect', common.mustNotCall('connected after destroy'));
    c.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, false);
      next();
    }));
    c.destroy();
    c.destroy();   // twice is harmless
  });

  // v0.2: a closed stream connects again with connect()
  if (isNodus) steps.push(function () {
    var c = new net.Stream();
    var rounds = 0;
    c.on('connect', function () { c.end('round ' + rounds); });
    c.resume();
    c.on('close', function () {
      if (++rounds < 2) c.connect(port, '127.0.0.1');
      else next();
    });
    c.connect(port, '127.0.0.1');
  });

  next();
}));

// An unref'd server does not keep the process alive; listen() without a
// host binds INADDR_ANY as the spec says (node 20 binds '::').
var idle = net.createServer();
idle.listen(0, common.mustCall(function () {
  var a = idle.address();
  if (isNodus) {
    assert.strictEqual(a.address, '0.0.0.0');
    assert.strictEqual(a.family, 'IPv4');
  }
}));
idle.unref();

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
