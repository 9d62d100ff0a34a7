// util.types brand checks and the legacy util.is* predicates.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');
var types = util.types;

function check(name, yes, no) {
  var fn = types[name];
  assert.strictEqual(typeof fn, 'function', 'util.types.' + name);
  yes.forEach(function (v, i) { assert.strictEqual(fn(v), true, name + ' yes #' + i); });
  no.forEach(function (v, i) { assert.strictEqual(fn(v), false, name + ' no #' + i); });
}

var common0 = [undefined, null, 1, 'str', {}, [], function () {}];

check('isDate', [new Date(), new Date(NaN)], common0.concat([Object.create(Date.prototype)]));
check('isRegExp', [/x/, new RegExp('y')], common0.concat([RegExp.prototype, Object.create(RegExp.prototype)]));
check('isMap', [new Map()], common0.concat([new Set(), new WeakMap(), Object.create(Map.prototype)]));
check('isSet', [new Set()], common0.concat([new Map(), new WeakSet()]));
check('isWeakMap', [new WeakMap()], common0.concat([new Map()]));
check('isWeakSet', [new WeakSet()], common0.concat([new Set()]));
check('isPromise', [Promise.resolve(1), new Promise(function () {})], common0.concat([{ then: function () {} }]));
check('isTypedArray', [new Uint8Array(1), new Float64Array(1), new BigInt64Array(1)],
  common0.concat([new ArrayBuffer(1), new DataView(new ArrayBuffer(1))]));
check('isUint8Array', [new Uint8Array(1)], common0.concat([new Int8Array(1), new Uint8ClampedArray(1)]));
check('isUint8ClampedArray', [new Uint8ClampedArray(1)], [new Uint8Array(1)]);
check('isUint16Array', [new Uint16Array(1)], [new Int16Array(1)]);
check('isUint32Array', [new Uint32Array(1)], [new Int32Array(1)]);
check('isInt8Array', [new Int8Array(1)], [new Uint8Array(1)]);
check('isInt16Array', [new Int16Array(1)], [new Uint16Array(1)]);
check('isInt32Array', [new Int32Array(1)], [new Uint32Array(1)]);
check('isFloat32Array', [new Float32Array(1)], [new Float64Array(1)]);
check('isFloat64Array', [new Float64Array(1)], [new Float32Array(1)]);
check('isBigInt64Array', [new BigInt64Array(1)], [new BigUint64Array(1)]);
check('isBigUint64Array', [new BigUint64Array(1)], [new BigInt64Array(1)]);
check('isArrayBuffer', [new ArrayBuffer(0)], common0.concat([new Uint8Array(1)]));
check('isAnyArrayBuffer', [new ArrayBuffer(0)], common0);
check('isArrayBufferView', [new Uint8Array(1), new DataView(new ArrayBuffer(1))], common0.concat([new ArrayBuffer(1)]));
check('isDataView', [new DataView(new ArrayBuffer(1))], common0.concat([new Uint8Array(1)]));
check('isNativeError', [new Error(), new TypeError(), new RangeError()],
  common0.concat([Object.create(Error.prototype), { name: 'Error', message: 'x' }]));
check('isAsyncFunction', [async function () {}, async () => {}, async function* () {}],
  common0.concat([function* () {}]));
check('isGeneratorFunction', [function* () {}, async function* () {}],
  common0.concat([async function () {}]));
check('isGeneratorObject', [(function* () {})()], common0.concat([function* () {}]));
check('isMapIterator', [new Map().keys(), new Map().entries(), new Map()[Symbol.iterator]()],
  common0.concat([new Set().values(), [][Symbol.iterator]()]));
check('isSetIterator', [new Set().values(), new Set().entries()],
  common0.concat([new Map().keys()]));
check('isArgumentsObject', [(function () { return arguments; })()], common0);
check('isNumberObject', [new Number(1)], common0.concat([Object(1n), new String('1')]));
check('isStringObject', [new String('s')], common0.concat([new Number(1)]));
check('isBooleanObject', [new Boolean(false)], common0.concat([false]));
check('isBigIntObject', [Object(1n)], common0.concat([1n]));
check('isSymbolObject', [Object(Symbol('x'))], common0.concat([Symbol('x')]));
check('isBoxedPrimitive', [new Number(1), new String(''), new Boolean(true), Object(1n), Object(Symbol())],
  common0.concat([1n, Symbol()]));
check('isProxy', [], common0);
check('isExternal', [], common0);
check('isModuleNamespaceObject', [], common0);

// Legacy predicates.
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({ length: 0 }), false);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isRegExp('/x/'), false);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isDate(Date.now()), false);
assert.strictEqual(util.isError(new Error()), true);
assert.strictEqual(util.isError(new (class E extends Error {})()), true);
assert.strictEqual(util.isError({ message: 'no' }), false);
assert.strictEqual(util.isFunction(function () {}), true);
assert.strictEqual(util.isFunction(class {}), true);
assert.strictEqual(util.isFunction({}), false);
assert.strictEqual(util.isString('s'), true);
assert.strictEqual(util.isString(new String('s')), false);
assert.strictEqual(util.isNumber(1), true);
assert.strictEqual(util.isNumber('1'), false);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isBoolean(0), false);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNull(undefined), false);
assert.strictEqual(util.isUndefined(undefined), true);
assert.strictEqual(util.isUndefined(null), false);
assert.strictEqual(util.isNullOrUndefined(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNullOrUndefined(0), false);
assert.strictEqual(util.isSymbol(Symbol()), true);
assert.strictEqual(util.isSymbol('sym'), false);
assert.strictEqual(util.isObject({}), true);
assert.strictEqual(util.isObject([]), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject(function () {}), false);
assert.strictEqual(util.isPrimitive(1), true);
assert.strictEqual(util.isPrimitive(null), true);
assert.strictEqual(util.isPrimitive(Symbol()), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.strictEqual(util.isPrimitive(function () {}), false);
assert.strictEqual(util.isBuffer({}), false);
assert.strictEqual(util.isBuffer('str'), false);
