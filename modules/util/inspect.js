// util/inspect.js — inspect() with its options, colors, styles and custom
// symbol, in node's output format.
'use strict';

var { TypedArrayProto, dateGetTime, dateToISOString, dateToString, errorToString, functionToString,
  getterOf, hasOwn, hooks, invalidArgType, isEnumerable, isError, mapEntries, regexpToString,
  setValues, symbolToString, tagOf, typedArrayLength, typedArrayName, types } = require('./types');

// ---- colors -----------------------------------------------------------------

var colors = Object.create(null);
var colorTable = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55],
  gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
  blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49]
};
Object.keys(colorTable).forEach(function (k) { colors[k] = colorTable[k]; });
[['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline']].forEach(function (pair) {
  Object.defineProperty(colors, pair[0], {
    get: function () { return this[pair[1]]; },
    set: function (value) { Object.defineProperty(this, pair[0], { value: value, writable: true, enumerable: true, configurable: true }); },
    configurable: true,
    enumerable: false
  });
});

var styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline'
});

function stylizeWithColor(str, styleType) {
  var style = inspect.styles[styleType];
  if (style !== undefined) {
    var color = inspect.colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

var colorCodeRe = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return String(str).replace(colorCodeRe, '');
}

var ansiRe = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'of type string', str);
  return str.replace(ansiRe, '');
}

// Display width: wide East Asian characters count 2, combining marks and
// control characters 0.
function isFullWidth(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidth(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) || (code >= 0xe0100 && code <= 0xe01ef);
}

function getStringWidth(str, removeControl) {
  if (removeControl) str = str.replace(ansiRe, '');
  var ascii = true;
  for (var k = 0; k < str.length; k++) {
    var c = str.charCodeAt(k);
    if (c < 0x20 || c > 0x7e) { ascii = false; break; }
  }
  if (ascii) return str.length;
  if (typeof str.normalize === 'function') str = str.normalize('NFC');
  var width = 0;
  for (var i = 0; i < str.length; i++) {
    var code = str.codePointAt(i);
    if (code > 0xffff) i++;
    if (isFullWidth(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
}

// ---- primitives -------------------------------------------------------------

var escapeNames = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };

function hex2(n) {
  var h = n.toString(16).toUpperCase();
  return h.length < 2 ? '0' + h : h;
}

function escapeCode(code) {
  if (escapeNames[code] !== undefined) return escapeNames[code];
  if (code < 0x100) return '\\x' + hex2(code);
  return '\\u' + code.toString(16);
}

function needsEscape(code, quote) {
  return code < 0x20 || code === quote || code === 92 || (code >= 0x7f && code <= 0x9f);
}

// Escapes control characters, backslashes, the chosen quote and lone
// surrogates. quote is a char code or -1 for "escape nothing as quote".
function escapeString(str, quote) {
  var out = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var code = str.charCodeAt(i);
    if (needsEscape(code, quote)) {
      out += str.slice(last, i) + escapeCode(code);
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      }
      out += str.slice(last, i) + '\\u' + code.toString(16);
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

// Quotes a string the way node does: single quotes unless the text holds a
// single quote, then double quotes, then backticks, then escaped singles.
function quoteString(str) {
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) return '"' + escapeString(str, -1) + '"';
    if (str.indexOf('`') === -1 && str.indexOf('${') === -1) {
      return '`' + escapeString(str, -1) + '`';
    }
  }
  return "'" + escapeString(str, 39) + "'";
}

function groupDigits(intString) {
  var sign = intString[0] === '-' ? '-' : '';
  var digits = sign ? intString.slice(1) : intString;
  var out = '';
  while (digits.length > 3) {
    out = '_' + digits.slice(-3) + out;
    digits = digits.slice(0, -3);
  }
  return sign + digits + out;
}

function groupFraction(frac) {
  var out = '';
  var i = 0;
  for (; i < frac.length - 3; i += 3) out += frac.slice(i, i + 3) + '_';
  return i === 0 ? frac : out + frac.slice(i);
}

function formatNumber(stylize, n, separators) {
  if (!separators) {
    return stylize(Object.is(n, -0) ? '-0' : String(n), 'number');
  }
  var whole = Math.trunc(n);
  var wholeStr = String(whole);
  if (whole === n) {
    if (!isFinite(n) || wholeStr.indexOf('e') !== -1) return stylize(wholeStr, 'number');
    return stylize(groupDigits(wholeStr), 'number');
  }
  if (n !== n) return stylize(wholeStr, 'number');
  return stylize(groupDigits(wholeStr) + '.' +
    groupFraction(String(n).slice(wholeStr.length + 1)), 'number');
}

function formatBigInt(stylize, n, separators) {
  var s = String(n);
  return stylize((separators ? groupDigits(s) : s) + 'n', 'bigint');
}

function splitLinesKeepingNewline(str) {
  var parts = [];
  var start = 0;
  var idx;
  while ((idx = str.indexOf('\n', start)) !== -1 && idx + 1 < str.length) {
    parts.push(str.slice(start, idx + 1));
    start = idx + 1;
  }
  parts.push(str.slice(start));
  return parts;
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      var trailer = '';
      if (value.length > ctx.maxStringLength) {
        var remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return splitLinesKeepingNewline(value).map(function (line) {
          return stylize(quoteString(line), 'string');
        }).join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
      }
      return stylize(quoteString(value), 'string') + trailer;
    }
    case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean': return stylize(String(value), 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(symbolToString(value), 'symbol');
  }
}

// ---- inspect ----------------------------------------------------------------

var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

var inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
};
Object.seal(inspectDefaultOptions);

var OBJECT_TYPE = 0;
var ARRAY_TYPE = 1;
var ARRAY_EXTRAS_TYPE = 2;

// Constructors that come with the language: their prototypes are never listed
// as "prototype properties" and their toString counts as built in for %s.
var builtInNames = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt',
  'Date', 'RegExp', 'Promise', 'Proxy', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef',
  'FinalizationRegistry', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'ArrayBuffer',
  'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray',
  'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array',
  'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Atomics', 'JSON', 'Math',
  'Reflect', 'Intl', 'WebAssembly'
]);

var identifierRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var indexRe = /^(0|[1-9][0-9]*)$/;

function isArrayIndexKey(key) {
  return typeof key === 'string' && indexRe.test(key) && +key <= 4294967294;
}

function inspect(value, opts) {
  var ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator
  };
  if (arguments.length > 1) {
    // v0.2 signature: inspect(obj, showHidden, depth, colors)
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      var keys = Object.keys(opts);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get: function () { return inspectDefaultOptions; },
  set: function (options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: true
});
// Plain properties, like node's: programs may edit or replace them.
inspect.colors = colors;
inspect.styles = styles;

function userOptionsFor(ctx) {
  var ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator
  };
  if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
  return ret;
}

// An object that is its constructor's prototype (Foo.prototype) is never
// custom-inspected: its inspect method belongs to the instances.
function isOwnPrototype(value) {
  var ctor = value.constructor;
  return !!ctor && ctor.prototype === value;
}

// Finds a custom inspection function: obj[inspect.custom], or, as v0.2 did,
// an inspect() method.
function findCustomInspect(value) {
  var fn = value[customInspectSymbol];
  if (typeof fn !== 'function') {
    try { fn = value.inspect; } catch (e) { return undefined; }
  }
  if (typeof fn !== 'function' || fn === inspect || fn === exports.inspect) return undefined;
  if (isOwnPrototype(value)) return undefined;
  return fn;
}

// A revoked Proxy throws a TypeError on every operation.
function isRevokedProxyError(err) {
  return err instanceof TypeError && /revoked/i.test(err.message);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  var context = value;
  if (typeof hooks.proxyTarget === 'function') {
    var target = hooks.proxyTarget(value);
    if (target !== undefined) {
      if (ctx.showProxy) return formatProxy(ctx, value, target, recurseTimes);
      value = target;
    }
  }

  if (ctx.customInspect) {
    var custom;
    try {
      custom = findCustomInspect(value);
    } catch (err) {
      if (isRevokedProxyError(err)) return ctx.stylize('<Revoked Proxy>', 'special');
      throw err;
    }
    if (custom !== undefined) {
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var ret = custom.call(context, depth, userOptionsFor(ctx), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.indexOf(value) !== -1) {
    var index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, target, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  var handler;
  try { handler = hooks.proxyHandler ? hooks.proxyHandler(proxy) : undefined; } catch (e) { handler = undefined; }
  var parts = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], ARRAY_EXTRAS_TYPE, recurseTimes);
}

function safeInstanceOf(obj, ctor) {
  try { return obj instanceof ctor; } catch (e) { return false; }
}

// The name shown in front of an object: the nearest constructor on the
// prototype chain that the object is an instance of, null for objects
// without a prototype. With showHidden, prototype properties of user classes
// are collected into protoProps on the way.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  var firstProto;
  var original = obj;
  while (obj !== null && obj !== undefined) {
    var desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        safeInstanceOf(original, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInNames.has(desc.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  var fallback = tagOf(original) || 'Object';
  if (ctx.depth !== null && recurseTimes > ctx.depth) return fallback + ' <Complex prototype>';
  var protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    var sub = Object.assign({}, ctx, { customInspect: false, depth: -1, seen: [], budget: {}, indentationLvl: 0, currentDepth: 0, circular: undefined });
    return fallback + ' <' + formatValue(sub, firstProto, 0) + '>';
  }
  return fallback + ' <' + protoName + '>';
}

function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  var depth = 0;
  var keys;
  var keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      var desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtInNames.has(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      keys.forEach(function (k) { keySet.add(k); });
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      var d = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof d.value === 'function') continue;
      var formatted = formatProperty(ctx, obj, recurseTimes, key, OBJECT_TYPE, d, main);
      output.push(ctx.colors ? '\u001b[2m' + formatted + '\u001b[22m' : formatted);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size) {
  size = size || '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    }
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

function getKeys(value, showHidden) {
  var keys;
  var symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys = keys.concat(symbols);
  } else {
    keys = Object.keys(value);
    for (var i = 0; i < symbols.length; i++) {
      if (isEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

// Own keys that are not array indices (strings first, then symbols).
function getNonIndexKeys(value, showHidden) {
  var all = Reflect.ownKeys(value);
  var strings = [];
  var symbols = [];
  for (var i = 0; i < all.length; i++) {
    var key = all[i];
    if (typeof key === 'string') {
      if (isArrayIndexKey(key)) continue;
      if (showHidden || isEnumerable(value, key)) strings.push(key);
    } else if (showHidden || isEnumerable(value, key)) {
      symbols.push(key);
    }
  }
  return strings.concat(symbols);
}

function getFunctionBase(value, constructor, tag) {
  var source = '';
  try { source = functionToString(value); } catch (e) { source = ''; }
  if (source.slice(0, 5) === 'class' && source.slice(-1) === '}') {
    var body = source.slice(5, -1);
    var brace = body.indexOf('{');
    if (brace !== -1 && (body.slice(0, brace).indexOf('(') === -1 ||
        /^(\s+[^(]*?)\s*\{/.test(body.replace(/\/\/.*?\n|\/\*(?:.|\n)*?\*\//g, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  var type = 'Function';
  if (types.isGeneratorFunction(value)) type = 'Generator' + type;
  if (types.isAsyncFunction(value)) type = 'Async' + type;
  var base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += ': ' + value.name;
  base += ']';
  if (constructor !== type && constructor !== null) base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

function getClassBase(value, constructor, tag) {
  var name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  var base = 'class ' + name;
  if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  if (constructor !== null) {
    var superName = Object.getPrototypeOf(value).name;
    if (superName) base += ' extends ' + superName;
  } else {
    base += ' extends [null prototype]';
  }
  return '[' + base + ']';
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  var type;
  var primitive;
  if (types.isNumberObject(value)) {
    type = 'Number'; primitive = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String'; primitive = String.prototype.valueOf.call(value);
    // The index keys of a String object only repeat its characters.
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean'; primitive = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt'; primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol'; primitive = Symbol.prototype.valueOf.call(value);
  }
  var base = '[' + type;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ' (' + constructor + ')';
  }
  base += ': ' + formatPrimitive(stylizeNoColor, primitive, ctx) + ']';
  if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---- errors -----------------------------------------------------------------

// SpiderMonkey-style frame: "name@file:line:col"
var engineFrameRe = /^(.*?)@(.*?)$/;

// Returns err.stack in node's shape: "Name: message\n    at frame". Stacks in
// the SpiderMonkey format (no header, "fn@file:line:col" lines) are rewritten.
function getStackString(err) {
  var stack;
  try { stack = err.stack; } catch (e) { stack = undefined; }
  if (!stack) return errorToString(err);
  stack = String(stack);
  if (stack.indexOf('\n    at') !== -1) return stack;
  var lines = stack.split('\n');
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return errorToString(err);
  for (var i = 0; i < lines.length; i++) {
    if (!/@.*:\d+(:\d+)?$/.test(lines[i])) return stack;
  }
  return errorToString(err) + '\n' + lines.map(engineFrameToV8).join('\n');
}

function engineFrameToV8(line) {
  var m = engineFrameRe.exec(line);
  var fn = m[1].replace(/^async\*/, '');
  return fn ? '    at ' + fn + ' (' + m[2] + ')' : '    at ' + m[2];
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    var rawStack;
    try { rawStack = err.stack; } catch (e) { rawStack = undefined; }
    ['name', 'message', 'stack'].forEach(function (name) {
      var index = keys.indexOf(name);
      if (index === -1) return;
      var own = err[name];
      // Engines that store an assigned stack as an enumerable own property
      // would otherwise list a cleared stack (undefined or '') as a key.
      if (stack.indexOf(String(own)) !== -1 || (name === 'stack' && (!own || own === rawStack))) {
        keys.splice(index, 1);
      }
    });
  }
}

function improveStack(stack, constructor, name, tag) {
  var len = name.length;
  if (constructor === null ||
      (name.slice(-5) === 'Error' && stack.slice(0, len) === name &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    var fallback = 'Error';
    if (constructor === null) {
      var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    var prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.indexOf(name) !== -1) {
        stack = len === 0 ? prefix + ': ' + stack : prefix + stack.slice(len);
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

// Finds the longest run (more than 3 lines) of frames shared with the cause.
function sharedFrames(frames, causeFrames) {
  for (var i = 0; i < frames.length - 3; i++) {
    var pos = causeFrames.indexOf(frames[i]);
    if (pos !== -1) {
      var rest = causeFrames.length - pos;
      if (rest > 3) {
        var len = 1;
        var maxLen = Math.min(frames.length - i, rest);
        while (maxLen > len && frames[i + len] === causeFrames[pos + len]) len++;
        if (len > 3) return { len: len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, framesText) {
  var frames = framesText.split('\n');
  var cause;
  try { cause = err.cause; } catch (e) { cause = undefined; }
  if (cause !== null && cause !== undefined && isError(cause)) {
    var causeStack = getStackString(cause);
    var causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      var causeFrames = causeStack.slice(causeStart + 1).split('\n');
      var shared = sharedFrames(frames, causeFrames);
      if (shared.len > 0) {
        var skipped = shared.len - 2;
        var msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
        frames.splice(shared.offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function currentDirectory() {
  try {
    return typeof process.cwd === 'function' ? process.cwd() : undefined;
  } catch (e) {
    return undefined;
  }
}

// Greys the working-directory part of a frame's location.
function markCwd(ctx, line, dir) {
  var pos = line.indexOf(dir);
  if (pos === -1) return line;
  var len = dir.length;
  if (line.slice(pos - 7, pos) === 'file://') {
    pos -= 7;
    len += 7;
  }
  var start = line[pos - 1] === '(' ? pos - 1 : pos;
  var closeParen = start !== pos && line.slice(-1) === ')';
  var dirEnd = pos + len + 1;
  var out = line.slice(0, start) + ctx.stylize(line.slice(start, dirEnd), 'undefined') +
    line.slice(dirEnd, closeParen ? -1 : line.length);
  if (closeParen) out += ctx.stylize(')', 'undefined');
  return out;
}

// Colors one stack frame: runtime-internal frames grey, node_modules package
// names underlined, the working directory grey.
function highlightFrame(ctx, line, cwd) {
  if (/^ {4}at (?:[^/\\(]+ \(|)node:.+:\d+:\d+\)?$/.test(line)) return ctx.stylize(line, 'undefined');
  line = line.replace(/([/\\]node_modules[/\\])((?:@[^/\\]+[/\\])?[^/\\]+)/g, function (all, dir, mod) {
    return dir + ctx.stylize(mod, 'module');
  });
  if (cwd !== undefined) {
    var marked = markCwd(ctx, line, cwd);
    if (marked === line) marked = markCwd(ctx, line, 'file://' + encodeURI(cwd));
    line = marked;
  }
  return line;
}

function formatError(err, constructor, tag, ctx, keys) {
  var name = err.name !== null && err.name !== undefined ? String(err.name) : 'Error';
  var stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || keys.indexOf('cause') === -1)) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || keys.indexOf('errors') === -1)) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  var message = err.message;
  var pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  var stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = '[' + stack + ']';
  } else {
    var head = stack.slice(0, stackStart);
    var lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      var cwd = currentDirectory();
      for (var i = 0; i < lines.length; i++) head += '\n' + highlightFrame(ctx, lines[i], cwd);
    } else {
      head += '\n' + lines.join('\n');
    }
    stack = head;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
  }
  return stack;
}

// ---- collections --------------------------------------------------------------

function remainingText(n) {
  return '... ' + n + ' more item' + (n > 1 ? 's' : '');
}

function formatNothing() {
  return [];
}

function formatArrayBuffer(ctx, value) {
  var bytes;
  try { bytes = new Uint8Array(value); } catch (e) { return [ctx.stylize('(detached)', 'special')]; }
  var shown = Math.min(ctx.maxArrayLength, bytes.length);
  var parts = [];
  for (var i = 0; i < shown; i++) {
    var h = bytes[i].toString(16);
    parts.push(h.length < 2 ? '0' + h : h);
  }
  var str = parts.join(' ');
  var remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

function formatArray(ctx, value, recurseTimes) {
  var length = value.length;
  var shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - shown;
  var output = [];
  for (var i = 0; i < shown; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_TYPE));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Arrays with holes: runs of missing indices print as "<N empty items>".
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  var keys = Object.keys(value);
  var index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    var key = keys[i];
    var num = +key;
    if (num > 4294967294) break;
    if (String(index) !== key) {
      if (!indexRe.test(key)) break;
      var empty = num - index;
      output.push(ctx.stylize('<' + empty + ' empty item' + (empty > 1 ? 's' : '') + '>', 'undefined'));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, ARRAY_TYPE));
    index++;
  }
  var remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize('<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>', 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  var shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = value.length - shown;
  var output = new Array(shown);
  var bigints = value.length > 0 && typeof value[0] === 'bigint';
  for (var i = 0; i < shown; i++) {
    output[i] = bigints ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator)
      : formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[shown] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'].forEach(function (key) {
      output.push('[' + key + ']: ' + formatValue(ctx, value[key], recurseTimes, true));
    });
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(iterable, size, ctx, ignored, recurseTimes) {
  var shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  var remaining = size - shown;
  var output = [];
  ctx.indentationLvl += 2;
  var i = 0;
  for (var step = iterable.next(); !step.done; step = iterable.next()) {
    if (i >= shown) break;
    output.push(formatValue(ctx, step.value, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(iterable, size, ctx, ignored, recurseTimes) {
  var shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  var remaining = size - shown;
  var output = [];
  ctx.indentationLvl += 2;
  var i = 0;
  for (var step = iterable.next(); !step.done; step = iterable.next()) {
    if (i >= shown) break;
    var k = formatValue(ctx, step.value[0], recurseTimes);
    output.push(k + ' => ' + formatValue(ctx, step.value[1], recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// Iterator contents can only be shown when the engine can preview them
// without advancing the iterator.
function formatIterator(isMapIter, ctx, value, recurseTimes) {
  if (typeof hooks.previewEntries !== 'function') {
    return [ctx.stylize('<items unknown>', 'special')];
  }
  var entries = hooks.previewEntries(value);
  var isKeyValue = false;
  if (Array.isArray(entries) && entries.length === 2 && Array.isArray(entries[0]) &&
      typeof entries[1] === 'boolean') {
    isKeyValue = entries[1];
    entries = entries[0];
  }
  var output = [];
  var shown = Math.min(Math.max(0, ctx.maxArrayLength), isKeyValue ? entries.length / 2 : entries.length);
  ctx.indentationLvl += 2;
  for (var i = 0; i < shown; i++) {
    if (isKeyValue) {
      var pair = [entries[i * 2], entries[i * 2 + 1]];
      output.push(formatValue(ctx, pair, recurseTimes));
    } else {
      output.push(formatValue(ctx, entries[i], recurseTimes));
    }
  }
  ctx.indentationLvl -= 2;
  var total = isKeyValue ? entries.length / 2 : entries.length;
  if (total > shown) output.push(remainingText(total - shown));
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  var state;
  if (typeof hooks.promiseState === 'function') state = hooks.promiseState(value);
  if (state === undefined || state[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  var str = formatValue(ctx, state[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state[0] === 2 ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
}

// Weak collections can only be listed (showHidden) when the engine offers a
// preview of their entries.
function formatWeakCollection(isMap, ctx, value, recurseTimes) {
  if (!ctx.showHidden || typeof hooks.previewEntries !== 'function') {
    return [ctx.stylize('<items unknown>', 'special')];
  }
  var entries = hooks.previewEntries(value);
  var output = [];
  ctx.indentationLvl += 2;
  if (isMap) {
    for (var i = 0; i + 1 < entries.length; i += 2) {
      output.push(formatValue(ctx, entries[i], recurseTimes) + ' => ' +
        formatValue(ctx, entries[i + 1], recurseTimes));
    }
  } else {
    for (var j = 0; j < entries.length; j++) output.push(formatValue(ctx, entries[j], recurseTimes));
  }
  ctx.indentationLvl -= 2;
  return output;
}

// ---- properties ---------------------------------------------------------------

function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
  if (original === undefined) original = value;
  var name;
  var str;
  var extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    var diff = (ctx.compact !== true || type !== OBJECT_TYPE) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = '\n' + ' '.repeat(ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    var s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        var got = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (got === null) {
          str = s('[' + label + ':', 'special') + ' ' + s('null', 'null') + s(']', 'special');
        } else if (typeof got === 'object') {
          str = s('[' + label + ']', 'special') + ' ' + formatValue(ctx, got, recurseTimes);
        } else {
          str = s('[' + label + ':', 'special') + ' ' + formatPrimitive(s, got, ctx) + s(']', 'special');
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = s('[' + label + ':', 'special') + ' <Inspection threw (' + err.message + ')>' +
          s(']', 'special');
      }
    } else {
      str = s('[' + label + ']', 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === ARRAY_TYPE) return str;
  if (typeof key === 'symbol') {
    name = '[' + ctx.stylize(escapeString(symbolToString(key), 39), 'symbol') + ']';
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = '[' + escapeString(String(key), 39) + ']';
  } else if (identifierRe.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(String(key)), 'string');
  }
  return name + ':' + extra + str;
}

// ---- the object formatter -------------------------------------------------------

function isStackOverflow(err) {
  return err !== null && typeof err === 'object' &&
    ((err instanceof RangeError && /call stack/i.test(err.message)) ||
     (err.name === 'InternalError' && /too much recursion/i.test(err.message)));
}

var builtinPrototypes = [RegExp, Date, Error, ArrayBuffer, DataView, Promise, WeakSet, WeakMap,
  Number, String, Boolean, Symbol, typeof BigInt === 'function' ? BigInt : undefined,
  typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined]
  .filter(Boolean).map(function (C) { return C.prototype; });

// False when value is certainly not one of the built-in object kinds that
// formatRaw tells apart (Date, RegExp, Error, buffers, Promise, weak
// collections, boxed primitives): its class tag is plain and none of their
// prototypes is on its chain.
function mayBeBuiltin(value, constructor) {
  if (constructor === null || tagOf(value) !== 'Object') return true;
  for (var i = 0; i < builtinPrototypes.length; i++) {
    if (builtinPrototypes[i].isPrototypeOf(value)) return true;
  }
  return false;
}

// Same idea for the iterable kinds told apart by brand checks.
function mayBeCollection(value, constructor) {
  return constructor === null || tagOf(value) !== 'Object' ||
    Set.prototype.isPrototypeOf(value) || Map.prototype.isPrototypeOf(value) ||
    TypedArrayProto.isPrototypeOf(value);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var keys;
  var protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  var constructor;
  try {
    constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  } catch (err) {
    if (isRevokedProxyError(err)) return ctx.stylize('<Revoked Proxy>', 'special');
    throw err;
  }
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  var tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag)
        : isEnumerable(value, Symbol.toStringTag)))) {
    tag = '';
  }

  var base = '';
  var formatter = formatNothing;
  var braces;
  var noIterator = true;
  var extrasType = OBJECT_TYPE;
  var size;
  var prefix;

  if (value[Symbol.iterator] || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      prefix = (constructor !== 'Array' || tag !== '')
        ? getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [prefix + '[', ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return braces[0] + ']';
      }
      extrasType = ARRAY_EXTRAS_TYPE;
      formatter = formatArray;
    } else if (!mayBeCollection(value, constructor)) {
      noIterator = true;
    } else if (types.isSet(value)) {
      size = getterOf(Set.prototype, 'size').call(value);
      prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet.bind(null, setValues(value), size);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (types.isMap(value)) {
      size = getterOf(Map.prototype, 'size').call(value);
      prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap.bind(null, mapEntries(value), size);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (types.isTypedArray(value)) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      var bound = value;
      var fallback = '';
      if (constructor === null) {
        fallback = typedArrayName(value);
        bound = new globalThis[fallback](value);
      }
      size = typedArrayLength.call(value);
      prefix = getPrefix(constructor, tag, fallback, '(' + size + ')');
      braces = [prefix + '[', ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
      formatter = formatTypedArray.bind(null, bound, size);
      extrasType = ARRAY_EXTRAS_TYPE;
    } else if (types.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['[' + (tag || 'Map Iterator') + '] {', '}'];
      formatter = formatIterator.bind(null, true);
    } else if (types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['[' + (tag || 'Set Iterator') + '] {', '}'];
      formatter = formatIterator.bind(null, false);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      }
      if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
    } else if (!mayBeBuiltin(value, constructor)) {
      // An ordinary instance of a user class (the common case) skips the
      // brand checks below, which are costly because they work by throwing.
      if (keys.length === 0 && protoProps === undefined) {
        return getPrefix(constructor, tag, 'Object') + '{}';
      }
      braces[0] = getPrefix(constructor, tag, 'Object') + '{';
    } else if (types.isRegExp(value)) {
      base = regexpToString(constructor !== null ? value : new RegExp(value));
      prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      if ((keys.length === 0 && protoProps === undefined) ||
          (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (types.isDate(value)) {
      base = isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
      prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      var bufferType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      prefix = getPrefix(constructor, tag, bufferType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix + '{ byteLength: ' + formatNumber(ctx.stylize, value.byteLength, false) + ' }';
      }
      braces[0] = prefix + '{';
      keys.unshift('byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(value)) {
      braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
      formatter = formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = getPrefix(constructor, tag, 'WeakSet') + '{';
      formatter = formatWeakCollection.bind(null, false);
    } else if (types.isWeakMap(value)) {
      braces[0] = getPrefix(constructor, tag, 'WeakMap') + '{';
      formatter = formatWeakCollection.bind(null, true);
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = getPrefix(constructor, tag, 'Module') + '{';
    } else if (types.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return getPrefix(constructor, tag, 'Object') + '{}';
      }
      braces[0] = getPrefix(constructor, tag, 'Object') + '{';
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    var shortName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) shortName = '[' + shortName + ']';
    return ctx.stylize(shortName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output;
  var indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (var i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push.apply(output, protoProps);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize('[' + getPrefix(constructor, tag, 'Object').slice(0, -1) +
      ': Inspection interrupted prematurely. Maximum call stack size exceeded.]', 'special');
  }

  if (ctx.circular !== undefined) {
    var index = ctx.circular.get(value);
    if (index !== undefined) {
      var reference = ctx.stylize('<ref *' + index + '>', 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : reference + ' ' + base;
      } else {
        braces[0] = reference + ' ' + braces[0];
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    var comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === OBJECT_TYPE) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      var tail = output.slice(output.length - keys.length).sort(comparator);
      output.splice.apply(output, [output.length - keys.length, keys.length].concat(tail));
    }
  }

  var res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  var budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = budget;
  // Stop descending once the output becomes absurdly large.
  if (budget > 134217728) ctx.depth = -1;
  return res;
}

// ---- line layout ----------------------------------------------------------------

function visibleLength(ctx, str) {
  return ctx.colors ? removeColors(str).length : str.length;
}

// Lays out more than six short array items in aligned columns.
function groupArrayElements(ctx, output, value) {
  var totalLength = 0;
  var maxLength = 0;
  var i = 0;
  var outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;  // the "... more items" entry
  var separatorSpace = 2;
  var dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    var len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15
    );
    if (columns <= 1) return output;
    var grouped = [];
    var maxLineLength = [];
    for (var c = 0; c < columns; c++) {
      var lineLength = 0;
      for (var j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    var padStart = true;
    if (value !== undefined) {
      for (var k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (var row = 0; row < outputLength; row += columns) {
      var max = Math.min(row + columns, outputLength);
      var line = '';
      var m = row;
      for (; m < max - 1; m++) {
        var padding = maxLineLength[m - row] + output[m].length - dataLen[m];
        line += padStart ? (output[m] + ', ').padStart(padding, ' ')
          : (output[m] + ', ').padEnd(padding, ' ');
      }
      if (padStart) {
        var lastPad = maxLineLength[m - row] + output[m].length - dataLen[m] - separatorSpace;
        line += output[m].padStart(lastPad, ' ');
      } else {
        line += output[m];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  var totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (var i = 0; i < output.length; i++) {
    totalLength += visibleLength(ctx, output[i]);
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  var indentation;
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === ARRAY_EXTRAS_TYPE && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Only objects whose nesting below this level is shallower than
      // `compact` may share one line.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joined = output.join(', ');
          if (joined.indexOf('\n') === -1) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    indentation = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  indentation = '\n' + ' '.repeat(ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + indentation + '  ';
  return braces[0] + ln + output.join(',' + indentation + '  ') + ' ' + braces[1];
}

exports.builtInNames = builtInNames;
exports.formatBigInt = formatBigInt;
exports.formatNumber = formatNumber;
exports.getKeys = getKeys;
exports.getNonIndexKeys = getNonIndexKeys;
exports.inspect = inspect;
exports.stripVTControlCharacters = stripVTControlCharacters;
exports.stylizeNoColor = stylizeNoColor;
