// ipc.js — the fork() channel: round trips per second of a small message
// (parent sends, child answers, N times in sequence), then one-way MB/s of
// 64 KiB messages (a string in 'json' mode, a Buffer in 'advanced' mode;
// send()'s false is respected by waiting for the callback). The child is
// the same runtime (process.execPath). Same script under both:
//   nodus scripts/bench/ipc.js [round trips] [MiB]
//   node  scripts/bench/ipc.js [round trips] [MiB]
var fork = require('child_process').fork;

if (process.argv[2] === 'child') {
  var got = 0, bytes = 0;
  process.on('message', function (m) {
    if (m && m.ping !== undefined) return process.send({ pong: m.ping });
    if (m === 'count?') { process.send({ got: got, bytes: bytes }); got = bytes = 0; return; }
    if (m === 'bye') return process.disconnect();
    if (m === 'noop') return;
    got++;
    bytes += m.length;
  });
  return;
}

var TRIPS = +(process.argv[2] || 20000);
var MIB = +(process.argv[3] || 256);
var CHUNK = 64 * 1024;

function roundTrips(mode, done) {
  var child = fork(__filename, ['child'], { serialization: mode });
  var i = 0, start = process.hrtime.bigint();
  child.on('message', function (m) {
    if (++i < TRIPS) return child.send({ ping: i });
    var s = Number(process.hrtime.bigint() - start) / 1e9;
    child.send('bye');
    child.on('exit', function () { done((TRIPS / s).toFixed(0) + ' round trips/s'); });
  });
  child.send({ ping: 0 });
}

function throughput(mode, done) {
  var child = fork(__filename, ['child'], { serialization: mode });
  var payload = mode === 'json' ? 'x'.repeat(CHUNK) : Buffer.alloc(CHUNK, 'x');
  var count = Math.floor(MIB * 1024 * 1024 / CHUNK), sent = 0;
  var start = process.hrtime.bigint();
  function pump() {
    while (sent < count) {
      sent++;
      if (!child.send(payload, sent === count ? finish : undefined)) {
        if (sent < count) return child.send('noop', pump); // wait for the queue
      }
    }
  }
  function finish() { child.send('count?'); }
  child.on('message', function (m) {
    if (!m || m.got === undefined) return;
    var s = Number(process.hrtime.bigint() - start) / 1e9;
    child.send('bye');
    child.on('exit', function () {
      done((m.bytes / 1048576 / s).toFixed(0) + ' MB/s (' + m.got + ' x 64 KiB)');
    });
  });
  pump();
}

var runtime = typeof process.versions.nodus === 'string' ? 'nodus' : 'node ' + process.version;
var steps = [
  ['json round trips', roundTrips, 'json'], ['advanced round trips', roundTrips, 'advanced'],
  ['json 64 KiB', throughput, 'json'], ['advanced 64 KiB', throughput, 'advanced'],
];
(function next(k) {
  if (k === steps.length) return;
  steps[k][1](steps[k][2], function (result) {
    console.log(runtime + ': ' + steps[k][0] + ': ' + result);
    next(k + 1);
  });
})(0);
