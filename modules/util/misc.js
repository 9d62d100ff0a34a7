// util/misc.js — inherits, deprecate, promisify, callbackify, debuglog,
// isDeepStrictEqual and the string helpers.
'use strict';

var { codedError, dateGetTime, errors, hasOwn, invalidArgType, isEnumerable, isError, isObjectLike,
  objectToString, types, validateFunction } = require('./types');
var { getKeys, getNonIndexKeys, inspect } = require('./inspect');
var { format, formatWithOptionsInternal } = require('./format');

// ---- inheritance, deprecation, promises ------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Copies own enumerable properties of source onto target (legacy helper).
function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  var i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function writeErr(str) {
  process.stderr.write(str);
}

function writeOut(str) {
  process.stdout.write(str);
}

// Emits a warning through process.emitWarning when the runtime has one (so
// 'warning' listeners see it), else prints it the way node does.
function emitWarning(message, type, code) {
  if (typeof process.emitWarning === 'function') {
    var warning = new Error(message);
    warning.name = type || 'Warning';
    if (code !== undefined) warning.code = code;
    process.emitWarning(warning);
    return;
  }
  if (type === 'DeprecationWarning' && process.noDeprecation) return;
  writeErr('(node:' + process.pid + ') ' + (code ? '[' + code + '] ' : '') +
    (type || 'Warning') + ': ' + message + '\n');
}

var warnedCodes = new Set();

function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (process.noDeprecation === true) return fn;
  if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'of type string', code);
  var warned = false;
  function deprecated() {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          warnedCodes.add(code);
          if (process.throwDeprecation) throw codedError(Error, code, msg);
          emitWarning(msg, 'DeprecationWarning', code);
        }
      } else {
        if (process.throwDeprecation) {
          var e = new Error(msg);
          e.name = 'DeprecationWarning';
          throw e;
        }
        emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (new.target) return Reflect.construct(fn, arguments, new.target);
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

var promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[promisifyCustom]) {
    var custom = original[promisifyCustom];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, promisifyCustom, {
      value: custom, enumerable: false, writable: false, configurable: true
    });
  }
  function fn() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, value) {
        if (err) return reject(err);
        resolve(value);
      });
      Reflect.apply(original, self, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, promisifyCustom, {
    value: fn, enumerable: false, writable: false, configurable: true
  });
  var descriptors = Object.getOwnPropertyDescriptors(original);
  Object.keys(descriptors).forEach(function (k) {
    if (!descriptors[k].configurable && hasOwn(fn, k)) delete descriptors[k];
  });
  Object.defineProperties(fn, descriptors);
  return fn;
}
promisify.custom = promisifyCustom;

function defer(fn, a, b) {
  if (typeof process.nextTick === 'function') process.nextTick(fn, a, b);
  else if (typeof queueMicrotask === 'function') queueMicrotask(function () { fn(a, b); });
  else setTimeout(function () { fn(a, b); }, 0);
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    var err = codedError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    var cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      function (ret) { defer(cb, null, ret); },
      function (rej) { defer(callbackifyOnRejected, rej, cb); });
  }
  var descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  var propsToCopy = {};
  Object.keys(descriptors).concat(Object.getOwnPropertySymbols(descriptors)).forEach(function (k) {
    if (descriptors[k].configurable || !hasOwn(callbackified, k)) propsToCopy[k] = descriptors[k];
  });
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  Object.defineProperties(callbackified, propsToCopy);
  return callbackified;
}

// ---- debuglog ---------------------------------------------------------------------

var debugEnabledRe;

function debugSectionEnabled(section) {
  if (debugEnabledRe === undefined) {
    var env = (process.env && process.env.NODE_DEBUG) || '';
    if (env) {
      var alternatives = env.split(/[\s,]+/).filter(Boolean).map(function (s) {
        return s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*');
      });
      debugEnabledRe = new RegExp('^(' + alternatives.join('|') + ')$', 'i');
    } else {
      debugEnabledRe = null;
    }
  }
  return debugEnabledRe !== null && debugEnabledRe.test(section);
}

function debuglog(section, cb) {
  section = String(section);
  var enabled;
  var impl;
  function init() {
    if (impl === undefined) {
      enabled = debugSectionEnabled(section);
      if (enabled) {
        var label = section.toUpperCase();
        var pid = process.pid;
        impl = function () {
          var args = Array.prototype.slice.call(arguments);
          writeErr(label + ' ' + pid + ': ' + formatWithOptionsInternal({ colors: false }, args) + '\n');
        };
      } else {
        impl = function () {};
      }
      if (typeof cb === 'function') cb(impl);
    }
    return impl;
  }
  function logger() {
    return init().apply(this, arguments);
  }
  Object.defineProperty(logger, 'enabled', {
    get: function () { init(); return enabled; },
    configurable: true,
    enumerable: true
  });
  return logger;
}

// ---- deep equality ------------------------------------------------------------------

function isDeepStrictEqual(a, b) {
  var assert;
  try {
    assert = require('assert');
  } catch (e) {
    assert = undefined;
  }
  if (assert && typeof assert.deepStrictEqual === 'function') {
    try {
      assert.deepStrictEqual(a, b);
      return true;
    } catch (err) {
      if (err && (err.code === 'ERR_ASSERTION' || err.name === 'AssertionError')) return false;
      throw err;
    }
  }
  return deepStrictEqualImpl(a, b, []);
}

// Structural comparison used when no assert module is available.
function deepStrictEqualImpl(a, b, memo) {
  if (Object.is(a, b)) return true;
  if (!isObjectLike(a) || !isObjectLike(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (objectToString(a) !== objectToString(b)) return false;
  for (var m = 0; m < memo.length; m++) {
    if (memo[m][0] === a && memo[m][1] === b) return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (types.isDate(a) && dateGetTime(a) !== dateGetTime(b)) return false;
  if (types.isRegExp(a) && (String(a) !== String(b) || a.lastIndex !== b.lastIndex)) return false;
  if (isError(a) && (a.message !== b.message || a.name !== b.name)) return false;
  if (types.isBoxedPrimitive(a) && !Object.is(a.valueOf(), b.valueOf())) return false;
  if (types.isArrayBufferView(a) || types.isAnyArrayBuffer(a)) {
    var ua = types.isAnyArrayBuffer(a) ? new Uint8Array(a) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    var ub = types.isAnyArrayBuffer(b) ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (ua.length !== ub.length) return false;
    if (types.isFloat32Array(a) || types.isFloat64Array(a)) {
      for (var f = 0; f < a.length; f++) if (!Object.is(a[f], b[f])) return false;
    } else {
      for (var u = 0; u < ua.length; u++) if (ua[u] !== ub[u]) return false;
    }
  }
  memo.push([a, b]);
  var ka = getKeys(a, false);
  var kb = getKeys(b, false);
  if (types.isTypedArray(a)) {
    ka = getNonIndexKeys(a, false);
    kb = getNonIndexKeys(b, false);
  }
  if (ka.length !== kb.length) { memo.pop(); return false; }
  for (var i = 0; i < ka.length; i++) {
    if (!isEnumerable(b, ka[i]) || !deepStrictEqualImpl(a[ka[i]], b[ka[i]], memo)) {
      memo.pop();
      return false;
    }
  }
  var ok = true;
  if (types.isMap(a)) {
    ok = a.size === b.size && collectionEqual(Array.from(a), Array.from(b), memo, true);
  } else if (types.isSet(a)) {
    ok = a.size === b.size && collectionEqual(Array.from(a), Array.from(b), memo, false);
  }
  memo.pop();
  return ok;
}

function collectionEqual(la, lb, memo, pairs) {
  var used = new Array(lb.length);
  for (var i = 0; i < la.length; i++) {
    var found = false;
    for (var j = 0; j < lb.length; j++) {
      if (used[j]) continue;
      var equal = pairs
        ? deepStrictEqualImpl(la[i][0], lb[j][0], memo) && deepStrictEqualImpl(la[i][1], lb[j][1], memo)
        : deepStrictEqualImpl(la[i], lb[j], memo);
      if (equal) { used[j] = true; found = true; break; }
    }
    if (!found) return false;
  }
  return true;
}

// ---- strings ------------------------------------------------------------------------

function toUSVString(input) {
  var str = String(input);
  var out = '';
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      var d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out += str[i] + str[i + 1]; i++; continue; }
    }
    out += (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : str[i];
  }
  return out;
}

function styleText(format, text) {
  if (typeof text !== 'string') throw invalidArgType('text', 'of type string', text);
  var formats = Array.isArray(format) ? format : [format];
  var left = '';
  var right = '';
  for (var i = 0; i < formats.length; i++) {
    var code = inspect.colors[formats[i]];
    if (code === undefined) {
      throw errors.invalidArgValue('format', formats[i], 'must be one of: ' + Object.keys(inspect.colors).join(', '));
    }
    left += '\u001b[' + code[0] + 'm';
    right = '\u001b[' + code[1] + 'm' + right;
  }
  return left + text + right;
}

exports.callbackify = callbackify;
exports.debuglog = debuglog;
exports.deprecate = deprecate;
exports.extend = extend;
exports.inherits = inherits;
exports.isDeepStrictEqual = isDeepStrictEqual;
exports.promisify = promisify;
exports.styleText = styleText;
exports.toUSVString = toUSVString;
exports.writeErr = writeErr;
exports.writeOut = writeOut;
