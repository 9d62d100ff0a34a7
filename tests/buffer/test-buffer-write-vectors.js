// Buffer against node 20 results (fixtures/vectors.json, made by
// fixtures/make-vectors.js from fixtures/cases.js): write() in every argument form and encoding, never a partial UTF-8 character, truncated writes.
'use strict';
require('../common');

var failures = require('./fixtures/cases').check('writes');
if (failures.length > 0) {
  console.error(failures.slice(0, 40).join('\n'));
  console.error(failures.length + ' case(s) differ from node 20');
  process.exit(1);
}
