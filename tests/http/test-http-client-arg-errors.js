// ClientRequest's socket setters check their arguments when called, with
// Node's errors, not later from the 'socket' event (where a bad one was an
// uncaught exception): setTimeout and the timeout option throw; setNoDelay
// and setSocketKeepAlive coerce as net.Socket does, so only a delay that
// cannot become a number throws (Node throws for those too, but only once
// connected). A request then still completes.
var common = require('../common');
var assert = require('assert');
var http = require('http');

function throwsCode(fn, Ctor, code, message) {
  assert.throws(fn, function (e) {
    assert.ok(e instanceof Ctor, e.stack);
    assert.strictEqual(e.code, code);
    if (message) assert.strictEqual(e.message, message);
    return true;
  });
}

var NUMBER = 'The "msecs" argument must be of type number. Received ';
var RANGE = 'The value of "msecs" is out of range. It must be a non-negative finite number. Received ';

var server = http.createServer(function (req, res) { res.end('ok'); });
server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  throwsCode(function () { http.request({ port: port, timeout: 'x' }); }, TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "timeout" argument must be of type number. Received type string (\'x\')');
  throwsCode(function () { http.request({ port: port, timeout: -1 }); }, RangeError, 'ERR_OUT_OF_RANGE');

  var req = http.request({ port: port, host: '127.0.0.1' }, common.mustCall(function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  }));
  req.setMaxListeners(50); // each call below waits for the socket
  throwsCode(function () { req.setTimeout('x'); }, TypeError, 'ERR_INVALID_ARG_TYPE', NUMBER + 'type string (\'x\')');
  throwsCode(function () { req.setTimeout(); }, TypeError, 'ERR_INVALID_ARG_TYPE', NUMBER + 'undefined');
  throwsCode(function () { req.setTimeout(Symbol('s')); }, TypeError, 'ERR_INVALID_ARG_TYPE',
    NUMBER + 'type symbol (Symbol(s))');
  throwsCode(function () { req.setTimeout({ valueOf: function () { return 5; } }); }, TypeError,
    'ERR_INVALID_ARG_TYPE', NUMBER + 'an instance of Object');
  throwsCode(function () { req.setTimeout(-1); }, RangeError, 'ERR_OUT_OF_RANGE', RANGE + '-1');
  throwsCode(function () { req.setTimeout(NaN); }, RangeError, 'ERR_OUT_OF_RANGE', RANGE + 'NaN');
  throwsCode(function () { req.setTimeout(Infinity); }, RangeError, 'ERR_OUT_OF_RANGE', RANGE + 'Infinity');
  throwsCode(function () { req.setTimeout(10, 'x'); }, TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "listener" argument must be of type function. Received type string (\'x\')');
  assert.strictEqual(req.setTimeout(0), req);
  assert.strictEqual(req.setTimeout(10000, null), req);

  // coerced as net.Socket#setNoDelay and #setKeepAlive do: no error now or later
  ['x', -1, NaN, 1e20, 1.5, null, {}, Symbol('s')].forEach(function (v) { req.setNoDelay(v); });
  ['x', -1, NaN, 1e20, 1.5, null, {}].forEach(function (v) {
    req.setSocketKeepAlive(v);
    req.setSocketKeepAlive(true, v);
  });
  // nodus only: Node defers these to the connection (an uncaught exception)
  assert.throws(function () { req.setSocketKeepAlive(true, Symbol('s')); }, TypeError);
  assert.throws(function () { req.setSocketKeepAlive(true, 5n); }, TypeError);
  assert.throws(function () { req.setSocketKeepAlive(true, { valueOf: function () { throw new Error('vo'); } }); },
    /vo/);
  req.setTimeout(10000); // the last call wins: the request must not time out
  req.end();
}));
