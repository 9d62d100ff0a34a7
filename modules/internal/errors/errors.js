// internal/errors — the errors stdlib plugins throw for bad arguments,
// worded as Node words them ('The "path" argument must be of type string.
// Received type number (1)'), and the validators built on them, in one
// place. An internal plugin: plugins require('internal/errors');
// application code cannot.
//
// Loaded at boot (events needs it), so it requires nothing eagerly: util
// renders values when it is there (required on the first error, lazily),
// and a plain rendering stands in while util itself is loading.
'use strict';

var inspectFn;

// util.inspect, or null while util is loading or when the deployment has
// none (then callers render values plainly).
function utilInspect() {
  if (inspectFn === undefined || inspectFn === null) {
    inspectFn = null;
    try {
      var util = require('util');
      if (util && typeof util.inspect === 'function') inspectFn = util.inspect;
    } catch (e) {
      inspectFn = false;
    }
  }
  return inspectFn || null;
}

// util.inspect when the util plugin is there; a plain rendering otherwise.
function inspectValue(value, options) {
  var inspect = utilInspect();
  if (inspect) {
    try {
      return inspect(value, options);
    } catch (e) {
      // fall back to the plain rendering below
    }
  }
  if (typeof value === 'string') return "'" + value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  if (typeof value === 'bigint') return value.toString() + 'n';
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return '[Function' + (value.name ? ': ' + value.name : ' (anonymous)') + ']';
  if (value === 0 && 1 / value < 0) return '-0';
  return String(value);
}

// A value as util.format's %s shows it: strings as they are, others inspected.
function formatValue(value) {
  if (typeof value === 'string') return value;
  try {
    return require('util').format('%s', value);
  } catch (e) {
    return String(value);
  }
}

function codedError(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  return err;
}

// What a value is, as Node 20's argument errors say it: 'null', 'function f',
// 'an instance of Map', 'type number (1)', "type string ('abc')".
function describeType(value) {
  if (value === null || value === undefined) return '' + value;
  switch (typeof value) {
    case 'function':
      return 'function ' + value.name;
    case 'object':
      var ctor;
      try { ctor = value.constructor; } catch (e) { ctor = undefined; }
      if ((typeof ctor === 'function' || (ctor !== null && typeof ctor === 'object')) && 'name' in ctor) {
        return 'an instance of ' + ctor.name;
      }
      return inspectValue(value, { depth: -1 });
    case 'string':
      var s = value.length > 28 ? value.slice(0, 25) + '...' : value;
      return 'type string (' + (s.indexOf("'") === -1 ? "'" + s + "'" : JSON.stringify(s)) + ')';
    case 'number':
      return 'type number (' + (value === 0 && 1 / value < 0 ? '-0' : String(value)) + ')';
    case 'bigint':
      return 'type bigint (' + value + 'n)';
    default:
      return 'type ' + typeof value + ' (' + String(value) + ')';
  }
}

function describeReceived(value) {
  return 'Received ' + describeType(value);
}

// 'The "path" argument', 'The "options.mode" property', or a name that
// says what it is ('The first argument').
function argumentLabel(name) {
  if (name.slice(-9) === ' argument') return 'The ' + name;
  return 'The "' + name + '" ' + (name.indexOf('.') === -1 ? 'argument' : 'property');
}

// expected is the phrase after "must be": 'of type string', 'an instance of URL'.
function invalidArgType(name, expected, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    argumentLabel(name) + ' must be ' + expected + '. ' + describeReceived(value));
}

// reason replaces 'is invalid': "The argument 'mode' must be a 32-bit
// unsigned integer or an octal string. Received ...".
function invalidArgValue(name, value, reason) {
  var shown = inspectValue(value);
  if (shown.length > 128) shown = shown.slice(0, 128) + '...';
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The ' + (name.indexOf('.') === -1 ? 'argument' : 'property') +
    " '" + name + "' " + (reason === undefined ? 'is invalid' : reason) + '. Received ' + shown);
}

// 1234567 -> '1_234_567', as Node prints large integers in range errors.
function addNumericalSeparator(s) {
  var res = '';
  var i = s.length;
  var start = s[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + s.slice(i - 3, i) + res;
  return s.slice(0, i) + res;
}

function outOfRange(name, range, value) {
  var received;
  if (Number.isInteger(value) && Math.abs(value) > 4294967296) {
    received = addNumericalSeparator(String(value));
  } else if (typeof value === 'bigint') {
    received = String(value);
    if (value > 4294967296n || value < -4294967296n) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspectValue(value);
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name +
    '" is out of range. It must be ' + range + '. Received ' + received);
}

// missingArgs('a', 'b') -> 'The "a" and "b" arguments must be specified'.
function missingArgs() {
  var names = Array.prototype.map.call(arguments, function (n) { return '"' + n + '"'; });
  var list = names.length === 1 ? names[0] + ' argument'
    : names.length === 2 ? names[0] + ' and ' + names[1] + ' arguments'
    : names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1] + ' arguments';
  return codedError(TypeError, 'ERR_MISSING_ARGS', 'The ' + list + ' must be specified');
}

// invalidReturnValue('instance of Promise', 'promiseFn', 5) -> 'Expected
// instance of Promise to be returned from the "promiseFn" function but got
// type number (5).'
function invalidReturnValue(input, name, value) {
  return codedError(TypeError, 'ERR_INVALID_RETURN_VALUE', 'Expected ' + input + ' to be returned from the "' +
    name + '" function but got ' + describeType(value) + '.');
}

function unknownEncoding(encoding) {
  return codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + formatValue(encoding));
}

// Node's SystemError (ERR_SYSTEM_ERROR and its kin), from the context a
// binding filled: {errno, code, message, syscall[, path][, dest]}. The
// message is "<prefix>: <syscall> returned <code> (<message>)"; .info is
// the context, and .errno/.syscall (.path/.dest when given) read and write
// through it, as in Node.
class SystemError extends Error {
  constructor(key, prefix, ctx) {
    var message = prefix + ': ' + ctx.syscall + ' returned ' + ctx.code + ' (' + ctx.message + ')';
    if (ctx.path !== undefined) message += ' ' + ctx.path;
    if (ctx.dest !== undefined) message += ' => ' + ctx.dest;
    super(message);
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, configurable: true });
    this.code = key;
    Object.defineProperty(this, 'info', { value: ctx, enumerable: true, configurable: true });
    ['errno', 'syscall', 'path', 'dest'].forEach(function (k) {
      if (k !== 'errno' && k !== 'syscall' && ctx[k] === undefined) return;
      Object.defineProperty(this, k, {
        get: function () { return ctx[k]; },
        set: function (v) { ctx[k] = v; },
        enumerable: true,
        configurable: true,
      });
    }, this);
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

// ERR_SYSTEM_ERROR, its stack starting at the caller of systemError.
function systemError(ctx) {
  var err = new SystemError('ERR_SYSTEM_ERROR', 'A system error occurred', ctx);
  Error.captureStackTrace(err, systemError);
  return err;
}

// ---- validators: throw the errors above; those that callers chain return the value

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
  return value;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
}

// A number in [min, max]; either bound may be left out (NaN is outside any).
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw outOfRange(name, (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
                     (max != null ? '<= ' + max : ''), value);
  }
}

// An integer in [min, max] (default: the safe integers).
function validateInteger(value, name, min, max) {
  if (min === undefined) min = Number.MIN_SAFE_INTEGER;
  if (max === undefined) max = Number.MAX_SAFE_INTEGER;
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  return value;
}

exports.utilInspect = utilInspect;
exports.inspectValue = inspectValue;
exports.formatValue = formatValue;
exports.codedError = codedError;
exports.describeType = describeType;
exports.describeReceived = describeReceived;
exports.invalidArgType = invalidArgType;
exports.invalidArgValue = invalidArgValue;
exports.outOfRange = outOfRange;
exports.missingArgs = missingArgs;
exports.invalidReturnValue = invalidReturnValue;
exports.unknownEncoding = unknownEncoding;
exports.SystemError = SystemError;
exports.systemError = systemError;
exports.validateString = validateString;
exports.validateFunction = validateFunction;
exports.validateBoolean = validateBoolean;
exports.validateObject = validateObject;
exports.validateNumber = validateNumber;
exports.validateInteger = validateInteger;
