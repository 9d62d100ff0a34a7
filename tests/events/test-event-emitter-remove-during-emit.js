// Adding or removing listeners while an event is being emitted does not
// change which listeners that emit calls.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
var calls = [];
function a() { calls.push('a'); e.removeListener('ev', b); }
function b() { calls.push('b'); }
e.on('ev', a);
e.on('ev', b);
e.emit('ev');           // b was removed during this emit but still runs
assert.deepStrictEqual(calls, ['a', 'b']);
calls = [];
e.emit('ev');
assert.deepStrictEqual(calls, ['a']);

// a listener removing itself
var e2 = new EventEmitter();
var log = [];
function self() { log.push('self'); e2.removeListener('x', self); }
function other() { log.push('other'); }
e2.on('x', self);
e2.on('x', other);
e2.emit('x');
e2.emit('x');
assert.deepStrictEqual(log, ['self', 'other', 'other']);

// adding during emit: the new listener runs only on the next emit
var e3 = new EventEmitter();
var n = 0;
e3.on('y', function () {
  n++;
  e3.on('y', function () { n += 100; });
});
e3.emit('y');
assert.strictEqual(n, 1);
e3.emit('y');
assert.strictEqual(n, 102);

// removeAllListeners during emit
var e4 = new EventEmitter();
var hits = [];
e4.on('z', function () { hits.push(1); e4.removeAllListeners('z'); });
e4.on('z', function () { hits.push(2); });
e4.emit('z');
assert.deepStrictEqual(hits, [1, 2]);
assert.strictEqual(e4.emit('z'), false);

// removing one of the duplicates removes the most recent registration
var e5 = new EventEmitter();
function dup() {}
function mid() {}
e5.on('d', dup);
e5.on('d', mid);
e5.on('d', dup);
e5.removeListener('d', dup);
assert.deepStrictEqual(e5.listeners('d'), [dup, mid]);
e5.removeListener('d', dup);
assert.deepStrictEqual(e5.listeners('d'), [mid]);
// removing an unknown listener is a no-op and chains
assert.strictEqual(e5.removeListener('d', function () {}), e5);
assert.strictEqual(e5.off('nothing', dup), e5);
e5.off('d', mid);
assert.deepStrictEqual(e5.eventNames(), []);
