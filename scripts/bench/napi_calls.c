/* napi_calls.c — the Node-API twin of the SDK test addon's noop/add, so
 * the call benchmark compares like with like. Built by run.py at run time. */
#include <node_api.h>

static napi_value noop(napi_env env, napi_callback_info info)
{
  return NULL;
}

static napi_value add(napi_env env, napi_callback_info info)
{
  size_t argc = 2;
  napi_value argv[2], r;
  double a, b;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_double(env, argv[0], &a);
  napi_get_value_double(env, argv[1], &b);
  napi_create_double(env, a + b, &r);
  return r;
}

static napi_value init(napi_env env, napi_value exports)
{
  napi_value f;
  napi_create_function(env, "noop", NAPI_AUTO_LENGTH, noop, NULL, &f);
  napi_set_named_property(env, exports, "noop", f);
  napi_create_function(env, "add", NAPI_AUTO_LENGTH, add, NULL, &f);
  napi_set_named_property(env, exports, "add", f);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
