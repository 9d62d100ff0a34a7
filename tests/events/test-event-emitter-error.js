// 'error' without a listener throws; with a listener it is delivered.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
var err = new Error('the error');

// an Error argument is thrown as is
assert.throws(function () { e.emit('error', err); }, function (thrown) {
  return thrown === err;
});

// subclasses of Error too
var te = new TypeError('typed');
assert.throws(function () { e.emit('error', te); }, TypeError);

// a non-Error value is wrapped in an Error carrying it as .context
[42, 'a string', null, undefined, { code: 'X' }].forEach(function (value) {
  assert.throws(function () { e.emit('error', value); }, function (thrown) {
    assert.ok(thrown instanceof Error);
    assert.strictEqual(thrown.context, value);
    return true;
  });
});

// no argument at all
assert.throws(function () { e.emit('error'); }, Error);

// with a listener nothing is thrown and emit returns true
e.on('error', common.mustCall(function (ex) {
  assert.strictEqual(ex, err);
  assert.strictEqual(this, e);
}));
assert.strictEqual(e.emit('error', err), true);

// once('error') handles exactly one error
var e2 = new EventEmitter();
e2.once('error', common.mustCall());
e2.emit('error', new Error('first'));
assert.throws(function () { e2.emit('error', new Error('second')); }, /second/);

// exceptions thrown by listeners propagate out of emit
var e3 = new EventEmitter();
e3.on('data', function () { throw new RangeError('from listener'); });
assert.throws(function () { e3.emit('data'); }, RangeError);

// an emitter that never ran the constructor still throws for 'error'
var bare = Object.create(EventEmitter.prototype);
assert.throws(function () { bare.emit('error', err); }, function (t) { return t === err; });
assert.strictEqual(bare.emit('other'), false);

// errorMonitor listeners observe errors before the normal handling
var e4 = new EventEmitter();
var monitored = [];
e4.on(EventEmitter.errorMonitor, function (er) { monitored.push(er); });
assert.throws(function () { e4.emit('error', err); }, function (t) { return t === err; });
assert.deepStrictEqual(monitored, [err]);
e4.on('error', common.mustCall());
e4.emit('error', err);
assert.deepStrictEqual(monitored, [err, err]);
