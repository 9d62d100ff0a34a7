// stream/fd-streams.js — the Writable and Readable of standard I/O, for the
// process plugin (the contract is at the top of index.js).
'use strict';

var { errors, getBuffer } = require('./utils');
var { Readable } = require('./readable');
var { Writable } = require('./writable');

// ---------------------------------------------------------------------------
// Standard I/O streams (contract at the top of this file)

function createWriteStreamForFd(fd, writeFn, info) {
  if (typeof writeFn !== 'function') throw errors.invalidArgType('writeFn', 'of type function', writeFn);
  info = info || {};
  var stream = new Writable({
    decodeStrings: false,
    write: function (chunk, encoding, cb) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = getBuffer().from(chunk, encoding);
      }
      try {
        writeFn(fd, chunk);
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
    writev: function (chunks, cb) {
      // One system write for what piled up while corked.
      var allStrings = true;
      for (var i = 0; i < chunks.length; i++) {
        var c = chunks[i];
        if (typeof c.chunk !== 'string' || (c.encoding !== 'utf8' && c.encoding !== 'utf-8')) allStrings = false;
      }
      var data;
      if (allStrings) {
        data = '';
        for (var j = 0; j < chunks.length; j++) data += chunks[j].chunk;
      } else {
        var B = getBuffer();
        data = B.concat(chunks.map(function (c) {
          return typeof c.chunk === 'string' ? B.from(c.chunk, c.encoding) : c.chunk;
        }));
      }
      try {
        writeFn(fd, data);
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
    destroy: function (err, cb) {
      // The descriptor stays open: stdout/stderr outlive their stream.
      cb(err);
    }
  });
  stream.fd = fd;
  stream._isStdio = true;
  stream._type = info.type || (info.isTTY ? 'tty' : 'fs');
  // As in node, isTTY exists only on terminals.
  if (info.isTTY) {
    stream.isTTY = true;
    if (typeof info.getWindowSize === 'function') {
      var getWindowSize = info.getWindowSize;
      Object.defineProperty(stream, 'columns', {
        enumerable: true,
        configurable: true,
        get: function () { var s = getWindowSize(); return s ? s[0] : undefined; }
      });
      Object.defineProperty(stream, 'rows', {
        enumerable: true,
        configurable: true,
        get: function () { var s = getWindowSize(); return s ? s[1] : undefined; }
      });
      stream.getWindowSize = function () { return getWindowSize(); };
    } else {
      if (info.columns !== undefined) stream.columns = info.columns;
      if (info.rows !== undefined) stream.rows = info.rows;
    }
  }
  return stream;
}

function createReadStreamForFd(fd, startReading, stopReading, info) {
  if (typeof startReading !== 'function') throw errors.invalidArgType('startReading', 'of type function', startReading);
  if (typeof stopReading !== 'function') throw errors.invalidArgType('stopReading', 'of type function', stopReading);
  info = info || {};
  var reading = false;
  var atEof = false;

  function stop() {
    if (reading) {
      reading = false;
      stopReading();
    }
  }

  var stream = new Readable({
    highWaterMark: info.highWaterMark,
    read: function () {
      if (reading || atEof) return;
      reading = true;
      startReading(onData, onEnd, onError);
    },
    destroy: function (err, cb) {
      stop();
      cb(err);
    }
  });

  function onData(chunk) {
    if (stream.destroyed) return;
    if (!stream.push(chunk)) stop();
  }
  function onEnd() {
    if (atEof) return;
    atEof = true;
    stop();
    if (!stream.destroyed) stream.push(null);
  }
  function onError(err) {
    stop();
    stream.destroy(err);
  }

  // Paused means not reading: a paused stdin does not keep the loop alive.
  stream.pause = function pause() {
    stop();
    return Readable.prototype.pause.call(this);
  };
  // A pause() that stopped the descriptor while Readable waited for the
  // read it had asked for (state.reading) leaves that read pending for
  // ever: Readable never asks again, nothing keeps the loop alive, and the
  // rest of the input is lost. Restart it here, as the pause stopped it.
  stream.resume = function resume() {
    if (!reading && !atEof && !this.destroyed && this._readableState.reading) {
      reading = true;
      startReading(onData, onEnd, onError);
    }
    return Readable.prototype.resume.call(this);
  };

  stream.fd = fd;
  stream._isStdio = true;
  if (info.isTTY) stream.isTTY = true;
  if (info.isTTY && typeof info.setRawMode === 'function') {
    var setRawMode = info.setRawMode;
    stream.isRaw = false;
    stream.setRawMode = function (flag) {
      setRawMode(!!flag);
      stream.isRaw = !!flag;
      return stream;
    };
  }
  return stream;
}

exports.createReadStreamForFd = createReadStreamForFd;
exports.createWriteStreamForFd = createWriteStreamForFd;
