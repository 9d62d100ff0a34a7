// 10 million calls from JavaScript into a native function; prints ns/call
// for a no-op and for add(i, 1). argv[2]: the addon to load.
var addon = require(process.argv[2]);
var N = 1e7;
function ns(fn) {
  fn(1e5); // warm up the JIT
  var t = process.hrtime();
  fn(N);
  var d = process.hrtime(t);
  return (d[0] * 1e9 + d[1]) / N;
}
var noop = ns(function (n) { for (var i = 0; i < n; i++) addon.noop(); });
var add = ns(function (n) { var s = 0; for (var i = 0; i < n; i++) s = addon.add(i, 1); return s; });
process.stdout.write(JSON.stringify({ noop: noop, add: add }) + '\n');
