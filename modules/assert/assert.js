// assert — owns require('assert'): the assertion functions of the v0.2 API
// (assert()/ok, fail, equal, notEqual, deepEqual, notDeepEqual, strictEqual,
// notStrictEqual, throws, doesNotThrow, ifError), the modern additions
// (deepStrictEqual, notDeepStrictEqual, match, doesNotMatch, rejects,
// doesNotReject, assert.strict), the AssertionError class, and the deep
// equality algorithm in its loose and strict flavours.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// require('util') is consulted lazily (for inspect) and is optional; argument
// errors come from internal/errors.

'use strict';

var objToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var isEnumerable = Object.prototype.propertyIsEnumerable;
var regexpExec = RegExp.prototype.exec;
var getPrototypeOf = Object.getPrototypeOf;
var objectIs = Object.is;

var errors = require('internal/errors');

// Sentinel returned by getActual when the block did not throw.
var NO_EXCEPTION = {};

// ---------------------------------------------------------------------------
// Value rendering

function plainInspect(value, seen) {
  switch (typeof value) {
    case 'string':
      return "'" + value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
    case 'number':
      return value === 0 && 1 / value < 0 ? '-0' : String(value);
    case 'bigint':
      return String(value) + 'n';
    case 'symbol':
      return value.toString();
    case 'function':
      return '[Function' + (value.name ? ': ' + value.name : ' (anonymous)') + ']';
    case 'undefined':
      return 'undefined';
  }
  if (value === null) return 'null';
  if (seen.indexOf(value) !== -1) return '[Circular]';
  if (isRegExp(value)) return String(value);
  if (isDate(value)) return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (isError(value)) return '[' + String(value) + ']';
  seen.push(value);
  var out;
  if (isMap(value) || isSet(value)) {
    var entries = [];
    var map = isMap(value);
    value.forEach(function (v, k) {
      entries.push(map ? plainInspect(k, seen) + ' => ' + plainInspect(v, seen) : plainInspect(v, seen));
    });
    out = (map ? 'Map' : 'Set') + '(' + value.size + ') ' + (entries.length ? '{ ' + entries.join(', ') + ' }' : '{}');
  } else if (Array.isArray(value)) {
    var items = [];
    for (var i = 0; i < value.length; i++) items.push(plainInspect(value[i], seen));
    out = '[ ' + items.join(', ') + ' ]';
    if (items.length === 0) out = '[]';
  } else {
    var keys = Object.keys(value);
    var parts = [];
    for (var k = 0; k < keys.length; k++) {
      var key = /^[A-Za-z_$][\w$]*$/.test(keys[k]) ? keys[k] : plainInspect(keys[k], seen);
      parts.push(key + ': ' + plainInspect(value[keys[k]], seen));
    }
    out = parts.length ? '{ ' + parts.join(', ') + ' }' : '{}';
  }
  seen.pop();
  return out;
}

function inspect(value) {
  var utilInspect = errors.utilInspect();
  if (utilInspect) {
    try {
      return utilInspect(value, { depth: 8, customInspect: false });
    } catch (e) {
      // fall back to the plain renderer
    }
  }
  try {
    return plainInspect(value, []);
  } catch (e) {
    return Object.prototype.toString.call(value);
  }
}

var codedError = errors.codedError;
var describeReceived = errors.describeReceived;
var invalidArgType = errors.invalidArgType;

function missingArgs() { return errors.missingArgs('actual', 'expected'); }

// ---------------------------------------------------------------------------
// Type checks that do not trust Symbol.toStringTag

function brandCheck(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch (e) {
    return false;
  }
}

function getter(proto, name) {
  var desc = Object.getOwnPropertyDescriptor(proto, name);
  return desc && desc.get;
}

var regexpFlagsGetter = getter(RegExp.prototype, 'flags');
var regexpSourceGetter = getter(RegExp.prototype, 'source');
var mapSizeGetter = getter(Map.prototype, 'size');
var setSizeGetter = getter(Set.prototype, 'size');
var arrayBufferLengthGetter = getter(ArrayBuffer.prototype, 'byteLength');
var sharedArrayBufferLengthGetter = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

function isRegExp(v) {
  return isObjectLike(v) && v !== RegExp.prototype && brandCheck(regexpSourceGetter, v) &&
         objToString.call(v) === '[object RegExp]';
}

function isDate(v) {
  return isObjectLike(v) && brandCheck(Date.prototype.getTime, v);
}

function isError(v) {
  return isObjectLike(v) && (v instanceof Error || objToString.call(v) === '[object Error]');
}

function isMap(v) {
  return isObjectLike(v) && brandCheck(mapSizeGetter, v);
}

function isSet(v) {
  return isObjectLike(v) && brandCheck(setSizeGetter, v);
}

function isAnyArrayBuffer(v) {
  if (!isObjectLike(v)) return false;
  if (brandCheck(arrayBufferLengthGetter, v)) return true;
  return sharedArrayBufferLengthGetter !== undefined && brandCheck(sharedArrayBufferLengthGetter, v);
}

var boxedValueOf = {
  '[object Number]': Number.prototype.valueOf,
  '[object String]': String.prototype.valueOf,
  '[object Boolean]': Boolean.prototype.valueOf,
  '[object Symbol]': typeof Symbol === 'function' ? Symbol.prototype.valueOf : undefined,
  '[object BigInt]': typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined
};

function isThenable(v) {
  if (v instanceof Promise) return true;
  return isObjectLike(v) && typeof v.then === 'function' && typeof v.catch === 'function';
}

// ---------------------------------------------------------------------------
// Deep equality

// Classifies an object for comparison. Both sides must share a kind.
function kindOf(v, tag) {
  if (Array.isArray(v)) return 'array';
  if (tag === '[object Object]' || tag === '[object Arguments]') return 'object';
  if (ArrayBuffer.isView(v)) return 'view';
  switch (tag) {
    case '[object Date]': return isDate(v) ? 'date' : 'object';
    case '[object RegExp]': return isRegExp(v) ? 'regexp' : 'object';
    case '[object Map]': return isMap(v) ? 'map' : 'object';
    case '[object Set]': return isSet(v) ? 'set' : 'object';
    case '[object ArrayBuffer]':
    case '[object SharedArrayBuffer]':
      return isAnyArrayBuffer(v) ? 'arraybuffer' : 'object';
    case '[object Error]': return 'error';
  }
  var valueOf = boxedValueOf[tag];
  if (valueOf !== undefined && brandCheck(valueOf, v)) return 'boxed';
  if (v instanceof Error) return 'error';
  return 'object';
}

function isIndexKey(key, length) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  var n = Number(key);
  return n >= 0 && n < length && n === Math.floor(n) && String(n) === key;
}

// Own enumerable keys that are not array/typed-array indices (plus
// enumerable symbols in strict mode).
function comparableKeys(v, strict, indexedLength) {
  var keys = Object.keys(v);
  if (indexedLength >= 0) {
    var filtered = [];
    for (var i = 0; i < keys.length; i++) {
      if (!isIndexKey(keys[i], indexedLength)) filtered.push(keys[i]);
    }
    keys = filtered;
  }
  if (strict) {
    var symbols = Object.getOwnPropertySymbols(v);
    for (var s = 0; s < symbols.length; s++) {
      if (isEnumerable.call(v, symbols[s])) keys.push(symbols[s]);
    }
  }
  return keys;
}

function keysEqual(a, b, strict, memo, indexedLength) {
  var keysA = comparableKeys(a, strict, indexedLength);
  var keysB = comparableKeys(b, strict, indexedLength);
  if (keysA.length !== keysB.length) return false;
  var i;
  for (i = 0; i < keysA.length; i++) {
    if (!hasOwn.call(b, keysA[i]) || !isEnumerable.call(b, keysA[i])) return false;
  }
  for (i = 0; i < keysA.length; i++) {
    if (!innerDeepEqual(a[keysA[i]], b[keysA[i]], strict, memo)) return false;
  }
  return true;
}

function arraysEqual(a, b, strict, memo) {
  if (a.length !== b.length) return false;
  for (var i = 0; i < a.length; i++) {
    var inA = hasOwn.call(a, i);
    if (inA !== hasOwn.call(b, i)) return false;
    if (inA && !innerDeepEqual(a[i], b[i], strict, memo)) return false;
  }
  return keysEqual(a, b, strict, memo, a.length);
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function bytesEqual(x, y) {
  if (x.length !== y.length) return false;
  for (var i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function viewsEqual(a, b, tag, strict) {
  if (a.byteLength !== b.byteLength) return false;
  if (!strict && (tag === '[object Float32Array]' || tag === '[object Float64Array]')) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }
  return bytesEqual(bytesOf(a), bytesOf(b));
}

function setsEqual(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  var pending = null;
  a.forEach(function (value) {
    if (!b.has(value)) (pending || (pending = [])).push(value);
  });
  if (pending === null) return true;
  var candidates = [];
  b.forEach(function (value) {
    if (!a.has(value)) candidates.push(value);
  });
  for (var i = 0; i < pending.length; i++) {
    var found = false;
    for (var j = 0; j < candidates.length; j++) {
      if (candidates[j] !== NO_EXCEPTION && innerDeepEqual(pending[i], candidates[j], strict, memo)) {
        candidates[j] = NO_EXCEPTION; // consumed
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function mapsEqual(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  var pending = null;
  var matched = null;
  a.forEach(function (value, key) {
    if (b.has(key) && innerDeepEqual(value, b.get(key), strict, memo)) {
      (matched || (matched = new Set())).add(key);
    } else {
      (pending || (pending = [])).push(key, value);
    }
  });
  if (pending === null) return true;
  var candidates = [];
  b.forEach(function (value, key) {
    if (matched === null || !matched.has(key)) candidates.push(key, value);
  });
  for (var i = 0; i < pending.length; i += 2) {
    var found = false;
    for (var j = 0; j < candidates.length; j += 2) {
      if (candidates[j + 1] === NO_EXCEPTION) continue;
      if (innerDeepEqual(pending[i], candidates[j], strict, memo) &&
          innerDeepEqual(pending[i + 1], candidates[j + 1], strict, memo)) {
        candidates[j + 1] = NO_EXCEPTION; // consumed
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function objectsEqual(a, b, tag, strict, memo) {
  var kind = kindOf(a, tag);
  if (kind !== kindOf(b, tag)) return false;
  switch (kind) {
    case 'array':
      return arraysEqual(a, b, strict, memo);
    case 'object':
      return keysEqual(a, b, strict, memo, -1);
    case 'date':
      if (a.getTime() !== b.getTime()) return false;
      break;
    case 'regexp':
      if (regexpSourceGetter.call(a) !== regexpSourceGetter.call(b) ||
          regexpFlagsGetter.call(a) !== regexpFlagsGetter.call(b) ||
          a.lastIndex !== b.lastIndex) return false;
      break;
    case 'error':
      if (a.message !== b.message || a.name !== b.name) return false;
      break;
    case 'view':
      if (!viewsEqual(a, b, tag, strict)) return false;
      return keysEqual(a, b, strict, memo, typeof a.length === 'number' ? a.length : 0);
    case 'set':
      if (!setsEqual(a, b, strict, memo)) return false;
      break;
    case 'map':
      if (!mapsEqual(a, b, strict, memo)) return false;
      break;
    case 'arraybuffer':
      if (!bytesEqual(new Uint8Array(a), new Uint8Array(b))) return false;
      break;
    case 'boxed': {
      var valueOf = boxedValueOf[tag];
      if (!objectIs(valueOf.call(a), valueOf.call(b))) return false;
      var len = tag === '[object String]' ? valueOf.call(a).length : -1;
      return keysEqual(a, b, strict, memo, len);
    }
  }
  return keysEqual(a, b, strict, memo, -1);
}

// memo holds the pairs currently being compared (the recursion path); a pair
// met again on its own path is assumed equal, which makes cycles terminate
// and compares cyclic structures by shape.
function innerDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || objectIs(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (typeof a === 'number' && typeof b === 'number' && a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  var tag = objToString.call(a);
  if (tag !== objToString.call(b)) return false;

  if (memo === undefined) {
    memo = { a: [], b: [] };
  } else {
    for (var i = memo.a.length - 1; i >= 0; i--) {
      if (memo.a[i] === a && memo.b[i] === b) return true;
    }
  }
  memo.a.push(a);
  memo.b.push(b);
  var result = objectsEqual(a, b, tag, strict, memo);
  memo.a.pop();
  memo.b.pop();
  return result;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, undefined);
}

// ---------------------------------------------------------------------------
// AssertionError

var kHeaders = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Values have same structure but are not reference-equal:',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

var kMaxShown = 8192;

function shown(value) {
  var s = inspect(value);
  return s.length > kMaxShown ? s.slice(0, kMaxShown) + '...' : s;
}

function prefixLines(text, prefix) {
  return prefix + text.split('\n').join('\n' + prefix.replace(/\S/g, ' '));
}

// "a !== b" on one line when short, otherwise a +/- block.
function sideBySide(a, b, op) {
  if (a.indexOf('\n') === -1 && b.indexOf('\n') === -1 && a.length + b.length < 80) {
    return '\n\n' + a + ' ' + op + ' ' + b + '\n';
  }
  return '\n+ actual - expected\n\n' + prefixLines(a, '+ ') + '\n' + prefixLines(b, '- ') + '\n';
}

function generateMessage(actual, expected, operator) {
  var a = shown(actual);
  var b;
  switch (operator) {
    case 'strictEqual':
      b = shown(expected);
      if (isObjectLike(actual) && isObjectLike(expected) && a === b) {
        return kHeaders.strictEqualObject + '\n\n' + a + '\n';
      }
      return kHeaders.strictEqual + sideBySide(a, b, '!==');
    case 'deepStrictEqual':
      return kHeaders.deepStrictEqual + sideBySide(a, shown(expected), '!==');
    case 'deepEqual':
      return kHeaders.deepEqual + '\n\n' + a + '\n\nshould loosely deep-equal\n\n' + shown(expected);
    case 'notStrictEqual':
      if (isObjectLike(actual) && actual === expected) return kHeaders.notStrictEqualObject + '\n\n' + a + '\n';
      if (a.indexOf('\n') === -1) return kHeaders.notStrictEqual + ' ' + a;
      return kHeaders.notStrictEqual + '\n\n' + a + '\n';
    case 'notDeepStrictEqual':
      return kHeaders.notDeepStrictEqual + '\n\n' + a + '\n';
    case 'notDeepEqual':
      b = shown(expected);
      if (a === b) return kHeaders.notDeepEqual + '\n\n' + a;
      return kHeaders.notDeepEqualUnequal + '\n\n' + a + '\n\nshould not loosely deep-equal\n\n' + b;
  }
  return a + ' ' + operator + ' ' + shown(expected);
}

class AssertionError extends Error {
  constructor(options) {
    if (!isObjectLike(options)) throw invalidArgType('options', 'of type object', options);
    var message = options.message;
    var generated = message === undefined || message === null;
    super(generated ? generateMessage(options.actual, options.expected, options.operator) : String(message));
    this.generatedMessage = generated;
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', writable: true, enumerable: false, configurable: true
    });
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, options.stackStartFn || options.stackStartFunction || AssertionError);
    }
    // Materialise the stack while the name still carries the code.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

function innerFail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

// ---------------------------------------------------------------------------
// The assertions

function innerOk(fn, argc, value, message) {
  if (value) return;
  var generated = false;
  if (argc === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message === undefined || message === null) {
    generated = true;
    message = inspect(value) + ' == true';
  } else if (message instanceof Error) {
    throw message;
  }
  var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function ok(value, message) {
  innerOk(ok, arguments.length, value, message);
}

var assert = module.exports = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

function fail(actual, expected, message, operator, stackStartFn) {
  var argc = arguments.length;
  var internal = false;
  if (argc === 0 || (argc === 1 && (actual === undefined || actual === null))) {
    internal = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else if (argc === 2) {
    operator = '!=';
  }
  if (message instanceof Error) throw message;
  var err = new AssertionError({
    actual: actual,
    expected: expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message: message
  });
  if (internal) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;

function bothNaN(a, b) {
  return typeof a === 'number' && typeof b === 'number' && a !== a && b !== b;
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '==', stackStartFn: equal });
  }
}
assert.equal = equal;

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=', stackStartFn: notEqual });
  }
}
assert.notEqual = notEqual;

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}
assert.deepEqual = deepEqual;

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}
assert.notDeepEqual = notDeepEqual;

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}
assert.deepStrictEqual = deepStrictEqual;

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}
assert.notDeepStrictEqual = notDeepStrictEqual;

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}
assert.strictEqual = strictEqual;

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (objectIs(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}
assert.notStrictEqual = notStrictEqual;

// ---------------------------------------------------------------------------
// throws / doesNotThrow / rejects / doesNotReject

var kErrorMatcher = 'of type function or an instance of Error, RegExp, or Object';

function getActual(fn) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

async function waitForActual(promiseFn) {
  var resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isThenable(resultPromise)) {
      throw errors.invalidReturnValue('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (isThenable(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function throwMatchFailure(actual, expected, message, generated, fn) {
  var err = new AssertionError({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function compareErrorKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    // Show only the compared keys on both sides.
    var a = {};
    var b = {};
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] in actual) a[keys[i]] = actual[keys[i]];
      b[keys[i]] = expected[keys[i]];
    }
    var err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
}

// Checks a thrown value against an expectation given to throws/rejects.
function expectedException(actual, expected, message, fn) {
  var generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = String(actual);
      if (regexpExec.call(expected, str) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' + inspect(expected) +
                  '. Input:\n\n' + inspect(str) + '\n';
      }
      throwMatchFailure(actual, expected, message, generated, fn);
    }
    if (!isObjectLike(expected)) throw invalidArgType('error', kErrorMatcher, expected);
    if (!isObjectLike(actual)) {
      var e = new AssertionError({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: fn });
      e.operator = fn.name;
      throw e;
    }
    var keys = Object.keys(expected);
    if (expected instanceof Error) {
      keys.push('name', 'message');
    } else if (keys.length === 0) {
      throw errors.invalidArgValue('error', expected, 'may not be an empty object');
    }
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
          regexpExec.call(expected[key], actual[key]) !== null) continue;
      compareErrorKey(actual, expected, key, message, keys, fn);
    }
    return;
  }

  if (expected.prototype !== undefined && actual instanceof expected) return;

  if (expected === Error || Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (isError(actual)) {
        var name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += '"' + name + '"';
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspect(actual) + '"';
      }
    }
    throwMatchFailure(actual, expected, message, generated, fn);
  }

  // A validation function: must return exactly true.
  var res = expected.call({}, actual);
  if (res !== true) {
    if (!message) {
      generated = true;
      message = 'The ' + (expected.name ? '"' + expected.name + '" ' : '') +
                'validation function is expected to return "true". Received ' + inspect(res);
      if (isError(actual)) message += '\n\nCaught error:\n\n' + String(actual);
    }
    throwMatchFailure(actual, expected, message, generated, fn);
  }
}

function expectsError(fn, actual, argc, error, message) {
  if (typeof error === 'string') {
    if (argc === 3) throw invalidArgType('error', kErrorMatcher, error);
    if (isObjectLike(actual)) {
      if (actual.message === error) {
        throw codedError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument is ambiguous. ' +
                         'The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw codedError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument is ambiguous. ' +
                       'The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error !== undefined && error !== null && typeof error !== 'object' && typeof error !== 'function') {
    throw invalidArgType('error', kErrorMatcher, error);
  }

  if (actual === NO_EXCEPTION) {
    var details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    var what = fn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name,
                message: 'Missing expected ' + what + details, stackStartFn: fn });
  }
  if (error) expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regexpExec.call(expected, String(actual)) !== null;
    throw invalidArgType('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (expected === Error || Error.isPrototypeOf(expected)) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var what = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({ actual: actual, expected: error, operator: fn.name, stackStartFn: fn,
                message: 'Got unwanted ' + what + details + '\nActual message: "' + (actual && actual.message) + '"' });
  }
  throw actual;
}

function throws(block, error, message) {
  expectsError(throws, getActual(block), arguments.length, error, message);
}
assert.throws = throws;

function doesNotThrow(block, error, message) {
  expectsNoError(doesNotThrow, getActual(block), error, message);
}
assert.doesNotThrow = doesNotThrow;

async function rejects(promiseFn, error, message) {
  var argc = arguments.length;
  expectsError(rejects, await waitForActual(promiseFn), argc, error, message);
}
assert.rejects = rejects;

async function doesNotReject(promiseFn, error, message) {
  expectsNoError(doesNotReject, await waitForActual(promiseFn), error, message);
}
assert.doesNotReject = doesNotReject;

// v0.2: throws if value is a true value (a falsy value such as null,
// undefined, 0 or '' passes), reporting the unwanted error.
function ifError(value) {
  if (!value) return;
  var message = 'ifError got unwanted exception: ';
  if (isObjectLike(value) && typeof value.message === 'string') {
    message += value.message.length === 0 && value.constructor
      ? (value.constructor.name || 'Error') : value.message;
  } else {
    message += inspect(value);
  }
  var err = new AssertionError({ actual: value, expected: null, operator: 'ifError', message: message, stackStartFn: ifError });
  err.generatedMessage = true;
  // Keep the original error reachable and its stack visible.
  if (isError(value) && typeof value.stack === 'string' && typeof err.stack === 'string') {
    try {
      err.stack = err.stack + '\n    [original stack]\n' + value.stack;
    } catch (e) {
      // read-only stack: leave it as is
    }
  }
  throw err;
}
assert.ifError = ifError;

// ---------------------------------------------------------------------------
// match / doesNotMatch

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  var wantMatch = fn === match;
  if (typeof string !== 'string' || (regexpExec.call(regexp, string) !== null) !== wantMatch) {
    if (message instanceof Error) throw message;
    var generated = !message;
    if (generated) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. ' + describeReceived(string);
      } else {
        message = (wantMatch ? 'The input did not match the regular expression '
                             : 'The input was expected to not match the regular expression ') +
                  inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n';
      }
    }
    throwMatchFailure(string, regexp, message, generated, fn);
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}
assert.match = match;

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}
assert.doesNotMatch = doesNotMatch;

// ---------------------------------------------------------------------------
// assert.strict: the same API with the strict comparisons under the old names

function strict(value, message) {
  innerOk(strict, arguments.length, value, message);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual
});
assert.strict.strict = assert.strict;
