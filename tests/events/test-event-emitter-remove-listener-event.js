// The 'removeListener' event reports removals after they happen.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

function listener1() {}
function listener2() {}

var e = new EventEmitter();
e.on('hello', listener1);
e.on('removeListener', common.mustCall(function (name, cb) {
  assert.strictEqual(name, 'hello');
  assert.strictEqual(cb, listener1);
  assert.deepStrictEqual(e.listeners('hello'), []);
}));
e.removeListener('hello', listener1);

// once listeners are reported with the original function when they fire
var e2 = new EventEmitter();
e2.once('go', listener2);
e2.on('removeListener', common.mustCall(function (name, cb) {
  assert.strictEqual(name, 'go');
  assert.strictEqual(cb, listener2);
}));
e2.emit('go');

// a removeListener handler can remove itself
var e3 = new EventEmitter();
function onRemove() { e3.removeListener('removeListener', onRemove); }
e3.on('a', listener1);
e3.on('removeListener', onRemove);
e3.removeListener('a', listener1);
assert.deepStrictEqual(e3.eventNames(), []);
