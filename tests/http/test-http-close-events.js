// The server's request and response emit 'close' as Node's do: after a
// response ends, 'finish', then the response's 'close', then the request's
// (keep-alive, Connection: close, a body nobody reads); when the client goes
// away first, the request's 'aborted', the response's 'close', the
// request's 'error' (ECONNRESET, when listened to) and 'close'.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var logs = {};
var server = http.createServer(function (req, res) {
  var log = logs[req.url] = [];
  if (req.url === '/quiet') { // nobody listens: the state still says closed
    res.end('ok', function () {
      setTimeout(function () { log.push('destroyed ' + req.destroyed + ' ' + res.destroyed); }, 10);
    });
    return;
  }
  ['aborted', 'close'].forEach(function (e) { req.on(e, function () { log.push('req ' + e); }); });
  ['finish', 'close'].forEach(function (e) { res.on(e, function () { log.push('res ' + e); }); });
  if (req.url === '/abort-body') {
    req.on('data', function () {});
    req.on('error', common.mustCall(function (e) {
      assert.strictEqual(e.code, 'ECONNRESET');
      log.push('req error');
    }));
  } else if (req.url === '/abort-response') {
    res.write('partial'); // the client goes away before the end
  } else if (req.url === '/unread') {
    res.end('not reading your body'); // the body is dumped, then 'close'
  } else {
    req.resume();
    req.on('end', function () { res.end('ok'); });
  }
});

// Sends `data`; ends (or, with `abort`, destroys) the connection once
// `expect` has arrived; cb when the server has emitted `events` for `url`.
function exchange(url, data, expect, abort, events, cb) {
  var c = net.createConnection(server.address().port, '127.0.0.1', function () { c.write(data); });
  var out = '';
  c.setEncoding('latin1');
  c.on('data', function (d) {
    out += d;
    if (out.indexOf(expect) >= 0) abort ? c.destroy() : c.end();
  });
  c.on('error', function () {});
  if (abort && !expect) setTimeout(function () { c.destroy(); }, 50);
  (function wait() {
    if (logs[url] && logs[url].length >= events.length) {
      setTimeout(function () { // nothing more may follow
        assert.deepStrictEqual(logs[url], events, url);
        cb();
      }, 30);
    } else {
      setTimeout(wait, 5);
    }
  })();
}

var DONE = ['res finish', 'res close', 'req close'];
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var steps = [
    ['/keep-alive', 'GET /keep-alive HTTP/1.1\r\nHost: x\r\n\r\n', '\r\n\r\nok', false, DONE],
    ['/quiet', 'GET /quiet HTTP/1.1\r\nHost: x\r\n\r\n', '\r\n\r\nok', false, ['destroyed true true']],
    ['/close', 'GET /close HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', '\r\n\r\nok', false, DONE],
    ['/post', 'POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello', '\r\n\r\nok', false, DONE],
    ['/unread', 'POST /unread HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello', 'your body', false, DONE],
    ['/abort-body', 'POST /abort-body HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc', '', true,
      ['req aborted', 'res close', 'req error', 'req close']],
    ['/abort-response', 'GET /abort-response HTTP/1.1\r\nHost: x\r\n\r\n', 'partial', true,
      ['req aborted', 'res close', 'req close']],
  ];
  (function next(i) {
    if (i === steps.length) return server.close();
    var s = steps[i];
    exchange(s[0], s[1], s[2], s[3], s[4], common.mustCall(function () { next(i + 1); }));
  })(0);
}));
