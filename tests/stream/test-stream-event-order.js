// The order of stream events, as node 20 emits them (stdout is compared
// with test-stream-event-order.out): 'end' after the last 'data', 'finish'
// before 'close', write callbacks before 'finish', an error emitted once and
// followed by 'close'. objectMode throughout, so no Buffer is involved.
var stream = require('stream');

var cases = [];
function scenario(name, fn) { cases.push({ name: name, fn: fn }); }

function logger(name) {
  return function () {
    var parts = Array.prototype.slice.call(arguments).map(function (a) {
      if (a instanceof Error) return 'Error(' + a.message + ')';
      return typeof a === 'string' ? a : JSON.stringify(a);
    });
    console.log('  ' + name + ': ' + parts.join(' '));
  };
}

function watch(log, s, events) {
  events.forEach(function (ev) {
    s.on(ev, function (arg) { if (ev === 'data' || ev === 'error') log(ev, arg); else log(ev); });
  });
}

scenario('readable flowing', function (done) {
  var log = logger('r');
  var r = new stream.Readable({ objectMode: true, read: function () {} });
  watch(log, r, ['data', 'end', 'close', 'pause', 'resume']);
  r.push('a'); r.push('b'); r.push(null);
  log('sync code done');
  setTimeout(done, 10);
});

scenario('readable with _read pushing synchronously', function (done) {
  var log = logger('r');
  var n = 0;
  var r = new stream.Readable({
    objectMode: true,
    read: function () { log('_read'); this.push(n < 2 ? n++ : null); }
  });
  watch(log, r, ['data', 'end', 'close']);
  setTimeout(done, 10);
});

scenario('paused mode with the readable event', function (done) {
  var log = logger('r');
  var r = new stream.Readable({ objectMode: true, read: function () {} });
  r.on('readable', function () {
    var chunk;
    log('readable');
    while ((chunk = r.read()) !== null) log('read', chunk);
  });
  watch(log, r, ['end', 'close']);
  r.push(1); r.push(2);
  setTimeout(function () { r.push(3); r.push(null); }, 2);
  setTimeout(done, 15);
});

scenario('writable with synchronous _write', function (done) {
  var log = logger('w');
  var w = new stream.Writable({
    objectMode: true,
    write: function (chunk, enc, cb) { log('_write', chunk); cb(); }
  });
  watch(log, w, ['drain', 'prefinish', 'finish', 'close']);
  w.write('a', function () { log('write cb a'); });
  w.write('b', function () { log('write cb b'); });
  process.nextTick(function () { log('a tick queued after the writes'); });
  w.end('c', function () { log('end cb'); });
  log('sync code done');
  setTimeout(done, 10);
});

scenario('writable with _final and backpressure', function (done) {
  var log = logger('w');
  var w = new stream.Writable({
    objectMode: true,
    highWaterMark: 2,
    write: function (chunk, enc, cb) { log('_write', chunk); setTimeout(cb, 1); },
    final: function (cb) { log('_final'); setTimeout(cb, 1); }
  });
  watch(log, w, ['drain', 'prefinish', 'finish', 'close']);
  log('write 1 returns', w.write(1));
  log('write 2 returns', w.write(2));
  w.once('drain', function () { w.end(3); });
  setTimeout(done, 30);
});

scenario('writable error: once, then close', function (done) {
  var log = logger('w');
  var w = new stream.Writable({
    objectMode: true,
    write: function (chunk, enc, cb) { cb(new Error('disk full')); }
  });
  watch(log, w, ['error', 'finish', 'close']);
  w.write('x', function (err) { log('write cb', err); });
  w.write('y', function (err) { log('write cb', err); });
  setTimeout(function () { log('destroyed', w.destroyed); done(); }, 10);
});

scenario('duplex: both sides end, then close', function (done) {
  var log = logger('d');
  var d = new stream.Duplex({
    objectMode: true,
    read: function () {},
    write: function (chunk, enc, cb) { this.push(chunk + '!'); cb(); },
    final: function (cb) { this.push(null); cb(); }
  });
  watch(log, d, ['data', 'end', 'prefinish', 'finish', 'close']);
  d.write('hi');
  d.end();
  setTimeout(done, 10);
});

scenario('transform with flush', function (done) {
  var log = logger('t');
  var t = new stream.Transform({
    objectMode: true,
    transform: function (chunk, enc, cb) { cb(null, chunk * 10); },
    flush: function (cb) { log('_flush'); this.push('flushed'); cb(); }
  });
  watch(log, t, ['data', 'end', 'prefinish', 'finish', 'close']);
  t.write(1); t.write(2); t.end();
  setTimeout(done, 10);
});

scenario('pipe: source end ends the destination', function (done) {
  var log = logger('pipe');
  var r = new stream.Readable({ objectMode: true, read: function () {} });
  var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { log('_write', c); cb(); } });
  watch(log, r, ['end', 'close']);
  watch(log, w, ['pipe', 'unpipe', 'finish', 'close']);
  r.pipe(w);
  r.push('x'); r.push('y'); r.push(null);
  setTimeout(done, 10);
});

scenario('destroy with an error', function (done) {
  var log = logger('r');
  var r = new stream.Readable({ objectMode: true, read: function () {} });
  watch(log, r, ['data', 'end', 'error', 'close']);
  r.push('kept?');
  r.destroy(new Error('gone'));
  r.destroy(new Error('ignored second error'));
  log('destroyed', r.destroyed, 'readable', r.readable);
  setTimeout(done, 10);
});

scenario('finished and pipeline callbacks', function (done) {
  var log = logger('f');
  var r = stream.Readable.from(['p', 'q']);
  var seen = [];
  var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { seen.push(c); cb(); } });
  stream.finished(w, function (err) { log('finished', err === undefined ? 'ok' : err); });
  stream.pipeline(r, w, function (err) { log('pipeline', err === undefined ? 'ok' : err, seen); });
  setTimeout(done, 20);
});

(function next() {
  var c = cases.shift();
  if (!c) return;
  console.log(c.name);
  c.fn(next);
})();
