// 'newListener' is emitted before the listener is added, with the event name
// and the listener (the original function for once()).
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var seen = [];
function hello(a, b) { seen.push('hello ' + a + ' ' + b); }
function foo() {}

e.on('newListener', common.mustCall(function (event, listener) {
  if (event === 'newListener') return; // not reported for itself (already added)
  seen.push('newListener ' + event);
  // the listener is not yet registered when newListener fires
  assert.strictEqual(this.listeners(event).indexOf(listener), -1);
  assert.strictEqual(this, e);
}, 3));

e.on('hello', hello);
e.once('foo', foo);
assert.deepStrictEqual(seen, ['newListener hello', 'newListener foo']);
assert.strictEqual(e.listeners('foo')[0], foo);
assert.ok(e.emit('hello', 'a', 'b'));
assert.deepStrictEqual(seen, ['newListener hello', 'newListener foo', 'hello a b']);
e.prependListener('bar', function () {});

// A listener added for the same event from within 'newListener' ends up
// before the listener that triggered it.
var e2 = new EventEmitter();
var order = [];
e2.once('newListener', function (name) {
  if (name === 'x') {
    this.on('x', function () { order.push('B'); });
  }
});
e2.on('x', function () { order.push('A'); });
e2.emit('x');
assert.deepStrictEqual(order, ['B', 'A']);

// newListener for newListener itself: the second registration sees the first.
var e3 = new EventEmitter();
var count = 0;
e3.on('newListener', function () { count++; });
e3.on('newListener', function () {});
assert.strictEqual(count, 1);
