// The helper layer (nodus_aux.h) through tests/sdk/aux_test.c: the argument
// errors word the received value exactly as Node 20 does (the expected
// strings below are what `node` prints for the same value given to
// setTimeout, Buffer#readUInt8 or fs.readFileSync), and the conversions,
// tables and tagged wrapping behave as documented.
var common = require('../common');
var assert = require('assert');

var aux = require(process.env.NODUS_TEST_BUILD_ROOT + '/tests/sdk/aux_test.node');

function throwsWith(fn, ctor, code, message) {
  assert.throws(fn, function (e) {
    assert.ok(e instanceof ctor, 'a ' + ctor.name + ': ' + e);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.message, message);
    return true;
  });
}

// ERR_INVALID_ARG_TYPE: what setTimeout(value) says in Node 20.
var received = [
  [1.5, 'type number (1.5)'],
  [-0, 'type number (-0)'],
  [NaN, 'type number (NaN)'],
  [Infinity, 'type number (Infinity)'],
  [1e21, 'type number (1e+21)'],
  [123456789012345678901234567890, 'type number (1.2345678901234568e+29)'],
  ['abc', "type string ('abc')"],
  ['', "type string ('')"],
  ["it's", 'type string ("it\'s")'],
  ['a"b\'c`', 'type string ("a\\"b\'c`")'],
  ['a\\b', "type string ('a\\b')"],
  ['x\ny\t\u0001', "type string ('x\ny\t\u0001')"],
  ['a'.repeat(40), "type string ('" + 'a'.repeat(25) + "...')"],
  ["'" + 'a'.repeat(40), 'type string ("\'' + 'a'.repeat(24) + '...")'],
  [Symbol('s'), 'type symbol (Symbol(s))'],
  [Symbol(), 'type symbol (Symbol())'],
  [10n, 'type bigint (10n)'],
  [12345678901234567890123n, 'type bigint (12345678901234567890123n)'],
  [true, 'type boolean (true)'],
  [null, 'null'],
  [undefined, 'undefined'],
  [{}, 'an instance of Object'],
  [[], 'an instance of Array'],
  [new Map(), 'an instance of Map'],
  [Object.create(null), '[Object: null prototype] {}'],
  [{ constructor: { name: '' } }, 'an instance of '],
];
received.forEach(function (pair) {
  throwsWith(function () { aux.checkFunction(pair[0]); }, TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "callback" argument must be of type function. Received ' + pair[1]);
  assert.strictEqual(aux.describe(pair[0]), pair[1]);
});
// functions are described by name (checkNumber: a function is not a number)
throwsWith(function () { aux.checkNumber(function foo() {}, 'ttl'); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "ttl" argument must be of type number. Received function foo');
throwsWith(function () { aux.checkNumber(class A {}, 'ttl'); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "ttl" argument must be of type number. Received function A');
throwsWith(function () { aux.checkNumber('x', 'ttl'); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  "The \"ttl\" argument must be of type number. Received type string ('x')");
assert.strictEqual(aux.checkNumber(2.5, 'ttl'), 2.5);
// a description cut to the buffer never splits a UTF-8 sequence badly
assert.strictEqual(aux.describe('abc', 8), 'type st');
assert.strictEqual(aux.describe('abc', 0), '');

// The expected-type phrase, as Node lists types, classes and the rest.
var phrases = [
  ['string|Buffer|URL', 'of type string or an instance of Buffer or URL'],
  ['string|Buffer|TypedArray|DataView', 'of type string or an instance of Buffer, TypedArray, or DataView'],
  ['Buffer|TypedArray|DataView', 'an instance of Buffer, TypedArray, or DataView'],
  ['object|Function|number', 'one of type object, function, or number'],
  ['object|Buffer', 'an instance of Buffer or Object'],
  ['string|null', 'of type string or null'],
];
phrases.forEach(function (p) {
  throwsWith(function () { aux.argTypeError('x', p[0], 5); }, TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "x" argument must be ' + p[1] + '. Received type number (5)');
});
throwsWith(function () { aux.argTypeError('options.fd', 'number', 'a'); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  "The \"options.fd\" property must be of type number. Received type string ('a')");
throwsWith(function () { aux.argTypeError('first argument', 'string', 1); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The first argument must be of type string. Received type number (1)');
throwsWith(function () { aux.checkBytes(5); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)');
assert.strictEqual(aux.checkBytes(Buffer.alloc(3)), 3);
assert.strictEqual(aux.checkBytes(new DataView(new ArrayBuffer(2))), 2);
assert.strictEqual(aux.checkBytes(new Uint8Array(0)), 0);
assert.strictEqual(aux.checkString('héllo'), 6);
throwsWith(function () { aux.checkString(1); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string. Received type number (1)');
assert.strictEqual(aux.checkBool(false), false);
throwsWith(function () { aux.checkBool(0); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "flag" argument must be of type boolean. Received type number (0)');

// ERR_OUT_OF_RANGE: what Buffer#readUInt8(offset) says in Node 20.
function range(v) {
  return function () { aux.checkInt(v, 'offset', 0, 10); };
}
var rangeMsg = 'The value of "offset" is out of range. It must be ';
throwsWith(range(1.5), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + 'an integer. Received 1.5');
throwsWith(range(NaN), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + 'an integer. Received NaN');
throwsWith(range(Infinity), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + 'an integer. Received Infinity');
throwsWith(range(11), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + '>= 0 && <= 10. Received 11');
throwsWith(range(-5), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + '>= 0 && <= 10. Received -5');
throwsWith(range(4294967296), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + '>= 0 && <= 10. Received 4294967296');
throwsWith(range(4294967297), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + '>= 0 && <= 10. Received 4_294_967_297');
throwsWith(range(-4294967297), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + '>= 0 && <= 10. Received -4_294_967_297');
throwsWith(range(1e21), RangeError, 'ERR_OUT_OF_RANGE', rangeMsg + '>= 0 && <= 10. Received 1e_+21');
throwsWith(range('x'), TypeError, 'ERR_INVALID_ARG_TYPE',
  "The \"offset\" argument must be of type number. Received type string ('x')");
assert.strictEqual(aux.checkInt(-0, 'offset', 0, 10), 0);
assert.strictEqual(aux.checkInt(10, 'offset', 0, 10), 10);
throwsWith(function () { aux.outOfRange('fd', '>= 0 && <= 2147483647', -1); }, RangeError, 'ERR_OUT_OF_RANGE',
  'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1');
throwsWith(function () { aux.outOfRange('x', 'whatever', -0); }, RangeError, 'ERR_OUT_OF_RANGE',
  'The value of "x" is out of range. It must be whatever. Received -0');

// Throwers.
throwsWith(aux.throwErrno, Error, 'ENOENT', "ENOENT: no such file or directory, open '/nonexistent'");
throwsWith(aux.throwFail, Error, 'ERR_INTERNAL_ASSERTION', 'nodus call failed: string expected');
throwsWith(aux.throwLong, RangeError, 'ERR_LONG', 'x'.repeat(1000) + '|7');

// Socket addresses.
assert.deepStrictEqual(aux.ipParse('127.0.0.1', 0, 80), { address: '127.0.0.1', family: 'IPv4', port: 80 });
assert.deepStrictEqual(aux.ipParse('::1', 0, 65535), { address: '::1', family: 'IPv6', port: 65535 });
assert.deepStrictEqual(aux.ipParse('fe80::1%1', 6, 1), { address: 'fe80::1%lo', family: 'IPv6', port: 1 });
assert.strictEqual(aux.ipParse('1.2.3.4', 6, 80), -22); // -EINVAL: not an IPv6 literal
assert.strictEqual(aux.ipParse('::1', 4, 80), -22);
assert.strictEqual(aux.ipParse('nope', 0, 80), -22);
assert.strictEqual(aux.ipParse('1.2.3.4' + ' '.repeat(100), 0, 80), -22);
assert.deepStrictEqual(aux.unixParse('/tmp/sock'), { address: '/tmp/sock' });
assert.strictEqual(aux.unixParse(''), -22);
assert.strictEqual(aux.unixParse('x'.repeat(200)), -36); // -ENAMETOOLONG
assert.deepStrictEqual(aux.fromJs({ address: '::1', port: 5 }), { address: '::1', family: 'IPv6', port: 5 });
assert.deepStrictEqual(aux.fromJs({ address: '10.0.0.1', port: 0, family: 4 }),
  { address: '10.0.0.1', family: 'IPv4', port: 0 });
throwsWith(function () { aux.fromJs({ address: '::1', port: 70000 }); }, RangeError, 'ERR_SOCKET_BAD_PORT',
  'Port should be >= 0 and < 65536. Received type number (70000).');
throwsWith(function () { aux.fromJs({ address: 'nope', port: 1 }); }, TypeError, 'ERR_INVALID_IP_ADDRESS',
  'Invalid IP address: nope');
throwsWith(function () { aux.fromJs({ address: '1.2.3.4', family: 'IPv6' }); }, TypeError,
  'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: 1.2.3.4');
throwsWith(function () { aux.fromJs({ address: 1 }); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "address.address" property must be of type string. Received type number (1)');
throwsWith(function () { aux.fromJs({ address: '::1', family: 'IPv5' }); }, TypeError, 'ERR_INVALID_ARG_VALUE',
  "The property 'address.family' must be one of: 'IPv4', 'IPv6'. Received type string ('IPv5')");
throwsWith(function () { aux.fromJs(null); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "address" argument must be of type object. Received null');

// Signals: the table Node's os.constants.signals has (for the ones listed).
assert.strictEqual(aux.signalName(15), 'SIGTERM');
assert.strictEqual(aux.signalName(9), 'SIGKILL');
assert.strictEqual(aux.signalName(0), null);
assert.strictEqual(aux.signalNumber('SIGHUP'), 1);
assert.strictEqual(aux.signalNumber('SIGNOPE'), 0);
var table = aux.signals();
assert.strictEqual(table.SIGINT, 2);
Object.keys(table).forEach(function (name) {
  assert.strictEqual(aux.signalName(table[name]) !== null, true);
  assert.strictEqual(aux.signalNumber(name), table[name]);
});

// Tables: shared data for entries without their own.
assert.strictEqual(aux.shared(), 'shared data');
assert.strictEqual(aux.own(), 'own data');

// Tagged wrapping: each type's methods refuse the other's objects.
var box = new aux.Box(3);
assert.strictEqual(box.get(), 3);
var token = aux.makeToken();
assert.strictEqual(aux.tokenValue(token), 42);
throwsWith(function () { aux.Box.prototype.get.call(token); }, TypeError, 'ERR_INVALID_THIS',
  'Value of "this" must be of type Box');
throwsWith(function () { aux.Box.prototype.get.call({}); }, TypeError, 'ERR_INVALID_THIS',
  'Value of "this" must be of type Box');
throwsWith(function () { aux.tokenValue(box); }, TypeError, 'ERR_INVALID_THIS',
  'Value of "this" must be of type Token');
throwsWith(function () { aux.tokenValue(1); }, TypeError, 'ERR_INVALID_THIS',
  'Value of "this" must be of type Token');
throwsWith(function () { new aux.Box('x'); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  "The \"value\" argument must be of type number. Received type string ('x')");
