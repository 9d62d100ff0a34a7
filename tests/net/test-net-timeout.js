// setTimeout(ms): 'timeout' after ms of inactivity, without closing the
// connection; activity postpones it; the callback form; setTimeout(0)
// disables it; an idle timeout alone does not keep the process alive.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer(function (s) {
  s.on('data', function (d) { s.write(d); });
  s.on('end', function () { s.end(); });
});

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var c = net.connect(port, '127.0.0.1');
  var start;
  c.on('connect', common.mustCall(function () {
    start = Date.now();
    assert.strictEqual(c.setTimeout(250), c);
    assert.strictEqual(c.timeout, 250);
    // activity every 40 ms for 320 ms keeps the timeout away
    var n = 0;
    var iv = setInterval(function () {
      c.write('x');
      if (++n === 8) clearInterval(iv);
    }, 40);
  }));
  c.resume();
  c.on('timeout', common.mustCall(function () {
    var idle = Date.now() - start;
    assert.ok(idle >= 320 + 200, 'timed out after ' + idle + ' ms despite activity');
    // the connection is still open; the user closes it
    assert.strictEqual(c.destroyed, false);
    assert.strictEqual(c.readyState, 'open');
    c.setTimeout(0);
    second(port);
    c.end();
  }));
  c.on('close', common.mustCall());
}));

function second(port) {
  var c = net.connect(port, '127.0.0.1');
  // callback form; a timeout set before the connection exists applies too
  c.setTimeout(60, common.mustCall(function () {
    c.setTimeout(0);
    c.destroy();
    third(port);
  }));
}

// A disabled timeout never fires.
function third(port) {
  var c = net.connect(port, '127.0.0.1');
  c.setTimeout(50, common.mustNotCall('disabled timeout fired'));
  c.setTimeout(0);
  c.on('connect', function () {
    setTimeout(function () {
      c.destroy();
      server.close();
    }, 200);
  });
}

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
