// watchFile sees a change (curr/prev fs.Stats, the spec's listener),
// unwatchFile stops it; a missing file reports its creation and deletion
// with zeroed stats; fs.watch (inotify) reports 'change' and 'rename' with
// the file name. Every wait is bounded by a deadline.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync(common.tmpDir + '/fs-watch-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var f = dir + '/watched';
fs.writeFileSync(f, 'one');

var deadline = setTimeout(function () {
  throw new Error('timed out waiting for a watcher event');
}, 20000);

var steps = [];
function step(fn) { steps.push(fn); }

// Modifies the file every 150 ms until stop() is called, so a poll always
// has something new to see whatever the timing.
function keepTouching(path) {
  var n = 0;
  var t = setInterval(function () { fs.writeFileSync(path, 'change ' + ++n); }, 150);
  return function stop() { clearInterval(t); };
}

step(function watchFileSeesChange(next) {
  var before = fs.statSync(f);
  var stop;
  var listener = common.mustCall(function (curr, prev) {
    stop();
    assert.ok(curr instanceof fs.Stats);
    assert.ok(prev instanceof fs.Stats);
    assert.ok(curr.mtime instanceof Date);
    assert.strictEqual(prev.size, before.size);
    assert.ok(curr.mtimeMs !== prev.mtimeMs || curr.size !== prev.size);
    // the spec's listener
    console.log('the current mtime is: ' + (curr.mtime instanceof Date));
    console.log('the previous mtime was: ' + (prev.mtime instanceof Date));
    fs.unwatchFile(f, listener);
    next();
  });
  var w = fs.watchFile(f, { persistent: true, interval: 50 }, listener);
  assert.ok(w instanceof require('events'));
  setTimeout(function () { stop = keepTouching(f); }, 120);
});

step(function unwatchFileStops(next) {
  var calls = 0;
  fs.watchFile(f, { interval: 30 }, function () { calls++; });
  fs.unwatchFile(f);
  var stop = keepTouching(f);
  setTimeout(function () {
    stop();
    assert.strictEqual(calls, 0);
    next();
  }, 400);
});

step(function missingFileCreatedThenDeleted(next) {
  var g = dir + '/later';
  var seen = [];
  fs.watchFile(g, { interval: 40 }, function (curr, prev) {
    seen.push([curr.size, prev.size, curr.mtimeMs === 0, prev.mtimeMs === 0]);
    if (seen.length === 1) {
      assert.deepStrictEqual(seen[0], [0, 0, true, true]); // missing at the start: once, zeroed
    } else if (seen.length === 2) {
      assert.deepStrictEqual(seen[1], [5, 0, false, true]); // created: prev is zeroed
      fs.unlinkSync(g);
    } else {
      assert.deepStrictEqual(seen[2], [0, 5, true, false]); // deleted: curr is zeroed
      assert.strictEqual(curr.birthtime.getTime(), 0);
      fs.unwatchFile(g);
      next();
    }
  });
  setTimeout(function () { fs.writeFileSync(g, 'hello'); }, 200);
});

step(function watchChange(next) {
  var w = fs.watch(f, common.mustCall(function (event, filename) {
    assert.strictEqual(event, 'change');
    assert.strictEqual(filename, 'watched');
    w.close();
  }, 1));
  w.on('close', common.mustCall(next));
  fs.appendFileSync(f, 'more');
});

step(function watchDirectory(next) {
  var sub = dir + '/sub';
  fs.mkdirSync(sub);
  var events = [];
  var w = fs.watch(sub, { encoding: 'utf8' });
  w.on('change', function (event, filename) {
    events.push(event + ' ' + filename);
    if (filename === 'b') {
      w.close();
      assert.ok(events.indexOf('rename a') !== -1, events.join());
      assert.ok(events.indexOf('rename b') !== -1, events.join());
      next();
    }
  });
  fs.writeFileSync(sub + '/a', 'x');
  fs.renameSync(sub + '/a', sub + '/b');
});

step(function watchErrors(next) {
  assert.throws(function () { fs.watch(dir + '/missing'); }, function (e) {
    return e.code === 'ENOENT' && e.syscall === 'watch' && e.path === dir + '/missing';
  });
  // a non-persistent watcher does not keep the process alive (checked by
  // the process exiting at the end of this test with it still open)
  fs.watch(dir, { persistent: false });
  next();
});

var done = common.mustCall(function () { clearTimeout(deadline); });
(function run(i) {
  if (i === steps.length) return done();
  steps[i](function () { run(i + 1); });
})(0);
