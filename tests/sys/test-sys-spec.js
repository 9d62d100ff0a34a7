// The sys examples of the v0.2 API document: sys.puts, sys.print and
// sys.inspect with showHidden and depth. stdout is compared with
// test-sys-spec.out.
'use strict';
var common = require('../common');
var assert = require('assert');
var sys = require('sys');

assert.strictEqual(sys, require('util'));

// node >= 12 dropped sys.puts/print (nodus keeps them); emulate them there so
// the expected output is the same everywhere.
var puts = sys.puts || function () {
  for (var i = 0; i < arguments.length; i++) process.stdout.write(String(arguments[i]) + '\n');
};
var print = sys.print || function () {
  for (var i = 0; i < arguments.length; i++) process.stdout.write(String(arguments[i]));
};

print('String with no newline');
print(' - still the same line', ' and more');
puts('');
puts('puts line one', 'puts line two', 3, null);

console.log(sys.inspect({ a: [1, 2, { b: 3 }] }));
assert.strictEqual(sys.inspect({ a: [1, 2, { b: 3 }] }), '{ a: [ 1, 2, { b: 3 } ] }');

// showHidden lists non-enumerable properties.
var obj = { visible: 'yes' };
Object.defineProperty(obj, 'secret', { value: 'hidden', enumerable: false });
console.log(sys.inspect(obj));
console.log(sys.inspect(obj, true));
console.log(sys.inspect([1, 2, 3], true));

// depth: default 2, a number, or null for no limit.
var deep = { level1: { level2: { level3: { level4: { level5: 'bottom' } } } } };
console.log(sys.inspect(deep));
console.log(sys.inspect(deep, false, 0));
console.log(sys.inspect(deep, false, 1));
console.log(sys.inspect(deep, false, null));
console.log(sys.inspect(deep, true, 3));

// The everyday values of v0.2 programs.
console.log(sys.inspect('string'), sys.inspect(42), sys.inspect(null), sys.inspect(undefined));
console.log(sys.inspect([1, 'two', [3]]), sys.inspect(function named() {}), sys.inspect(/re/g));
console.log(sys.inspect(new Date(0)), sys.inspect(new Error('message').message));
var circular = { name: 'loop' };
circular.self = circular;
console.log(sys.inspect(circular));

// Example from the document: inspecting the sys module itself.
var all = sys.inspect(sys, true, null);
assert.strictEqual(typeof all, 'string');
['inspect', 'format', 'inherits'].forEach(function (name) {
  // With showHidden each function shows its prototype, which points back.
  var re = new RegExp('\\n  ' + name + ': (<ref \\*\\d+> )?\\[Function: ' + name + '\\]');
  assert.ok(re.test(all), name);
});
