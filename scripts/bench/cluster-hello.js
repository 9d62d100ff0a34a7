// The seed's hello-world server under cluster with argv[3] workers (default
// 2) on the port given as argv[2]; the primary prints "ready" once every
// worker listens. The policy comes from NODE_CLUSTER_SCHED_POLICY.
var cluster = require('cluster');
var http = require('http');
var port = +process.argv[2];
if (cluster.isWorker) {
  http.createServer(function (request, response) {
    response.writeHead(200, {'Content-Type': 'text/plain'});
    response.end('Hello World\n');
  }).listen(port, '127.0.0.1');
} else {
  var n = +(process.argv[3] || 2), listening = 0;
  for (var i = 0; i < n; i++) cluster.fork();
  cluster.on('listening', function () {
    if (++listening === n) process.stdout.write('ready\n');
  });
}
