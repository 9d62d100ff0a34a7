/* probe_addon.c — an addon whose JavaScript is two files run by
 * nd_eval_plugin (tests/require/test-plugin-require.sh). */
#include <nodus/nodus.h>

#include "probe_addon_js.h"

static nd_value init(nd_env env, nd_value exports)
{
  nd_value result;
  if (nd_eval_plugin(env, "probe_addon", plugin_js, plugin_js_count, exports, NULL, &result) !=
      ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("probe_addon", "1.0.0", NULL, init);
