// removeAllListeners with and without an event name.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

function noop() {}

var e = new EventEmitter();
e.on('foo', noop);
e.on('bar', noop);
e.on('bar', noop);
e.on('baz', noop);

// one event
assert.strictEqual(e.removeAllListeners('bar'), e);
assert.deepStrictEqual(e.listeners('bar'), []);
assert.deepStrictEqual(e.listeners('foo'), [noop]);
assert.deepStrictEqual(e.eventNames(), ['foo', 'baz']);

// an event with no listeners
e.removeAllListeners('nothing');
assert.deepStrictEqual(e.eventNames(), ['foo', 'baz']);

// all events
assert.strictEqual(e.removeAllListeners(), e);
assert.deepStrictEqual(e.eventNames(), []);
assert.strictEqual(e.emit('foo'), false);

// the emitter keeps working afterwards
e.on('foo', common.mustCall());
e.emit('foo');

// 'removeListener' is announced for every removed listener, last one first
var e2 = new EventEmitter();
function a() {}
function b() {}
function c() {}
e2.on('x', a);
e2.on('x', b);
e2.once('y', c);
var removed = [];
e2.on('removeListener', function (name, listener) {
  removed.push(name + ':' + listener.name);
});
e2.removeAllListeners('x');
assert.deepStrictEqual(removed, ['x:b', 'x:a']);
e2.on('x', a);
removed = [];
e2.removeAllListeners();
assert.deepStrictEqual(removed.sort(), ['x:a', 'y:c']);
assert.deepStrictEqual(e2.eventNames(), []);

// removeAllListeners on an emitter that never had listeners
var bare = new EventEmitter();
assert.strictEqual(bare.removeAllListeners(), bare);
assert.strictEqual(bare.removeAllListeners('foo'), bare);
