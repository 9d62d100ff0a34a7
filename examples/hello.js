// The first program of the Node v0.2 documentation, as a plain script.
var sys = require('sys');
setTimeout(function () {
  sys.puts('world');
}, 100);
sys.puts('hello');
