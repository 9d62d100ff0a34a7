// util — the `util` module (the modern name of v0.2's `sys`).
//
// Owns: inspect() and its options/colors/styles/custom symbol, format() and
// formatWithOptions(), inherits, deprecate, promisify, callbackify, debuglog,
// the legacy is* predicates, util.types (brand checks written with standard
// ECMAScript only), isDeepStrictEqual, and the v0.2 sys output helpers
// (puts, print, debug, error, log, p, pump).
//
// inspect() reproduces node's output format. Everything is plain ECMAScript;
// the only host facilities used are process.stdout/stderr.write, process.env
// and process.pid. `binding` is normally undefined; when the C side supplies
// an object it may offer optional engine hooks which inspect uses when present:
//   binding.promiseState(p)   -> [state, result], state 0 pending/1 fulfilled/2 rejected
//   binding.proxyTarget(v)    -> target of a Proxy, or undefined when v is no Proxy
//   binding.previewEntries(it)-> array of remaining Map/Set iterator items (not consumed)
// Without them a promise shows as <pending>, proxies are inspected through
// their traps and iterator contents show as <items unknown>.
'use strict';

var hooks = (binding !== undefined && binding !== null) ? binding : {};

// ---- small helpers ----------------------------------------------------------

var uncurry = Function.prototype.bind.bind(Function.prototype.call);
var hasOwn = uncurry(Object.prototype.hasOwnProperty);
var isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
var objectToString = uncurry(Object.prototype.toString);
var functionToString = uncurry(Function.prototype.toString);
var errorToString = uncurry(Error.prototype.toString);
var dateToISOString = uncurry(Date.prototype.toISOString);
var dateToString = uncurry(Date.prototype.toString);
var dateGetTime = uncurry(Date.prototype.getTime);
var regexpToString = uncurry(RegExp.prototype.toString);
var symbolToString = uncurry(Symbol.prototype.toString);
var mapEntries = uncurry(Map.prototype.entries);
var setValues = uncurry(Set.prototype.values);

function getterOf(proto, name) {
  var d = Object.getOwnPropertyDescriptor(proto, name);
  return d && d.get;
}

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// Calls fn with `this` = v and reports whether it did not throw: the standard
// way to test for an internal slot with plain ECMAScript.
function brandCheck(fn) {
  return function (v) {
    if (!isObjectLike(v)) return false;
    try { fn.call(v); return true; } catch (e) { return false; }
  };
}

function tagOf(v) {
  try { return objectToString(v).slice(8, -1); } catch (e) { return ''; }
}

// ---- util.types -------------------------------------------------------------

var TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
var typedArrayTag = getterOf(TypedArrayProto, Symbol.toStringTag);
var typedArrayLength = getterOf(TypedArrayProto, 'length');
var MapIteratorProto = Object.getPrototypeOf(new Map().entries());
var SetIteratorProto = Object.getPrototypeOf(new Set().values());
var GeneratorProto = Object.getPrototypeOf(function* () {}).prototype;
var AsyncGeneratorProto = Object.getPrototypeOf(async function* () {}).prototype;

function typedArrayName(v) {
  if (!isObjectLike(v)) return undefined;
  try { return typedArrayTag.call(v); } catch (e) { return undefined; }
}

var types = {};

types.isDate = brandCheck(Date.prototype.getTime);
types.isMap = brandCheck(getterOf(Map.prototype, 'size'));
types.isSet = brandCheck(getterOf(Set.prototype, 'size'));
types.isWeakMap = brandCheck(function () { WeakMap.prototype.has.call(this, types); });
types.isWeakSet = brandCheck(function () { WeakSet.prototype.has.call(this, types); });
types.isArrayBuffer = brandCheck(getterOf(ArrayBuffer.prototype, 'byteLength'));
types.isSharedArrayBuffer = typeof SharedArrayBuffer === 'function'
  ? brandCheck(getterOf(SharedArrayBuffer.prototype, 'byteLength'))
  : function () { return false; };
types.isAnyArrayBuffer = function (v) {
  return types.isArrayBuffer(v) || types.isSharedArrayBuffer(v);
};
types.isDataView = brandCheck(getterOf(DataView.prototype, 'buffer'));
types.isTypedArray = function (v) { return typedArrayName(v) !== undefined; };
types.isArrayBufferView = function (v) { return types.isTypedArray(v) || types.isDataView(v); };
['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']
  .forEach(function (name) {
    types['is' + name] = function (v) { return typedArrayName(v) === name; };
  });

var regexpSource = getterOf(RegExp.prototype, 'source');
types.isRegExp = function (v) {
  if (!isObjectLike(v) || v === RegExp.prototype) return false;
  try { regexpSource.call(v); return true; } catch (e) { return false; }
};

types.isNumberObject = function (v) {
  return typeof v === 'object' && brandCheck(Number.prototype.valueOf)(v);
};
types.isStringObject = function (v) {
  return typeof v === 'object' && brandCheck(String.prototype.valueOf)(v);
};
types.isBooleanObject = function (v) {
  return typeof v === 'object' && brandCheck(Boolean.prototype.valueOf)(v);
};
types.isBigIntObject = function (v) {
  return typeof v === 'object' && typeof BigInt === 'function' &&
    brandCheck(BigInt.prototype.valueOf)(v);
};
types.isSymbolObject = function (v) {
  return typeof v === 'object' && brandCheck(Symbol.prototype.valueOf)(v);
};
types.isBoxedPrimitive = function (v) {
  return types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v) ||
    types.isBigIntObject(v) || types.isSymbolObject(v);
};

types.isPromise = function (v) {
  if (!isObjectLike(v)) return false;
  if (typeof hooks.promiseState === 'function') {
    try { return hooks.promiseState(v) !== undefined; } catch (e) { return false; }
  }
  return v instanceof Promise || tagOf(v) === 'Promise';
};
types.isNativeError = function (v) {
  return isObjectLike(v) && tagOf(v) === 'Error';
};
types.isArgumentsObject = function (v) {
  return isObjectLike(v) && tagOf(v) === 'Arguments' && hasOwn(v, 'callee');
};
types.isAsyncFunction = function (v) {
  if (typeof v !== 'function') return false;
  var t = tagOf(v);
  return t === 'AsyncFunction' || t === 'AsyncGeneratorFunction';
};
types.isGeneratorFunction = function (v) {
  if (typeof v !== 'function') return false;
  var t = tagOf(v);
  return t === 'GeneratorFunction' || t === 'AsyncGeneratorFunction';
};
types.isGeneratorObject = function (v) {
  if (!isObjectLike(v)) return false;
  return GeneratorProto.isPrototypeOf(v) || AsyncGeneratorProto.isPrototypeOf(v);
};
types.isMapIterator = function (v) {
  return isObjectLike(v) && Object.getPrototypeOf(v) === MapIteratorProto;
};
types.isSetIterator = function (v) {
  return isObjectLike(v) && Object.getPrototypeOf(v) === SetIteratorProto;
};
types.isModuleNamespaceObject = function (v) {
  return isObjectLike(v) && Object.getPrototypeOf(v) === null && tagOf(v) === 'Module' &&
    !Object.isExtensible(v);
};
types.isProxy = function (v) {
  if (!isObjectLike(v) || typeof hooks.proxyTarget !== 'function') return false;
  return hooks.proxyTarget(v) !== undefined;
};
types.isExternal = function () { return false; };
types.isKeyObject = function () { return false; };
types.isCryptoKey = function () { return false; };

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

// ---- errors raised by argument validation (node-style codes) ---------------

var errors = require('internal/errors');
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;
var validateFunction = errors.validateFunction;

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

// ---- v0.2 sys output helpers ------------------------------------------------------------

function puts() {
  for (var i = 0; i < arguments.length; i++) writeOut(String(arguments[i]) + '\n');
}

function print() {
  for (var i = 0; i < arguments.length; i++) writeOut(String(arguments[i]));
}

function debug(x) {
  writeErr('DEBUG: ' + x + '\n');
}

function error() {
  for (var i = 0; i < arguments.length; i++) writeErr(String(arguments[i]) + '\n');
}

function p() {
  for (var i = 0; i < arguments.length; i++) error(inspect(arguments[i]));
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

function timestamp() {
  var d = new Date();
  var time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds());
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + time;
}

// "23 Nov 12:34:56 - message" on stdout.
function log() {
  writeOut(timestamp() + ' - ' + format.apply(null, arguments) + '\n');
}

// Pipes readStream into writeStream, pausing the reader while the writer's
// buffer is full. cb(err) runs once: on end/close of either side or on error.
function pump(readStream, writeStream, cb) {
  var done = false;
  function finish(err) {
    if (done) return;
    done = true;
    if (typeof cb === 'function') cb(err);
  }
  if (typeof readStream.pause !== 'function') {
    readStream.pause = function () { readStream.emit('pause'); };
  }
  if (typeof readStream.resume !== 'function') {
    readStream.resume = function () { readStream.emit('resume'); };
  }
  readStream.on('data', function (chunk) {
    if (writeStream.write(chunk) === false) readStream.pause();
  });
  writeStream.on('pause', function () { readStream.pause(); });
  writeStream.on('drain', function () { readStream.resume(); });
  writeStream.on('resume', function () { readStream.resume(); });
  readStream.on('end', function () {
    if (writeStream !== process.stdout && writeStream !== process.stderr &&
        typeof writeStream.end === 'function') {
      writeStream.end();
    }
    finish();
  });
  readStream.on('close', function () { finish(); });
  writeStream.on('close', function () { finish(); });
  readStream.on('error', function (err) {
    if (typeof writeStream.end === 'function') writeStream.end();
    finish(err);
  });
  writeStream.on('error', function (err) {
    if (typeof readStream.destroy === 'function') readStream.destroy();
    finish(err);
  });
}

// ---- legacy type predicates ----------------------------------------------------------------

function isBuffer(v) {
  var B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(v) : false;
}

// ---- exports -----------------------------------------------------------------------------

exports._extend = extend;
exports.callbackify = callbackify;
exports.debuglog = debuglog;
exports.deprecate = deprecate;
exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.inherits = inherits;
exports.inspect = inspect;
exports.isArray = Array.isArray;
exports.isBoolean = function (v) { return typeof v === 'boolean'; };
exports.isBuffer = isBuffer;
exports.isDeepStrictEqual = isDeepStrictEqual;
exports.isNull = function (v) { return v === null; };
exports.isNullOrUndefined = function (v) { return v === null || v === undefined; };
exports.isNumber = function (v) { return typeof v === 'number'; };
exports.isString = function (v) { return typeof v === 'string'; };
exports.isSymbol = function (v) { return typeof v === 'symbol'; };
exports.isUndefined = function (v) { return v === undefined; };
exports.isRegExp = types.isRegExp;
exports.isObject = function (v) { return v !== null && typeof v === 'object'; };
exports.isDate = types.isDate;
exports.isError = isError;
exports.isFunction = function (v) { return typeof v === 'function'; };
exports.isPrimitive = function (v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); };
exports.log = log;
exports.promisify = promisify;
exports.stripVTControlCharacters = stripVTControlCharacters;
exports.styleText = styleText;
exports.toUSVString = toUSVString;
exports.types = types;
if (typeof globalThis.TextEncoder === 'function') exports.TextEncoder = globalThis.TextEncoder;
if (typeof globalThis.TextDecoder === 'function') exports.TextDecoder = globalThis.TextDecoder;

// v0.2 sys
exports.puts = puts;
exports.print = print;
exports.debug = debug;
exports.error = error;
exports.p = p;
exports.pump = pump;
