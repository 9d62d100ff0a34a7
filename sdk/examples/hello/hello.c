/* hello.c — the spec's addon example in C against the nodus SDK:
 *
 *   var addon = require('./hello');   // hello.node
 *   addon.hello;                      // 'world'
 *
 * Build out of tree with nothing but an installed nodus:
 *   cc -shared -fPIC $(pkg-config --cflags --libs nodus) hello.c -o hello.node
 */
#include <nodus/nodus.h>

static nd_value init(nd_env env, nd_value exports)
{
  nd_value world;
  if (nd_string_utf8(env, "world", ND_AUTO_LENGTH, &world) != ND_OK ||
      nd_set_named(env, exports, "hello", world) != ND_OK)
    return NULL; /* an exception is pending: require() throws it */
  return exports;
}

NODUS_PLUGIN("hello", "1.0.0", NULL, init);
