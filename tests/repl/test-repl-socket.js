// A REPL over a TCP socket, as in the spec's example: a client evaluates
// code in the server process and .exit closes the connection.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var repl = require('repl');

global.connections = 0;
var server = net.createServer(function (socket) {
  connections += 1;
  repl.start('node via TCP socket> ', socket);
});
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.createConnection(server.address().port, '127.0.0.1');
  var out = '';
  c.setEncoding('utf8');
  c.on('data', function (d) {
    out += d;
    if (/socket> $/.test(out) && out.indexOf('42') < 0) c.write('connections * 42\n');
    else if (/42\n.*socket> $/.test(out)) c.write('.exit\n');
  });
  c.on('close', common.mustCall(function () {
    assert.ok(/^Type '\.help' for options\.\nnode via TCP socket> 42\n/.test(out), JSON.stringify(out));
    server.close();
  }));
}));
