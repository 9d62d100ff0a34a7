// Thousands of connect/close cycles (clients ending, servers ending, and
// destroys mid-way) leave no descriptor behind: the count of open fds
// (/proc/self/fd, or the number the next socket gets) is the same before
// and after.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var CYCLES = 3000;
var PARALLEL = 8;

function fdCount() {
  try {
    return require('fs').readdirSync('/proc/self/fd').length;
  } catch (e) {
    return null;
  }
}

// The lowest free descriptor number, seen through a fresh socket.
function nextFd(cb) {
  var probe = net.createServer().listen(0, '127.0.0.1', function () {
    var fd = probe._handle.fd;
    probe.close(function () { cb(fd); });
  });
}

var server = net.createServer(function (s) {
  s.on('error', function () {});
  s.resume();
  var kind = s.remotePort % 3;
  if (kind === 0) s.end('bye');             // the server ends first
  else if (kind === 1) s.on('end', function () { s.end(); });
  else s.destroy();                          // abrupt
});

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var before = fdCount();
  nextFd(function (fdBefore) {
    var started = 0, done = 0;
    function one() {
      if (started >= CYCLES) return;
      started++;
      var c = net.connect(port, '127.0.0.1');
      c.on('error', function () {});
      var mode = started % 2;
      c.on('connect', function () {
        if (mode) c.end('hi');
        else setImmediate(function () { c.destroy(); });
      });
      c.resume();
      c.on('end', function () { c.end(); });
      c.on('close', function () {
        done++;
        if (done === CYCLES) finish(before, fdBefore);
        else one();
      });
    }
    for (var i = 0; i < PARALLEL; i++) one();
  });
}));

function finish(before, fdBefore) {
  // let the server side of the last connections close
  setTimeout(function () {
    assert.strictEqual(server.connections === undefined ? 0 : server.connections, 0);
    var after = fdCount();
    if (before !== null) assert.strictEqual(after, before, 'fds: ' + before + ' before, ' + after + ' after');
    nextFd(common.mustCall(function (fdAfter) {
      assert.strictEqual(fdAfter, fdBefore, 'next fd ' + fdBefore + ' before, ' + fdAfter + ' after');
      server.close();
    }));
  }, 100);
}

setTimeout(function () { throw new Error('timed out'); }, 50000).unref();
