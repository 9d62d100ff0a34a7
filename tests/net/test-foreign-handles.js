// Every wrapped class of net and child_process checks its type tag: a
// method called with another class's handle (another plugin's, a plain
// object, a Pipe for a net Handle and back) throws a TypeError with code
// ERR_INVALID_THIS and touches nothing; swapping `_handle`s between sockets,
// servers and child pipes makes calls throw, never crash, and the real
// owners keep working afterwards.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var cp = require('child_process');
var dgram = require('dgram');
var zlib = require('zlib');

function invalidThis(fn) {
  assert.throws(fn, function (e) {
    return e instanceof TypeError && e.code === 'ERR_INVALID_THIS';
  });
}

var server = net.createServer(function (s) { s.on('data', function (d) { s.write(d); }); });
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var client = net.connect(server.address().port, '127.0.0.1', common.mustCall(function () {
    var child = cp.spawn('cat');
    var udp = dgram.createSocket('udp4');
    var gz = zlib.createGzip();

    var Handle = client._handle.constructor;
    var Pipe = child.stdout._handle.constructor;
    assert.notStrictEqual(Handle, Pipe);

    var foreign = {
      pipe: child.stdout._handle,
      udp: udp._handle,
      zlib: gz._handle,
      plain: {},
      array: [],
      fn: function () {},
      num: 42,
      undef: undefined,
    };
    var handleMethods = ['readStart', 'readStop', 'write', 'writev', 'shutdown', 'close', 'ref',
      'setTimeout', 'open', 'bind', 'bindPipe', 'listen', 'connect', 'connectPipe', 'setNoDelay',
      'setKeepAlive', 'getsockname', 'getpeername'];
    var args = { write: ['x'], writev: [['x']], open: [0], bind: ['127.0.0.1', 0], bindPipe: ['/tmp/x'],
      connect: ['127.0.0.1', 1], connectPipe: ['/tmp/x'], setTimeout: [0], listen: [1] };
    Object.keys(foreign).forEach(function (k) {
      handleMethods.forEach(function (m) {
        invalidThis(function () { Handle.prototype[m].apply(foreign[k], args[m] || []); });
      });
      ['fd', 'writeQueueSize', 'family'].forEach(function (g) {
        var get = Object.getOwnPropertyDescriptor(Handle.prototype, g).get;
        invalidThis(function () { get.call(foreign[k]); });
      });
    });

    var pipeForeign = { net: client._handle, server: server._handle, udp: udp._handle, zlib: gz._handle, plain: {} };
    Object.keys(pipeForeign).forEach(function (k) {
      ['readStart', 'readStop', 'write', 'writev', 'shutdown', 'close', 'ref', 'setTimeout'].forEach(function (m) {
        invalidThis(function () { Pipe.prototype[m].apply(pipeForeign[k], args[m] || []); });
      });
      invalidThis(function () { Object.getOwnPropertyDescriptor(Pipe.prototype, 'fd').get.call(pipeForeign[k]); });
    });

    // Swapped _handles: each call either reaches a method the foreign
    // handle's own class has (acting on that handle, as its owner could),
    // or throws a TypeError; nothing is reinterpreted.
    function typeErrorOrNothing(fn) {
      try { fn(); } catch (e) { assert.ok(e instanceof TypeError, String(e)); }
    }
    var saved = client._handle;
    [child.stdout._handle, gz._handle, udp._handle, {}].forEach(function (h) {
      client._handle = h;
      typeErrorOrNothing(function () { client.setNoDelay(true); });
      typeErrorOrNothing(function () { client.setKeepAlive(true, 1000); });
      typeErrorOrNothing(function () { client.address(); });
      typeErrorOrNothing(function () { client.unref(); client.ref(); });
      typeErrorOrNothing(function () { return client.bufferSize; });
    });
    client._handle = saved;
    var savedOut = child.stdout._handle;
    [saved, server._handle, gz._handle, udp._handle].forEach(function (h) {
      child.stdout._handle = h;
      typeErrorOrNothing(function () { child.stdout.unref(); child.stdout.ref(); });
      typeErrorOrNothing(function () { child.stdout._read(); child.stdout._handle.readStop && child.stdout._handle.readStop(); });
      invalidThis(function () { Pipe.prototype.readStart.call(h); });
    });
    child.stdout._handle = savedOut;

    // The real owners still work.
    var echoed = '';
    client.setEncoding('utf8');
    client.on('data', function (d) {
      echoed += d;
      if (echoed === 'still fine') client.end();
    });
    client.write('still fine');
    var out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', function (d) { out += d; });
    child.stdin.end('pipe fine');
    child.on('close', common.mustCall(function () { assert.strictEqual(out, 'pipe fine'); }));
    client.on('close', common.mustCall(function () {
      assert.strictEqual(echoed, 'still fine');
      server.close();
      udp.close();
      gz.close();
    }));
  }));
}));

setTimeout(function () { throw new Error('timed out'); }, 20000).unref();
