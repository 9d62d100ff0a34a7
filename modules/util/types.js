// util/types.js — util.types (brand checks written with standard ECMAScript
// only) and the small helpers the other parts share.
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

exports.TypedArrayProto = TypedArrayProto;
exports.codedError = codedError;
exports.dateGetTime = dateGetTime;
exports.dateToISOString = dateToISOString;
exports.dateToString = dateToString;
exports.errorToString = errorToString;
exports.errors = errors;
exports.functionToString = functionToString;
exports.getterOf = getterOf;
exports.hasOwn = hasOwn;
exports.hooks = hooks;
exports.invalidArgType = invalidArgType;
exports.isEnumerable = isEnumerable;
exports.isError = isError;
exports.isObjectLike = isObjectLike;
exports.mapEntries = mapEntries;
exports.objectToString = objectToString;
exports.regexpToString = regexpToString;
exports.setValues = setValues;
exports.symbolToString = symbolToString;
exports.tagOf = tagOf;
exports.typedArrayLength = typedArrayLength;
exports.typedArrayName = typedArrayName;
exports.types = types;
exports.validateFunction = validateFunction;
