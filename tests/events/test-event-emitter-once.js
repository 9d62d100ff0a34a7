// once(): called at most once, removable through the original function,
// and rawListeners() exposes the wrapper with a .listener property.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
e.once('hello', common.mustCall(function (a, b) {
  assert.strictEqual(a, 'a');
  assert.strictEqual(b, 'b');
  assert.strictEqual(this, e);
}));
e.emit('hello', 'a', 'b');
e.emit('hello', 'a', 'b');
e.emit('hello', 'a', 'b');
assert.strictEqual(e.listenerCount('hello'), 0);

// removable before firing, by the original function
function remove() { assert.fail('once->foo should not be emitted'); }
e.once('foo', remove);
assert.strictEqual(e.listenerCount('foo'), 1);
e.removeListener('foo', remove);
assert.strictEqual(e.listenerCount('foo'), 0);
e.emit('foo');

// wrapper is visible through rawListeners
var origCalls = 0;
function orig() { origCalls++; }
e.once('bar', orig);
var raw = e.rawListeners('bar');
assert.strictEqual(raw.length, 1);
assert.notStrictEqual(raw[0], orig);
assert.strictEqual(raw[0].listener, orig);
assert.strictEqual(e.listeners('bar')[0], orig);
raw[0]();            // calling the wrapper runs orig and unregisters it
assert.strictEqual(e.listenerCount('bar'), 0);
raw[0]();            // a fired wrapper does nothing
e.emit('bar');
assert.strictEqual(origCalls, 1);

// re-emitting from inside a once listener does not call it again
var times = 0;
e.once('re', function () {
  times++;
  e.emit('re');
});
e.emit('re');
assert.strictEqual(times, 1);

// once returns the emitter for chaining; arguments beyond three arrive
e.once('many', common.mustCall(function (a, b, c, d, f) {
  assert.deepStrictEqual([a, b, c, d, f], [1, 2, 3, 4, 5]);
})).emit('many', 1, 2, 3, 4, 5);

// the same function added with once and on: once's registration goes away
function both() { both.calls = (both.calls || 0) + 1; }
e.once('both', both);
e.on('both', both);
e.emit('both');
e.emit('both');
assert.strictEqual(both.calls, 3);

// prependOnceListener
var order = [];
e.on('p', function () { order.push('on'); });
e.prependOnceListener('p', function () { order.push('prependOnce'); });
e.emit('p');
e.emit('p');
assert.deepStrictEqual(order, ['prependOnce', 'on', 'on']);
