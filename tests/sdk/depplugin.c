/* depplugin.c — tiny plugins that only declare dependencies, built several
 * times (cyca <-> cycb, needsmissing, leaf) to test the loader's ordering,
 * cycle and missing-dependency errors. exports.name is the plugin's name and
 * exports.order records the order plugins were initialised in. */
#include <nodus/nodus.h>

static nd_value init(nd_env env, nd_value exports)
{
  nd_value global, order, name;
  uint32_t n = 0;
  if (nd_global(env, &global) != ND_OK ||
      nd_get_named(env, global, "__pluginOrder", &order) != ND_OK)
    return NULL;
  if (!nd_is_object(env, order)) {
    if (nd_array_new(env, 0, &order) != ND_OK ||
        nd_set_named(env, global, "__pluginOrder", order) != ND_OK)
      return NULL;
  }
  if (nd_array_length(env, order, &n) != ND_OK ||
      nd_string_utf8(env, DEP_PLUGIN_NAME, ND_AUTO_LENGTH, &name) != ND_OK ||
      nd_set_index(env, order, n, name) != ND_OK ||
      nd_set_named(env, exports, "name", name) != ND_OK)
    return NULL;
  const char *opt = nd_module_option(env, DEP_PLUGIN_NAME, "greeting");
  if (opt) {
    nd_value v;
    if (nd_string_utf8(env, opt, ND_AUTO_LENGTH, &v) != ND_OK ||
        nd_set_named(env, exports, "greeting", v) != ND_OK)
      return NULL;
  }
  return exports;
}

NODUS_PLUGIN(DEP_PLUGIN_NAME, "1.2.3", DEP_PLUGIN_DEPS, init);
