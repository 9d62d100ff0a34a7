// The SDK test addon (tests/sdk/addon.c, built as C against the SDK only)
// loaded as a .node file: every part of the ABI a plugin relies on.
var common = require('../common');
var assert = require('assert');

var addon = require(process.env.NODUS_TEST_BUILD_ROOT + '/tests/sdk/sdk_test.node');
assert.strictEqual(addon.abiMajor, 1);

// values and calls
assert.strictEqual(addon.add(2, 3), 5);
assert.strictEqual(addon.noop(), undefined);
assert.throws(function () { addon.add('a'); }, function (e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE';
});
assert.strictEqual(addon.describe(), 'undefined/0');
assert.strictEqual(addon.describe(null, 1, 2), 'null/3');
assert.strictEqual(addon.describe(true), 'boolean/1');
assert.strictEqual(addon.describe(1.5), 'number/1');
assert.strictEqual(addon.describe('x'), 'string/1');
assert.strictEqual(addon.describe(Symbol('s')), 'symbol/1');
assert.strictEqual(addon.describe(10n), 'bigint/1');
assert.strictEqual(addon.describe({}), 'object/1');
assert.strictEqual(addon.describe(function () {}), 'function/1');

// strings
var r = addon.roundtrip('héllo wörld ✓ 😀');
assert.strictEqual(r.str, 'héllo wörld ✓ 😀');
assert.strictEqual(r.bytes, 22);
assert.strictEqual(addon.truncate('aé😀', 8), 'aé😀');
assert.strictEqual(addon.truncate('aé😀', 7), 'aé');
assert.strictEqual(addon.truncate('aé😀', 3), 'a');

// arrays, scopes
var arr = addon.makeArray(5000);
assert.strictEqual(arr.length, 5000);
assert.strictEqual(arr[4999], 4999 * 4999);

// handles held across many allocations (and the GCs they cause) stay valid
assert.strictEqual(addon.holdMany(100000), 100000);

// errno errors as Node shapes them
assert.throws(addon.throwErrno, function (e) {
  return e.code === 'ENOENT' && e.errno === -2 && e.syscall === 'open' &&
    e.path === '/nonexistent' && e.message === "ENOENT: no such file or directory, open '/nonexistent'";
});

// calling back into JavaScript; exceptions propagate through C
assert.strictEqual(addon.callBack(function (a, b) { return a * b; }, 6, 7), 42);
assert.throws(function () {
  addon.callBack(function () { throw new RangeError('inner'); });
}, /RangeError: inner/);

// classes, wrapped data, finalizers
var c = new addon.Counter(10);
assert.strictEqual(c.add(5), 15);
assert.strictEqual(c.total, 15);
assert.ok(c instanceof addon.Counter);
assert.throws(function () { addon.Counter(1); }, TypeError);
// type tags: a Counter method on anything but a Counter is ERR_INVALID_THIS
function invalidThis(e) {
  return e instanceof TypeError && e.code === 'ERR_INVALID_THIS' &&
    e.message === 'Value of "this" must be of type Counter';
}
[new addon.Gauge(), addon.untagged(), {}, 1, null, undefined].forEach(function (foreign) {
  assert.throws(function () { c.add.call(foreign, 1); }, invalidThis);
  assert.throws(function () { Object.getOwnPropertyDescriptor(addon.Counter.prototype, 'total').get.call(foreign); },
    invalidThis);
});
assert.strictEqual(c.total, 15);
class Sub extends addon.Counter {
  double() { return this.add(this.total); }
}
var s = new Sub(4);
assert.strictEqual(s.double(), 8);
assert.ok(s instanceof Sub && s instanceof addon.Counter);
var before = addon.Counter.live();
(function () { for (var i = 0; i < 1000; i++) new addon.Counter(i); })();
addon.gc();
assert.ok(addon.Counter.live() < before + 1000, 'finalizers ran: ' + addon.Counter.live());

// references: strong ones keep their object, weak ones do not; a Ref's
// finalizer frees its reference. Objects to be collected are made and
// dropped inside functions (box.*), so no slot of this frame holds them.
function churn() { var x; for (var i = 0; i < 200000; i++) x = { i: i }; return x.i; }
function weakTo(name) { return new addon.Ref(box[name], true); }
function holds(ref, name) { return ref.get() === box[name]; }
function cleared(ref) { return ref.get() === undefined; }
assert.throws(function () { new addon.Ref(1, true); }, /a weak Ref needs an object/);
var box = { held: { tag: 'held' }, fn: function () {} }; // young: in the nursery
var weakHeld = weakTo('held'), weakFn = weakTo('fn');
(function () { new addon.Ref({ tag: 'alone' }, true).get(); })(); // only weakly held while young
churn(); // minor GCs move both; the references follow
assert.ok(holds(weakHeld, 'held') && holds(weakFn, 'fn'));
addon.gc();
assert.ok(holds(weakHeld, 'held') && holds(weakFn, 'fn'));
box.held = box.fn = null;
addon.gc();
assert.ok(cleared(weakHeld) && cleared(weakFn));
assert.throws(function () { weakHeld.set(2); }, /holds only objects/);

var strong = new addon.Ref((function () { return { tag: 'strong' }; })(), false);
addon.gc();
assert.strictEqual(strong.get().tag, 'strong');
strong.setWeak(true); // the only holder is now weak
addon.gc();
assert.ok(cleared(strong));
strong.setWeak(false); // a strong reference to undefined
strong.set(42);
assert.strictEqual(strong.get(), 42);
assert.throws(function () { strong.setWeak(true); }, /needs an object/);
var toggled = new addon.Ref((function () { return { tag: 'toggled' }; })(), true);
toggled.setWeak(false); // strong again before any GC: kept
addon.gc();
assert.strictEqual(toggled.get().tag, 'toggled');

var probes = [];
(function () {
  for (var i = 0; i < 200; i++) {
    var target = { i: i };
    probes.push(new addon.Ref(target, true));
    new addon.Ref(target, false); // garbage that holds target strongly
  }
})();
var liveRefs = addon.Ref.live();
addon.gc(); // the garbage Refs are finalized; each frees its strong reference
assert.ok(addon.Ref.live() <= liveRefs - 200, 'Ref finalizers ran: ' + addon.Ref.live());
addon.gc(); // so nothing holds the targets any more
assert.ok(probes.every(cleared));

// bytes that never move
var u8 = addon.bytes(300);
assert.ok(u8 instanceof Uint8Array);
assert.strictEqual(u8.length, 300);
assert.strictEqual(u8[255], 255);
assert.strictEqual(u8[256], 0);
assert.strictEqual(addon.sumBytes(new Uint8Array([1, 2, 3])), 6);

// scripts
assert.strictEqual(addon.run('6 * 7'), 42);
assert.throws(function () { addon.run('syntax error here'); }, SyntaxError);

// the loop: timers, fd watches, the worker pool and promises
var order = [];
addon.after(20, common.mustCall(function () { order.push('timer'); }));
addon.echoThroughPipe('ping', common.mustCall(function (str) {
  assert.strictEqual(str, 'ping');
  order.push('pipe');
}));
addon.sumTo(1000).then(common.mustCall(function (v) {
  assert.strictEqual(v, 500500);
  order.push('work');
}));
process.on('exit', function () {
  assert.deepStrictEqual(order.slice().sort(), ['pipe', 'timer', 'work']);
});
