// util/format.js — format() and formatWithOptions().
'use strict';

var { hasOwn, hooks, invalidArgType } = require('./types');
var { builtInNames, formatBigInt, formatNumber, inspect, stylizeNoColor } = require('./inspect');

// ---- format -----------------------------------------------------------------------

// True when value's toString is the one it inherits from a built-in
// constructor (so %s shows an inspection instead).
function hasBuiltInToString(value) {
  if (typeof hooks.proxyTarget === 'function') {
    var target = hooks.proxyTarget(value);
    if (target !== undefined) {
      if (target === null) return true;
      value = target;
    }
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  var pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwn(pointer, 'toString'));
  var desc = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInNames.has(desc.value.name);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err && err.name === 'TypeError' && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var piece;
    var lastPos = 0;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;  // '%'
      var next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        var arg;
        switch (next) {
          case 115: // 's'
            arg = args[++a];
            if (typeof arg === 'number') piece = formatNumber(stylizeNoColor, arg, false);
            else if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
            else piece = inspect(arg, Object.assign({}, inspectOptions, { depth: 0, colors: false, compact: 3 }));
            break;
          case 106: // 'j'
            piece = tryStringify(args[++a]);
            break;
          case 100: // 'd'
            arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number(arg), false);
            break;
          case 79: // 'O'
            piece = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            piece = inspect(args[++a], Object.assign({}, inspectOptions,
              { showHidden: true, showProxy: true, depth: 4 }));
            break;
          case 105: // 'i'
            arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, parseInt(arg), false);
            break;
          case 102: // 'f'
            arg = args[++a];
            if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, parseFloat(arg), false);
            break;
          case 99: // 'c'
            a += 1;
            piece = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    var value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'of type object', inspectOptions);
  }
  var args = new Array(arguments.length - 1);
  for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  return formatWithOptionsInternal(inspectOptions, args);
}

exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.formatWithOptionsInternal = formatWithOptionsInternal;
