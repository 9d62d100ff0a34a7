// Argument validation of the path functions, as node 20 does it: a
// TypeError with code ERR_INVALID_ARG_TYPE and node's wording of what was
// received, for both path.posix and path.win32.
'use strict';
var assert = require('assert');
var path = require('path');

var bad = [
  [null, 'Received null'],
  [undefined, 'Received undefined'],
  [true, 'Received type boolean (true)'],
  [1, 'Received type number (1)'],
  [12345678901234567890123456789012345, 'Received type number (1.234567890123457e+34)'],
  [{}, 'Received an instance of Object'],
  [[], 'Received an instance of Array'],
  [function foo() {}, 'Received function foo'],
  [new Date(0), 'Received an instance of Date']
];

function check(fn, name, label) {
  bad.forEach(function (b) {
    assert.throws(function () { fn(b[0]); }, function (err) {
      assert.ok(err instanceof TypeError, label);
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE', label);
      assert.strictEqual(err.message, 'The "' + name + '" argument must be of type string. ' + b[1], label);
      return true;
    }, label + ' ' + String(b[0]));
  });
}

[path.posix, path.win32].forEach(function (p) {
  var flavor = p === path.win32 ? 'win32' : 'posix';
  check(function (v) { return p.join(v); }, 'path', flavor + '.join');
  check(function (v) { return p.join('a', v); }, 'path', flavor + '.join 2nd');
  check(function (v) { return p.resolve(v); }, 'paths[0]', flavor + '.resolve');
  check(function (v) { return p.resolve('/a', v, 'b'); }, 'paths[1]', flavor + '.resolve 2nd');
  check(function (v) { return p.normalize(v); }, 'path', flavor + '.normalize');
  check(function (v) { return p.isAbsolute(v); }, 'path', flavor + '.isAbsolute');
  check(function (v) { return p.relative(v, 'a'); }, 'from', flavor + '.relative from');
  check(function (v) { return p.relative('a', v); }, 'to', flavor + '.relative to');
  check(function (v) { return p.dirname(v); }, 'path', flavor + '.dirname');
  check(function (v) { return p.basename(v); }, 'path', flavor + '.basename');
  check(function (v) { return p.extname(v); }, 'path', flavor + '.extname');
  check(function (v) { return p.parse(v); }, 'path', flavor + '.parse');
  // basename checks its suffix (unless undefined)
  bad.slice(0, 1).concat(bad.slice(2)).forEach(function (b) {
    assert.throws(function () { p.basename('a', b[0]); }, function (err) {
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
      assert.strictEqual(err.message, 'The "suffix" argument must be of type string. ' + b[1]);
      return true;
    });
  });
  assert.strictEqual(p.basename('a.js', undefined), 'a.js');

  // format wants an object
  [['a', "Received type string ('a')"], [null, 'Received null'], [undefined, 'Received undefined'],
   [1, 'Received type number (1)']].forEach(function (b) {
    assert.throws(function () { p.format(b[0]); }, function (err) {
      assert.ok(err instanceof TypeError);
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
      assert.strictEqual(err.message, 'The "pathObject" argument must be of type object. ' + b[1]);
      return true;
    });
  });

  // toNamespacedPath returns anything that is not a string untouched
  [null, undefined, 1, {}].forEach(function (v) {
    assert.strictEqual(p.toNamespacedPath(v), v);
  });
});

// the join/resolve of no arguments is fine
assert.strictEqual(path.join(), '.');
assert.strictEqual(path.resolve(), process.cwd());
