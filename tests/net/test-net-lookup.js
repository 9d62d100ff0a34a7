// Names go through dns as in node: net.connect calls the `lookup` option
// (hostname, {family, hints, all: true}) and connects to what it returns,
// trying the next address when one refuses; without the option it calls
// dns.lookup (patching it is seen). A lookup error reaches 'lookup' and
// 'error'; a lookup that returns no IP is ERR_INVALID_IP_ADDRESS. The C side
// never resolves: an unresolvable name fails in dns with ENOTFOUND.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var dns = require('dns');

var server = net.createServer(function (s) { s.end('hi'); });

function expectHi(socket, cb) {
  var got = '';
  socket.setEncoding('utf8');
  socket.on('data', function (d) { got += d; });
  socket.on('end', common.mustCall(function () {
    assert.strictEqual(got, 'hi');
    cb();
  }));
}

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var steps = [custom, customSingle, fallThrough, patched, failing, notAnIp, family6, done];
  function next() { steps.shift()(); }

  // 1. lookup with all: true -> [{address, family}]
  function custom() {
    var c = net.connect({
      host: 'example.invalid', port: port,
      lookup: common.mustCall(function (host, opts, cb) {
        assert.strictEqual(host, 'example.invalid');
        assert.strictEqual(opts.all, true);
        assert.strictEqual(opts.family, undefined);
        assert.strictEqual(opts.hints, dns.ADDRCONFIG);
        process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
      }),
    });
    c.on('lookup', common.mustCall(function (err, address, family, host) {
      assert.strictEqual(err, null);
      assert.strictEqual(address, '127.0.0.1');
      assert.strictEqual(family, 4);
      assert.strictEqual(host, 'example.invalid');
    }));
    expectHi(c, next);
  }

  // 2. with a family, one address is asked for and answered
  function customSingle() {
    var c = net.connect({
      host: 'single.invalid', port: port, family: 4,
      lookup: common.mustCall(function (host, opts, cb) {
        assert.strictEqual(opts.family, 4);
        assert.ok(!opts.all);
        process.nextTick(cb, null, '127.0.0.1', 4);
      }),
    });
    expectHi(c, next);
  }

  // 3. the first address refuses (nothing listens on 127.0.0.3), the
  // second one works
  function fallThrough() {
    var c = net.connect({
      host: 'two.invalid', port: port,
      lookup: function (host, opts, cb) {
        process.nextTick(cb, null, [{ address: '127.0.0.3', family: 4 }, { address: '127.0.0.1', family: 4 }]);
      },
    });
    expectHi(c, next);
  }

  // 4. no lookup option: dns.lookup is called (at connect time)
  function patched() {
    var orig = dns.lookup;
    var calls = 0;
    dns.lookup = function (host, opts, cb) {
      calls++;
      assert.strictEqual(host, 'patched.invalid');
      assert.strictEqual(opts.all, true);
      dns.lookup = orig;
      cb(null, [{ address: '127.0.0.1', family: 4 }]);
    };
    var c = net.connect(port, 'patched.invalid');
    expectHi(c, function () {
      assert.strictEqual(calls, 1);
      next();
    });
  }

  // 5. a lookup error: 'lookup' then 'error', the socket is destroyed
  function failing() {
    var e = new Error('no such name');
    e.code = 'ENOTFOUND';
    var c = net.connect({ host: 'fail.invalid', port: port, lookup: function (h, o, cb) { process.nextTick(cb, e); } });
    c.on('lookup', common.mustCall(function (err) { assert.strictEqual(err, e); }));
    c.on('error', common.mustCall(function (err) {
      assert.strictEqual(err, e);
      assert.strictEqual(c.destroyed, true);
      next();
    }));
  }

  // 6. the lookup must answer with IPs
  function notAnIp() {
    var c = net.connect({ host: 'x.invalid', port: port, lookup: function (h, o, cb) { cb(null, 'not-an-ip', 4); } });
    c.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS');
      next();
    }));
  }

  // 7. family reaches the lookup
  function family6() {
    var c = net.connect({
      host: 'six.invalid', port: port, family: 6,
      lookup: common.mustCall(function (h, o, cb) {
        assert.strictEqual(o.family, 6);
        assert.strictEqual(o.hints, 0);
        assert.ok(!o.all);
        cb(null, '127.0.0.1', 4);
      }),
    });
    expectHi(c, next);
  }

  function done() {
    // the real resolver: an invalid name fails with node's error shape
    var c = net.connect(port, 'no-such-host.invalid');
    c.on('error', common.mustCall(function (err) {
      assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN', err.code);
      assert.strictEqual(err.syscall, 'getaddrinfo');
      assert.strictEqual(err.hostname, 'no-such-host.invalid');
      assert.strictEqual(typeof err.errno, 'number');
      // and 'localhost' resolves and connects
      var l = net.connect(port, 'localhost');
      l.on('error', function () {
        // localhost may resolve to ::1 first on hosts without 127.0.0.1 for it
      });
      expectHi(l, function () { server.close(); });
    }));
  }

  next();
}));

setTimeout(function () { throw new Error('timed out'); }, 20000).unref();
