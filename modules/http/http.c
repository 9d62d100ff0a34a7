/* http — the http plugin: HTTPParser (parser.c, llhttp) for http.js, which
 * owns the server and client API on top of net. */
#include <nodus/nodus.h>

#include "http_js.h"
#include "parser.h"

static nd_value init(nd_env env, nd_value exports)
{
  nd_value binding, parser, result;
  if (nd_object_new(env, &binding) != ND_OK || http_parser_class(env, &parser) != ND_OK ||
      nd_set_named(env, binding, "HTTPParser", parser) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "http", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("http", NODUS_VERSION, ND_PLUGIN_DEPS, init);
