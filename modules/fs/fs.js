// fs.js — the fs module's API over the native binding in fs.c: argument
// checks with Node's error codes, the callback and Sync forms of every call,
// fs.Stats and fs.Dirent, watchFile (stat polling on a timer) and watch
// (inotify events from the binding), ReadStream/WriteStream over the stream
// module, and fs.promises with FileHandle. The binding does the system
// calls; a binding call given a callback runs on the worker pool, without
// one it runs synchronously and throws. Stream is loaded on first use, so
// this module loads without it; Buffer is a dependency.
'use strict';

var b = binding;
var EventEmitter = require('events');
var timers = require('timers');

var constants = b.constants;
var DT = b.native;
var kMaxSafe = 9007199254740991;
var kWatchFileInterval = 5007;

// ---- lazily loaded neighbours ---------------------------------------------

// Reads hand back Buffers: the buffer plugin is a declared dependency.
var Buffer = require('buffer').Buffer;

// ---- errors and argument checks ------------------------------------------------

var errors = require('internal/errors');
var codedError = errors.codedError;
var invalidArgType = errors.invalidArgType;
var invalidArgValue = errors.invalidArgValue;
var outOfRange = errors.outOfRange;
var validateInteger = errors.validateInteger;
var validateBoolean = errors.validateBoolean;
var validateFunction = errors.validateFunction;

function makeCallback(cb) { return validateFunction(cb, 'cb'); }

function getFd(fd) { return validateInteger(fd, 'fd', 0, 2147483647); }

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

// Any ArrayBufferView as a Uint8Array over the same bytes.
function asBytes(v) {
  return v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    v.auth === undefined && v.path === undefined;
}

// A file: URL to a path is url's business (loaded only when one is given).
function fileURLToPath(url) {
  return require('url').fileURLToPath(url);
}

function hasNul(p) {
  return typeof p === 'string' ? p.indexOf('\u0000') !== -1 : asBytes(p).indexOf(0) !== -1;
}

// A path argument: a string, a Buffer/Uint8Array, or a file: URL.
function getPath(p, name) {
  if (typeof p === 'string' && p.indexOf('\u0000') === -1) return p; // the common case
  name = name || 'path';
  if (isURL(p)) p = fileURLToPath(p);
  else if (typeof p !== 'string' && !(p instanceof Uint8Array)) {
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', p);
  }
  if (hasNul(p)) throw invalidArgValue(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  return p;
}

function pathString(p) {
  if (typeof p === 'string') return p;
  return Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('utf8');
}

function parseMode(v, name, def) {
  if (v === undefined || v === null) return def;
  if (typeof v === 'string') {
    if (!/^[0-7]+$/.test(v)) throw invalidArgValue(name, v, 'must be a 32-bit unsigned integer or an octal string');
    v = parseInt(v, 8);
  }
  return validateInteger(v, name, 0, 4294967295);
}

var O = constants;
var flagTable = {
  'r': O.O_RDONLY,
  'rs': O.O_RDONLY | O.O_SYNC, 'sr': O.O_RDONLY | O.O_SYNC,
  'r+': O.O_RDWR,
  'rs+': O.O_RDWR | O.O_SYNC, 'sr+': O.O_RDWR | O.O_SYNC,
  'w': O.O_TRUNC | O.O_CREAT | O.O_WRONLY,
  'wx': O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL, 'xw': O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  'w+': O.O_TRUNC | O.O_CREAT | O.O_RDWR,
  'wx+': O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL, 'xw+': O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  'a': O.O_APPEND | O.O_CREAT | O.O_WRONLY,
  'ax': O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL, 'xa': O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  'as': O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC, 'sa': O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC,
  'a+': O.O_APPEND | O.O_CREAT | O.O_RDWR,
  'ax+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL, 'xa+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  'as+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC, 'sa+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC,
};

function stringToFlags(flags, name) {
  if (typeof flags === 'number') return validateInteger(flags, name || 'flags', -2147483648, 2147483647);
  if (flags === undefined || flags === null) return O.O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw invalidArgValue(name || 'flags', flags);
}

// Encodings: the native ones are decoded/encoded in C, the rest go through
// Buffer. Codes as fs.c's ENC_*.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null) return 'utf8';
  if (typeof enc !== 'string') return undefined;
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
  }
  return undefined;
}

function assertEncoding(enc) {
  if (enc !== undefined && enc !== null && enc !== 'buffer' && !normalizeEncoding(enc)) {
    throw invalidArgValue('encoding', enc, 'is invalid encoding');
  }
}

var decodeCodes = { utf8: 1, latin1: 2, ascii: 3, utf16le: 4 };
var encodeCodes = { utf8: 1, latin1: 2, ascii: 2, utf16le: 4 };

// Options given as an encoding string or an object (returned as given).
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    var o = Object.assign({}, defaults);
    o.encoding = options;
    options = o;
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', 'one of type string or object', options);
  }
  assertEncoding(options.encoding);
  return options;
}

// A string result as the caller asked for it ('buffer' gives a Buffer).
function encodeName(s, enc) {
  if (enc === 'buffer') return Buffer.from(s, 'utf8');
  var e = normalizeEncoding(enc);
  if (e === 'utf8' || e === undefined) return s;
  return Buffer.from(s, 'utf8').toString(e);
}

// Bytes from the binding (an ArrayBuffer) or a string it decoded already.
function fileData(data, enc) {
  if (typeof data === 'string') return data;
  var buf = Buffer.from(data);
  if (enc === undefined || enc === null || enc === 'buffer') return buf;
  return buf.toString(normalizeEncoding(enc));
}

function readEncodingCode(enc) {
  if (enc === undefined || enc === null || enc === 'buffer') return 0;
  return decodeCodes[normalizeEncoding(enc)] || 0;
}

// Data to write: a Uint8Array (the binding's encoding argument unused) or a
// string the binding encodes (utf8, latin1, utf16le); others via Buffer.
function writeData(data, enc) {
  var e = normalizeEncoding(enc) || 'utf8';
  if (typeof data === 'string') {
    if (encodeCodes[e]) return { data: data, code: encodeCodes[e] };
    return { data: Buffer.from(data, e), code: 0 };
  }
  return { data: asBytes(data), code: 0 };
}

// ---- fs.Stats, fs.Dirent ----------------------------------------------------

var S_IFMT = constants.S_IFMT;

function dateFromMs(ms) { return new Date(Math.round(Number(ms))); }

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

function modeIs(type) {
  return function () { return this._checkModeProperty(type); };
}

function addModeChecks(proto) {
  proto.isDirectory = modeIs(constants.S_IFDIR);
  proto.isFile = modeIs(constants.S_IFREG);
  proto.isBlockDevice = modeIs(constants.S_IFBLK);
  proto.isCharacterDevice = modeIs(constants.S_IFCHR);
  proto.isSymbolicLink = modeIs(constants.S_IFLNK);
  proto.isFIFO = modeIs(constants.S_IFIFO);
  proto.isSocket = modeIs(constants.S_IFSOCK);
}

Stats.prototype._checkModeProperty = function (type) { return (this.mode & S_IFMT) === type; };
addModeChecks(Stats.prototype);

function BigIntStats(a) {
  var names = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
  for (var i = 0; i < names.length; i++) this[names[i]] = BigInt(a[i]);
  var times = ['atime', 'mtime', 'ctime', 'birthtime'];
  var ns = [];
  for (i = 0; i < 4; i++) ns.push(BigInt(a[14 + 2 * i]) * 1000000000n + BigInt(a[15 + 2 * i]));
  for (i = 0; i < 4; i++) this[times[i] + 'Ms'] = ns[i] / 1000000n;
  for (i = 0; i < 4; i++) this[times[i] + 'Ns'] = ns[i];
  for (i = 0; i < 4; i++) this[times[i]] = dateFromMs(ns[i] / 1000000n);
}
BigIntStats.prototype._checkModeProperty = function (type) { return (this.mode & BigInt(S_IFMT)) === BigInt(type); };
addModeChecks(BigIntStats.prototype);

// The binding leaves every stat result in this shared array (22 doubles:
// Node's 14 fields, then seconds and nanoseconds of the four times); it is
// read right after the call or in the callback, before the next result.
var statValues = new Float64Array(b.statValues);

function makeStats(bigint) {
  var a = statValues;
  if (bigint) return new BigIntStats(a);
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13]);
}

var kType = Symbol('type');
var direntTypes = {};
direntTypes[DT.DT_REG] = constants.UV_DIRENT_FILE;
direntTypes[DT.DT_DIR] = constants.UV_DIRENT_DIR;
direntTypes[DT.DT_LNK] = constants.UV_DIRENT_LINK;
direntTypes[DT.DT_FIFO] = constants.UV_DIRENT_FIFO;
direntTypes[DT.DT_SOCK] = constants.UV_DIRENT_SOCKET;
direntTypes[DT.DT_CHR] = constants.UV_DIRENT_CHAR;
direntTypes[DT.DT_BLK] = constants.UV_DIRENT_BLOCK;

function Dirent(name, type, path) {
  this.name = name;
  this.parentPath = path;
  this.path = path;
  this[kType] = type;
}

function direntIs(type) {
  return function () { return this[kType] === type; };
}
Dirent.prototype.isFile = direntIs(constants.UV_DIRENT_FILE);
Dirent.prototype.isDirectory = direntIs(constants.UV_DIRENT_DIR);
Dirent.prototype.isSymbolicLink = direntIs(constants.UV_DIRENT_LINK);
Dirent.prototype.isFIFO = direntIs(constants.UV_DIRENT_FIFO);
Dirent.prototype.isSocket = direntIs(constants.UV_DIRENT_SOCKET);
Dirent.prototype.isCharacterDevice = direntIs(constants.UV_DIRENT_CHAR);
Dirent.prototype.isBlockDevice = direntIs(constants.UV_DIRENT_BLOCK);

exports.Stats = Stats;
exports.Dirent = Dirent;
exports.constants = constants;
exports.F_OK = constants.F_OK;
exports.R_OK = constants.R_OK;
exports.W_OK = constants.W_OK;
exports.X_OK = constants.X_OK;

// ---- open, close, read, write -----------------------------------------------

exports.open = function open(path, flags, mode, callback) {
  path = getPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseMode(mode, 'mode', 0o666);
  }
  var f = stringToFlags(flags);
  b.open(path, f, mode, makeCallback(callback));
};

exports.openSync = function openSync(path, flags, mode) {
  return b.open(getPath(path), stringToFlags(flags), parseMode(mode, 'mode', 0o666));
};

function defaultCloseCallback(err) {
  if (err) throw err;
}

exports.close = function close(fd, callback) {
  fd = getFd(fd);
  if (callback === undefined) callback = defaultCloseCallback;
  b.close(fd, makeCallback(callback));
};

exports.closeSync = function closeSync(fd) {
  b.close(getFd(fd));
};

function validateBuffer(buf) {
  if (!isArrayBufferView(buf)) {
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buf);
  }
}

function validatePosition(pos) {
  if (typeof pos === 'number') {
    if (!Number.isInteger(pos)) throw outOfRange('position', 'an integer', pos);
    if (pos < -1 || pos > kMaxSafe) throw outOfRange('position', '>= -1 && <= ' + kMaxSafe, pos);
    return pos;
  }
  if (typeof pos === 'bigint') {
    if (pos < -1n || pos > 9223372036854775807n) {
      throw outOfRange('position', '>= -1 && <= 9223372036854775807', pos);
    }
    return Number(pos);
  }
  throw invalidArgType('position', 'of type bigint or integer', pos);
}

// offset/length/position for a read into buf; returns [offset, length, position].
function readParams(buf, offset, length, position) {
  validateBuffer(buf);
  var size = buf.byteLength;
  if (offset === undefined || offset === null) offset = 0;
  else validateInteger(offset, 'offset', 0, kMaxSafe);
  if (length === undefined || length === null) length = size - offset;
  else if (typeof length !== 'number') throw invalidArgType('length', 'of type number', length);
  else if (!Number.isInteger(length)) throw outOfRange('length', 'an integer', length);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (offset + length > size) throw outOfRange('length', '<= ' + (size - offset), length);
  position = position === undefined || position === null ? -1 : validatePosition(position);
  return [offset, length, position];
}

// fs.read(fd, length, position, encoding, cb) and readSync(fd, length,
// position, encoding): the v0.2 string forms.
function legacyRead(fd, length, position, encoding) {
  validateInteger(length, 'length', 0, 2147483647);
  var buf = Buffer.alloc(length);
  var pos = position === undefined || position === null ? -1 : validatePosition(position);
  return { buf: buf, pos: pos, enc: normalizeEncoding(encoding) || 'utf8' };
}

exports.read = function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getFd(fd);
  if (typeof buffer === 'number') { // (fd, length, position, encoding, cb)
    var cbl = makeCallback(arguments[arguments.length - 1]);
    var l = legacyRead(fd, buffer, offsetOrOptions, typeof length === 'function' ? undefined : length);
    b.read(fd, l.buf, 0, l.buf.length, l.pos, function (err, n) {
      if (err) return cbl(err);
      cbl(null, n > 0 ? l.buf.toString(l.enc, 0, n) : '', n);
    });
    return;
  }
  var offset = offsetOrOptions;
  var argc = arguments.length;
  if (argc <= 2) { // (fd, cb)
    callback = buffer;
    buffer = Buffer.alloc(16384);
    offset = length = position = undefined;
  } else if (argc === 3) {
    callback = offsetOrOptions;
    if (!isArrayBufferView(buffer)) { // (fd, options, cb)
      var opts = buffer || {};
      buffer = opts.buffer === undefined ? Buffer.alloc(16384) : opts.buffer;
      offset = opts.offset;
      length = opts.length;
      position = opts.position;
    } else {
      offset = length = position = undefined;
    }
  } else if (argc === 4) { // (fd, buffer, options, cb)
    callback = length;
    var o = offsetOrOptions;
    if (o !== null && o !== undefined && typeof o !== 'object') throw invalidArgType('options', 'of type object', o);
    o = o || {};
    offset = o.offset;
    length = o.length;
    position = o.position;
  }
  callback = makeCallback(callback);
  var p = readParams(buffer, offset, length, position);
  if (p[1] === 0) {
    process.nextTick(function () { callback(null, 0, buffer); });
    return;
  }
  b.read(fd, asBytes(buffer), p[0], p[1], p[2], function (err, n) {
    if (err) return callback(err);
    callback(null, n, buffer);
  });
};

exports.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getFd(fd);
  if (typeof buffer === 'number') { // v0.2: returns [string, bytesRead]
    var l = legacyRead(fd, buffer, offsetOrOptions, length);
    var got = b.read(fd, l.buf, 0, l.buf.length, l.pos);
    return [got > 0 ? l.buf.toString(l.enc, 0, got) : '', got];
  }
  var offset = offsetOrOptions;
  if (arguments.length <= 3 && offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    offset = offsetOrOptions.offset;
    length = offsetOrOptions.length;
    position = offsetOrOptions.position;
  }
  var p = readParams(buffer, offset, length, position);
  if (p[1] === 0) return 0;
  return b.read(fd, asBytes(buffer), p[0], p[1], p[2]);
};

function writeParams(buf, offset, length) {
  var size = buf.byteLength;
  if (offset === undefined || offset === null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0, kMaxSafe);
  if (typeof length !== 'number') length = size - offset;
  if (offset > size) throw outOfRange('offset', '<= ' + size, offset);
  if (!Number.isInteger(length)) throw outOfRange('length', 'an integer', length);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (length > size - offset) throw outOfRange('length', '<= ' + (size - offset), length);
  return [offset, length];
}

function lastFunction(args, from) {
  for (var i = args.length - 1; i >= from; i--) if (typeof args[i] === 'function') return args[i];
  return undefined;
}

function invalidWriteData(v) {
  return invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', v);
}

exports.write = function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getFd(fd);
  callback = makeCallback(lastFunction(arguments, 2));
  if (isArrayBufferView(buffer)) {
    var offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      length = offset.length;
      position = offset.position;
      offset = offset.offset;
    }
    var p = writeParams(buffer, offset, length);
    var pos = typeof position === 'number' || typeof position === 'bigint' ? validatePosition(position) : -1;
    b.write(fd, asBytes(buffer), p[0], p[1], pos, function (err, n) {
      if (err) return callback(err);
      callback(null, n, buffer);
    });
    return;
  }
  if (typeof buffer !== 'string') throw invalidWriteData(buffer);
  var spos = typeof offsetOrOptions === 'number' ? validatePosition(offsetOrOptions) : -1;
  var w = writeData(buffer, typeof length === 'string' ? length : 'utf8');
  var done = function (err, n) {
    if (err) return callback(err);
    callback(null, n, buffer);
  };
  if (w.code) b.writeString(fd, w.data, spos, w.code, done);
  else b.write(fd, w.data, 0, w.data.length, spos, done);
};

exports.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getFd(fd);
  if (isArrayBufferView(buffer)) {
    var offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      length = offset.length;
      position = offset.position;
      offset = offset.offset;
    }
    var p = writeParams(buffer, offset, length);
    var pos = typeof position === 'number' || typeof position === 'bigint' ? validatePosition(position) : -1;
    return b.write(fd, asBytes(buffer), p[0], p[1], pos);
  }
  if (typeof buffer !== 'string') throw invalidWriteData(buffer);
  var spos = typeof offsetOrOptions === 'number' ? validatePosition(offsetOrOptions) : -1;
  var w = writeData(buffer, typeof length === 'string' ? length : 'utf8');
  if (w.code) return b.writeString(fd, w.data, spos, w.code);
  return b.write(fd, w.data, 0, w.data.length, spos);
};

function concatViews(list) {
  var total = 0, i;
  for (i = 0; i < list.length; i++) {
    validateBuffer(list[i]);
    total += list[i].byteLength;
  }
  var out = new Uint8Array(total);
  var at = 0;
  for (i = 0; i < list.length; i++) {
    out.set(asBytes(list[i]), at);
    at += list[i].byteLength;
  }
  return out;
}

exports.writev = function writev(fd, buffers, position, callback) {
  fd = getFd(fd);
  if (!Array.isArray(buffers)) throw invalidArgType('buffers', 'an instance of Array', buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  var data = concatViews(buffers);
  var pos = typeof position === 'number' ? validatePosition(position) : -1;
  b.write(fd, data, 0, data.length, pos, function (err, n) {
    if (err) return callback(err);
    callback(null, n, buffers);
  });
};

exports.writevSync = function writevSync(fd, buffers, position) {
  fd = getFd(fd);
  if (!Array.isArray(buffers)) throw invalidArgType('buffers', 'an instance of Array', buffers);
  var data = concatViews(buffers);
  return b.write(fd, data, 0, data.length, typeof position === 'number' ? validatePosition(position) : -1);
};

// ---- whole files -------------------------------------------------------------

exports.readFile = function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  var target = typeof path === 'number' ? getFd(path) : getPath(path);
  var enc = options.encoding;
  b.readFile(target, stringToFlags(options.flag || 'r', 'flag'), readEncodingCode(enc), function (err, data) {
    if (err) return callback(err);
    var out;
    try {
      out = fileData(data, enc);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  });
};

exports.readFileSync = function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  var target = typeof path === 'number' ? getFd(path) : getPath(path);
  var enc = options.encoding;
  return fileData(b.readFile(target, stringToFlags(options.flag || 'r', 'flag'), readEncodingCode(enc)), enc);
};

function validateFileData(data) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
}

function writeFileArgs(path, data, options, defFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defFlag });
  validateFileData(data);
  var target = typeof path === 'number' ? getFd(path) : getPath(path);
  var w = writeData(data, options.encoding);
  return [target, w.data, w.code, stringToFlags(options.flag || defFlag, 'flag'),
    parseMode(options.mode, 'mode', 0o666)];
}

exports.writeFile = function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  var a = writeFileArgs(path, data, options, 'w');
  b.writeFile(a[0], a[1], a[2], a[3], a[4], callback);
};

exports.writeFileSync = function writeFileSync(path, data, options) {
  var a = writeFileArgs(path, data, options, 'w');
  b.writeFile(a[0], a[1], a[2], a[3], a[4]);
};

exports.appendFile = function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  var a = writeFileArgs(path, data, options, 'a');
  b.writeFile(a[0], a[1], a[2], a[3], a[4], callback);
};

exports.appendFileSync = function appendFileSync(path, data, options) {
  var a = writeFileArgs(path, data, options, 'a');
  b.writeFile(a[0], a[1], a[2], a[3], a[4]);
};

// ---- metadata ----------------------------------------------------------------

function statCall(fn, getTarget) {
  var async = function (target, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    callback = makeCallback(callback);
    var bigint = !!(options && options.bigint);
    fn(getTarget(target), function (err) {
      if (err) return callback(err);
      callback(null, makeStats(bigint));
    });
  };
  var sync = function (target, options) {
    var bigint = !!(options && options.bigint);
    target = getTarget(target);
    if (options && options.throwIfNoEntry === false) {
      try {
        fn(target);
      } catch (e) {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      }
      return makeStats(bigint);
    }
    fn(target);
    return makeStats(bigint);
  };
  return [async, sync];
}

var pathArg = function (p) { return getPath(p); };
var st = statCall(b.stat, pathArg);
exports.stat = st[0];
exports.statSync = st[1];
st = statCall(b.lstat, pathArg);
exports.lstat = st[0];
exports.lstatSync = st[1];
st = statCall(b.fstat, getFd);
exports.fstat = st[0];
exports.fstatSync = st[1];

function accessMode(mode) {
  if (mode === undefined || mode === null) return constants.F_OK;
  if (typeof mode !== 'number') throw invalidArgType('mode', 'of type number', mode);
  if (!Number.isInteger(mode) || mode < 0 || mode > 7) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

exports.access = function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  path = getPath(path);
  b.access(path, accessMode(mode), makeCallback(callback));
};

exports.accessSync = function accessSync(path, mode) {
  b.access(getPath(path), accessMode(mode));
};

exports.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  var p;
  try {
    p = getPath(path);
  } catch (e) {
    process.nextTick(callback, false);
    return;
  }
  b.access(p, constants.F_OK, function (err) { callback(!err); });
};

exports.existsSync = function existsSync(path) {
  try {
    b.access(getPath(path), constants.F_OK);
    return true;
  } catch (e) {
    return false;
  }
};

exports.chmod = function chmod(path, mode, callback) {
  path = getPath(path);
  mode = parseMode(mode, 'mode');
  b.chmod(path, mode, makeCallback(callback));
};
exports.chmodSync = function chmodSync(path, mode) {
  b.chmod(getPath(path), parseMode(mode, 'mode'));
};
exports.fchmod = function fchmod(fd, mode, callback) {
  fd = getFd(fd);
  mode = parseMode(mode, 'mode');
  b.fchmod(fd, mode, makeCallback(callback));
};
exports.fchmodSync = function fchmodSync(fd, mode) {
  b.fchmod(getFd(fd), parseMode(mode, 'mode'));
};

function ownerId(v, name) { return validateInteger(v, name, -1, 4294967295); }

// Calls of the shape name(target, x, y, callback) / nameSync(target, x, y):
// the owner setters and the time setters, on a path or an fd.
function definePair(name, target, convert, names) {
  var call = b[name];
  function async(where, x, y, callback) {
    where = target(where);
    call(where, convert(x, names[0]), convert(y, names[1]), makeCallback(callback));
  }
  function sync(where, x, y) {
    call(target(where), convert(x, names[0]), convert(y, names[1]));
  }
  Object.defineProperty(async, 'name', { value: name });
  Object.defineProperty(sync, 'name', { value: name + 'Sync' });
  exports[name] = async;
  exports[name + 'Sync'] = sync;
}

definePair('chown', getPath, ownerId, ['uid', 'gid']);
definePair('lchown', getPath, ownerId, ['uid', 'gid']);
definePair('fchown', getFd, ownerId, ['uid', 'gid']);

// Seconds since the epoch from a Date, a number of seconds or a numeric string.
function toUnixTimestamp(t, name) {
  if (typeof t === 'string' && t !== '' && +t === +t) return +t;
  if (typeof t === 'number' && isFinite(t)) return t < 0 ? Date.now() / 1000 : t;
  if (t instanceof Date) return t.getTime() / 1000;
  throw invalidArgType(name || 'time', 'an instance of Date or an Time in seconds', t);
}

definePair('utimes', getPath, toUnixTimestamp, ['atime', 'mtime']);
definePair('lutimes', getPath, toUnixTimestamp, ['atime', 'mtime']);
definePair('futimes', getFd, toUnixTimestamp, ['atime', 'mtime']);

function lengthArg(len) {
  if (len === undefined || len === null) return 0;
  validateInteger(len, 'len', -kMaxSafe, kMaxSafe);
  return len;
}

exports.ftruncate = function ftruncate(fd, len, callback) {
  fd = getFd(fd);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  b.ftruncate(fd, lengthArg(len), makeCallback(callback));
};
exports.ftruncateSync = function ftruncateSync(fd, len) {
  b.ftruncate(getFd(fd), lengthArg(len));
};

// truncate(fd, len) is the v0.2 form (ftruncate); a path truncates a file.
exports.truncate = function truncate(path, len, callback) {
  if (typeof path === 'number') return exports.ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  path = getPath(path);
  b.truncate(path, Math.max(0, lengthArg(len)), makeCallback(callback));
};
exports.truncateSync = function truncateSync(path, len) {
  if (typeof path === 'number') return exports.ftruncateSync(path, len);
  b.truncate(getPath(path), Math.max(0, lengthArg(len)));
};

exports.fsync = function fsync(fd, callback) {
  fd = getFd(fd);
  b.fsync(fd, makeCallback(callback));
};
exports.fsyncSync = function fsyncSync(fd) { b.fsync(getFd(fd)); };
exports.fdatasync = function fdatasync(fd, callback) {
  fd = getFd(fd);
  b.fdatasync(fd, makeCallback(callback));
};
exports.fdatasyncSync = function fdatasyncSync(fd) { b.fdatasync(getFd(fd)); };

// ---- names: links, renames, directories -------------------------------------

exports.rename = function rename(oldPath, newPath, callback) {
  oldPath = getPath(oldPath, 'oldPath');
  newPath = getPath(newPath, 'newPath');
  b.rename(oldPath, newPath, makeCallback(callback));
};
exports.renameSync = function renameSync(oldPath, newPath) {
  b.rename(getPath(oldPath, 'oldPath'), getPath(newPath, 'newPath'));
};

exports.link = function link(existingPath, newPath, callback) {
  existingPath = getPath(existingPath, 'existingPath');
  newPath = getPath(newPath, 'newPath');
  b.link(existingPath, newPath, makeCallback(callback));
};
exports.linkSync = function linkSync(existingPath, newPath) {
  b.link(getPath(existingPath, 'existingPath'), getPath(newPath, 'newPath'));
};

// The link type ('file', 'dir', 'junction') only matters on Windows.
exports.symlink = function symlink(target, path, type, callback) {
  if (typeof type === 'function') callback = type;
  target = getPath(target, 'target');
  path = getPath(path);
  b.symlink(target, path, makeCallback(callback));
};
exports.symlinkSync = function symlinkSync(target, path) {
  b.symlink(getPath(target, 'target'), getPath(path));
};

function stringResult(fn, name) {
  var async = function (path, options, callback) {
    callback = makeCallback(callback || options);
    options = getOptions(options, {});
    fn(getPath(path, name), function (err, s) {
      if (err) return callback(err);
      callback(null, encodeName(s, options.encoding));
    });
  };
  var sync = function (path, options) {
    options = getOptions(options, {});
    return encodeName(fn(getPath(path, name)), options.encoding);
  };
  return [async, sync];
}

st = stringResult(b.readlink);
exports.readlink = st[0];
exports.readlinkSync = st[1];
// realpath reports failures as Node's lstat walk does; realpath.native as
// realpath(3).
st = stringResult(function (p, cb) { return b.realpath(p, true, cb); });
exports.realpath = st[0];
exports.realpathSync = st[1];
st = stringResult(function (p, cb) { return b.realpath(p, false, cb); });
exports.realpath.native = st[0];
exports.realpathSync.native = st[1];
st = stringResult(b.mkdtemp, 'prefix');
exports.mkdtemp = st[0];
exports.mkdtempSync = st[1];

exports.unlink = function unlink(path, callback) {
  path = getPath(path);
  b.unlink(path, makeCallback(callback));
};
exports.unlinkSync = function unlinkSync(path) { b.unlink(getPath(path)); };

function mkdirArgs(options) {
  var recursive = false, mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode', 0o777);
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw invalidArgType('options', 'one of type number, string, or object', options);
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    mode = parseMode(options.mode, 'mode', 0o777);
  }
  return [mode, recursive];
}

exports.mkdir = function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getPath(path);
  var a = mkdirArgs(options);
  b.mkdir(path, a[0], a[1], callback);
};
exports.mkdirSync = function mkdirSync(path, options) {
  path = getPath(path);
  var a = mkdirArgs(options);
  return b.mkdir(path, a[0], a[1]);
};

var deprecationShown = {};
function deprecate(code, msg) {
  if (deprecationShown[code]) return;
  deprecationShown[code] = true;
  process.emitWarning(msg, 'DeprecationWarning', code);
}

function rmdirRecursive(options) {
  if (options === undefined || options === null) return false;
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  if (options.recursive === undefined) return false;
  validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    deprecate('DEP0147', 'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead');
  }
  return options.recursive;
}

exports.rmdir = function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getPath(path);
  if (rmdirRecursive(options)) b.rm(path, true, false, callback);
  else b.rmdir(path, callback);
};
exports.rmdirSync = function rmdirSync(path, options) {
  path = getPath(path);
  if (rmdirRecursive(options)) b.rm(path, true, false);
  else b.rmdir(path);
};

function rmOptions(options) {
  var o = { recursive: false, force: false };
  if (options === undefined || options === null) return o;
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  if (options.recursive !== undefined) {
    validateBoolean(options.recursive, 'options.recursive');
    o.recursive = options.recursive;
  }
  if (options.force !== undefined) {
    validateBoolean(options.force, 'options.force');
    o.force = options.force;
  }
  if (options.maxRetries !== undefined) validateInteger(options.maxRetries, 'options.maxRetries', 0, 4294967295);
  if (options.retryDelay !== undefined) validateInteger(options.retryDelay, 'options.retryDelay', 0, 4294967295);
  return o;
}

// rm of a directory without `recursive` is Node's ERR_FS_EISDIR SystemError.
function rmError(err, path) {
  if (!err || err.code !== 'EISDIR' || err.syscall !== 'rm') return err;
  var p = pathString(path);
  var e = new Error('Path is a directory: rm returned EISDIR (is a directory) ' + p);
  e.name = 'SystemError';
  e.code = 'ERR_FS_EISDIR';
  e.info = { code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21 };
  e.errno = 21;
  e.syscall = 'rm';
  e.path = p;
  return e;
}

exports.rm = function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getPath(path);
  var o = rmOptions(options);
  b.rm(path, o.recursive, o.force, function (err) { callback(rmError(err, path)); });
};
exports.rmSync = function rmSync(path, options) {
  path = getPath(path);
  var o = rmOptions(options);
  try {
    b.rm(path, o.recursive, o.force);
  } catch (e) {
    throw rmError(e, path);
  }
};

function copyMode(mode) {
  if (mode === undefined || mode === null) return 0;
  return accessMode(mode);
}

exports.copyFile = function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getPath(src, 'src');
  dest = getPath(dest, 'dest');
  b.copyFile(src, dest, copyMode(mode), makeCallback(callback));
};
exports.copyFileSync = function copyFileSync(src, dest, mode) {
  b.copyFile(getPath(src, 'src'), getPath(dest, 'dest'), copyMode(mode));
};

// ---- readdir -------------------------------------------------------------------

function joinPath(dir, name) {
  return dir.length && dir[dir.length - 1] === '/' ? dir + name : dir + '/' + name;
}

function readdirOptions(options) {
  options = getOptions(options, {});
  if (options.recursive !== undefined && options.recursive !== null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// One directory's listing as readdir's caller asked for it; `rel` is the
// path relative to the top for recursive listings.
function listing(res, dir, options, rel, out) {
  var names = options.withFileTypes || options.recursive ? res[0] : res;
  var types = options.withFileTypes || options.recursive ? res[1] : null;
  var subdirs = [];
  for (var i = 0; i < names.length; i++) {
    var name = names[i];
    var relName = rel ? rel + '/' + name : name;
    if (options.withFileTypes) {
      out.push(new Dirent(encodeName(name, options.encoding), direntTypes[types[i]] || constants.UV_DIRENT_UNKNOWN, dir));
    } else {
      out.push(encodeName(options.recursive ? relName : name, options.encoding));
    }
    if (types && types[i] === DT.DT_DIR) subdirs.push(relName);
  }
  return subdirs;
}

exports.readdir = function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getPath(path);
  var top = pathString(path);
  var typed = !!(options.withFileTypes || options.recursive);
  if (!options.recursive) {
    b.readdir(path, typed, function (err, res) {
      if (err) return callback(err);
      var out = [];
      listing(res, top, options, '', out);
      callback(null, out);
    });
    return;
  }
  var out = [], queue = [''];
  (function next() {
    if (!queue.length) return callback(null, out);
    var rel = queue.shift();
    var dir = rel ? joinPath(top, rel) : top;
    b.readdir(rel ? dir : path, true, function (err, res) {
      if (err) return callback(err);
      queue.push.apply(queue, listing(res, dir, options, rel, out));
      next();
    });
  })();
};

exports.readdirSync = function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getPath(path);
  var top = pathString(path);
  var typed = !!(options.withFileTypes || options.recursive);
  var out = [];
  if (!options.recursive) {
    listing(b.readdir(path, typed), top, options, '', out);
    return out;
  }
  var queue = [''];
  while (queue.length) {
    var rel = queue.shift();
    var dir = rel ? joinPath(top, rel) : top;
    queue.push.apply(queue, listing(b.readdir(rel ? dir : path, true), dir, options, rel, out));
  }
  return out;
};

// ---- watchFile: stat polling ----------------------------------------------------

// Fields compared between polls: dev, mode, uid, gid, ino, size and the
// seconds/nanoseconds of mtime, ctime and birthtime.
var watchedFields = [0, 1, 3, 4, 7, 8, 16, 17, 18, 19, 20, 21];
var zeroStats = new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._timer = null;
  this._path = null;
  this._raw = null;       // the last poll's fields (Float64Array) or null after an error
  this._stats = null;     // ... as Stats
  this._started = false;  // a first poll has set the baseline
  this._busy = false;
  this._bigint = !!bigint;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

StatWatcher.prototype._start = function (path, persistent, interval) {
  var self = this;
  this._path = path;
  this._timer = timers.setInterval(function () { self._poll(); }, interval);
  if (!persistent) this._timer.unref();
  this._poll();
};

StatWatcher.prototype._poll = function () {
  if (this._busy || !this._timer) return;
  this._busy = true;
  var self = this;
  b.stat(this._path, function (err) {
    self._busy = false;
    if (!self._timer) return;
    var raw = err ? null : statValues.slice();
    var stats = err ? (self._bigint ? new BigIntStats(new Float64Array(22)) : zeroStats) : makeStats(self._bigint);
    if (!self._started) { // the baseline; a missing file is reported once, zeroed
      self._started = true;
      self._raw = raw;
      self._stats = stats;
      if (err) self.emit('change', stats, stats);
      return;
    }
    var prevRaw = self._raw;
    if (!raw && !prevRaw) return;
    if (raw && prevRaw) {
      var same = true;
      for (var i = 0; i < watchedFields.length && same; i++) same = raw[watchedFields[i]] === prevRaw[watchedFields[i]];
      if (same) return;
    }
    var prev = self._stats;
    self._raw = raw;
    self._stats = stats;
    self.emit('change', stats, prev);
  });
};

StatWatcher.prototype.stop = function () {
  if (!this._timer) return;
  timers.clearInterval(this._timer);
  this._timer = null;
  var self = this;
  process.nextTick(function () { self.emit('stop'); });
};

StatWatcher.prototype.ref = function () {
  if (this._timer) this._timer.ref();
  return this;
};

StatWatcher.prototype.unref = function () {
  if (this._timer) this._timer.unref();
  return this;
};

var statWatchers = new Map();

exports.watchFile = function watchFile(filename, options, listener) {
  filename = getPath(filename, 'filename');
  var key = pathString(filename);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = Object.assign({ interval: kWatchFileInterval, persistent: true }, options);
  validateFunction(listener, 'listener');
  var interval = Number(options.interval);
  if (!(interval > 0)) interval = kWatchFileInterval; // v0.2's 0: the default
  var w = statWatchers.get(key);
  if (!w) {
    w = new StatWatcher(options.bigint);
    w._start(filename, options.persistent !== false, interval);
    statWatchers.set(key, w);
  }
  w.addListener('change', listener);
  return w;
};

exports.unwatchFile = function unwatchFile(filename, listener) {
  var key = pathString(getPath(filename, 'filename'));
  var w = statWatchers.get(key);
  if (!w) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(key);
  }
};

// ---- watch: inotify ---------------------------------------------------------------

var inotifyWatchers = new Map(); // watch descriptor -> Set of FSWatcher
var keepingAlive = 0;            // persistent, ref'd watchers

function updateWatchRef() { b.watchRef(keepingAlive > 0); }

function onInotifyEvent(wd, mask, name) {
  var set = inotifyWatchers.get(wd);
  if (!set) return;
  if (mask & DT.IN_IGNORED) { // the kernel dropped the watch (the file is gone)
    inotifyWatchers.delete(wd);
    set.forEach(function (w) { w._wd = -1; });
    return;
  }
  var type = mask & (DT.IN_ATTRIB | DT.IN_MODIFY) ? 'change' : 'rename';
  Array.from(set).forEach(function (w) {
    if (w._closed) return;
    var file = name === undefined ? w._basename : name;
    w.emit('change', type, w._encoding === 'buffer' ? Buffer.from(file) : file);
  });
}

function FSWatcher() {
  EventEmitter.call(this);
  this._wd = -1;
  this._closed = false;
  this._keepsAlive = false;
  this._encoding = 'utf8';
  this._basename = '';
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype._setKeepAlive = function (on) {
  if (on === this._keepsAlive) return;
  this._keepsAlive = on;
  keepingAlive += on ? 1 : -1;
  updateWatchRef();
};

FSWatcher.prototype.close = function () {
  if (this._closed) return;
  this._closed = true;
  this._setKeepAlive(false);
  var set = inotifyWatchers.get(this._wd);
  if (set) {
    set.delete(this);
    if (set.size === 0) {
      inotifyWatchers.delete(this._wd);
      b.watchStop(this._wd);
    }
  }
  this._wd = -1;
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};

FSWatcher.prototype.ref = function () {
  if (!this._closed && this._persistent) this._setKeepAlive(true);
  return this;
};

FSWatcher.prototype.unref = function () {
  this._setKeepAlive(false);
  return this;
};

exports.watch = function watch(filename, options, listener) {
  filename = getPath(filename, 'filename');
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = getOptions(options, {});
  if (options.persistent !== undefined) validateBoolean(options.persistent, 'options.persistent');
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    throw codedError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'The feature watch recursively is unavailable on the current platform, which is being used to run Node.js');
  }
  var w = new FSWatcher();
  var name = pathString(filename);
  w._basename = name.replace(/\/+$/, '').split('/').pop();
  w._encoding = options.encoding === 'buffer' ? 'buffer' : 'utf8';
  w._persistent = options.persistent !== false;
  w._wd = b.watchStart(filename, onInotifyEvent);
  var set = inotifyWatchers.get(w._wd);
  if (!set) {
    set = new Set();
    inotifyWatchers.set(w._wd, set);
  }
  set.add(w);
  if (w._persistent) w._setKeepAlive(true);
  if (listener !== undefined) w.on('change', validateFunction(listener, 'listener'));
  var signal = options.signal;
  if (signal) {
    if (signal.aborted) process.nextTick(function () { w.close(); });
    else signal.addEventListener('abort', function () { w.close(); }, { once: true });
  }
  return w;
};

exports.FSWatcher = FSWatcher;
exports.StatWatcher = StatWatcher;

// ---- streams (built on first use of the stream module) ------------------------------

var ReadStream = null, WriteStream = null;

function copyOptions(options) {
  var o = getOptions(options, {});
  return Object.assign({}, o);
}

function streamRange(options) {
  var start = options.start, end = options.end;
  if (start !== undefined) validateInteger(start, 'start', 0, kMaxSafe);
  if (end === undefined || end === Infinity) end = Infinity;
  else validateInteger(end, 'end', 0, kMaxSafe);
  if (start !== undefined && start > end) throw outOfRange('start', '<= "end" (here: ' + end + ')', start);
  return [start, end];
}

// Node's stream option is `emitClose`; this stream module spells its
// state flag `emitCloseEvent`: pass both.
function streamOptions(options) {
  if (options.emitClose !== undefined && options.emitCloseEvent === undefined) options.emitCloseEvent = options.emitClose;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  return options;
}

// _construct: open the file before the first read or write.
function constructStream(cb) {
  var stream = this;
  if (typeof stream.fd === 'number') {
    cb();
    return;
  }
  exports.open(stream.path, stream.flags, stream.mode, function (err, fd) {
    if (err) {
      cb(err);
      return;
    }
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// A read or write on the stream's fd is in flight: destroy waits for it, so
// the fd is never closed (and maybe reused) under a pending system call.
function ioStart(stream) { stream._ioPending = true; }
function ioDone(stream) {
  stream._ioPending = false;
  var then = stream._afterIo;
  stream._afterIo = null;
  if (then) then();
}

// _destroy: close the fd when the stream owns it.
function destroyStream(err, cb) {
  var self = this;
  if (this._ioPending) {
    this._afterIo = function () { destroyStream.call(self, err, cb); };
    return;
  }
  if (typeof this.fd !== 'number' || !this.autoClose) {
    cb(err);
    return;
  }
  var fd = this.fd;
  this.fd = null;
  exports.close(fd, function (er) { cb(er || err); });
}

function closeMethod(cb) {
  if (typeof cb === 'function') {
    if (this.closed) process.nextTick(cb);
    else this.once('close', function () { cb(); });
  }
  this.destroy();
}

function pendingGetter() { return this.fd === null; }

function defineStreams() {
  if (ReadStream) return;
  var stream = require('stream');
  var Readable = stream.Readable, Writable = stream.Writable;

  ReadStream = function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = streamOptions(copyOptions(options));
    if (options.highWaterMark === undefined) {
      options.highWaterMark = options.bufferSize !== undefined ? options.bufferSize : 64 * 1024;
    }
    var range = streamRange(options);
    this.fd = options.fd === undefined || options.fd === null ? null : getFd(options.fd);
    this.path = this.fd === null ? getPath(path) : path;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.start = range[0];
    this.end = range[1];
    this.pos = this.start;
    this.bytesRead = 0;
    this.autoClose = options.autoClose === undefined ? true : options.autoClose;
    Readable.call(this, options);
  };
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  Object.defineProperty(ReadStream.prototype, 'pending', { get: pendingGetter, configurable: true });

  ReadStream.prototype._construct = constructStream;

  ReadStream.prototype._read = function (n) {
    var left = this.pos !== undefined ? this.end - this.pos + 1 : this.end - this.bytesRead + 1;
    if (left < n) n = left;
    if (n <= 0) {
      this.push(null);
      return;
    }
    var B = Buffer;
    var buf = B.allocUnsafeSlow(n);
    var self = this;
    ioStart(this);
    exports.read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, function (err, got) {
      ioDone(self);
      if (self.destroyed) return;
      if (err) {
        self.destroy(err);
        return;
      }
      if (got === 0) {
        self.push(null);
        return;
      }
      if (self.pos !== undefined) self.pos += got;
      self.bytesRead += got;
      self.push(got === buf.length ? buf : B.from(buf.buffer, buf.byteOffset, got));
    });
  };

  ReadStream.prototype._destroy = destroyStream;
  ReadStream.prototype.close = closeMethod;

  WriteStream = function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = streamOptions(copyOptions(options));
    options.decodeStrings = true;
    if (options.start !== undefined) validateInteger(options.start, 'start', 0, kMaxSafe);
    this.fd = options.fd === undefined || options.fd === null ? null : getFd(options.fd);
    this.path = this.fd === null ? getPath(path) : path;
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.start = options.start;
    this.pos = this.start;
    this.bytesWritten = 0;
    this.autoClose = options.autoClose === undefined ? true : options.autoClose;
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  };
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  Object.defineProperty(WriteStream.prototype, 'pending', { get: pendingGetter, configurable: true });

  WriteStream.prototype._construct = constructStream;

  // Writes all of data (a short write continues where it stopped).
  function writeAll(ws, data, cb) {
    ioStart(ws);
    exports.write(ws.fd, data, 0, data.length, ws.pos === undefined ? null : ws.pos, function (err, n) {
      ioDone(ws);
      if (err) return cb(err);
      ws.bytesWritten += n;
      if (ws.pos !== undefined) ws.pos += n;
      if (n < data.length) return writeAll(ws, data.subarray(n), cb);
      cb();
    });
  }

  WriteStream.prototype._write = function (data, encoding, cb) {
    if (typeof data === 'string') data = Buffer.from(data, encoding);
    writeAll(this, data, cb);
  };

  WriteStream.prototype._writev = function (chunks, cb) {
    var B = Buffer;
    var list = chunks.map(function (c) {
      return typeof c.chunk === 'string' ? B.from(c.chunk, c.encoding) : c.chunk;
    });
    writeAll(this, B.concat(list), cb);
  };

  WriteStream.prototype._destroy = destroyStream;
  WriteStream.prototype.close = function (cb) {
    if (typeof cb === 'function') {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.once('close', function () { cb(); });
    }
    if (!this.writableEnded && !this.destroyed) this.end();
    else if (!this.destroyed) this.destroy();
  };
  // v0.2's name for end(): close once everything queued is written
  WriteStream.prototype.destroySoon = function () { return this.end.apply(this, arguments); };
}

function streamGetter(which) {
  return {
    get: function () {
      defineStreams();
      return which === 'r' ? ReadStream : WriteStream;
    },
    set: function (v) {
      Object.defineProperty(exports, which === 'r' ? 'ReadStream' : 'WriteStream',
        { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  };
}
Object.defineProperty(exports, 'ReadStream', streamGetter('r'));
Object.defineProperty(exports, 'WriteStream', streamGetter('w'));
Object.defineProperty(exports, 'FileReadStream', streamGetter('r'));
Object.defineProperty(exports, 'FileWriteStream', streamGetter('w'));

exports.createReadStream = function createReadStream(path, options) {
  defineStreams();
  return new ReadStream(path, options);
};

exports.createWriteStream = function createWriteStream(path, options) {
  defineStreams();
  return new WriteStream(path, options);
};

// ---- fs.promises ---------------------------------------------------------------------

// A promise from one of the callback functions above; argument errors
// become rejections, as in Node's promise API.
function promised(fn) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, value) {
        if (err) reject(err);
        else resolve(value);
      });
      fn.apply(null, args);
    });
  };
}

function FileHandle(fd) {
  EventEmitter.call(this);
  this._fd = fd;
}
Object.setPrototypeOf(FileHandle.prototype, EventEmitter.prototype);

Object.defineProperty(FileHandle.prototype, 'fd', {
  get: function () { return this._fd; },
  configurable: true,
});

function handleCall(name, fn) {
  FileHandle.prototype[name] = function () {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    if (self._fd < 0) {
      var e = codedError(Error, 'EBADF', 'file closed');
      e.syscall = name;
      return Promise.reject(e);
    }
    return fn.apply(null, [self._fd].concat(args));
  };
}

handleCall('stat', promised(exports.fstat));
handleCall('truncate', promised(exports.ftruncate));
handleCall('sync', promised(exports.fsync));
handleCall('datasync', promised(exports.fdatasync));
handleCall('chmod', promised(exports.fchmod));
handleCall('chown', promised(exports.fchown));
handleCall('utimes', promised(exports.futimes));
handleCall('readFile', function (fd, options) {
  return promised(exports.readFile)(fd, options);
});
handleCall('writeFile', function (fd, data, options) {
  return promised(exports.writeFile)(fd, data, options);
});
handleCall('appendFile', function (fd, data, options) {
  return promised(exports.writeFile)(fd, data, options);
});
handleCall('read', function (fd, buffer, offset, length, position) {
  return new Promise(function (resolve, reject) {
    var args = [fd];
    if (isArrayBufferView(buffer)) {
      args.push(buffer);
      if (offset !== null && typeof offset === 'object') args.push(offset);
      else args.push(offset, length, position);
    } else {
      args.push(buffer || {});
    }
    args.push(function (err, bytesRead, buf) {
      if (err) reject(err);
      else resolve({ bytesRead: bytesRead, buffer: buf });
    });
    exports.read.apply(null, args);
  });
});
handleCall('write', function (fd, buffer, a, c, d) {
  return new Promise(function (resolve, reject) {
    var args = [fd, buffer];
    if (a !== undefined) args.push(a);
    if (c !== undefined) args.push(c);
    if (d !== undefined) args.push(d);
    args.push(function (err, n, buf) {
      if (err) reject(err);
      else resolve({ bytesWritten: n, buffer: buf });
    });
    exports.write.apply(null, args);
  });
});

FileHandle.prototype.close = function () {
  var self = this;
  if (self._fd < 0) return Promise.resolve();
  var fd = self._fd;
  self._fd = -1;
  return new Promise(function (resolve, reject) {
    b.close(fd, function (err) {
      if (err) return reject(err);
      self.emit('close');
      resolve();
    });
  });
};

var promises = {
  access: promised(exports.access),
  appendFile: promised(exports.appendFile),
  chmod: promised(exports.chmod),
  chown: promised(exports.chown),
  copyFile: promised(exports.copyFile),
  lchown: promised(exports.lchown),
  link: promised(exports.link),
  lstat: promised(exports.lstat),
  lutimes: promised(exports.lutimes),
  mkdir: promised(exports.mkdir),
  mkdtemp: promised(exports.mkdtemp),
  readdir: promised(exports.readdir),
  readlink: promised(exports.readlink),
  realpath: promised(exports.realpath),
  rename: promised(exports.rename),
  rm: promised(exports.rm),
  rmdir: promised(exports.rmdir),
  stat: promised(exports.stat),
  symlink: promised(exports.symlink),
  truncate: promised(exports.truncate),
  unlink: promised(exports.unlink),
  utimes: promised(exports.utimes),
  constants: constants,
  FileHandle: FileHandle,
};

promises.open = function open(path, flags, mode) {
  return promised(exports.open)(path, flags === undefined ? 'r' : flags, mode).then(function (fd) {
    return new FileHandle(fd);
  });
};

// readFile/writeFile/appendFile take a path or a FileHandle.
function pathOrHandle(fn) {
  return function (target) {
    var args = Array.prototype.slice.call(arguments);
    if (target instanceof FileHandle) {
      if (target._fd < 0) return Promise.reject(codedError(Error, 'EBADF', 'file closed'));
      args[0] = target._fd;
    } else if (typeof target === 'number') {
      return Promise.reject(invalidArgType('path', 'of type string or an instance of Buffer, URL, or FileHandle', target));
    }
    return promised(fn).apply(null, args);
  };
}
promises.readFile = pathOrHandle(exports.readFile);
promises.writeFile = pathOrHandle(exports.writeFile);
promises.appendFile = pathOrHandle(exports.appendFile);

exports.promises = promises;
