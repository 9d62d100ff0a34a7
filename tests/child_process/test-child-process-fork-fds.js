// No descriptor leaks into a forked child except its channel: the child's
// open descriptors are those of a child spawned without a channel (same
// stdio), plus one socket, though the parent holds a file, a listening
// socket and other children's channels.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
var fs = require('fs');
var net = require('net');

// Every open descriptor's kind: a path, or "socket", "pipe", "anon_inode:...".
function kinds() {
  return fs.readdirSync('/proc/self/fd').map(function (fd) {
    var l;
    try { l = fs.readlinkSync('/proc/self/fd/' + fd); } catch (e) { return null; }
    return l.replace(/:\[\d+\]$/, '');
  }).filter(function (k) { return k !== null && k.indexOf('/proc/') !== 0; }).sort();
}

if (process.argv[2] === 'plain') {
  process.stdout.write(JSON.stringify(kinds()));
  return;
}
if (process.argv[2] === 'forked') {
  process.send(kinds());
  return;
}

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var marker = '/tmp/nodus-fork-fds-' + process.pid;
var held = fs.openSync(marker, 'w');
var server = net.createServer().listen(0, '127.0.0.1');
var other = cp.fork(__filename, ['forked'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
other.on('message', function () {});

var plain = cp.spawn(process.execPath, [__filename, 'plain'], { stdio: ['ignore', 'pipe', 'inherit'] });
var out = '';
plain.stdout.setEncoding('utf8');
plain.stdout.on('data', function (d) { out += d; });
plain.on('close', common.mustCall(function () {
  var base = JSON.parse(out);
  var child = cp.fork(__filename, ['forked'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  child.on('message', common.mustCall(function (list) {
    assert.ok(list.indexOf(marker) < 0, 'the parent\'s file leaked');
    assert.deepStrictEqual(list, base.concat('socket').sort());
  }));
  child.on('exit', common.mustCall(function (code) {
    assert.strictEqual(code, 0);
    fs.closeSync(held);
    fs.unlinkSync(marker);
    server.close();
    clearTimeout(guard);
  }));
}));
