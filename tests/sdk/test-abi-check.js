// A plugin built for another ABI is refused with a message naming it, its
// ABI and the runtime's; as an addon too.
var assert = require('assert');
var file = process.env.NODUS_TEST_BUILD_ROOT + '/tests/sdk/badabi.so';

function check(e) {
  return e.code === 'ERR_PLUGIN_ABI' && /plugin 'badabi'/.test(e.message) &&
    /built for nodus ABI 99\.0/.test(e.message) && /provides ABI 1\.0/.test(e.message);
}
require.extensions['.so'] = require.extensions['.node'];
assert.throws(function () { require(file); }, check);
