// A string as the headers object: its "names" are its indices, as for-in
// and Object.keys see them (one header per character, as Node sends).
// With a 1 MB string, the v0.2 client and http.request build their million
// headers in time linear in the string (it took seconds: the engine looks
// a string up by an index-like name slowly, and for-in over a million
// index-like names grows worse than linearly); the server refuses the
// header section (431) or closes on it, and either ends the exchange.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(common.mustNotCall('the request listener'));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var small = http.request({ port: port, host: '127.0.0.1', headers: 'abc' });
  small.on('error', function () {});
  small._implicitHeader();
  assert.ok(small._header.indexOf('\r\n0: a\r\n1: b\r\n2: c\r\n') > 0, JSON.stringify(small._header));
  small.abort();

  var s = 'x'.repeat(1 << 20);
  var left = 2;
  function done() { if (--left === 0) server.close(); }
  // The end of one exchange: a 431, or the connection failing under the
  // client's writes (more than one error may follow; the first counts).
  function exchange(req) {
    var over = common.mustCall(done);
    var ended = false;
    function end() {
      if (!ended) over();
      ended = true;
    }
    req.on('response', function (res) {
      assert.strictEqual(res.statusCode, 431);
      res.resume();
      end();
    });
    req.on('error', function (e) {
      assert.ok(e.code === 'EPIPE' || e.code === 'ECONNRESET', e.stack);
      end();
    });
    req.end();
  }
  exchange(http.createClient(port, '127.0.0.1').request('GET', '/', s));
  exchange(http.request({ port: port, host: '127.0.0.1', headers: s }));
}));
