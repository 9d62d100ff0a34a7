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
//
// index.js gathers the exports of the parts: types, inspect, format, misc
// (inherits, deprecate, promisify...) and legacy (v0.2's sys helpers).

'use strict';

var { isError, types } = require('./types');
var { inspect, stripVTControlCharacters } = require('./inspect');
var { format, formatWithOptions } = require('./format');
var { callbackify, debuglog, deprecate, extend, inherits, isDeepStrictEqual, promisify, styleText,
  toUSVString } = require('./misc');
var { debug, error, isBuffer, log, p, print, pump, puts } = require('./legacy');

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
