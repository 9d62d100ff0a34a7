// The vm module: new globals are really separate, errors propagate with the
// sandbox still updated, syntax errors are SyntaxErrors naming the file, and
// contexts persist variables between runs.
var assert = require('assert');
var vm = require('vm');

var sandbox = { x: 2 };
assert.strictEqual(vm.runInNewContext('x * 21', sandbox), 42);
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof Array'), 'function');
assert.notStrictEqual(vm.runInNewContext('Array'), Array);
vm.runInNewContext('var leaked = 1');
assert.strictEqual(typeof leaked, 'undefined');

var ctx = vm.createContext({ n: 1 });
assert.ok(vm.isContext(ctx));
vm.runInContext('n += 1; var m = n * 10', ctx);
vm.runInContext('n += 1', ctx);
assert.strictEqual(ctx.n, 3);
assert.strictEqual(ctx.m, 20);

var s2 = { before: 1 };
assert.throws(function () { vm.runInNewContext('after = 2; throw new TypeError("boom")', s2); }, function (e) { return e.name === 'TypeError'; });
assert.strictEqual(s2.after, 2);

assert.throws(function () { new vm.Script('var = ;', 'bad.js'); }, SyntaxError);
assert.throws(function () { vm.runInThisContext('(', 'bad2.js'); }, function (e) {
  // SpiderMonkey names the file in e.fileName, V8 in the stack
  return e instanceof SyntaxError && (e.fileName === 'bad2.js' || /bad2\.js/.test(e.stack));
});
assert.strictEqual(vm.runInThisContext('typeof process'), 'object');
assert.throws(function () { vm.runInNewContext('1', 5); }, TypeError);
var script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
var c2 = vm.createContext({});
script.runInContext(c2);
script.runInContext(c2);
assert.strictEqual(c2.count, 2);
