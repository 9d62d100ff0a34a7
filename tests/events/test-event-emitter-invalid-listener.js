// Non-function listeners are rejected with ERR_INVALID_ARG_TYPE.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
var methods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
               'removeListener', 'off'];
var bad = [null, undefined, 1, 'str', {}, [], true];

methods.forEach(function (method) {
  bad.forEach(function (value) {
    assert.throws(function () { e[method]('foo', value); }, function (err) {
      assert.ok(err instanceof TypeError);
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
      assert.ok(/^The "listener" argument must be of type function\. Received /.test(err.message),
                err.message);
      return true;
    });
  });
});

// the message names what was received
assert.throws(function () { e.on('foo', null); },
              { message: 'The "listener" argument must be of type function. Received null' });
assert.throws(function () { e.on('foo', undefined); },
              { message: 'The "listener" argument must be of type function. Received undefined' });
assert.throws(function () { e.on('foo', 42); },
              { message: 'The "listener" argument must be of type function. Received type number (42)' });
assert.throws(function () { e.on('foo', new Date(0)); },
              { message: 'The "listener" argument must be of type function. Received an instance of Date' });

// nothing was registered along the way
assert.deepStrictEqual(e.eventNames(), []);
