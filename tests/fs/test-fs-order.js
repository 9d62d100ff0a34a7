// Ordering guarantees: an async callback never runs before the call that
// queued it returns; chained callbacks run in chain order and see each
// other's effects; nextTick and promise jobs queued by one fs callback run
// before the next fs callback; many chained appends land in order.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync(common.tmpDir + '/fs-order-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var f = dir + '/f';

// 1. never synchronous, not even for an immediate error
var returned = false;
fs.stat(dir + '/missing', common.mustCall(function (err) {
  assert.ok(err);
  assert.strictEqual(returned, true);
}));
returned = true;

var returned2 = false;
fs.read(0, new Uint8Array(0), 0, 0, null, common.mustCall(function () {
  assert.strictEqual(returned2, true); // a zero-length read completes on a later tick
}));
returned2 = true;

// 2. a chain: each step sees the previous one's effect
var trace = [];
fs.writeFile(f, 'one', common.mustCall(function (err) {
  assert.ifError(err);
  trace.push('write');
  fs.rename(f, f + '2', common.mustCall(function (err) {
    assert.ifError(err);
    trace.push('rename');
    fs.stat(f + '2', common.mustCall(function (err, st) {
      assert.ifError(err);
      trace.push('stat');
      assert.strictEqual(st.size, 3);
      fs.appendFile(f + '2', 'two', common.mustCall(function (err) {
        assert.ifError(err);
        trace.push('append');
        fs.readFile(f + '2', 'utf8', common.mustCall(function (err, s) {
          trace.push('read');
          assert.strictEqual(s, 'onetwo');
          fs.unlink(f + '2', common.mustCall(function (err) {
            assert.ifError(err);
            trace.push('unlink');
            assert.deepStrictEqual(trace, ['write', 'rename', 'stat', 'append', 'read', 'unlink']);
            appends();
          }));
        }));
      }));
    }));
  }));
}));

// 3. nextTicks and promise jobs of one completion run before the next one
var ticks = 0, jobs = 0, completions = 0;
function onStat(err) {
  assert.ifError(err);
  completions++;
  if (completions === 1) {
    process.nextTick(function () { ticks++; });
    Promise.resolve().then(function () { jobs++; });
  } else {
    assert.strictEqual(ticks, 1);
    assert.strictEqual(jobs, 1);
  }
}
fs.stat(dir, common.mustCall(onStat));
fs.stat(dir, common.mustCall(onStat));

// 4. 200 appends chained one after another keep their order
function appends() {
  var n = 0, expected = '';
  var file = dir + '/log';
  (function next() {
    if (n === 200) {
      assert.strictEqual(fs.readFileSync(file, 'utf8'), expected);
      return;
    }
    var line = 'line ' + n++ + '\n';
    expected += line;
    fs.appendFile(file, line, function (err) {
      assert.ifError(err);
      next();
    });
  })();
}
