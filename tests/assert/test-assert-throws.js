// assert.throws with every kind of matcher: none, constructor, RegExp,
// validation function, object of properties, Error instance; messages.
var common = require('../common');
var assert = require('assert');
var AssertionError = assert.AssertionError;

function thrower(ErrorType, message) {
  return function () { throw new ErrorType(message || 'test'); };
}

function failsWith(fn, check) {
  var caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (caught === undefined) throw new Error('expected a throw');
  if (check) check(caught);
  return caught;
}

// no matcher
assert.strictEqual(assert.throws(thrower(Error)), undefined);
assert.throws(function () { throw 'a string'; });
assert.throws(function () { throw undefined; });

// block that does not throw
failsWith(function () { assert.throws(function () {}); }, function (e) {
  assert.ok(e instanceof AssertionError);
  assert.strictEqual(e.message, 'Missing expected exception.');
  assert.strictEqual(e.operator, 'throws');
  assert.strictEqual(e.actual, undefined);
});
failsWith(function () { assert.throws(function () {}, TypeError); }, function (e) {
  assert.strictEqual(e.message, 'Missing expected exception (TypeError).');
  assert.strictEqual(e.expected, TypeError);
});
failsWith(function () { assert.throws(function () {}, TypeError, 'need a TypeError'); }, function (e) {
  assert.strictEqual(e.message, 'Missing expected exception (TypeError): need a TypeError');
});
// a string second argument is the message
failsWith(function () { assert.throws(function () {}, 'must throw'); }, function (e) {
  assert.strictEqual(e.message, 'Missing expected exception: must throw');
});

// constructor matcher (instanceof)
assert.throws(thrower(TypeError), TypeError);
assert.throws(thrower(TypeError), Error);
assert.throws(thrower(RangeError), RangeError, 'with a message');
function MyError(msg) { this.message = msg; }
MyError.prototype = Object.create(Error.prototype);
assert.throws(function () { throw new MyError('mine'); }, MyError);
failsWith(function () { assert.throws(thrower(TypeError, 'oops'), RangeError); }, function (e) {
  assert.ok(e instanceof AssertionError);
  assert.ok(e.actual instanceof TypeError);
  assert.strictEqual(e.expected, RangeError);
  assert.strictEqual(e.operator, 'throws');
  assert.ok(/RangeError/.test(e.message));
  assert.ok(/oops/.test(e.message));
});

// RegExp matcher, tested against String(error)
assert.throws(thrower(Error, 'disk is full'), /disk is full/);
assert.throws(thrower(TypeError, 'x'), /^TypeError: x$/);
assert.throws(function () { throw 'plain string'; }, /plain/);
failsWith(function () { assert.throws(thrower(Error, 'abc'), /xyz/); }, function (e) {
  assert.ok(e instanceof AssertionError);
  assert.strictEqual(e.message, "The input did not match the regular expression /xyz/. Input:\n\n'Error: abc'\n");
  assert.strictEqual(e.generatedMessage, true);
});
failsWith(function () { assert.throws(thrower(Error, 'abc'), /xyz/, 'custom'); }, function (e) {
  assert.strictEqual(e.message, 'custom');
});

// validation function
assert.throws(thrower(Error, 'valid'), function (err) {
  return err instanceof Error && err.message === 'valid';
});
var arrow = function (err) { return err.message === 'nope'; };
failsWith(function () { assert.throws(thrower(Error, 'other'), arrow); }, function (e) {
  assert.ok(e instanceof AssertionError);
  assert.ok(/validation function is expected to return "true"/.test(e.message), e.message);
});
// a validation function that throws propagates its own error
var fromValidator = new Error('from validator');
failsWith(function () {
  assert.throws(thrower(Error), function () { throw fromValidator; });
}, function (e) {
  assert.strictEqual(e, fromValidator);
});

// object of properties, with nested RegExps for string properties
var withCode = function () {
  var err = new TypeError('Wrong value');
  err.code = 404;
  err.info = { nested: true, list: [1, 2] };
  throw err;
};
assert.throws(withCode, { name: 'TypeError', message: 'Wrong value' });
assert.throws(withCode, { code: 404, info: { nested: true, list: [1, 2] } });
assert.throws(withCode, { message: /^Wrong/, name: /Type/ });
failsWith(function () { assert.throws(withCode, { code: 500 }); }, function (e) {
  assert.ok(e instanceof AssertionError);
  assert.strictEqual(e.operator, 'throws');
  assert.ok(/strictly deep-equal/.test(e.message), e.message);
});
failsWith(function () { assert.throws(withCode, { info: { nested: false } }); }, function (e) {
  assert.ok(e instanceof AssertionError);
});
failsWith(function () { assert.throws(withCode, { missing: 1 }); }, function (e) {
  assert.ok(e instanceof AssertionError);
});

// an Error instance as matcher compares name and message
assert.throws(thrower(TypeError, 'same'), new TypeError('same'));
failsWith(function () { assert.throws(thrower(TypeError, 'same'), new TypeError('different')); },
          function (e) { assert.ok(e instanceof AssertionError); });
failsWith(function () { assert.throws(thrower(TypeError, 'same'), new RangeError('same')); },
          function (e) { assert.ok(e instanceof AssertionError); });

// bad arguments
failsWith(function () { assert.throws('not a function'); }, function (e) {
  assert.ok(e instanceof TypeError);
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
});
failsWith(function () { assert.throws(thrower(Error), 42); }, function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
});
failsWith(function () { assert.throws(thrower(Error), {}); }, function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_VALUE');
});
failsWith(function () { assert.throws(thrower(Error), 'string', 'and message'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
});
failsWith(function () { assert.throws(thrower(Error, 'ambiguous'), 'ambiguous'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_AMBIGUOUS_ARGUMENT');
});
