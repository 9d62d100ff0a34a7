// internal/errors — the errors stdlib plugins throw for bad arguments,
// worded as Node words them ('The "path" argument must be of type string.
// Received type number (1)'), in one place. An internal plugin: plugins
// require('internal/errors'); application code cannot.
'use strict';

var inspectFn;

// util.inspect when the util plugin is there; a plain rendering otherwise.
function inspectValue(value, options) {
  if (inspectFn === undefined) {
    inspectFn = false;
    try {
      var util = require('util');
      if (util && typeof util.inspect === 'function') inspectFn = util.inspect;
    } catch (e) {
      inspectFn = false;
    }
  }
  if (inspectFn) {
    try {
      return inspectFn(value, options);
    } catch (e) {
      // fall back to the plain rendering below
    }
  }
  if (typeof value === 'string') return "'" + value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  if (typeof value === 'bigint') return value.toString() + 'n';
  if (typeof value === 'symbol') return value.toString();
  if (value === 0 && 1 / value < 0) return '-0';
  return String(value);
}

function describeReceived(value) {
  if (value === null || value === undefined) return 'Received ' + value;
  if (typeof value === 'function') return 'Received function ' + value.name;
  if (typeof value === 'object') {
    var ctor = value.constructor;
    if (ctor && typeof ctor.name === 'string' && ctor.name !== '') return 'Received an instance of ' + ctor.name;
    return 'Received ' + inspectValue(value, { depth: -1 });
  }
  var shown = inspectValue(value);
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'Received type ' + typeof value + ' (' + shown + ')';
}

function codedError(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  return err;
}

// expected is the phrase after "must be": 'of type string', 'an instance of URL'.
function invalidArgType(name, expected, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" argument must be ' + expected + '. ' + describeReceived(value));
}

function outOfRange(name, range, value) {
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name +
    '" is out of range. It must be ' + range + '. Received ' + inspectValue(value));
}

exports.inspectValue = inspectValue;
exports.outOfRange = outOfRange;
exports.describeReceived = describeReceived;
exports.codedError = codedError;
exports.invalidArgType = invalidArgType;
