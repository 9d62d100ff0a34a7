// EventEmitter.once(emitter, name) resolves with the event's arguments and
// rejects when 'error' comes first.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
EventEmitter.once(e, 'ready').then(common.mustCall(function (args) {
  assert.deepStrictEqual(args, [1, 'two']);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
}));
e.emit('ready', 1, 'two');

var e2 = new EventEmitter();
var failure = new Error('failed');
EventEmitter.once(e2, 'ready').then(common.mustNotCall(), common.mustCall(function (err) {
  assert.strictEqual(err, failure);
  assert.strictEqual(e2.listenerCount('ready'), 0);
}));
e2.emit('error', failure);
