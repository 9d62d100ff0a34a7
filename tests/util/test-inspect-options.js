// util.inspect: the v0.2 positional signature, option handling,
// defaultOptions, custom inspection and colors.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');

var deep = { a: { b: { c: { d: { e: {} } } } } };

// inspect(object, showHidden, depth, colors)
assert.strictEqual(util.inspect(deep, false, null),
  '{\n  a: {\n    b: { c: { d: { e: {} } } }\n  }\n}');
assert.strictEqual(util.inspect(deep, false, 0), '{ a: [Object] }');
assert.strictEqual(util.inspect(deep, false, undefined), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect(deep), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect([1], true), '[ 1, [length]: 1 ]');
assert.strictEqual(util.inspect(1, false, 2, true), '\u001b[33m1\u001b[39m');
assert.strictEqual(util.inspect('s', undefined, undefined, true), "\u001b[32m's'\u001b[39m");
assert.strictEqual(util.inspect(new Map([[1, { a: [{ b: 1 }] }]]), false, 1),
  'Map(1) { 1 => { a: [Array] } }');

// Unknown options are ignored (and passed on to custom inspectors).
assert.strictEqual(util.inspect({ a: 1 }, { unknownOption: 1 }), '{ a: 1 }');

// inspect.custom is the registered symbol.
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

// A custom inspector gets the remaining depth, the options and inspect itself.
var seen;
var probe = {};
probe[util.inspect.custom] = function (depth, options, insp) {
  seen = { depth: depth, stylize: typeof options.stylize, insp: insp, user: options.custom,
           self: this };
  return 'probe';
};
assert.strictEqual(util.inspect({ x: probe }, { custom: 'user' }), '{ x: probe }');
assert.strictEqual(seen.depth, 1);
assert.strictEqual(seen.stylize, 'function');
assert.strictEqual(seen.insp, util.inspect);
assert.strictEqual(seen.user, 'user');
assert.strictEqual(seen.self, probe);
util.inspect(probe, { depth: null });
assert.strictEqual(seen.depth, null);

// Returning a non-string formats the returned value instead.
var replaced = {};
replaced[util.inspect.custom] = function () { return [1, 'two']; };
assert.strictEqual(util.inspect(replaced), "[ 1, 'two' ]");

// Returning the object itself falls back to normal formatting.
var selfish = { a: 1 };
selfish[util.inspect.custom] = function () { return this; };
assert.strictEqual(util.inspect(selfish),
  '{ a: 1, [Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)] }');

// Multi-line custom output is re-indented to the nesting level.
var multi = {};
multi[util.inspect.custom] = function () { return 'line1\nline2'; };
assert.strictEqual(util.inspect({ key: { inner: multi } }, { compact: false }),
  '{\n  key: {\n    inner: line1\n    line2\n  }\n}');

// Custom inspectors in classes; the prototype itself is not custom-inspected.
class Point {
  constructor(x) { this.x = x; }
  [util.inspect.custom](depth, opts, insp) { return 'Point<' + insp(this.x, opts) + '>'; }
}
assert.strictEqual(util.inspect([new Point(1), { p: new Point('a') }]),
  "[ Point<1>, { p: Point<'a'> } ]");
assert.strictEqual(util.inspect(Point.prototype), '{}');

// customInspect: false disables them.
assert.strictEqual(util.inspect(multi, { customInspect: false }),
  '{ [Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)] }');

// defaultOptions changes every later call and can be restored.
var saved = Object.assign({}, util.inspect.defaultOptions);
assert.strictEqual(saved.depth, 2);
assert.strictEqual(saved.breakLength, 80);
assert.strictEqual(saved.compact, 3);
assert.strictEqual(saved.maxArrayLength, 100);
util.inspect.defaultOptions = { depth: 0 };
assert.strictEqual(util.inspect(deep), '{ a: [Object] }');
util.inspect.defaultOptions = { depth: saved.depth };
assert.strictEqual(util.inspect(deep), '{ a: { b: { c: [Object] } } }');
assert.throws(function () { util.inspect.defaultOptions = null; }, TypeError);
assert.throws(function () { util.inspect.defaultOptions = 'x'; }, TypeError);

// Colors: styles map value kinds to names in inspect.colors.
assert.deepStrictEqual(util.inspect.colors.red, [31, 39]);
assert.deepStrictEqual(util.inspect.colors.grey, [90, 39]);
assert.strictEqual(util.inspect.styles.string, 'green');
assert.strictEqual(util.inspect.styles.number, 'yellow');
assert.strictEqual(util.inspect.styles.null, 'bold');
assert.strictEqual(util.inspect.styles.special, 'cyan');
assert.strictEqual(util.inspect(null, { colors: true }), '\u001b[1mnull\u001b[22m');
assert.strictEqual(util.inspect(undefined, { colors: true }), '\u001b[90mundefined\u001b[39m');
var savedStyle = util.inspect.styles.number;
util.inspect.styles.number = 'red';
assert.strictEqual(util.inspect(5, { colors: true }), '\u001b[31m5\u001b[39m');
util.inspect.styles.number = savedStyle;

// A user stylize function is used as is.
assert.strictEqual(util.inspect({ n: 1 }, { stylize: function (s, t) { return '<' + t + ':' + s + '>'; } }),
  '{ <name:n>: <number:1> }');

// Depth limits use the constructor name.
class Deep { constructor() { this.v = 1; } }
assert.strictEqual(util.inspect({ a: { b: { c: new Deep() } } }), '{ a: { b: { c: [Deep] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: [1] } } }), '{ a: { b: { c: [Array] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: Object.create(null) } } }),
  '{ a: { b: { c: [Object: null prototype] {} } } }');
assert.strictEqual(util.inspect({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }),
  '{ a: { b: { c: [Object: null prototype] } } }');
