/* needs11.c — an addon built for ABI 1.1 that uses a 1.1 function
 * (nd_ref_new_weak): a 1.0 runtime must refuse it with the loader's ABI
 * message, not a raw dlopen error (tests/sdk/test-abi-minor.sh). */
#include <nodus/nodus.h>

static nd_value init(nd_env env, nd_value exports)
{
  nd_ref weak;
  nd_value ok;
  if (nd_ref_new_weak(env, exports, &weak) != ND_OK) return NULL;
  nd_ref_free(env, weak);
  if (nd_boolean(env, true, &ok) != ND_OK || nd_set_named(env, exports, "ok", ok) != ND_OK)
    return NULL;
  return exports;
}

NODUS_PLUGIN("needs11", "1.0.0", NULL, init);
