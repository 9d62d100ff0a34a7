// stream/utils.js — what every part of the stream plugin shares: the lazily
// loaded neighbours (Buffer, StringDecoder), the stream errors with Node's
// codes and messages, the highWaterMark defaults, and stream introspection
// (used by finished, pipeline, destroy and async iteration).
'use strict';

var nextTick = process.nextTick;

var BufferCtor = null;
function getBuffer() {
  if (BufferCtor === null) {
    BufferCtor = global.Buffer;
    if (typeof BufferCtor !== 'function') BufferCtor = require('buffer').Buffer;
  }
  return BufferCtor;
}

var StringDecoderCtor = null;
function newStringDecoder(encoding) {
  if (StringDecoderCtor === null) StringDecoderCtor = require('string_decoder').StringDecoder;
  return new StringDecoderCtor(encoding);
}

function nop() {}

// ---------------------------------------------------------------------------
// Errors: node's codes, classes and messages

var shared = require('internal/errors');
var codedError = shared.codedError;

var errors = {
  invalidArgType: shared.invalidArgType,
  invalidArgValue: shared.invalidArgValue,
  invalidReturnValue: shared.invalidReturnValue,
  unknownEncoding: shared.unknownEncoding,
  missingArgs: shared.missingArgs,
  outOfRange: shared.outOfRange,
  invalidChunk: function (value) {
    return errors.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', value);
  },
  // A subclass (or the options) did not provide _read/_write/_transform.
  missingMethod: function (name) {
    return codedError(Error, 'ERR_METHOD_MISSING', 'The ' + name + ' method must be provided by the stream');
  },
  pushAfterEof: function () { return codedError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'); },
  unshiftAfterEnd: function () {
    return codedError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
  },
  writeAfterEnd: function () { return codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); },
  destroyed: function (what) {
    return codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + what + ' after a stream was destroyed');
  },
  alreadyFinished: function (what) {
    return codedError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + what + ' after a stream was finished');
  },
  nullValues: function () { return codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'); },
  prematureClose: function () { return codedError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'); },
  multipleCallback: function () { return codedError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'); },
  cannotPipe: function () { return codedError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'); }
};

function AbortError(message, options) {
  var err = new Error(message || 'The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (options && options.cause !== undefined) err.cause = options.cause;
  Object.setPrototypeOf(err, AbortError.prototype);
  return err;
}
AbortError.prototype = Object.create(Error.prototype, {
  constructor: { value: AbortError, writable: true, configurable: true },
  name: { value: 'AbortError', writable: true, configurable: true }
});

// Touching .stack captures it where the error was first seen, as node does.
function rememberStack(err) {
  if (err && typeof err === 'object') {
    try { void err.stack; } catch (e) { /* a getter that throws is the error's business */ }
  }
}

function isEncoding(enc) {
  return typeof enc === 'string' && getBuffer().isEncoding(enc);
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

// A Buffer view of a Uint8Array (the same memory).
function toBuffer(u8) {
  var B = getBuffer();
  if (B.isBuffer(u8)) return u8;
  return B.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// ---------------------------------------------------------------------------
// Shared state helpers

var defaultHighWaterMarkBytes = 16 * 1024;
var defaultHighWaterMarkObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjects : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || !(value >= 0) || value !== Math.floor(value)) {
    throw errors.outOfRange('value', '>= 0', value);
  }
  if (objectMode) defaultHighWaterMarkObjects = value;
  else defaultHighWaterMarkBytes = value;
}

function highWaterMarkFrom(options, duplexKey, isDuplex, objectMode) {
  var hwm = null;
  var name = 'highWaterMark';
  if (options) {
    if (options.highWaterMark !== undefined && options.highWaterMark !== null) {
      hwm = options.highWaterMark;
    } else if (isDuplex && options[duplexKey] !== undefined && options[duplexKey] !== null) {
      hwm = options[duplexKey];
      name = duplexKey;
    }
  }
  if (hwm === null) return getDefaultHighWaterMark(objectMode);
  if (typeof hwm !== 'number' || hwm !== Math.floor(hwm) || hwm < 0 || !isFinite(hwm)) {
    throw errors.invalidArgValue('options.' + name, hwm);
  }
  return hwm;
}

// The error to report when two happen: the first, with the second attached.
function combineErrors(first, second) {
  if (first && second && first !== second) {
    if (Array.isArray(first.errors)) {
      first.errors.push(second);
      return first;
    }
    var err = new Error(first.message);
    err.name = 'AggregateError';
    err.errors = [first, second];
    err.code = first.code;
    return err;
  }
  return first || second;
}

function stateOf(stream) {
  return stream._writableState || stream._readableState;
}

var kDestroyedByUs = Symbol('destroyedByStream');
// ---------------------------------------------------------------------------
// Stream introspection (used by finished, pipeline and async iteration)

function isNodeStream(obj) {
  return !!obj && (!!obj._readableState || !!obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isReadableNodeStream(obj, strict) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState ? obj._readableState.readable !== false : true)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState ? obj._writableState.writable !== false : true)));
}

function isIterable(obj, asyncOnly) {
  if (obj === null || obj === undefined) return false;
  if (asyncOnly === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (asyncOnly === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var s = stateOf(stream);
  return !!(stream.destroyed || stream[kDestroyedByUs] || (s && s.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (typeof (stream && stream.readable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (typeof (stream && stream.writable) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function erroredOf(stream) {
  if (!stream) return null;
  var r = stream._readableState;
  var w = stream._writableState;
  return (w && w.errored) || (r && r.errored) || null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  var w = stream._writableState;
  var r = stream._readableState;
  if (w && typeof w.closed === 'boolean') return w.closed;
  if (r && typeof r.closed === 'boolean') return r.closed;
  return null;
}

// Will this stream emit 'close' on its own once it is done?
function willEmitClose(stream) {
  var s = stateOf(stream);
  return !!(s && s.autoDestroy && s.emitClose && s.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  if (!stream) return false;
  var r = stream._readableState;
  var w = stream._writableState;
  return !!(stream.readableErrored || stream.writableErrored || (r && r.errorEmitted) ||
    (w && w.errorEmitted) || erroredOf(stream));
}

exports.AbortError = AbortError;
exports.codedError = codedError;
exports.combineErrors = combineErrors;
exports.erroredOf = erroredOf;
exports.errors = errors;
exports.getBuffer = getBuffer;
exports.getDefaultHighWaterMark = getDefaultHighWaterMark;
exports.highWaterMarkFrom = highWaterMarkFrom;
exports.isClosed = isClosed;
exports.isDestroyed = isDestroyed;
exports.isDisturbed = isDisturbed;
exports.isEncoding = isEncoding;
exports.isErrored = isErrored;
exports.isFinished = isFinished;
exports.isIterable = isIterable;
exports.isNodeStream = isNodeStream;
exports.isReadable = isReadable;
exports.isReadableFinished = isReadableFinished;
exports.isReadableNodeStream = isReadableNodeStream;
exports.isUint8Array = isUint8Array;
exports.isWritable = isWritable;
exports.isWritableFinished = isWritableFinished;
exports.isWritableNodeStream = isWritableNodeStream;
exports.kDestroyedByUs = kDestroyedByUs;
exports.newStringDecoder = newStringDecoder;
exports.nextTick = nextTick;
exports.nop = nop;
exports.rememberStack = rememberStack;
exports.setDefaultHighWaterMark = setDefaultHighWaterMark;
exports.toBuffer = toBuffer;
exports.willEmitClose = willEmitClose;
