// Async iteration over Readables (for await, iterator({destroyOnReturn})),
// Readable.from over arrays, iterables, async generators and strings, and
// the iterator helpers (map, filter, toArray, reduce...).
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');
var Readable = stream.Readable;

async function main() {
  // Chunks pushed over time arrive in order; the loop ends with the stream.
  var r = new Readable({ read: function () {} });
  r.setEncoding('utf8');
  r.push('a');
  setTimeout(function () { r.push('b'); r.push(null); }, 2);
  var got = [];
  for await (var chunk of r) got.push(chunk);
  assert.deepStrictEqual(got, ['a', 'b']);
  assert.strictEqual(got.join(''), 'ab');

  // An error ends the loop with a throw.
  var failing = new Readable({ read: function () {} });
  failing.push('x');
  setTimeout(function () { failing.destroy(new Error('lost connection')); }, 2);
  await assert.rejects(async function () {
    for await (var c of failing) assert.ok(Buffer.isBuffer(c));
  }, /lost connection/);

  // break destroys the stream.
  var numbers = Readable.from([1, 2, 3]);
  numbers.on('error', function () {});
  for await (var n of numbers) {
    assert.strictEqual(n, 1);
    break;
  }
  assert.strictEqual(numbers.destroyed, true);

  // iterator({ destroyOnReturn: false }) leaves it open for another loop.
  var kept = Readable.from(['p', 'q', 'r']);
  for await (var v of kept.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(v, 'p');
    break;
  }
  assert.strictEqual(kept.destroyed, false);
  var rest = [];
  for await (var w of kept) rest.push(w);
  assert.deepStrictEqual(rest, ['q', 'r']);

  // Readable.from: sync iterables, async generators, promises as values, strings.
  function* gen() { yield 'g1'; yield Promise.resolve('g2'); }
  assert.deepStrictEqual(await Readable.from(gen()).toArray(), ['g1', 'g2']);
  async function* agen() { yield 1; await null; yield 2; }
  assert.deepStrictEqual(await Readable.from(agen()).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from('whole string').toArray(), ['whole string']);
  assert.strictEqual(Readable.from([]).readableObjectMode, true);
  var bytes = Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false });
  assert.strictEqual(Buffer.concat(await bytes.toArray()).toString(), 'abcd');
  assert.throws(function () { Readable.from(42); }, function (err) { return err.code === 'ERR_INVALID_ARG_TYPE'; });

  // A generator error destroys the stream with it.
  async function* broken() { yield 'ok'; throw new Error('generator broke'); }
  var fromBroken = Readable.from(broken());
  await assert.rejects(fromBroken.toArray(), /generator broke/);

  // null from an iterable is an error.
  await assert.rejects(Readable.from([1, null]).toArray(), function (err) {
    return err.code === 'ERR_STREAM_NULL_VALUES';
  });

  // Iterator helpers.
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).map(function (x) { return x * 2; }).filter(function (x) { return x > 2; }).toArray(), [4, 6, 8]);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce(function (a, b) { return a + b; }, 10), 16);
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).drop(2).toArray(), [3]);
  assert.strictEqual(await Readable.from([1, 2, 3]).some(function (x) { return x > 2; }), true);
  assert.strictEqual(await Readable.from([1, 2, 3]).every(function (x) { return x > 2; }), false);
  assert.strictEqual(await Readable.from([1, 2, 3]).find(function (x) { return x > 1; }), 2);
  var seen = [];
  await Readable.from(['e', 'f']).forEach(function (x) { seen.push(x); });
  assert.deepStrictEqual(seen, ['e', 'f']);
  assert.deepStrictEqual(await Readable.from([1, 2]).flatMap(function (x) { return [x, x]; }).toArray(), [1, 1, 2, 2]);
}

main().then(common.mustCall());
