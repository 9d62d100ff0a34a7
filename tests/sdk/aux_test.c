/* aux_test.c — an addon over nodus_aux.h (test-aux.js): each export runs one
 * helper on its arguments, so the test can compare the errors it throws with
 * Node's own wording and check the conversions round-trip. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <nodus/nodus_aux.h>

/* checkNumber(v, name) -> v */
static nd_value check_number(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  double v;
  char *name;
  if (ndx_check_string(env, argv[1], "name", &name, NULL) != ND_OK) return NULL;
  nd_status st = ndx_check_number(env, argv[0], name, &v);
  free(name);
  return st == ND_OK ? ndx_number(env, v) : NULL;
}

/* checkInt(v, name, min, max) -> v */
static nd_value check_int(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int64_t v, min, max;
  char *name;
  if (ndx_check_int(env, argv[2], "min", -9007199254740991, 9007199254740991, &min) != ND_OK ||
      ndx_check_int(env, argv[3], "max", -9007199254740991, 9007199254740991, &max) != ND_OK ||
      ndx_check_string(env, argv[1], "name", &name, NULL) != ND_OK)
    return NULL;
  nd_status st = ndx_check_int(env, argv[0], name, min, max, &v);
  free(name);
  return st == ND_OK ? ndx_number(env, (double)v) : NULL;
}

/* checkBool(v), checkFunction(v), checkString(v) -> its length, checkBytes(v) -> its length */
static nd_value check_bool(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  bool b;
  return ndx_check_bool(env, argv[0], "flag", &b) == ND_OK ? ndx_bool(env, b) : NULL;
}

static nd_value check_function(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_check_function(env, argv[0], "callback") == ND_OK ? argv[0] : NULL;
}

static nd_value check_string(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *s;
  size_t n;
  if (ndx_check_string(env, argv[0], "path", &s, &n) != ND_OK) return NULL;
  free(s);
  return ndx_number(env, (double)n);
}

static nd_value check_bytes(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  void *p;
  size_t n;
  if (ndx_check_bytes(env, argv[0], "buffer", &p, &n) != ND_OK) return NULL;
  return p ? ndx_number(env, (double)n) : NULL;
}

/* argTypeError(name, expected, value), outOfRange(name, range, value): throw */
static nd_value arg_type_error(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *name, *expected;
  if (ndx_check_string(env, argv[0], "name", &name, NULL) != ND_OK) return NULL;
  if (ndx_check_string(env, argv[1], "expected", &expected, NULL) != ND_OK) {
    free(name);
    return NULL;
  }
  ndx_arg_type_error(env, name, expected, argv[2]);
  free(name);
  free(expected);
  return NULL;
}

static nd_value out_of_range(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *name, *range;
  double v;
  if (ndx_check_number(env, argv[2], "value", &v) != ND_OK ||
      ndx_check_string(env, argv[0], "name", &name, NULL) != ND_OK)
    return NULL;
  if (ndx_check_string(env, argv[1], "range", &range, NULL) != ND_OK) {
    free(name);
    return NULL;
  }
  ndx_out_of_range(env, name, range, v);
  free(name);
  free(range);
  return NULL;
}

/* describe(v, size) -> Node's description, cut to size - 1 bytes */
static nd_value describe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char buf[256];
  int64_t size = sizeof buf;
  if (!nd_is_undefined(env, argv[1]) &&
      ndx_check_int(env, argv[1], "size", 0, sizeof buf, &size) != ND_OK)
    return NULL;
  if (ndx_describe(env, argv[0], buf, (size_t)size) != ND_OK) return NULL;
  return ndx_string(env, size ? buf : "");
}

/* ipParse(text, family 0|4|6, port) -> {address, family, port} or the -errno */
static nd_value ip_parse(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *text;
  int64_t fam, port;
  struct sockaddr_storage ss;
  socklen_t len;
  nd_value r;
  if (ndx_check_int(env, argv[1], "family", 0, 6, &fam) != ND_OK ||
      ndx_check_int(env, argv[2], "port", 0, 65535, &port) != ND_OK ||
      ndx_check_string(env, argv[0], "text", &text, NULL) != ND_OK)
    return NULL;
  int e = ndx_ip_parse(text, fam == 4 ? AF_INET : fam == 6 ? AF_INET6 : 0, (int)port, &ss, &len);
  free(text);
  if (e) return ndx_number(env, e);
  return ndx_sockaddr_to_js(env, (struct sockaddr *)&ss, len, &r) == ND_OK ? r : NULL;
}

/* unixParse(path) -> {address} or the -errno */
static nd_value unix_parse(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *path;
  size_t n;
  struct sockaddr_storage ss;
  socklen_t len;
  nd_value r;
  if (ndx_check_string(env, argv[0], "path", &path, &n) != ND_OK) return NULL;
  int e = ndx_unix_parse(path, n, &ss, &len);
  free(path);
  if (e) return ndx_number(env, e);
  return ndx_sockaddr_to_js(env, (struct sockaddr *)&ss, len, &r) == ND_OK ? r : NULL;
}

/* fromJs({address, port, family}) -> the same address back through to_js */
static nd_value from_js(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  struct sockaddr_storage ss;
  socklen_t len;
  nd_value r;
  if (ndx_sockaddr_from_js(env, argv[0], &ss, &len) != ND_OK) return NULL;
  return ndx_sockaddr_to_js(env, (struct sockaddr *)&ss, len, &r) == ND_OK ? r : NULL;
}

/* signalName(n) -> name | null, signalNumber(name) -> n, signals() -> table */
static nd_value signal_name(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int64_t n;
  if (ndx_check_int(env, argv[0], "signal", 0, 128, &n) != ND_OK) return NULL;
  const char *name = ndx_signal_name((int)n);
  return name ? ndx_string(env, name) : ndx_null(env);
}

static nd_value signal_number(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *name;
  if (ndx_check_string(env, argv[0], "signal", &name, NULL) != ND_OK) return NULL;
  int n = ndx_signal_number(name);
  free(name);
  return ndx_number(env, n);
}

static nd_value signals(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_value r;
  return ndx_signals_object(env, &r) == ND_OK ? r : NULL;
}

/* Two tagged types: new Box(n), box.get(); makeToken() -> a plain tagged
 * object; tokenValue(t). A Box method on a token (or the reverse) throws
 * ERR_INVALID_THIS. */
static const nd_type_tag box_tag = {"Box"};
static const nd_type_tag token_tag = {"Token"};
static int token_value = 42;
static int boxes_freed;

static void box_free(void *data, void *hint)
{
  free(data);
  boxes_freed++;
}

static nd_value box_new(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  double *box = malloc(sizeof *box);
  if (!box) return ndx_throw_oom(env);
  if (ndx_check_number(env, argv[0], "value", box) != ND_OK) {
    free(box);
    return NULL;
  }
  nd_status st = ndx_wrap(env, self, &box_tag, box, box_free, NULL);
  if (st != ND_OK) {
    free(box);
    return ndx_fail(env, st);
  }
  return NULL;
}

static nd_value box_get(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  double *box;
  if (nd_unwrap_tagged(env, self, &box_tag, (void **)&box) != ND_OK) return NULL;
  if (!box) return ndx_throw_error(env, "ERR_BOX_CLOSED", "closed");
  return ndx_number(env, *box);
}

static nd_value make_token(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_value r;
  nd_status st = ndx_wrapped_new(env, &token_tag, &token_value, NULL, NULL, &r);
  return st == ND_OK ? r : ndx_fail(env, st);
}

static nd_value token_value_of(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int *p;
  if (nd_unwrap_tagged(env, argv[0], &token_tag, (void **)&p) != ND_OK) return NULL;
  return ndx_number(env, *p);
}

static nd_value freed(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_number(env, boxes_freed);
}

/* shared(): `data` from ndx_binding's shared pointer */
static nd_value shared(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_string(env, d ? d : "(none)");
}

/* throwErrno(), throwFail(): the throwers */
static nd_value throw_errno(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_throw_errno(env, ENOENT, "open", "/nonexistent");
}

static nd_value throw_fail(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_fail(env, ND_STRING_EXPECTED);
}

static nd_value throw_long(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char big[1001];
  memset(big, 'x', 1000);
  big[1000] = 0;
  return ndx_throw_range_error(env, "ERR_LONG", "%s|%d", big, 7);
}

static const nd_property box_methods[] = {NDX_METHOD("get", box_get, 0)};

static const nd_property exports_table[] = {
    NDX_METHOD("checkNumber", check_number, 2),
    NDX_METHOD("checkInt", check_int, 4),
    NDX_METHOD("checkBool", check_bool, 1),
    NDX_METHOD("checkFunction", check_function, 1),
    NDX_METHOD("checkString", check_string, 1),
    NDX_METHOD("checkBytes", check_bytes, 1),
    NDX_METHOD("argTypeError", arg_type_error, 3),
    NDX_METHOD("outOfRange", out_of_range, 3),
    NDX_METHOD("describe", describe, 2),
    NDX_METHOD("ipParse", ip_parse, 3),
    NDX_METHOD("unixParse", unix_parse, 1),
    NDX_METHOD("fromJs", from_js, 1),
    NDX_METHOD("signalName", signal_name, 1),
    NDX_METHOD("signalNumber", signal_number, 1),
    NDX_METHOD("signals", signals, 0),
    NDX_METHOD("makeToken", make_token, 0),
    NDX_METHOD("tokenValue", token_value_of, 1),
    NDX_METHOD("boxesFreed", freed, 0),
    NDX_METHOD("shared", shared, 0),
    NDX_METHOD_DATA("own", shared, 0, "own data"),
    NDX_METHOD("throwErrno", throw_errno, 0),
    NDX_METHOD("throwFail", throw_fail, 0),
    NDX_METHOD("throwLong", throw_long, 0),
};

static nd_value init(nd_env env, nd_value exports)
{
  nd_value box;
  static char shared_data[] = "shared data";
  if (ndx_define_all(env, exports, exports_table, shared_data) != ND_OK ||
      ndx_class(env, "Box", box_new, 1, NULL, box_methods, &box) != ND_OK ||
      nd_set_named(env, exports, "Box", box) != ND_OK)
    return NULL;
  return exports;
}

NODUS_PLUGIN("aux_test", "1.0.0", NULL, init);
