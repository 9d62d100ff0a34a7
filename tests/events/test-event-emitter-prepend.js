// prependListener puts listeners in front.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
var order = [];
e.on('x', function () { order.push(2); });
e.prependListener('x', function () { order.push(1); });
e.on('x', function () { order.push(3); });
e.prependListener('x', function () { order.push(0); });
e.emit('x');
assert.deepStrictEqual(order, [0, 1, 2, 3]);

// prepending onto an empty event is the same as on()
var e2 = new EventEmitter();
assert.strictEqual(e2.prependListener('y', common.mustCall()), e2);
e2.emit('y');
