// Buffer against node 20 results (fixtures/vectors.json, made by
// fixtures/make-vectors.js from fixtures/cases.js): the read/write number family: every width, order and sign, odd offsets and values, random round trips.
'use strict';
require('../common');

var failures = require('./fixtures/cases').check('numbers');
if (failures.length > 0) {
  console.error(failures.slice(0, 40).join('\n'));
  console.error(failures.length + ' case(s) differ from node 20');
  process.exit(1);
}
