// fs benchmark, standalone under both runtimes:
//   nodus scripts/bench/fs.js      node scripts/bench/fs.js
// Times readFileSync and readFile of a 100 MB file, and 100k async stat
// calls (all in flight at once, and 100 at a time), plus 100k statSync.
// Each figure is the best of a few runs; the temp file is removed at exit.
'use strict';
var fs = require('fs');

var MB = 1024 * 1024;
var SIZE = 100 * MB;
var STATS = 100000;
var runtime = process.versions.nodus ? 'nodus ' + process.versions.nodus : 'node ' + process.version;

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/fs-bench-');
var file = dir + '/big';
process.on('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var chunk = new Uint8Array(MB);
for (var i = 0; i < chunk.length; i++) chunk[i] = i & 255;
var fd = fs.openSync(file, 'w');
for (i = 0; i < SIZE / MB; i++) fs.writeSync(fd, chunk);
fs.closeSync(fd);
fs.readFileSync(file); // warm the page cache

function report(name, ms, extra) {
  console.log(('  ' + name + '                                  ').slice(0, 36) + ms.toFixed(1) + ' ms' + (extra || ''));
}

function best(n, fn, done) {
  var min = Infinity;
  (function run(k) {
    if (k === n) return done(min);
    var t0 = now();
    fn(function () {
      min = Math.min(min, now() - t0);
      run(k + 1);
    });
  })(0);
}

function mbps(ms) { return ' (' + (SIZE / MB / (ms / 1000)).toFixed(0) + ' MB/s)'; }

console.log(runtime + ': fs benchmark');
best(5, function (cb) {
  var b = fs.readFileSync(file);
  if (b.length !== SIZE) throw new Error('short read');
  cb();
}, function (ms) {
  report('readFileSync 100 MB', ms, mbps(ms));
  best(5, function (cb) {
    fs.readFile(file, function (err, b) {
      if (err || b.length !== SIZE) throw err || new Error('short read');
      cb();
    });
  }, function (ms2) {
    report('readFile 100 MB', ms2, mbps(ms2));
    best(3, function (cb) {
      var left = STATS;
      for (var k = 0; k < STATS; k++) {
        fs.stat(file, function (err) {
          if (err) throw err;
          if (--left === 0) cb();
        });
      }
    }, function (ms3) {
      report('100k fs.stat, all at once', ms3, ' (' + (ms3 * 1000 / STATS).toFixed(2) + ' us/call)');
      best(3, function (cb) {
        var started = 0, finished = 0;
        function one() {
          started++;
          fs.stat(file, function (err) {
            if (err) throw err;
            finished++;
            if (started < STATS) one();
            else if (finished === STATS) cb();
          });
        }
        for (var k = 0; k < 100; k++) one();
      }, function (ms4) {
        report('100k fs.stat, 100 in flight', ms4, ' (' + (ms4 * 1000 / STATS).toFixed(2) + ' us/call)');
        best(3, function (cb) {
          for (var k = 0; k < STATS; k++) fs.statSync(file);
          cb();
        }, function (ms5) {
          report('100k fs.statSync', ms5, ' (' + (ms5 * 1000 / STATS).toFixed(2) + ' us/call)');
        });
      });
    });
  });
});
