// destroy(err) and _destroy, autoDestroy and emitClose, _construct:
// an error is emitted exactly once and followed by 'close', a second
// destroy is a no-op, custom _destroy may finish asynchronously or replace
// the error, and nothing is read or written before _construct calls back.
var common = require('../common');
var assert = require('assert');
var stream = require('stream');

// Error once, then close; errored/destroyed/closed reflect it.
(function () {
  var r = new stream.Readable({ read: function () {} });
  var order = [];
  r.on('error', function (err) { order.push('error ' + err.message); });
  r.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order, ['error first', 'close']);
    assert.strictEqual(r.closed, true);
  }));
  r.destroy(new Error('first'));
  r.destroy(new Error('second'));
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored.message, 'first');
})();

// A custom _destroy finishes later and may change the error; destroy's callback gets it.
(function () {
  var w = new stream.Writable({
    write: function (c, e, cb) { cb(); },
    destroy: function (err, cb) {
      assert.strictEqual(err, null);
      setTimeout(function () { cb(new Error('cleanup failed')); }, 2);
    }
  });
  w.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'cleanup failed'); }));
  w.on('close', common.mustCall());
  w.destroy(null, common.mustCall(function (err) { assert.strictEqual(err.message, 'cleanup failed'); }));
})();

// autoDestroy: false keeps the stream after 'end'; emitClose: false suppresses 'close'.
(function () {
  var r = new stream.Readable({ autoDestroy: false, read: function () {} });
  r.on('close', common.mustNotCall('close without autoDestroy'));
  r.on('end', common.mustCall(function () {
    setTimeout(function () { assert.strictEqual(r.destroyed, false); }, 2);
  }));
  r.resume();
  r.push(null);

  var quiet = new stream.Writable({ emitClose: false, write: function (c, e, cb) { cb(); } });
  quiet.on('close', common.mustNotCall('close with emitClose false'));
  quiet.on('finish', common.mustCall(function () {
    setTimeout(function () { assert.strictEqual(quiet.destroyed, true); }, 2);
  }));
  quiet.end();
})();

// Without autoDestroy an error is emitted but the stream is not destroyed.
(function () {
  var w = new stream.Writable({ autoDestroy: false, write: function (c, e, cb) { cb(new Error('x')); } });
  w.on('error', common.mustCall(function () {
    assert.strictEqual(w.destroyed, false);
    assert.strictEqual(w.writable, false);
  }));
  w.write('a');
})();

// _construct: writes wait for it; an error from it destroys the stream.
(function () {
  var ready = false;
  var w = new stream.Writable({
    construct: function (cb) { setTimeout(function () { ready = true; cb(); }, 3); },
    write: function (c, e, cb) { assert.ok(ready, 'write after construct'); cb(); },
    final: function (cb) { assert.ok(ready); cb(); }
  });
  w.write('early');
  w.end();
  w.on('finish', common.mustCall());

  var r = new stream.Readable({
    construct: function (cb) { cb(new Error('could not open')); },
    read: common.mustNotCall('read after a failed construct')
  });
  r.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'could not open'); }));
  r.resume();
})();

// destroy() during _construct waits for it, then destroys.
(function () {
  var constructed = false;
  var r = new stream.Readable({
    construct: function (cb) { setTimeout(function () { constructed = true; cb(); }, 2); },
    read: function () {},
    destroy: common.mustCall(function (err, cb) {
      assert.ok(constructed);
      cb(err);
    })
  });
  r.on('close', common.mustCall());
  r.destroy();
})();

// A Duplex is destroyed once both sides are done.
(function () {
  var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  d.resume();
  d.push(null);
  d.on('end', common.mustCall(function () {
    setTimeout(function () {
      assert.strictEqual(d.destroyed, false, 'the writable side is still open');
      d.end();
    }, 2);
  }));
  d.on('close', common.mustCall(function () { assert.strictEqual(d.destroyed, true); }));
})();
