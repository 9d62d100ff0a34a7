// probe_internal — a test plugin of several files (tests/require): it hands
// the test what only plugin code can reach (internal/errors, the internal
// surfaces of buffer and stream) and exercises the plugin-private require.
// deps: 'internal/errors internal/buffer leafdep ?internal/stream ?toplevel
// ?internal/a/b ?internal/../errors'
'use strict';

var a = require('./lib/a');

exports.errors = require('internal/errors');
exports.fromArrayBuffer = require('internal/buffer').fromArrayBuffer;
exports.a = a;
exports.sameA = require('./lib/a.js') === a && require('./lib/') === require('./lib/index');
exports.fromMain = module.id;

exports.lazyStream = function () { return require('internal/stream'); };
exports.lazyTop = function () { return require('toplevel'); };
exports.undeclared = function () { return require('net'); };
exports.undeclaredInternal = function () { return require('internal/querystring'); };
exports.broken = function () { return require('./broken'); };
exports.thrower = function () { return require('./thrower'); };
exports.missing = function () { return require('./nosuch'); };
exports.outside = function () { return require('../probe_undeclared/index'); };
exports.badInternal = function () { return require('internal/a/b'); };
exports.dotInternal = function () { return require('internal/../errors'); };
exports.undeclaredBad = function () { return require('internal/x/y'); };
