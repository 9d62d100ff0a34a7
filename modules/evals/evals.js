// evals.js — Script (the spec's process.binding('evals').Script) and the vm
// module's API over binding.run(code, filename, sandbox, newGlobal): code
// runs in this global, or in a fresh global seeded from a sandbox object
// whose variables are copied back when it finishes.
'use strict';

var run = binding.run;
var contexts = new WeakSet();

var errors = require('internal/errors');

function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options && typeof options.filename === 'string') return options.filename;
  return fallback;
}

function checkSandbox(sandbox) {
  if (sandbox === undefined) return {};
  if (sandbox === null || (typeof sandbox !== 'object' && typeof sandbox !== 'function')) {
    throw errors.invalidArgType('contextObject', 'of type object', sandbox);
  }
  return sandbox;
}

function Script(code, options) {
  if (!(this instanceof Script)) return new Script(code, options);
  code = String(code);
  this.code = code;
  this.filename = filenameOf(options, 'evalmachine.<anonymous>');
  // Compile now so that a syntax error is thrown here, as Node does.
  new Function(code.replace(/^#!.*/, ''));
}

Script.prototype.runInThisContext = function () {
  return run(this.code, this.filename, undefined, false);
};

Script.prototype.runInNewContext = function (sandbox) {
  return run(this.code, this.filename, checkSandbox(sandbox), true);
};

Script.prototype.runInContext = function (context) {
  if (!contexts.has(context)) throw errors.invalidArgType('contextifiedObject', 'an vm.Context', context);
  return run(this.code, this.filename, context, true);
};

Script.prototype.createCachedData = function () { return new Uint8Array(0); };

Script.runInThisContext = function (code, filename) {
  errors.validateString(code, 'code');
  return run(code, filenameOf(filename, 'evalmachine.<anonymous>'), undefined, false);
};

Script.runInNewContext = function (code, sandbox, filename) {
  errors.validateString(code, 'code');
  return run(code, filenameOf(filename, 'evalmachine.<anonymous>'), checkSandbox(sandbox), true);
};

Script.createScript = function (code, filename) { return new Script(code, filename); };

function createContext(sandbox) {
  sandbox = checkSandbox(sandbox);
  contexts.add(sandbox);
  return sandbox;
}

exports.Script = Script;
exports.NodeScript = Script;
exports.createScript = Script.createScript;
exports.runInThisContext = Script.runInThisContext;
exports.runInNewContext = Script.runInNewContext;
exports.runInContext = function (code, context, options) {
  errors.validateString(code, 'code');
  return new Script(code, options).runInContext(context);
};
exports.createContext = createContext;
exports.isContext = function (obj) { return contexts.has(obj); };
exports.compileFunction = function (code, params, options) {
  errors.validateString(code, 'code');
  var args = (params || []).slice();
  args.push(code);
  return Function.apply(null, args);
};
