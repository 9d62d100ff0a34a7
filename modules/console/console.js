// console — the global `console` object and the `Console` class.
//
// Owns: log/info/debug/dirxml (stdout), warn/error/trace (stderr), dir,
// time/timeEnd/timeLog, count/countReset, group/groupCollapsed/groupEnd,
// assert, table, clear. Text is formatted with require('util').format /
// formatWithOptions; colors follow the stream (isTTY and getColorDepth) like
// node's 'auto' color mode. module.exports is a Console writing to
// process.stdout / process.stderr whose methods are bound, so they can be
// detached (`var log = console.log`).
'use strict';

var util = require('util');

var kSecond = 1000;
var kMinute = 60 * kSecond;
var kHour = 60 * kMinute;

function now() {
  if (typeof globalThis.performance === 'object' && globalThis.performance !== null &&
      typeof globalThis.performance.now === 'function') {
    return globalThis.performance.now();
  }
  if (typeof process.hrtime === 'function') {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
  }
  return Date.now();
}

function pad2(n) {
  var s = String(n);
  return s.length < 2 ? '0' + s : s;
}

// 0.123ms, 1.234s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm)
function formatTime(ms) {
  var hours = 0;
  var minutes = 0;
  var seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    var parts = seconds.toFixed(3).split('.');
    var lead = hours !== 0 ? hours + ':' + pad2(minutes) : minutes;
    return lead + ':' + pad2(parts[0]) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}

function emitWarning(message) {
  if (typeof process.emitWarning === 'function') {
    process.emitWarning(message);
  } else {
    process.stderr.write('(node:' + process.pid + ') Warning: ' + message + '\n');
  }
}

var errors = require('internal/errors');
var invalidArgType = errors.invalidArgType;

function notWritable(name) {
  return errors.codedError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for ' + name);
}

function isStream(s) {
  return s !== null && typeof s === 'object' && typeof s.write === 'function';
}

var tableChars = {
  middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c',
  leftMiddle: '\u251c', topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514',
  bottomMiddle: '\u2534', rightMiddle: '\u2524', left: '\u2502 ', right: ' \u2502',
  middle: ' \u2502 '
};

// Display width of a table cell (wide East Asian characters take 2 columns).
function cellWidth(str) {
  str = util.stripVTControlCharacters(String(str));
  var width = 0;
  for (var i = 0; i < str.length; i++) {
    var code = str.codePointAt(i);
    if (code > 0xffff) i++;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
        (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) {
      continue;
    }
    var wide = code >= 0x1100 && (code <= 0x115f || code === 0x2329 || code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) || (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) || (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) || (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) || (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) || (code >= 0x20000 && code <= 0x3fffd));
    width += wide ? 2 : 1;
  }
  return width;
}

function renderRow(row, widths) {
  var out = tableChars.left;
  for (var i = 0; i < row.length; i++) {
    var cell = row[i];
    out += cell + ' '.repeat(widths[i] - cellWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function renderTable(head, columns) {
  var rows = [];
  var widths = head.map(cellWidth);
  var longest = 0;
  columns.forEach(function (c) { if (c.length > longest) longest = c.length; });
  for (var i = 0; i < head.length; i++) {
    var column = columns[i];
    for (var j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      var value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i] || 0, cellWidth(value));
    }
  }
  var divider = widths.map(function (w) { return tableChars.middleMiddle.repeat(w + 2); });
  var result = tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight + '\n' +
    renderRow(head, widths) + '\n' +
    tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle + '\n';
  rows.forEach(function (row) { result += renderRow(row, widths) + '\n'; });
  result += tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight;
  return result;
}

// Stack frames of the caller of `trace`, in node's "    at ..." shape.
function traceStack(header, skipFn) {
  if (typeof Error.captureStackTrace === 'function') {
    var holder = { name: 'Trace', message: header };
    Error.captureStackTrace(holder, skipFn);
    return holder.stack;
  }
  var raw = String(new Error().stack || '');
  var lines = raw.split('\n').filter(function (l) { return l !== ''; });
  var frames = [];
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if (/^\s+at /.test(line)) {
      frames.push(line);
    } else {
      var at = line.lastIndexOf('@');
      if (at === -1) continue;
      var fn = line.slice(0, at).replace(/^async\*/, '');
      frames.push(fn ? '    at ' + fn + ' (' + line.slice(at + 1) + ')' : '    at ' + line.slice(at + 1));
    }
  }
  // Drop this helper and the trace method itself.
  frames = frames.slice(2);
  return 'Trace' + (header ? ': ' + header : '') + (frames.length ? '\n' + frames.join('\n') : '');
}

// Private option: resolve process.stdout/stderr at every write (global console).
var kLazyStreams = Symbol('lazyProcessStreams');

var methodNames = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
  'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml',
  'error', 'groupCollapsed'];

function Console(options) {
  if (!(this instanceof Console)) {
    return Reflect.construct(Console, arguments);
  }
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  var stdout = options.stdout;
  var stderr = options.stderr === undefined ? stdout : options.stderr;
  var lazy = options[kLazyStreams] === true;
  if (!lazy) {
    if (!isStream(stdout)) throw notWritable('stdout');
    if (!isStream(stderr)) throw notWritable('stderr');
  }
  var colorMode = options.colorMode === undefined ? 'auto' : options.colorMode;
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw errors.invalidArgValue('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  var inspectOptions = options.inspectOptions;
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw invalidArgType('options.inspectOptions', 'of type object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw errors.codedError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
  }
  var groupIndentation = options.groupIndentation === undefined ? 2 : options.groupIndentation;
  errors.validateInteger(groupIndentation, 'groupIndentation', 0, 1000);

  var hidden = function (name, value) {
    Object.defineProperty(this, name, { value: value, writable: true, configurable: true, enumerable: false });
  }.bind(this);
  if (lazy) {
    Object.defineProperty(this, '_stdout', {
      get: function () { return process.stdout; }, configurable: true, enumerable: false
    });
    Object.defineProperty(this, '_stderr', {
      get: function () { return process.stderr; }, configurable: true, enumerable: false
    });
  } else {
    hidden('_stdout', stdout);
    hidden('_stderr', stderr);
  }
  hidden('_ignoreErrors', options.ignoreErrors === undefined ? true : !!options.ignoreErrors);
  hidden('_times', new Map());
  hidden('_counts', new Map());
  hidden('_colorMode', colorMode);
  hidden('_inspectOptions', inspectOptions);
  hidden('_groupIndent', '');
  hidden('_groupIndentation', groupIndentation);

  // Bind every method so it works when detached from the console.
  for (var i = 0; i < methodNames.length; i++) {
    var name = methodNames[i];
    var bound = Console.prototype[name].bind(this);
    Object.defineProperty(bound, 'name', { value: name, configurable: true });
    this[name] = bound;
  }
}

Console.prototype._useColors = function (stream) {
  if (this._colorMode !== 'auto') return this._colorMode;
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
};

Console.prototype._inspectOptionsFor = function (stream) {
  var opts = this._inspectOptions;
  if (opts !== undefined) {
    if (opts.colors === undefined) {
      return Object.assign({}, opts, { colors: this._useColors(stream) });
    }
    return opts;
  }
  return this._useColors(stream) ? { colors: true } : {};
};

Console.prototype._write = function (useStdout, string) {
  var stream = useStdout ? this._stdout : this._stderr;
  var indent = this._groupIndent;
  if (indent.length !== 0) {
    if (string.indexOf('\n') !== -1) string = string.replace(/\n/g, '\n' + indent);
    string = indent + string;
  }
  string += '\n';
  if (this._ignoreErrors === false) return stream.write(string);
  try {
    stream.write(string);
  } catch (e) {
    // A console is a debugging aid: write failures are swallowed, except a
    // stack overflow, which must keep unwinding.
    if (e instanceof RangeError || (e && e.name === 'InternalError')) throw e;
  }
};

Console.prototype._formatFor = function (useStdout, args) {
  var opts = this._inspectOptionsFor(useStdout ? this._stdout : this._stderr);
  return util.formatWithOptions.apply(null, [opts].concat(args));
};

Console.prototype.log = function log() {
  this._write(true, this._formatFor(true, Array.prototype.slice.call(arguments)));
};
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;

Console.prototype.warn = function warn() {
  this._write(false, this._formatFor(false, Array.prototype.slice.call(arguments)));
};
Console.prototype.error = Console.prototype.warn;

Console.prototype.dir = function dir(object, options) {
  var opts = Object.assign({ customInspect: false }, this._inspectOptionsFor(this._stdout), options);
  this._write(true, util.inspect(object, opts));
};

Console.prototype.time = function time(label) {
  label = label === undefined ? 'default' : String(label);
  if (this._times.has(label)) {
    emitWarning("Label '" + label + "' already exists for console.time()");
    return;
  }
  this._times.set(label, now());
};

Console.prototype._timeLogImpl = function (name, label, data) {
  label = label === undefined ? 'default' : String(label);
  var start = this._times.get(label);
  if (start === undefined) {
    emitWarning("No such label '" + label + "' for console." + name + '()');
    return false;
  }
  var formatted = formatTime(now() - start);
  if (data === undefined) {
    this.log('%s: %s', label, formatted);
  } else {
    this.log.apply(this, ['%s: %s', label, formatted].concat(data));
  }
  return true;
};

Console.prototype.timeEnd = function timeEnd(label) {
  var key = label === undefined ? 'default' : String(label);
  if (this._timeLogImpl('timeEnd', label)) this._times.delete(key);
};

Console.prototype.timeLog = function timeLog(label) {
  this._timeLogImpl('timeLog', label, Array.prototype.slice.call(arguments, 1));
};

Console.prototype.trace = function trace() {
  var message = this._formatFor(false, Array.prototype.slice.call(arguments));
  this.error(traceStack(message, trace));
};

Console.prototype.assert = function assert(expression) {
  if (!expression) {
    var args = Array.prototype.slice.call(arguments, 1);
    args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
    this.warn.apply(this, args);
  }
};

Console.prototype.clear = function clear() {
  var out = this._stdout;
  if (out && out.isTTY && (!process.env || process.env.TERM !== 'dumb')) {
    out.write('\u001b[1;1H\u001b[0J');
  }
};

Console.prototype.count = function count(label) {
  label = label === undefined ? 'default' : String(label);
  var n = (this._counts.get(label) || 0) + 1;
  this._counts.set(label, n);
  this.log(label + ': ' + n);
};

Console.prototype.countReset = function countReset(label) {
  label = label === undefined ? 'default' : String(label);
  if (!this._counts.has(label)) {
    emitWarning("Count for '" + label + "' does not exist");
    return;
  }
  this._counts.delete(label);
};

Console.prototype.group = function group() {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this._groupIndent += ' '.repeat(this._groupIndentation);
};
Console.prototype.groupCollapsed = Console.prototype.group;

Console.prototype.groupEnd = function groupEnd() {
  this._groupIndent = this._groupIndent.slice(0, this._groupIndent.length - this._groupIndentation);
};

Console.prototype.table = function table(data, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw invalidArgType('properties', 'an instance of Array', properties);
  }
  if (data === null || typeof data !== 'object') return this.log(data);
  var self = this;
  var show = function (v) {
    var depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    var opt = Object.assign({ depth: depth, maxArrayLength: 3, breakLength: Infinity },
      self._inspectOptionsFor(self._stdout));
    return util.inspect(v, opt);
  };
  var indexColumn = function (length) {
    var out = [];
    for (var i = 0; i < length; i++) out.push(show(i));
    return out;
  };
  var types = util.types;
  if (types.isMap(data)) {
    var keys = [];
    var values = [];
    data.forEach(function (v, k) { keys.push(show(k)); values.push(show(v)); });
    return this.log(renderTable(['(iteration index)', 'Key', 'Values'],
      [indexColumn(keys.length), keys, values]));
  }
  if (types.isSet(data) || types.isSetIterator(data) || types.isMapIterator(data)) {
    var items = [];
    var iter = types.isSet(data) ? data.values() : data;
    for (var step = iter.next(); !step.done; step = iter.next()) items.push(show(step.value));
    return this.log(renderTable(['(iteration index)', 'Values'], [indexColumn(items.length), items]));
  }
  var map = Object.create(null);
  var hasPrimitives = false;
  var valuesColumn = [];
  var indexKeys = Object.keys(data);
  for (var i = 0; i < indexKeys.length; i++) {
    var item = data[indexKeys[i]];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = show(item);
    } else {
      var cols = properties || Object.keys(item);
      for (var c = 0; c < cols.length; c++) {
        var key = cols[c];
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = show(item[key]);
        }
      }
    }
  }
  var head = Object.keys(map);
  var columns = head.map(function (k) { return map[k]; });
  if (hasPrimitives) {
    head.push('Values');
    columns.push(valuesColumn);
  }
  head.unshift('(index)');
  columns.unshift(indexKeys);
  return this.log(renderTable(head, columns));
};

// The underscore helpers are internals: keep them out of enumerations.
Object.keys(Console.prototype).forEach(function (key) {
  if (key[0] === '_') Object.defineProperty(Console.prototype, key, { enumerable: false });
});

var lazyOptions = {};
lazyOptions[kLazyStreams] = true;
var globalConsole = new Console(lazyOptions);
Object.defineProperty(globalConsole, 'Console', {
  value: Console, writable: true, configurable: true, enumerable: false
});
Object.defineProperty(globalConsole, Symbol.toStringTag, {
  value: 'console', writable: false, configurable: true, enumerable: false
});

module.exports = globalConsole;
