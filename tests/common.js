// Shared helpers for the JavaScript test suites (runs under nodus and node).
var assert = require('assert');

var pending = [];

// Returns a wrapper of fn that must be called exactly `times` times (default 1)
// before the process exits.
exports.mustCall = function (fn, times) {
  if (typeof fn === 'number') { times = fn; fn = undefined; }
  if (times === undefined) times = 1;
  var entry = { expected: times, actual: 0, stack: new Error().stack };
  pending.push(entry);
  return function () {
    entry.actual++;
    if (fn) return fn.apply(this, arguments);
  };
};

exports.mustNotCall = function (msg) {
  return function () {
    throw new Error(msg || 'function should not have been called');
  };
};

process.on('exit', function (code) {
  if (code !== 0) return;
  pending.forEach(function (e) {
    if (e.actual !== e.expected) {
      process.stderr.write('mustCall: expected ' + e.expected + ' call(s), got ' +
                           e.actual + '\n' + e.stack + '\n');
      process.exitCode = 1;
      process.reallyExit ? process.reallyExit(1) : process.exit(1);
    }
  });
});

// Path of the nodus binary under test (process.execPath) and a temp dir.
exports.execPath = process.execPath;
exports.tmpDir = (process.env.TMPDIR || '/tmp');

// Runs a plugin's JavaScript from the source tree as nodus runs it (the
// differential tests compare it with node's own module): `mainFile` in
// modules/FOLDER is the module body (exports, require, module, binding,
// process, global); its require finds './x' among the folder's files,
// 'internal/NAME' in modules/internal/NAME or as the module.internal of
// modules/NAME, and anything else with the caller's require.
exports.loadPluginSource = function (folder, mainFile, outerRequire) {
  var fs = require('fs');
  var path = require('path');
  var root = path.join(__dirname, '..', 'modules');
  var cache = Object.create(null);
  function run(file) {
    if (cache[file]) return cache[file];
    var m = cache[file] = { exports: {} };
    var body = new Function('exports', 'require', 'module', 'binding', 'process', 'global',
      fs.readFileSync(file, 'utf8'));
    body(m.exports, makeRequire(path.dirname(file)), m, undefined, process,
      typeof globalThis === 'object' ? globalThis : global);
    return m;
  }
  function main(dir) {
    var index = path.join(dir, 'index.js');
    return fs.existsSync(index) ? index : path.join(dir, path.basename(dir) + '.js');
  }
  function makeRequire(dir) {
    return function (id) {
      if (id.charAt(0) === '.') {
        var p = path.resolve(dir, id);
        var tries = [p, p + '.js', path.join(p, 'index.js')];
        for (var i = 0; i < tries.length; i++) {
          if (fs.existsSync(tries[i]) && fs.statSync(tries[i]).isFile()) return run(tries[i]).exports;
        }
        throw new Error("Cannot find module '" + id + "' from " + dir);
      }
      if (id.slice(0, 9) === 'internal/') {
        var name = id.slice(9);
        var own = path.join(root, 'internal', name);
        if (fs.existsSync(own)) return run(main(own)).exports;
        return run(main(path.join(root, name))).internal;
      }
      return (outerRequire || require)(id);
    };
  }
  return run(path.join(root, folder, mainFile)).exports;
};

// Bounds a cluster test: after ms, SIGKILL every worker and fail, so no
// worker outlives a hung test. Clear the returned timer when done.
exports.clusterGuard = function (cluster, ms) {
  return setTimeout(function () {
    for (var id in cluster.workers) cluster.workers[id].process.kill('SIGKILL');
    throw new Error('timed out');
  }, ms);
};
