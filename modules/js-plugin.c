/* js-plugin.c — the whole C side of a plugin whose API is pure JavaScript
 * (events, util, assert...): it embeds the plugin's JavaScript files and runs
 * them as the module body. Built once per such plugin by modules/meson.build
 * with ND_PLUGIN_NAME, ND_PLUGIN_DEPS and ND_PLUGIN_JS (the generated
 * header) defined. */
#include <nodus/nodus.h>

#include ND_PLUGIN_JS

static nd_value init(nd_env env, nd_value exports)
{
  nd_value result;
  if (nd_eval_plugin(env, ND_PLUGIN_NAME, plugin_js, plugin_js_count, exports, NULL, &result) !=
      ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN(ND_PLUGIN_NAME, NODUS_VERSION, ND_PLUGIN_DEPS, init);
