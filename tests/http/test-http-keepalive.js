// Keep-alive: an agent reuses its connection for sequential requests; the
// server keeps one socket for all of them.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var sockets = new Set();
var server = http.createServer(function (req, res) {
  sockets.add(req.socket);
  res.end(req.url);
});
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  var n = 0;
  function next() {
    http.get({ port: server.address().port, host: '127.0.0.1', path: '/r' + n, agent: agent }, function (res) {
      if (n > 0) assert.strictEqual(res.req.reusedSocket, true);
      var body = '';
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        assert.strictEqual(body, '/r' + n);
        if (++n < 5) return setImmediate(next);
        assert.strictEqual(sockets.size, 1);
        agent.destroy();
        server.close(common.mustCall());
      });
    });
  }
  next();
}));
