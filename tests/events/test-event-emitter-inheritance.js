// Emitters built by inheritance: the v0.2 prototype style (with and without
// calling the constructor) and ES classes.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

function Stream() {
  EventEmitter.call(this);
  this.name = 'stream';
}
Stream.prototype = Object.create(EventEmitter.prototype);
Stream.prototype.constructor = Stream;
Stream.prototype.write = function (data) { this.emit('data', data); };

var s = new Stream();
assert.ok(s instanceof EventEmitter);
s.on('data', common.mustCall(function (d) {
  assert.strictEqual(d, 'payload');
  assert.strictEqual(this.name, 'stream');
}));
s.write('payload');

// instances do not share listeners
var s2 = new Stream();
assert.strictEqual(s2.listenerCount('data'), 0);
assert.strictEqual(s2.emit('data', 'x'), false);

// a subclass that never calls the EventEmitter constructor still works
function Lazy() {}
Lazy.prototype = Object.create(EventEmitter.prototype);
var lazy = new Lazy();
var lazy2 = new Lazy();
assert.strictEqual(lazy.emit('x'), false);
assert.deepStrictEqual(lazy.listeners('x'), []);
lazy.on('x', common.mustCall());
assert.strictEqual(lazy.emit('x'), true);
assert.strictEqual(lazy2.emit('x'), false);
lazy.removeListener('x', function () {});
lazy.removeAllListeners();
assert.strictEqual(lazy.emit('x'), false);

// ES class
class Clock extends EventEmitter {
  tick() { this.emit('tick', 1, 2); }
}
var c = new Clock();
c.on('tick', common.mustCall(function (a, b) {
  assert.strictEqual(this, c);
  assert.strictEqual(a + b, 3);
}));
c.tick();

// process-like objects that mix in the prototype methods
var mixed = {};
Object.keys(EventEmitter.prototype).forEach(function (k) {
  mixed[k] = EventEmitter.prototype[k];
});
mixed.on = EventEmitter.prototype.on;
mixed.emit = EventEmitter.prototype.emit;
mixed.on('m', common.mustCall());
mixed.emit('m');
