// Buffer against node 20 results (fixtures/vectors.json, made by
// fixtures/make-vectors.js from fixtures/cases.js): toString/Buffer.from/byteLength in every encoding on random bytes and strings, noisy base64 and hex, isEncoding, transcode, isUtf8/isAscii.
'use strict';
require('../common');

var failures = require('./fixtures/cases').check('encodings');
if (failures.length > 0) {
  console.error(failures.slice(0, 40).join('\n'));
  console.error(failures.length + ' case(s) differ from node 20');
  process.exit(1);
}
