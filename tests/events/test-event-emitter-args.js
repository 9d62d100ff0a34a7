// Arguments 0..5 reach every listener unchanged, and `this` is the emitter.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
var expected = [];
var got = [];

function record() {
  assert.strictEqual(this, e);
  got.push(Array.prototype.slice.call(arguments));
}

e.on('ev', record);
e.on('ev', record);   // two listeners: exercises the array path

var all = [1, 'two', { three: 3 }, [4], null];
for (var n = 0; n <= 5; n++) {
  var args = all.slice(0, n);
  got = [];
  e.emit.apply(e, ['ev'].concat(args));
  assert.strictEqual(got.length, 2);
  assert.deepStrictEqual(got[0], args);
  assert.deepStrictEqual(got[1], args);
}

// single listener path with each arity
var single = new EventEmitter();
single.on('one', record);
var saved = e;
e = single;
for (var m = 0; m <= 5; m++) {
  got = [];
  single.emit.apply(single, ['one'].concat(all.slice(0, m)));
  assert.deepStrictEqual(got, [all.slice(0, m)]);
}
e = saved;

// undefined arguments are passed as given (length counts)
var lengths = [];
var e2 = new EventEmitter();
e2.on('u', function () { lengths.push(arguments.length); });
e2.emit('u');
e2.emit('u', undefined);
e2.emit('u', undefined, undefined, undefined, undefined);
assert.deepStrictEqual(lengths, [0, 1, 4]);

// the same object is passed, not a copy
var obj = {};
e2.on('o', common.mustCall(function (x) { assert.strictEqual(x, obj); }));
e2.emit('o', obj);

// `this` for once listeners and prepended listeners too
e2.once('t', common.mustCall(function () { assert.strictEqual(this, e2); }));
e2.prependListener('t', common.mustCall(function () { assert.strictEqual(this, e2); }));
e2.emit('t');

// the event name can be any string, including inherited property names
var e3 = new EventEmitter();
e3.on('constructor', common.mustCall());
e3.on('__proto__', common.mustCall());
e3.on('toString', common.mustCall());
e3.emit('constructor');
e3.emit('__proto__');
e3.emit('toString');
assert.strictEqual(e3.emit('hasOwnProperty'), false);
