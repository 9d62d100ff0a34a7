// Plugins and addons built for another ABI are refused with an Error naming
// the file, the ABI it wants and the runtime's; never a crash.
var assert = require('assert');
var dir = process.env.NODUS_TEST_BUILD_ROOT + '/tests/sdk/';
require.extensions['.so'] = require.extensions['.node'];

assert.throws(function () { require(dir + 'badabi.so'); }, function (e) {
  return e.code === 'ERR_PLUGIN_ABI' && e.message.indexOf(dir + 'badabi.so') >= 0 &&
    /plugin 'badabi'/.test(e.message) && /built for nodus ABI 99\.0/.test(e.message) &&
    /provides ABI 1\.1/.test(e.message);
});
assert.throws(function () { require(dir + 'newminor.so'); }, function (e) {
  return e.code === 'ERR_PLUGIN_ABI' && /built for nodus ABI 1\.99/.test(e.message);
});
assert.throws(function () { require(dir + 'badmagic.so'); }, function (e) {
  return e.code === 'ERR_PLUGIN_INVALID' && /is not a nodus plugin/.test(e.message);
});
// a .node file that is not a shared object
assert.throws(function () { require('./fixtures/notelf.node'); }, function (e) {
  return e.code === 'ERR_DLOPEN_FAILED' && /notelf\.node/.test(e.message);
});
// a binary file required as JavaScript decodes lossily and fails to compile
assert.throws(function () { require('/lib/x86_64-linux-gnu/libz.so.1'); }, SyntaxError);
