// Going over the listener limit warns once per event, on stderr only;
// setMaxListeners/getMaxListeners/defaultMaxListeners.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

var captured = '';
var realWrite = process.stderr.write;
process.stderr.write = function (chunk) {
  captured += String(chunk);
  return true;
};

var e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
for (var i = 0; i < 10; i++) e.on('data', function () {});
e.on('data', function () {});   // 11th: warns
e.on('data', function () {});   // 12th: no second warning for 'data'

var quiet = new EventEmitter();
assert.strictEqual(quiet.setMaxListeners(0), quiet);   // unlimited
assert.strictEqual(quiet.getMaxListeners(), 0);
for (var j = 0; j < 50; j++) quiet.on('data', function () {});

var raised = new EventEmitter();
raised.setMaxListeners(20);
assert.strictEqual(raised.getMaxListeners(), 20);
for (var k = 0; k < 20; k++) raised.on('data', function () {});

assert.throws(function () { e.setMaxListeners(-1); }, RangeError);
assert.throws(function () { e.setMaxListeners('5'); }, TypeError);

console.log('listeners added');

setTimeout(common.mustCall(function () {
  process.stderr.write = realWrite;
  var matches = captured.match(/memory leak detected/gi) || [];
  assert.strictEqual(matches.length, 1, 'expected exactly one warning, got: ' + captured);
  assert.ok(/11/.test(captured));
  assert.ok(/setMaxListeners/.test(captured));
  console.log('one warning on stderr');
}), 20);
