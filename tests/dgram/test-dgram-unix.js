// The spec's unix_dgram echo server and client (skipped under node, which
// dropped unix_dgram).
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
var fs = require('fs');

try { dgram.createSocket('unix_dgram').close(); } catch (e) { return; }

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodus-dgram-');
var serverPath = dir + '/server_sock';
var clientPath = dir + '/client_sock';
var server = dgram.createSocket('unix_dgram');
server.on('message', common.mustCall(function (msg, rinfo) {
  assert.strictEqual(rinfo.address, clientPath);
  server.send(msg, 0, msg.length, rinfo.address);
}));
server.on('listening', common.mustCall(function () {
  assert.strictEqual(server.address().address, serverPath);
  var message = Buffer.from('A message at ' + new Date());
  var client = dgram.createSocket('unix_dgram');
  client.on('message', common.mustCall(function (msg, rinfo) {
    assert.strictEqual(msg.toString(), message.toString());
    assert.strictEqual(rinfo.address, serverPath);
    client.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }));
  client.on('listening', common.mustCall(function () {
    client.send(message, 0, message.length, serverPath, common.mustCall(function (err, bytes) {
      assert.ifError(err);
      assert.strictEqual(bytes, message.length);
    }));
  }));
  client.bind(clientPath);
}));
server.bind(serverPath);
