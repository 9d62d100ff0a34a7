// fork({serialization: 'advanced'}): the structured-clone types round-trip
// through a child (Map, Set, Date, RegExp, BigInt, typed arrays, Buffer,
// ArrayBuffer, Error, undefined, shared references and cycles). With a
// path as its argument the child runs under that runtime instead (the
// format is V8's: test-child-process-fork-node.js runs it against node).
var common = require('../common');
var assert = require('assert');
var fork = require('child_process').fork;

if (process.argv[2] === 'child') {
  process.on('message', function (m) {
    if (m === 'bye') return process.disconnect();
    process.send(m);
  });
  return;
}

var guard = setTimeout(function () { child.kill('SIGKILL'); throw new Error('timed out'); }, 20000);
var child = fork(__filename, ['child'], { serialization: 'advanced', execPath: process.argv[2] || undefined });
var shared = { s: 1 };
var cyc = { name: 'cyc', list: [1, 2], shared: shared, again: shared };
cyc.self = cyc;
cyc.list.push(cyc.list);
var value = {
  u: undefined, n: null, t: true, f: false, num: -1.5, nan: NaN, inf: -Infinity,
  str: 'h\u00e9llo\n\u4e2d', big: 12345678901234567890123n, neg: -255n,
  date: new Date(1700000000000), re: /a+b/gi,
  map: new Map([[1, 'one'], ['k', { v: [1] }]]), set: new Set([1, 'a', 2n]),
  ab: new Uint8Array([1, 2, 3]).buffer, u16: new Uint16Array([1, 65535]),
  f64: new Float64Array([0.5, -2]), buf: Buffer.from('buffer!'), dv: new DataView(new ArrayBuffer(2)),
  err: new RangeError('out of range'), arr: [1, 'two', [3]], cyc: cyc,
  sparse: [1, , 3], negzero: -0, wide: '\u4e2d\ud83d\ude00', ints: [2 ** 31, -(2 ** 30), 1e300],
  huge: -(2n ** 130n), bi64: new BigInt64Array([-5n]),
};
child.on('message', common.mustCall(function (m) {
  assert.strictEqual(m.u, undefined);
  assert.ok('u' in m);
  assert.strictEqual(m.n, null);
  assert.strictEqual(m.t, true);
  assert.strictEqual(m.f, false);
  assert.strictEqual(m.num, -1.5);
  assert.ok(Number.isNaN(m.nan));
  assert.strictEqual(m.inf, -Infinity);
  assert.strictEqual(m.str, value.str);
  assert.strictEqual(m.big, value.big);
  assert.strictEqual(m.neg, -255n);
  assert.ok(m.date instanceof Date);
  assert.strictEqual(m.date.getTime(), 1700000000000);
  assert.ok(m.re instanceof RegExp);
  assert.strictEqual(m.re.source, 'a+b');
  assert.strictEqual(m.re.flags, 'gi');
  assert.ok(m.map instanceof Map);
  assert.deepStrictEqual(Array.from(m.map), [[1, 'one'], ['k', { v: [1] }]]);
  assert.ok(m.set instanceof Set);
  assert.deepStrictEqual(Array.from(m.set), [1, 'a', 2n]);
  assert.ok(m.ab instanceof ArrayBuffer);
  assert.deepStrictEqual(Array.from(new Uint8Array(m.ab)), [1, 2, 3]);
  assert.ok(m.u16 instanceof Uint16Array);
  assert.deepStrictEqual(Array.from(m.u16), [1, 65535]);
  assert.ok(m.f64 instanceof Float64Array);
  assert.deepStrictEqual(Array.from(m.f64), [0.5, -2]);
  assert.ok(Buffer.isBuffer(m.buf));
  assert.strictEqual(m.buf.toString(), 'buffer!');
  assert.ok(m.dv instanceof DataView);
  assert.strictEqual(m.dv.byteLength, 2);
  assert.ok(m.err instanceof RangeError);
  assert.strictEqual(m.err.message, 'out of range');
  assert.deepStrictEqual(m.arr, [1, 'two', [3]]);
  assert.strictEqual(m.sparse.length, 3);
  assert.ok(!(1 in m.sparse));
  assert.ok(Object.is(m.negzero, -0));
  assert.strictEqual(m.wide, value.wide);
  assert.deepStrictEqual(m.ints, value.ints);
  assert.strictEqual(m.huge, value.huge);
  assert.deepStrictEqual(Array.from(m.bi64), [-5n]);
  assert.strictEqual(m.cyc.self, m.cyc);
  assert.strictEqual(m.cyc.list[2], m.cyc.list);
  assert.strictEqual(m.cyc.shared, m.cyc.again);
  assert.strictEqual(m.cyc.name, 'cyc');
  // what cannot be cloned throws at send, and the channel stays usable
  assert.throws(function () { child.send({ f: function () {} }); }, /could not be cloned/);
  assert.throws(function () { child.send({ s: Symbol('x') }); }, /could not be cloned/);
  child.send('bye');
}));
child.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  clearTimeout(guard);
}));
child.send(value);
