// stream/add-abort-signal.js — addAbortSignal(signal, stream).
'use strict';

var { AbortError, errors, isNodeStream } = require('./utils');
var { finished } = require('./finished');

// ---------------------------------------------------------------------------
// addAbortSignal and stream.promises

function addAbortSignal(signal, stream) {
  if (!signal || typeof signal !== 'object' || !('aborted' in signal)) {
    throw errors.invalidArgType('signal', 'an instance of AbortSignal', signal);
  }
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  function onAbort() {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort);
    finished(stream, function () { signal.removeEventListener('abort', onAbort); });
  }
  return stream;
}

exports.addAbortSignal = addAbortSignal;
