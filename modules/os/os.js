// os.js — require('os'): Node 20's os module. The binding (os.c) reads the
// machine; this file validates arguments, turns a failed binding call's
// context into ERR_SYSTEM_ERROR, shapes networkInterfaces() and
// userInfo(), and reads the environment variables Node reads (HOME,
// TMPDIR/TMP/TEMP) through process.env, which is where a program changes
// them.
'use strict';

var errors = require('internal/errors');
var Buffer = require('buffer').Buffer;

var b = binding;

// Node's functions that read one value convert to it as well
// (`${os.hostname}`): the same Symbol.toPrimitive here.
function primitive(fn) {
  fn[Symbol.toPrimitive] = function () { return fn(); };
  return fn;
}

// A binding call that fills ctx and returns undefined when it fails.
function checked(fn) {
  return function wrappedFn() {
    var ctx = {};
    var v = fn(ctx);
    if (v === undefined) throw errors.systemError(ctx);
    return v;
  };
}

var getHostname = checked(b.hostname);
var getUptime = checked(b.uptime);

function nonEmpty(name) {
  var v = process.env[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function tmpdir() {
  var path = nonEmpty('TMPDIR') || nonEmpty('TMP') || nonEmpty('TEMP') || '/tmp';
  if (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1);
  return path;
}

// HOME when it is set, even empty (libuv's rule); else the password entry.
var homedir = checked(function (ctx) {
  var home = process.env.HOME;
  return typeof home === 'string' ? home : b.homedir(ctx);
});

function cpus() {
  return b.cpus() || [];
}

function loadavg() {
  return b.loadavg();
}

function getAvailableParallelism() { return b.availableParallelism(); }
function getFreeMem() { return b.freemem(); }
function getTotalMem() { return b.totalmem(); }
function getOSType() { return b.type; }
function getOSRelease() { return b.release; }
function getOSVersion() { return b.version; }
function getMachine() { return b.machine; }
function arch() { return process.arch; }
function platform() { return process.platform; }

var littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function endianness() { return littleEndian ? 'LE' : 'BE'; }

function networkInterfaces() {
  var ctx = {};
  var rows = b.interfaces(ctx);
  if (rows === undefined) throw errors.systemError(ctx);
  var result = {};
  for (var i = 0; i < rows.length; i += 8) {
    var name = rows[i];
    var entry = {
      address: rows[i + 1],
      netmask: rows[i + 2],
      family: rows[i + 3],
      mac: rows[i + 4],
      internal: rows[i + 5],
      cidr: rows[i + 7] < 0 ? null : rows[i + 1] + '/' + rows[i + 7],
    };
    if (rows[i + 6] !== -1) entry.scopeid = rows[i + 6];
    if (Object.prototype.hasOwnProperty.call(result, name)) result[name].push(entry);
    else result[name] = [entry];
  }
  return result;
}

// options.encoding as Node parses it: 'buffer' (any case) gives Buffers, another
// encoding Buffer knows decodes with it, anything else is UTF-8.
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  var ctx = {};
  var user = b.userInfo(ctx);
  if (user === undefined) throw errors.systemError(ctx);
  var enc = options ? options.encoding : undefined;
  var asBuffer = typeof enc === 'string' && enc.toLowerCase() === 'buffer';
  if (!asBuffer && (typeof enc !== 'string' || !Buffer.isEncoding(enc))) enc = 'utf8';
  ['username', 'homedir', 'shell'].forEach(function (k) {
    var bytes = Buffer.from(user[k], 'latin1');
    user[k] = asBuffer ? bytes : bytes.toString(enc);
  });
  return user;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else errors.validateInteger(pid, 'pid', -2147483648, 2147483647);
  var ctx = {};
  var priority = b.getPriority(pid, ctx);
  if (priority === undefined) throw errors.systemError(ctx);
  return priority;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  errors.validateInteger(pid, 'pid', -2147483648, 2147483647);
  errors.validateInteger(priority, 'priority', -20, 19);
  var ctx = {};
  if (b.setPriority(pid, priority, ctx) === undefined) throw errors.systemError(ctx);
}

[arch, getAvailableParallelism, endianness, getFreeMem, homedir, getHostname, platform,
  getOSRelease, tmpdir, getTotalMem, getOSType, getUptime, getOSVersion, getMachine].forEach(primitive);

module.exports = {
  arch: arch,
  availableParallelism: getAvailableParallelism,
  cpus: cpus,
  endianness: endianness,
  freemem: getFreeMem,
  getPriority: getPriority,
  homedir: homedir,
  hostname: getHostname,
  loadavg: loadavg,
  networkInterfaces: networkInterfaces,
  platform: platform,
  release: getOSRelease,
  setPriority: setPriority,
  tmpdir: tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo: userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: b.constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
