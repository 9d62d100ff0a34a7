// listeners(), rawListeners(), listenerCount(), eventNames() and the static
// EventEmitter.listenerCount.
var common = require('../common');
var assert = require('assert');
var events = require('events');
var EventEmitter = events.EventEmitter;

assert.strictEqual(events, EventEmitter);
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);

function l1() {}
function l2() {}
function l3() {}

var e = new EventEmitter();
assert.deepStrictEqual(e.listeners('foo'), []);
assert.deepStrictEqual(e.eventNames(), []);
assert.strictEqual(e.listenerCount('foo'), 0);

e.on('foo', l1);
assert.deepStrictEqual(e.listeners('foo'), [l1]);

// the returned array is a copy: changing it does not change the emitter
var copy = e.listeners('foo');
copy.push(l2);
assert.deepStrictEqual(e.listeners('foo'), [l1]);
e.removeAllListeners('foo');
assert.deepStrictEqual(copy, [l1, l2]);

e.on('foo', l1).on('foo', l2).addListener('foo', l3);
assert.deepStrictEqual(e.listeners('foo'), [l1, l2, l3]);
assert.strictEqual(e.listenerCount('foo'), 3);
assert.strictEqual(EventEmitter.listenerCount(e, 'foo'), 3);

var sym = Symbol('sym');
e.on(sym, l1);
e.on('bar', l2);
assert.deepStrictEqual(e.eventNames(), ['foo', 'bar', sym]);  // strings, then symbols
assert.deepStrictEqual(e.listeners(sym), [l1]);

e.once('once', l3);
assert.deepStrictEqual(e.listeners('once'), [l3]);
assert.notStrictEqual(e.rawListeners('once')[0], l3);
assert.strictEqual(e.listenerCount('once'), 1);

// listeners and rawListeners of the same emitter stay independent
var raw = e.rawListeners('foo');
raw.pop();
assert.strictEqual(e.listenerCount('foo'), 3);

// on === addListener, off === removeListener
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);

// emit returns whether there were listeners
assert.strictEqual(e.emit('foo'), true);
assert.strictEqual(e.emit('nobody'), false);
