// repl.js — require('repl'): the spec's Read-Eval-Print-Loop over any stream
// pair (stdin/stdout by default, or a socket): multi-line input, `_`, the
// `context` object, and .break/.clear/.exit/.help. Code runs in the global
// scope (REPLs share the global object, as the spec says).
'use strict';

var EventEmitter = require('events');
var util = require('util');
var vm = require('vm');

var COMMANDS = {
  '.break': 'Sometimes you get stuck in a place you can\'t get out... This will get you out.',
  '.clear': 'Break, and also clear the local context.',
  '.exit': 'Exit the repl',
  '.help': 'Show repl options',
};

// An error that means "the input so far is unfinished", not "wrong".
function incomplete(err) {
  if (!(err instanceof SyntaxError)) return false;
  return /end of (script|input)|unterminated|missing [)\]}] (after|in)|missing \} after/i.test(err.message);
}

function REPLServer(prompt, stream, options) {
  EventEmitter.call(this);
  options = options || {};
  if (prompt && typeof prompt === 'object') { options = prompt; prompt = options.prompt; stream = options.input; }
  this.prompt = prompt === undefined ? 'node> ' : String(prompt);
  this.inputStream = stream || options.input || process.openStdin();
  this.outputStream = options.output || (stream && typeof stream.write === 'function' ? stream : process.stdout);
  this.terminal = !!this.outputStream.isTTY;
  this.useColors = options.useColors !== undefined ? !!options.useColors : this.terminal;
  this.ignoreUndefined = !!options.ignoreUndefined;
  this.context = {};
  this.commands = Object.assign({}, COMMANDS);
  this.buffered = '';
  this.closed = false;
  var self = this;
  var pending = '';
  if (typeof this.inputStream.setEncoding === 'function') this.inputStream.setEncoding('utf8');
  this.inputStream.on('data', function (chunk) {
    pending += chunk;
    var nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      var line = pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
      self.line(line);
      if (self.closed) return;
    }
  });
  this.inputStream.on('end', function () {
    if (pending) self.line(pending);
    self.close();
  });
  if (typeof this.inputStream.resume === 'function') this.inputStream.resume();
  this.write('Type \'.help\' for options.\n');
  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, EventEmitter.prototype);

REPLServer.prototype.write = function (s) {
  if (!this.closed && this.outputStream.writable !== false) this.outputStream.write(s);
};

REPLServer.prototype.displayPrompt = function () {
  this.write(this.buffered ? '... ' : this.prompt);
};

REPLServer.prototype.close = function () {
  if (this.closed) return;
  this.closed = true;
  if (this.inputStream !== process.stdin && typeof this.inputStream.end === 'function' && this.inputStream !== this.outputStream) {
    this.inputStream.end();
  }
  if (this.outputStream !== process.stdout && typeof this.outputStream.end === 'function') this.outputStream.end();
  if (this.inputStream === process.stdin && typeof process.stdin.pause === 'function') process.stdin.pause();
  this.emit('exit');
  this.emit('close');
};

REPLServer.prototype.command = function (cmd) {
  switch (cmd) {
    case '.break':
      this.buffered = '';
      return true;
    case '.clear':
      this.buffered = '';
      this.context = {};
      this.write('Clearing context...\n');
      return true;
    case '.exit':
      this.close();
      return true;
    case '.help':
      var self = this;
      Object.keys(this.commands).forEach(function (k) {
        self.write(k + '\t' + (self.commands[k].help || self.commands[k]) + '\n');
      });
      return true;
  }
  return false;
};

REPLServer.prototype.defineCommand = function (name, cmd) {
  this.commands['.' + name] = typeof cmd === 'function' ? { help: '', action: cmd } : cmd;
};

REPLServer.prototype.line = function (line) {
  var trimmed = line.trim();
  if (!this.buffered && trimmed.charAt(0) === '.' && /^\.\w+$/.test(trimmed)) {
    var custom = this.commands[trimmed];
    if (custom && typeof custom.action === 'function') custom.action.call(this, '');
    else if (!this.command(trimmed)) this.write('Invalid REPL keyword\n');
    if (!this.closed) this.displayPrompt();
    return;
  }
  if (trimmed === '.break' || trimmed === '.clear') {
    this.command(trimmed);
    this.displayPrompt();
    return;
  }
  var code = this.buffered ? this.buffered + '\n' + line : line;
  if (!code.trim()) {
    this.displayPrompt();
    return;
  }
  // Context variables appear as locals: expose them on the shared global.
  var ctx = this.context;
  Object.keys(ctx).forEach(function (k) { global[k] = ctx[k]; });
  // An object literal at the start is an expression, not a block.
  var src = /^\s*\{/.test(code) && !/;\s*$/.test(code) ? '(' + code + ')' : code;
  var result;
  try {
    try {
      result = vm.runInThisContext(src, 'repl');
    } catch (e) {
      if (src !== code && e instanceof SyntaxError) result = vm.runInThisContext(code, 'repl');
      else throw e;
    }
  } catch (err) {
    if (incomplete(err)) {
      this.buffered = code;
      this.displayPrompt();
      return;
    }
    this.buffered = '';
    this.write((err && err.stack ? 'Uncaught ' + err.stack : 'Uncaught ' + util.inspect(err)) + '\n');
    this.displayPrompt();
    return;
  }
  this.buffered = '';
  if (result !== undefined || !this.ignoreUndefined) {
    global._ = result;
    this.write(util.inspect(result, { colors: this.useColors }) + '\n');
  }
  this.displayPrompt();
};

function start(prompt, stream, options) {
  return new REPLServer(prompt, stream, options);
}

exports.start = start;
exports.REPLServer = REPLServer;
// The builtins every deployment of this version ships (a manifest may turn
// some off or add others; require() is the authority).
exports.builtinModules = ['assert', 'buffer', 'child_process', 'console', 'crypto', 'dgram', 'dns',
  'events', 'evals', 'fs', 'http', 'net', 'os', 'path', 'process', 'querystring', 'repl', 'stream',
  'string_decoder', 'sys', 'timers', 'url', 'util', 'vm', 'zlib'];
