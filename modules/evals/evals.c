/* evals — the spec's Script (process.binding('evals')) and today's vm
 * module: code run in this global, or in a fresh global whose variables are
 * copied from and back to a sandbox object. The JavaScript API is evals.js;
 * this file gives it the two ways to run code. */
#include <stdlib.h>

#include <nodus/nodus_aux.h>

#include "evals_js.h"

/* run(code, filename, sandbox|undefined, newGlobal) */
static nd_value run(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  char *code = NULL, *file = NULL;
  nd_value str, result = NULL;
  bool fresh = ndx_opt_bool(env, argv[3], false);
  if (nd_coerce_string(env, argv[0], &str) != ND_OK ||
      nd_get_string_dup(env, str, &code, NULL) != ND_OK)
    return NULL;
  if (!nd_is_nullish(env, argv[1]) && (nd_coerce_string(env, argv[1], &str) != ND_OK ||
                                       nd_get_string_dup(env, str, &file, NULL) != ND_OK)) {
    free(code);
    return NULL;
  }
  const char *name = file ? file : "evalmachine.<anonymous>";
  nd_status st =
      fresh ? nd_run_script_in_new_global(env, code, ND_AUTO_LENGTH, name, argv[2], &result)
            : nd_run_script(env, code, ND_AUTO_LENGTH, name, 1, &result);
  free(code);
  free(file);
  if (st == ND_OBJECT_EXPECTED)
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                                "The \"contextObject\" argument must be of type object");
  return st == ND_OK ? result : NULL;
}

static nd_value init(nd_env env, nd_value exports)
{
  nd_value binding, fn, result;
  if (nd_object_new(env, &binding) != ND_OK ||
      nd_function_new(env, "run", run, 4, NULL, &fn) != ND_OK ||
      nd_set_named(env, binding, "run", fn) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "evals", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("evals", NODUS_VERSION, ND_PLUGIN_DEPS, init);
