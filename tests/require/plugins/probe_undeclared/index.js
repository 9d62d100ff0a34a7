// probe_undeclared — a test plugin that requires a builtin its descriptor
// does not declare: loading it fails with ERR_UNDECLARED_DEPENDENCY.
'use strict';
exports.fs = require('fs');
