// stream — owns require('stream'): the one stream implementation that fs,
// net, http, child_process and standard I/O share. This file gathers the
// exports; the parts are Node's: utils, destroy, legacy (v0.2's Stream),
// finished, add-abort-signal, readable, writable, duplex, transform,
// passthrough, pipeline (and stream.promises), fd-streams (standard I/O).
//
//   * The v0.2 contract. Readable streams: events 'data', 'end', 'error',
//     'close', 'fd'; `readable`; setEncoding (a StringDecoder, so a 'data'
//     string never ends inside a character); pause/resume; destroy,
//     destroySoon. Writable streams: events 'drain', 'error', 'close',
//     'pipe'; `writable`; write(string|buffer, encoding, [fd]) returning
//     false once highWaterMark bytes are queued, then 'drain'; end(data,
//     encoding); destroy; destroySoon (end, then destroy once finished).
//     A numeric third write() argument is the spec's fd to pass: nodus
//     streams are not UNIX-socket streams, so it is ignored, as the spec says.
//   * Legacy `Stream` (module.exports): an EventEmitter whose pipe(dest,
//     {end}) pauses the source when dest.write() returns false and resumes it
//     on 'drain', and ends dest on the source's 'end' (destroys it on 'close').
//   * The modern API, with Node 20's event order: Readable (push, read(n),
//     _read, paused/flowing modes, 'readable', objectMode, highWaterMark,
//     setEncoding, pipe/unpipe, unshift, wrap, async iteration, Readable.from,
//     the iterator helpers), Writable (_write, _writev, cork/uncork, _final,
//     'finish', writable* getters), Duplex (and Duplex.from), Transform
//     (_transform, _flush), PassThrough, destroy(err) with _destroy, _construct,
//     autoDestroy, emitClose; finished, pipeline (streams, iterables and async
//     generator functions), stream.promises, addAbortSignal. Deferrals use
//     process.nextTick exactly where node defers, so 'end' follows the last
//     'data', 'finish' precedes 'close' and an error is emitted once.
//
// Standard I/O (for the process plugin; documented contract, the plugin's
// module.internal, which plugins reach as require('internal/stream')):
//
//   createWriteStreamForFd(fd, writeFn, [info]) -> Writable
//     writeFn(fd, chunk) writes chunk (a string, UTF-8, or a Buffer) to fd
//     completely and synchronously, throwing an Error (with code/errno) on
//     failure; stdout and stderr are synchronous in node for files and
//     terminals, and synchronous writes can never be lost at process.exit().
//     The stream has `fd`, `_isStdio: true`, `_type` and, for a terminal,
//     `isTTY: true` and `columns`/`rows` (info = { isTTY, type: 'tty' |
//     'fs' | 'pipe', columns, rows, getWindowSize() -> [columns, rows] };
//     getWindowSize, when given, is asked on every read of columns/rows).
//     end() ends the stream (later writes fail with 'write after end') and
//     destroy() marks it destroyed; neither closes the descriptor. Pipes
//     into it (legacy and modern) never end it.
//
//   createReadStreamForFd(fd, startReading, stopReading, [info])
//     -> Readable
//     startReading(onData, onEnd, onError) begins reading fd (e.g. an fd
//     watch that keeps the loop alive) and reports from the event loop:
//     onData(chunk) for every chunk (Buffer or string), onEnd() once at EOF,
//     onError(err) on a read error. stopReading() stops (drops the watch and
//     its keep-alive). The stream calls startReading when data is wanted and
//     stopReading when its buffer is full, when paused (so a paused stdin
//     does not keep the process alive) and when it ends or is destroyed;
//     startReading is called again on the next demand. Until data is wanted
//     nothing is read: stdin starts paused, resume() or a 'data' listener
//     starts it. The stream has `fd`, `_isStdio: true`, and for a terminal
//     `isTTY: true` and, when info.setRawMode is given, setRawMode(flag)
//     calling it (info = { isTTY, setRawMode(flag), highWaterMark }). v0.2's
//     process.openStdin() is `stdin.resume(); return stdin`.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// Buffer is looked up lazily (global.Buffer, else require('buffer')) so this
// plugin loads before the buffer plugin does.

'use strict';

var { getDefaultHighWaterMark, isDestroyed, isDisturbed, isErrored, isReadable, isUint8Array,
  isWritable, setDefaultHighWaterMark, toBuffer } = require('./utils');
var { destroyAny } = require('./destroy');
var { Stream } = require('./legacy');
var { finished } = require('./finished');
var { addAbortSignal } = require('./add-abort-signal');
var { Readable } = require('./readable');
var { Writable } = require('./writable');
var { Duplex } = require('./duplex');
var { Transform } = require('./transform');
var { PassThrough } = require('./passthrough');
var { pipeline, promises } = require('./pipeline');

// ---------------------------------------------------------------------------
// Exports

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = finished;
Stream.addAbortSignal = addAbortSignal;
Stream.destroy = destroyAny;
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.isDestroyed = isDestroyed;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function (chunk) { return toBuffer(chunk); };

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () { return promises; }
});
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get: function () { return promises.pipeline; }
});
Object.defineProperty(finished, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get: function () { return promises.finished; }
});

module.exports = Stream;
// Standard I/O is compiled when the process plugin first asks for it.
module.internal = {
  createWriteStreamForFd: function (fd, writeFn, info) {
    return require('./fd-streams').createWriteStreamForFd(fd, writeFn, info);
  },
  createReadStreamForFd: function (fd, startReading, stopReading, info) {
    return require('./fd-streams').createReadStreamForFd(fd, startReading, stopReading, info);
  }
};
