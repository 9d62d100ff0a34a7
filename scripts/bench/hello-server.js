// The seed's hello-world server, as in the Node v0.2 documentation, on the
// port given as argv[2]; prints "ready" once listening.
var http = require('http');
http.createServer(function (request, response) {
  response.writeHead(200, {'Content-Type': 'text/plain'});
  response.end('Hello World\n');
}).listen(+process.argv[2], '127.0.0.1', function () {
  process.stdout.write('ready\n');
});
