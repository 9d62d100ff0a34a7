// What the Host and empty-value rules let through: an empty header value is
// a value ("Cookie:"), an HTTP/1.0 request needs no Host, a Host split
// across two reads counts once, and requireHostHeader: false serves an
// HTTP/1.1 request without one (as Node). Refusals are in test-http-smuggling.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

function handler(req, res) {
  res.end(JSON.stringify({ url: req.url, raw: req.rawHeaders, cookie: req.headers.cookie }));
}

// Sends the pieces one write at a time (each a read on the server, given
// the pause), then reads the answer to the end.
function exchange(port, pieces, cb) {
  var c = net.createConnection(port, '127.0.0.1');
  var out = '';
  c.setEncoding('latin1');
  c.on('data', function (d) { out += d; });
  c.on('error', function () {});
  c.on('close', function () { cb(out); });
  (function next(i) {
    if (i === pieces.length) return c.end();
    c.write(pieces[i]);
    setTimeout(next, 20, i + 1);
  })(0);
}

function body(out) {
  var m = /^HTTP\/1\.1 (\d+)[^]*?\r\n\r\n([^]*)$/.exec(out);
  assert.ok(m, 'no response in ' + JSON.stringify(out));
  return { status: +m[1], json: m[2] ? JSON.parse(m[2]) : null };
}

var strict = http.createServer(handler);
var lax = http.createServer({ requireHostHeader: false }, handler);
assert.strictEqual(strict.requireHostHeader, true);
assert.strictEqual(lax.requireHostHeader, false);

strict.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = strict.address().port;
  var left = 4;
  function done() { if (--left === 0) strict.close(); }
  exchange(port, ['GET /empty HTTP/1.1\r\nHost: x\r\nCookie:\r\nX-Empty:   \r\nX-Last:\r\nConnection: close\r\n\r\n'],
    common.mustCall(function (out) {
      var r = body(out);
      assert.strictEqual(r.status, 200);
      assert.deepStrictEqual(r.json.raw, ['Host', 'x', 'Cookie', '', 'X-Empty', '', 'X-Last', '', 'Connection', 'close']);
      assert.strictEqual(r.json.cookie, '');
      done();
    }));
  exchange(port, ['GET /http10 HTTP/1.0\r\n\r\n'], common.mustCall(function (out) {
    assert.strictEqual(body(out).status, 200);
    done();
  }));
  // "Ho" + "st: x": one Host, whatever the reads; a value split after the
  // blank that follows the colon is not a folded line.
  exchange(port, ['GET /split HTTP/1.1\r\nHo', 'st: ', 'x\r\nX-A:', ' a\r\nConnection: close\r\n\r\n'],
    common.mustCall(function (out) {
      var r = body(out);
      assert.strictEqual(r.status, 200);
      assert.deepStrictEqual(r.json.raw, ['Host', 'x', 'X-A', 'a', 'Connection', 'close']);
      done();
    }));
  // A fold whose LF ended the previous read is still a fold.
  exchange(port, ['GET /fold HTTP/1.1\r\nHost: x\r\nX-A: a\r\n', '  b\r\n\r\n'], common.mustCall(function (out) {
    assert.strictEqual(body(out).status, 400);
    done();
  }));
}));

lax.listen(0, '127.0.0.1', common.mustCall(function () {
  exchange(lax.address().port, ['GET /nohost HTTP/1.1\r\nConnection: close\r\n\r\n'], common.mustCall(function (out) {
    assert.strictEqual(body(out).status, 200);
    lax.close();
  }));
}));
