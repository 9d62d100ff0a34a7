/* hello.c — the spec's addon example in C against the nodus SDK:
 *
 *   var addon = require('./hello');   // hello.node
 *   addon.hello;                      // 'world'
 *
 * Build out of tree with nothing but an installed nodus (the libraries after
 * the source: libnodus_aux is a static archive):
 *   cc -shared -fPIC $(pkg-config --cflags nodus) hello.c $(pkg-config --libs nodus) -o hello.node
 */
#include <nodus/nodus_aux.h>

static nd_value init(nd_env env, nd_value exports)
{
  if (ndx_set_string(env, exports, "hello", "world") != ND_OK)
    return NULL; /* an exception is pending: require() throws it */
  return exports;
}

NODUS_PLUGIN("hello", "1.0.0", NULL, init);
