// The JavaScript of probe_addon.node, an addon (not a builtin) that runs its
// files with nd_eval_plugin: parts resolve among its files, builtins as
// application code sees them (no deps to check, no internal/ modules).
'use strict';
exports.part = require('./part');
exports.path = require('path');
exports.internal = function () { return require('internal/errors'); };
