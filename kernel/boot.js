// boot.js — the kernel's JavaScript half: the process object's core, the
// nextTick queue, Node-style error stacks, the CommonJS resolver and loader,
// and the hooks the C side calls (tick, fatal, rejection, runMain...).
// Compiled as the body of function (natives, global); returns the hooks.
'use strict';

var process = Object.create(null);
Object.setPrototypeOf(process, Object.prototype);
Object.defineProperty(global, 'process', { value: process, writable: true, configurable: true });
Object.defineProperty(global, 'global', { value: global, writable: true, configurable: true });
Object.defineProperty(global, 'GLOBAL', { value: global, writable: true, configurable: true });
Object.defineProperty(global, 'root', { value: global, writable: true, configurable: true });

var NODE_COMPAT = '20.0.0';

// ---- process: the parts the kernel owns ----------------------------------

process.title = 'nodus';
process.argv = natives.argv.slice();
process.execArgv = natives.execArgv.slice();
process.execPath = natives.execPath;
process.installPrefix = natives.installPrefix;
process.platform = 'linux';
process.version = 'v' + NODE_COMPAT;
process.versions = {
  node: NODE_COMPAT,
  nodus: natives.version,
  spidermonkey: natives.engine,
};
process.release = { name: 'nodus' };
process.exitCode = undefined;
process.env = natives.environ();
process.cwd = natives.cwd;
process.reallyExit = function reallyExit(code) { natives.reallyExit(code | 0); };

var exiting = false;
function emitExit() {
  if (exiting) return;
  exiting = true;
  process._exiting = true;
  if (typeof process.emit === 'function') process.emit('exit', process.exitCode | 0);
}

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  emitExit();
  natives.reallyExit(process.exitCode | 0);
};

process.compile = function compile(code, filename) {
  return natives.runScript(String(code), String(filename === undefined ? 'evalmachine.<anonymous>' : filename));
};

process.binding = function binding(name) { return requireBuiltin(String(name)); };

process.emitWarning = function emitWarning(warning, type, code) {
  if (type !== null && typeof type === 'object') { code = type.code; type = type.type; }
  var name = typeof type === 'string' ? type : (warning && warning.name) || 'Warning';
  var msg = warning instanceof Error ? warning.message : String(warning);
  if (code === undefined && warning instanceof Error) code = warning.code;
  if (name === 'DeprecationWarning' && process.noDeprecation) return;
  var w = warning instanceof Error ? warning : new Error(msg);
  w.name = name;
  if (code !== undefined) w.code = code;
  if (typeof process.emit === 'function' && process.listeners && process.listeners('warning').length) {
    process.nextTick(function () { process.emit('warning', w); });
    return;
  }
  natives.writeFd(2, '(nodus:' + (process.pid || 0) + ') ' + (code !== undefined ? '[' + code + '] ' : '') +
    name + ': ' + msg + '\n');
};

// ---- nextTick --------------------------------------------------------------

var ticks = [];
var tickHead = 0;

process.nextTick = function nextTick(fn) {
  if (typeof fn !== 'function') {
    var e = new TypeError('The "callback" argument must be of type function. Received ' + describe(fn));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  var args;
  if (arguments.length > 1) args = Array.prototype.slice.call(arguments, 1);
  ticks.push(fn, args);
};

// Runs queued ticks, including ones they add. An exception propagates to the
// kernel (uncaught), which calls tick() again for the rest.
function tick() {
  while (tickHead < ticks.length) {
    var fn = ticks[tickHead];
    var args = ticks[tickHead + 1];
    ticks[tickHead] = ticks[tickHead + 1] = undefined;
    tickHead += 2;
    if (args === undefined) fn();
    else fn.apply(undefined, args);
  }
  ticks.length = 0;
  tickHead = 0;
}
process._tickCallback = tick;

function describe(v) {
  if (v === null) return 'null';
  if (typeof v === 'function') return 'function ' + (v.name || '(anonymous)');
  if (typeof v === 'object') return 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object');
  if (typeof v === 'string') return "type string ('" + (v.length > 25 ? v.slice(0, 25) + '...' : v) + "')";
  if (typeof v === 'undefined') return 'undefined';
  return 'type ' + typeof v + ' (' + String(v) + ')';
}

global.queueMicrotask = function queueMicrotask(fn) {
  if (typeof fn !== 'function') {
    var e = new TypeError('The "callback" argument must be of type function. Received ' + describe(fn));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  Promise.resolve().then(fn);
};

// ---- Node-style stacks ---------------------------------------------------
// SpiderMonkey writes frames as "fn@file:line:col"; Node programs parse and
// print "    at fn (file:line:col)".

var stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
var rawStack = stackDesc && stackDesc.get;
Error.stackTraceLimit = 10;

function formatFrames(raw, skip) {
  var lines = raw.split('\n');
  var out = [];
  var limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
  for (var i = 0; i < lines.length; i++) {
    var l = lines[i];
    if (!l) continue;
    if (skip > 0) { skip--; continue; }
    if (out.length >= limit) break;
    var at = l.indexOf('@');
    var fn = at > 0 ? l.slice(0, at) : '';
    var loc = l.slice(at + 1);
    if (fn.indexOf('async*') === 0) fn = 'async ' + fn.slice(6);
    if (fn === 'async ') fn = 'async <anonymous>';
    out.push(fn ? '    at ' + fn + ' (' + loc + ')' : '    at ' + loc);
  }
  return out.length ? '\n' + out.join('\n') : '';
}

function errorHeader(err) {
  try {
    var name = err.name === undefined ? 'Error' : String(err.name);
    var msg = err.message === undefined ? '' : String(err.message);
    if (!name) return msg;
    if (!msg) return name;
    return name + ': ' + msg;
  } catch (e) {
    return 'Error';
  }
}

if (rawStack) {
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    get: function () {
      var raw = rawStack.call(this);
      if (typeof raw !== 'string') return raw;
      var s = errorHeader(this) + formatFrames(raw, 0);
      Object.defineProperty(this, 'stack', { value: s, writable: true, configurable: true });
      return s;
    },
    set: function (v) {
      Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true });
    },
  });
}

Error.captureStackTrace = function captureStackTrace(obj, fn) {
  if (obj === null || typeof obj !== 'object' && typeof obj !== 'function') {
    var e = new TypeError('The "targetObject" argument must be of type object');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  var raw = rawStack ? rawStack.call(new Error()) : '';
  var skip = 1;
  if (typeof fn === 'function' && fn.name) {
    var lines = raw.split('\n');
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].slice(0, lines[i].indexOf('@')) === fn.name) { skip = i + 1; break; }
    }
  }
  var frames = formatFrames(raw, skip);
  Object.defineProperty(obj, 'stack', {
    configurable: true,
    enumerable: false,
    get: function () { return errorHeader(obj) + frames; },
    set: function (v) { Object.defineProperty(obj, 'stack', { value: v, writable: true, configurable: true }); },
  });
};

// ---- paths (the resolver needs a few) ----------------------------------

function normalizeParts(parts, absolute) {
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (!p || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(p);
  }
  return out;
}

function resolvePath() {
  var path = '';
  for (var i = arguments.length - 1; i >= 0 && path.charAt(0) !== '/'; i--) {
    var a = arguments[i];
    if (a) path = a + (path ? '/' + path : '');
  }
  if (path.charAt(0) !== '/') path = natives.cwd() + (path ? '/' + path : '');
  return '/' + normalizeParts(path.split('/'), true).join('/');
}

function dirname(p) {
  var i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

// ---- builtins -----------------------------------------------------------

var builtins = Object.create(null);   // name -> exports

// Builtin subpaths npm code requires: 'fs/promises' is fs.promises, etc.
var subpaths = {
  'fs/promises': ['fs', 'promises'],
  'stream/promises': ['stream', 'promises'],
  'timers/promises': ['timers', 'promises'],
  'util/types': ['util', 'types'],
  'path/posix': ['path', 'posix'],
  'path/win32': ['path', 'win32'],
  'dns/promises': ['dns', 'promises'],
};

// 'internal/NAME' is for plugins only: an internal plugin (internal/NAME.so)
// or what plugin NAME's main file set as module.internal. Application code
// gets the error an unknown module gives.
function isInternal(name) { return name.slice(0, 9) === 'internal/'; }

function notFound(name) {
  var e = new Error("Cannot find module '" + name + "'");
  e.code = 'MODULE_NOT_FOUND';
  return e;
}

// As application code sees builtins: no internal/, and no NAME/NAME.so
// folder of the module path mistaken for a builtin 'NAME/NAME'.
function isBuiltin(name) {
  if (Object.prototype.hasOwnProperty.call(subpaths, name)) return natives.isBuiltin(subpaths[name][0]);
  if (name.indexOf('/') >= 0) return false;
  return name in builtins || natives.isBuiltin(name);
}

function requireBuiltin(name) {
  if (isInternal(name)) throw notFound(name);
  return loadBuiltin(name);
}

// A descriptor's deps, "events buffer ?fs": each name needed; a leading '?'
// marks one the plugin requires lazily (allowed, not loaded before init).
function parseDeps(deps) {
  var all = Object.create(null), eager = [];
  var list = deps ? deps.split(' ') : [];
  for (var i = 0; i < list.length; i++) {
    var d = list[i];
    if (!d) continue;
    if (d.charAt(0) === '?') all[d.slice(1)] = true;
    else { all[d] = true; eager.push(d); }
  }
  return { all: all, eager: eager };
}

var depStack = [];     // declared dependencies being resolved, for cycles
var initializing = []; // {name, deps} of the builtins whose init runs, innermost last
var pluginMains = Object.create(null); // builtin name -> its main file's module object

function loadBuiltin(name, neededBy) {
  if (name in builtins) return builtins[name];
  if (Object.prototype.hasOwnProperty.call(subpaths, name)) {
    var sub = loadBuiltin(subpaths[name][0], neededBy)[subpaths[name][1]];
    if (sub === undefined) throw notFound(name);
    return sub;
  }
  if (isInternal(name) && !natives.isBuiltin(name)) return loadInternalSurface(name, neededBy);
  var deps;
  try {
    deps = parseDeps(natives.builtinDeps(name));
  } catch (e) {
    if (neededBy) e.message = "Cannot load '" + neededBy + "': it needs '" + name + "'. " + e.message;
    throw e;
  }
  if (deps.eager.length) {
    if (depStack.indexOf(name) >= 0) {
      var c = new Error('Plugin dependency cycle: ' + depStack.concat(name).join(' -> '));
      c.code = 'ERR_PLUGIN_DEPENDENCY_CYCLE';
      throw c;
    }
    depStack.push(name);
    try {
      for (var i = 0; i < deps.eager.length; i++) loadBuiltin(deps.eager[i], name);
    } finally {
      depStack.pop();
    }
    if (name in builtins) return builtins[name];
  }
  var exports = {};
  builtins[name] = exports; // a require() cycle at run time sees the partial exports
  initializing.push({ name: name, deps: deps.all });
  try {
    exports = natives.builtinInit(name, exports);
    builtins[name] = exports;
  } catch (e) {
    delete builtins[name];
    throw e;
  } finally {
    initializing.pop();
  }
  return exports;
}

// require('internal/NAME') without an internal/NAME plugin: plugin NAME's
// module.internal, loading NAME first.
function loadInternalSurface(name, neededBy) {
  var owner = name.slice(9);
  if (owner.indexOf('/') >= 0 || !natives.isBuiltin(owner)) throw notFound(name);
  loadBuiltin(owner, neededBy);
  var main = pluginMains[owner];
  var surface = main && main.internal;
  if (surface === undefined || surface === null) throw notFound(name);
  builtins[name] = surface;
  return surface;
}

// A plugin's embedded JavaScript through nd_eval_module (ABI 1.0): one
// module body with (exports, require, module, binding, process, global).
function evalPlugin(fn, exports, binding) {
  var m = { exports: exports, id: 'builtin' };
  fn.call(exports, exports, rootRequire, m, binding, process, global);
  return m.exports;
}

// A plugin's files through nd_eval_plugin: files is [path, source, ...],
// the first the main file, run now; the others are compiled on their first
// require. Run during a builtin's init, require checks the builtin's
// declared deps; run otherwise (an addon), builtins resolve as application
// code resolves them.
var PLUGIN_PARAMS = 'exports, require, module, binding, process, global';

function runPlugin(plugin, files, exports, binding) {
  var top = initializing.length ? initializing[initializing.length - 1] : null;
  var ctx = {
    name: top ? top.name : plugin,
    plugin: plugin,
    deps: top ? top.deps : null,
    binding: binding,
    sources: Object.create(null), // path -> source, until it has run
    parts: Object.create(null),   // path -> module
    resolved: Object.create(null), // dir NUL id -> path
  };
  for (var i = 2; i < files.length; i += 2) ctx.sources[files[i]] = files[i + 1];
  var main = { exports: exports, id: 'builtin' };
  var fn = natives.compile(files[1], plugin + '/' + files[0], PLUGIN_PARAMS);
  ctx.parts[files[0]] = main;
  if (top) pluginMains[top.name] = main;
  fn.call(exports, exports, pluginRequire(ctx, dirname(files[0])), main, binding, process, global);
  return main.exports;
}

function pluginRequire(ctx, dir) {
  return function require(id) {
    validateId(id);
    if (isPathRequest(id)) return loadPart(ctx, dir, id);
    var name = id.slice(0, 5) === 'node:' ? id.slice(5) : id;
    if (!ctx.deps) return isInternal(name) ? requireBuiltin(name) : rootRequire(id);
    var base = Object.prototype.hasOwnProperty.call(subpaths, name) ? subpaths[name][0] : name;
    if (base !== ctx.name && !(base in ctx.deps)) {
      var e = new Error("Plugin '" + ctx.name + "' requires '" + name + "', which is not among the " +
        'dependencies it declares (' + (Object.keys(ctx.deps).join(' ') || 'none') +
        "); add '" + base + "' (or '?" + base + "' if it is required lazily) to its deps");
      e.code = 'ERR_UNDECLARED_DEPENDENCY';
      throw e;
    }
    return loadBuiltin(name);
  };
}

// './x', './x.js', './x/index.js' relative to dir, among the plugin's files;
// each (dir, id) is resolved once (parts require each other many times).
function loadPart(ctx, dir, id) {
  var key = dir + '\u0000' + id;
  var path = ctx.resolved[key];
  if (path === undefined) ctx.resolved[key] = path = resolvePart(ctx, dir, id);
  var m = ctx.parts[path];
  return m !== undefined ? m.exports : runPart(ctx, path);
}

function resolvePart(ctx, dir, id) {
  var parts = normalizeParts((dir === '.' ? id : dir + '/' + id).split('/'), false);
  var p = parts.join('/');
  var candidates = parts[0] === '..' ? [] : [p, p + '.js', p + '/index.js'];
  for (var i = 0; i < candidates.length; i++) {
    var c = candidates[i];
    if (c in ctx.parts || c in ctx.sources) return c;
  }
  var e = notFound(id);
  e.message += " (in plugin '" + ctx.plugin + "', from " + ctx.plugin + '/' + (dir === '.' ? '' : dir + '/') + ')';
  throw e;
}

function runPart(ctx, path) {
  var m = { exports: {}, id: 'builtin' };
  var fn = natives.compile(ctx.sources[path], ctx.plugin + '/' + path, PLUGIN_PARAMS);
  ctx.parts[path] = m; // a cycle between parts sees the partial exports
  var ok = false;
  try {
    fn.call(m.exports, m.exports, pluginRequire(ctx, dirname(path)), m, ctx.binding, process, global);
    ok = true;
  } finally {
    if (ok) delete ctx.sources[path];
    else delete ctx.parts[path];
  }
  return m.exports;
}

// ---- CommonJS modules ------------------------------------------------------

function Module(id, parent) {
  this.id = id;
  this.exports = {};
  this.parent = parent || null;
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  if (parent && parent.children) parent.children.push(this);
}

var cache = Object.create(null);
Module._cache = cache;

var home = natives.getenv('HOME');
var paths = [];
var nodePath = natives.getenv('NODE_PATH');
if (nodePath) nodePath.split(':').forEach(function (p) { if (p) paths.push(resolvePath(p)); });
if (home) {
  paths.push(home + '/.node_modules');
  paths.push(home + '/.node_libraries');
}
if (natives.installPrefix) paths.push(natives.installPrefix + '/lib/node');

var extensions = Object.create(null);
Module._extensions = extensions;

function stripBOM(s) { return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s; }

extensions['.js'] = function (module, filename) {
  var src = stripBOM(natives.readFile(filename));
  if (src.charAt(0) === '#' && src.charAt(1) === '!') src = '//' + src.slice(2);
  module._compile(src, filename);
};

extensions['.json'] = function (module, filename) {
  var src = stripBOM(natives.readFile(filename));
  try {
    module.exports = JSON.parse(src);
  } catch (e) {
    e.message = filename + ': ' + e.message;
    throw e;
  }
};

extensions['.node'] = function (module, filename) {
  module.exports = natives.loadAddon(filename, module.exports);
};

Module.prototype._compile = function (src, filename) {
  var fn = natives.compile(src, filename, 'exports, require, module, __filename, __dirname');
  var req = makeRequire(this);
  return fn.call(this.exports, this.exports, req, this, filename, dirname(filename));
};

Module.prototype.require = function (id) { return load(id, this); };

var mainModule;

function makeRequire(module) {
  function require(id) { return load(id, module); }
  require.resolve = function resolve(id) {
    validateId(id);
    if (isBuiltinRequest(id)) return id;
    return resolveFilename(id, module);
  };
  require.cache = cache;
  require.paths = paths;
  require.extensions = extensions;
  require.main = mainModule;
  require.registerExtension = function (ext, compile) {
    extensions[ext] = function (m, filename) {
      m._compile(compile(stripBOM(natives.readFile(filename))), filename);
    };
  };
  return require;
}

function validateId(id) {
  if (typeof id !== 'string') {
    var e = new TypeError('The "id" argument must be of type string. Received ' + describe(id));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (id === '') {
    var e2 = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    e2.code = 'ERR_INVALID_ARG_VALUE';
    throw e2;
  }
}

function isPathRequest(id) {
  return id.charAt(0) === '/' || id === '.' || id === '..' ||
    id.slice(0, 2) === './' || id.slice(0, 3) === '../';
}

function isBuiltinRequest(id) {
  if (id.slice(0, 5) === 'node:') return true;
  return !isPathRequest(id) && isBuiltin(id);
}

function tryFile(p) {
  if (natives.stat(p) !== 1) return null;
  try { return natives.realpath(p); } catch (e) { return p; }
}

function tryExtensions(p) {
  var exts = Object.keys(extensions);
  for (var i = 0; i < exts.length; i++) {
    var f = tryFile(p + exts[i]);
    if (f) return f;
  }
  return null;
}

function tryPackage(dir) {
  var pj = dir + '/package.json';
  if (natives.stat(pj) === 1) {
    var main;
    try {
      main = JSON.parse(natives.readFile(pj)).main;
    } catch (e) {
      e.message = 'Error parsing ' + pj + ': ' + e.message;
      e.path = pj;
      throw e;
    }
    if (typeof main === 'string' && main) {
      var m = resolvePath(dir, main);
      var f = tryFile(m) || tryExtensions(m) || tryExtensions(m + '/index');
      if (f) return f;
    }
  }
  return tryExtensions(dir + '/index');
}

function tryPath(base) {
  var f = tryFile(base) || tryExtensions(base);
  if (f) return f;
  if (natives.stat(base) === 2) return tryPackage(base);
  return null;
}

function nodeModulePaths(from) {
  var parts = from.split('/');
  var out = [];
  for (var i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    var d = parts.slice(0, i).join('/');
    out.push((d || '') + '/node_modules');
  }
  return out;
}

function resolveFilename(id, parent) {
  var f = null;
  var dir = parent && parent.filename ? dirname(parent.filename) : natives.cwd();
  if (isPathRequest(id)) {
    f = tryPath(resolvePath(dir, id));
    if (!f && id.charAt(id.length - 1) === '/') f = tryPackage(resolvePath(dir, id));
  } else {
    var search = nodeModulePaths(dir).concat(paths);
    for (var i = 0; i < search.length && !f; i++) f = tryPath(search[i] + '/' + id);
  }
  if (!f) {
    var e = new Error("Cannot find module '" + id + "'" +
      (parent && parent.filename ? "\nRequire stack:\n- " + parent.filename : ''));
    e.code = 'MODULE_NOT_FOUND';
    e.requireStack = parent && parent.filename ? [parent.filename] : [];
    throw e;
  }
  return f;
}

function load(id, parent) {
  validateId(id);
  if (id.slice(0, 5) === 'node:') return requireBuiltin(id.slice(5));
  if (!isPathRequest(id) && isBuiltin(id)) return requireBuiltin(id);
  var filename = resolveFilename(id, parent);
  var cached = cache[filename];
  if (cached) return cached.exports;
  var module = new Module(filename, parent);
  return loadFile(module, filename);
}

function loadFile(module, filename) {
  module.filename = filename;
  module.paths = nodeModulePaths(dirname(filename));
  cache[filename] = module;
  var ext = filename.slice(filename.lastIndexOf('.'));
  var handler = extensions[ext] || extensions['.js'];
  var ok = false;
  try {
    handler(module, filename);
    ok = true;
  } finally {
    if (!ok) delete cache[filename];
  }
  module.loaded = true;
  return module.exports;
}

var rootModule = new Module('.', null);
function rootRequire(id) {
  validateId(id);
  if (isPathRequest(id) || id.slice(0, 5) === 'node:' || isBuiltin(id)) return load(id, rootModule);
  return load(id, rootModule);
}

// ---- globals defined by plugins --------------------------------------------

function defineGlobal(name, module, property, lazy) {
  function value() {
    var m = requireBuiltin(module);
    return property ? m[property] : m;
  }
  if (!lazy) {
    Object.defineProperty(global, name, { value: value(), writable: true, configurable: true });
    return;
  }
  Object.defineProperty(global, name, {
    configurable: true,
    enumerable: false,
    get: function () {
      var v = value();
      Object.defineProperty(global, name, { value: v, writable: true, configurable: true });
      return v;
    },
    set: function (v) {
      Object.defineProperty(global, name, { value: v, writable: true, configurable: true });
    },
  });
}

// ---- uncaught exceptions ----------------------------------------------------

var evalSources = Object.create(null); // '[eval]' and '[stdin]' have no file to read back

function sourceLine(file, line) {
  try {
    var text = file in evalSources ? evalSources[file] : natives.readFile(file);
    var src = text.split('\n')[line - 1];
    return src === undefined ? null : src.replace(/\r$/, '');
  } catch (e) {
    return null;
  }
}

function inspectValue(v) {
  try {
    var util = requireBuiltin('util');
    if (util && typeof util.inspect === 'function') return util.inspect(v);
  } catch (e) { /* fall back below */ }
  try { return String(v); } catch (e) { return '[object]'; }
}

function printFatal(err) {
  var out = '';
  var isErr = err !== null && typeof err === 'object' && typeof err.lineNumber === 'number';
  if (isErr && err.fileName) {
    var line = sourceLine(err.fileName, err.lineNumber);
    if (line !== null) {
      var col = Math.max(0, (err.columnNumber | 0) - 1);
      out += err.fileName + ':' + err.lineNumber + '\n' + line + '\n' +
        ' '.repeat(Math.min(col, line.length)) + '^\n\n';
    }
  }
  var text;
  if (err instanceof Error || isErr) {
    try { text = err.stack; } catch (e) { text = undefined; }
    if (typeof text !== 'string' || !text) text = errorHeader(err);
    var extra = Object.keys(err).filter(function (k) { return k !== 'stack' && k !== 'message'; });
    if (extra.length) {
      var props = [];
      extra.forEach(function (k) {
        try {
          var v = err[k];
          props.push('  ' + k + ': ' + (typeof v === 'string' ? "'" + v + "'" : inspectValue(v)));
        } catch (e) { /* skip unreadable */ }
      });
      text += ' {\n' + props.join(',\n') + '\n}';
    }
  } else {
    text = 'Uncaught ' + inspectValue(err);
  }
  natives.writeFd(2, out + text + '\n');
}

function hasListeners(name) {
  return typeof process.listeners === 'function' && process.listeners(name).length > 0;
}

function fatal(err) {
  if (hasListeners('uncaughtException')) {
    process.emit('uncaughtException', err, 'uncaughtException');
    return;
  }
  printFatal(err);
  process.exitCode = 1;
  try { emitExit(); } catch (e) { printFatal(e); }
  natives.reallyExit(process.exitCode === 0 ? 1 : process.exitCode | 0 || 1);
}

function rejection(reason, promise) {
  if (hasListeners('unhandledRejection')) {
    process.emit('unhandledRejection', reason, promise);
    return;
  }
  if (reason instanceof Error) throw reason;
  var e = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'The promise rejected with the reason "' + inspectValue(reason) + '".');
  e.name = 'UnhandledPromiseRejection';
  e.code = 'ERR_UNHANDLED_REJECTION';
  throw e;
}

// ---- the main module ------------------------------------------------------

function runMain(kind, arg) {
  if (kind === 'file') {
    var filename = resolveFilename(resolvePath(arg), null);
    var module = new Module('.', null);
    mainModule = module;
    process.mainModule = module;
    process.argv[1] = filename;
    loadFile(module, filename);
    return;
  }
  var src = kind === 'stdin' ? natives.readStdin() : arg;
  var name = kind === 'stdin' ? '[stdin]' : '[eval]';
  evalSources[name] = src;
  var m = new Module(name, null);
  m.filename = resolvePath(name);
  m.paths = nodeModulePaths(natives.cwd());
  mainModule = m;
  if (kind === 'stdin') {
    process.mainModule = m;
    if (src.charAt(0) === '#' && src.charAt(1) === '!') src = '//' + src.slice(2);
    evalSources[m.filename] = src;
    m._compile(src, m.filename);
    return;
  }
  global.require = makeRequire(m);
  global.module = m;
  global.exports = m.exports;
  global.__filename = name;
  global.__dirname = '.';
  var result = natives.runScript(src, name);
  if (kind === 'print') {
    if (typeof global.console === 'object' && global.console) global.console.log(result);
    else natives.writeFd(1, String(result) + '\n');
  }
}

function exitCode() { return process.exitCode | 0; }

return {
  tick: tick,
  fatal: fatal,
  rejection: rejection,
  require: rootRequire,
  evalPlugin: evalPlugin,
  runPlugin: runPlugin,
  defineGlobal: defineGlobal,
  runMain: runMain,
  emitExit: emitExit,
  exitCode: exitCode,
};
