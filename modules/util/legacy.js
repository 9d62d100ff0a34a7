// util/legacy.js — v0.2's sys output helpers (puts, print, debug, error,
// log, p, pump) and the legacy is* predicates.
'use strict';

var { inspect } = require('./inspect');
var { format } = require('./format');
var { writeErr, writeOut } = require('./misc');

// ---- v0.2 sys output helpers ------------------------------------------------------------

function puts() {
  for (var i = 0; i < arguments.length; i++) writeOut(String(arguments[i]) + '\n');
}

function print() {
  for (var i = 0; i < arguments.length; i++) writeOut(String(arguments[i]));
}

function debug(x) {
  writeErr('DEBUG: ' + x + '\n');
}

function error() {
  for (var i = 0; i < arguments.length; i++) writeErr(String(arguments[i]) + '\n');
}

function p() {
  for (var i = 0; i < arguments.length; i++) error(inspect(arguments[i]));
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

function timestamp() {
  var d = new Date();
  var time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds());
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + time;
}

// "23 Nov 12:34:56 - message" on stdout.
function log() {
  writeOut(timestamp() + ' - ' + format.apply(null, arguments) + '\n');
}

// Pipes readStream into writeStream, pausing the reader while the writer's
// buffer is full. cb(err) runs once: on end/close of either side or on error.
function pump(readStream, writeStream, cb) {
  var done = false;
  function finish(err) {
    if (done) return;
    done = true;
    if (typeof cb === 'function') cb(err);
  }
  if (typeof readStream.pause !== 'function') {
    readStream.pause = function () { readStream.emit('pause'); };
  }
  if (typeof readStream.resume !== 'function') {
    readStream.resume = function () { readStream.emit('resume'); };
  }
  readStream.on('data', function (chunk) {
    if (writeStream.write(chunk) === false) readStream.pause();
  });
  writeStream.on('pause', function () { readStream.pause(); });
  writeStream.on('drain', function () { readStream.resume(); });
  writeStream.on('resume', function () { readStream.resume(); });
  readStream.on('end', function () {
    if (writeStream !== process.stdout && writeStream !== process.stderr &&
        typeof writeStream.end === 'function') {
      writeStream.end();
    }
    finish();
  });
  readStream.on('close', function () { finish(); });
  writeStream.on('close', function () { finish(); });
  readStream.on('error', function (err) {
    if (typeof writeStream.end === 'function') writeStream.end();
    finish(err);
  });
  writeStream.on('error', function (err) {
    if (typeof readStream.destroy === 'function') readStream.destroy();
    finish(err);
  });
}

// ---- legacy type predicates ----------------------------------------------------------------

function isBuffer(v) {
  var B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(v) : false;
}

exports.debug = debug;
exports.error = error;
exports.isBuffer = isBuffer;
exports.log = log;
exports.p = p;
exports.print = print;
exports.pump = pump;
exports.puts = puts;
