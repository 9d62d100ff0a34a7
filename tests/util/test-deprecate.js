// util.deprecate: the wrapper still works, and warns only once.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');

var warnings = [];
var useEvent = typeof process.emitWarning === 'function' && typeof process.on === 'function';
var realWrite = process.stderr.write;
if (useEvent) {
  process.on('warning', function (w) { warnings.push(w.name + ': ' + w.message + (w.code ? ' ' + w.code : '')); });
} else {
  process.stderr.write = function (s) { warnings.push(String(s)); return true; };
}

function add(a, b) { return a + b; }
var oldAdd = util.deprecate(add, 'add() is deprecated');
assert.strictEqual(oldAdd(1, 2), 3);
assert.strictEqual(oldAdd(3, 4), 7);
assert.strictEqual(Object.getPrototypeOf(oldAdd), add);

// Constructors keep working through the wrapper (with and without new).
function Thing(v) { this.v = v; }
Thing.prototype.get = function () { return this.v; };
var OldThing = util.deprecate(Thing, 'Thing is deprecated', 'DEP_TEST_THING');
var t = new OldThing(5);
assert.strictEqual(t.get(), 5);
assert.ok(t instanceof Thing);
assert.strictEqual(OldThing.prototype, Thing.prototype);

// Two wrappers with the same code warn once in total.
var f1 = util.deprecate(function () { return 1; }, 'shared code one', 'DEP_TEST_SHARED');
var f2 = util.deprecate(function () { return 2; }, 'shared code two', 'DEP_TEST_SHARED');
assert.strictEqual(f1() + f2() + f1(), 4);

setTimeout(common.mustCall(function () {
  if (!useEvent) process.stderr.write = realWrite;
  var text = warnings.join('\n');
  var count = function (needle) { return text.split(needle).length - 1; };
  assert.strictEqual(count('add() is deprecated'), 1, text);
  assert.strictEqual(count('Thing is deprecated'), 1, text);
  assert.strictEqual(count('shared code one') + count('shared code two'), 1, text);
  assert.strictEqual(count('DeprecationWarning'), 3, text);
  assert.ok(text.indexOf('DEP_TEST_THING') !== -1, text);
}), 20);
