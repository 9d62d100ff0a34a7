// A part in a subfolder: '../b' climbs to the plugin's root, './c' requires
// back into this file while it is still running (a cycle sees the partial
// exports).
'use strict';
exports.early = true;
exports.b = require('../b');
exports.c = require('./c');
exports.late = true;
