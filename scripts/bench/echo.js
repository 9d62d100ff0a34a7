// echo.js — TCP echo throughput through loopback: a server echoes every byte
// back; one client sends TOTAL bytes in 64 KiB Buffers (respecting write()'s
// backpressure) and counts what comes back. Prints MB/s of the round trip
// (bytes sent / wall time) and the peak RSS. Same script under both:
//   nodus scripts/bench/echo.js [MiB]      node scripts/bench/echo.js [MiB]
var net = require('net');
var Buffer = require('buffer').Buffer;

var MIB = +(process.argv[2] || 1024);
var TOTAL = MIB * 1024 * 1024;
var CHUNK = 64 * 1024;

var payload = Buffer.alloc(CHUNK, 'x');
var peakRss = 0;
function sampleRss() {
  var rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
}

var server = net.createServer(function (socket) {
  socket.on('data', function (d) {
    if (!socket.write(d)) socket.pause();
  });
  socket.on('drain', function () { socket.resume(); });
  socket.on('end', function () { socket.end(); });
});

server.listen(0, '127.0.0.1', function () {
  var client = net.connect(server.address().port, '127.0.0.1');
  var sent = 0, received = 0, start;
  var sampler = setInterval(sampleRss, 100);

  function pump() {
    while (sent < TOTAL) {
      sent += CHUNK;
      if (!client.write(payload)) return;
    }
    client.end();
  }

  client.on('connect', function () {
    start = process.hrtime();
    pump();
  });
  client.on('drain', pump);
  client.on('data', function (d) { received += d.length; });
  client.on('end', function () {
    var t = process.hrtime(start);
    var secs = t[0] + t[1] / 1e9;
    clearInterval(sampler);
    sampleRss();
    if (received !== TOTAL) {
      console.error('echo: received ' + received + ' of ' + TOTAL + ' bytes');
      process.exitCode = 1;
    }
    console.log('echo ' + MIB + ' MiB: ' + (TOTAL / 1e6 / secs).toFixed(1) + ' MB/s in ' +
                secs.toFixed(2) + ' s, peak RSS ' + (peakRss / 1048576).toFixed(0) + ' MiB');
    server.close();
  });
});
