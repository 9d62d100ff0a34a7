// Descriptor hygiene: every descriptor fs opens is close-on-exec, and none
// is left open after calls that succeed or fail (open errors, reads of a
// directory, copyFile into a missing directory, destroyed streams...).
// Linux-only: it reads /proc/self/fd and /proc/self/fdinfo.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync(common.tmpDir + '/fs-fds-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
fs.writeFileSync(dir + '/f', 'content');
fs.mkdirSync(dir + '/d');

function openFds() {
  return fs.readdirSync('/proc/self/fd').length;
}

function isCloexec(fd) {
  var info = fs.readFileSync('/proc/self/fdinfo/' + fd, 'utf8');
  var flags = parseInt(/flags:\s*([0-7]+)/.exec(info)[1], 8);
  return (flags & 0o2000000) !== 0;
}

// inotify's descriptor lives as long as the process once fs.watch is used
fs.watch(dir, { persistent: false }).close();
var baseline = openFds();

['r', 'r+', 'w', 'a+', 'wx+'].forEach(function (flags, i) {
  var fd = fs.openSync(flags === 'wx+' ? dir + '/new' + i : dir + '/f', flags);
  assert.ok(isCloexec(fd), 'openSync ' + flags);
  fs.closeSync(fd);
});

var ops = [
  function (cb) { fs.open(dir + '/f', 'r', function (e, fd) { assert.ok(isCloexec(fd)); fs.close(fd, cb); }); },
  function (cb) { fs.readFile(dir + '/missing', function (e) { assert.ok(e); cb(); }); },
  function (cb) { fs.readFile(dir + '/d', function (e) { assert.strictEqual(e.code, 'EISDIR'); cb(); }); },
  function (cb) { fs.readFile(dir + '/f', function (e) { assert.ifError(e); cb(); }); },
  function (cb) { fs.writeFile(dir + '/d', 'x', function (e) { assert.ok(e); cb(); }); },
  function (cb) { fs.writeFile(dir + '/w', 'x', function (e) { assert.ifError(e); cb(); }); },
  function (cb) { fs.copyFile(dir + '/f', dir + '/missing/x', function (e) { assert.ok(e); cb(); }); },
  function (cb) { fs.copyFile(dir + '/d', dir + '/x', function (e) { assert.ok(e); cb(); }); },
  function (cb) { fs.copyFile(dir + '/f', dir + '/c', function (e) { assert.ifError(e); cb(); }); },
  function (cb) { fs.truncate(dir + '/missing', 0, function (e) { assert.ok(e); cb(); }); },
  function (cb) { fs.truncate(dir + '/f', 7, function (e) { assert.ifError(e); cb(); }); },
  function (cb) { fs.readdir(dir, { withFileTypes: true }, function (e) { assert.ifError(e); cb(); }); },
  function (cb) { fs.readdir(dir + '/f', function (e) { assert.ok(e); cb(); }); },
  function (cb) { fs.realpath(dir + '/f', function (e) { assert.ifError(e); cb(); }); },
  function (cb) {
    fs.mkdir(dir + '/m/n/o', { recursive: true }, function (e) {
      assert.ifError(e);
      fs.rm(dir + '/m', { recursive: true }, function (e2) { assert.ifError(e2); cb(); });
    });
  },
  function (cb) {
    var rs = fs.createReadStream(dir + '/f', { highWaterMark: 2 });
    rs.on('data', function () { rs.destroy(); });
    rs.on('close', cb);
  },
  function (cb) {
    var rs = fs.createReadStream(dir + '/missing');
    rs.on('error', function () {});
    rs.on('close', cb);
  },
  function (cb) {
    var ws = fs.createWriteStream(dir + '/ws');
    ws.on('open', function (fd) { assert.ok(isCloexec(fd)); });
    ws.end('data', function () {});
    ws.on('close', cb);
  },
  function (cb) {
    fs.promises.open(dir + '/f').then(function (h) {
      assert.ok(isCloexec(h.fd));
      return h.close();
    }).then(cb);
  },
];

// sync forms that fail after opening
assert.throws(function () { fs.readFileSync(dir + '/d'); }, /EISDIR/);
assert.throws(function () { fs.copyFileSync(dir + '/f', dir + '/d'); }, /EISDIR|EEXIST/);
assert.throws(function () { fs.writeFileSync(dir + '/d/x/y', 'x'); }, /ENOENT/);

// five rounds, one after the other, each running every op at once
(function round(n) {
  if (n === 5) {
    setTimeout(common.mustCall(function () { // let streams finish closing
      assert.strictEqual(openFds(), baseline, 'descriptors leaked');
    }), 50);
    return;
  }
  var left = ops.length;
  ops.forEach(function (op) {
    op(common.mustCall(function () {
      if (--left === 0) round(n + 1);
    }));
  });
})(0);
