/* js-plugin.c — the whole C side of a plugin whose API is pure JavaScript
 * (events, util, assert...): it embeds NAME.js and runs it as the module
 * body. Built once per such plugin with ND_JS_PLUGIN_NAME/_DEPS defined. */
#include <nodus/nodus.h>

#include "plugin_js.h"

#ifndef ND_JS_PLUGIN_DEPS
#define ND_JS_PLUGIN_DEPS NULL
#endif

static nd_value init(nd_env env, nd_value exports)
{
  nd_value result;
  if (nd_eval_module(env, plugin_js, plugin_js_len, ND_JS_PLUGIN_NAME ".js", exports, NULL,
                     &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN(ND_JS_PLUGIN_NAME, "0.1.0", ND_JS_PLUGIN_DEPS, init);
