/* errors.c — the throwing half of nodus_aux: printf-style throwers, and
 * Node's argument errors (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE) with the
 * description of the received value worded as Node 20 words it, plus the
 * ndx_check_* getters built on them. Every function here either succeeds or
 * leaves exactly one exception pending; none keeps state. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nodus/nodus_aux.h>

/* ---- throwing ---------------------------------------------------------- */

typedef nd_status (*thrower)(nd_env, const char *, const char *);

/* Formats into a stack buffer, or the heap when the message is long (a
 * path can be). A failure to throw leaves the engine's own exception. */
static nd_value vthrow(nd_env env, thrower fn, const char *code, const char *fmt, va_list ap)
{
  char small[256], *msg = small;
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  if (n >= (int)sizeof small && (msg = malloc((size_t)n + 1)) != NULL)
    vsnprintf(msg, (size_t)n + 1, fmt, again);
  va_end(again);
  ND_IGNORE(fn(env, code, msg ? msg : small));
  if (msg != small) free(msg);
  return NULL;
}

/* Error, TypeError, RangeError: the same printf-style wrapper each. */
#define THROWER(name, fn)                                                                          \
  void *name(nd_env env, const char *code, const char *fmt, ...)                                   \
  {                                                                                                \
    va_list ap;                                                                                    \
    va_start(ap, fmt);                                                                             \
    vthrow(env, fn, code, fmt, ap);                                                                \
    va_end(ap);                                                                                    \
    return NULL;                                                                                   \
  }
THROWER(ndx_throw_error, nd_throw_error)
THROWER(ndx_throw_type_error, nd_throw_type_error)
THROWER(ndx_throw_range_error, nd_throw_range_error)
#undef THROWER

void *ndx_throw_errno(nd_env env, int err, const char *syscall, const char *path)
{
  ND_IGNORE(nd_throw_errno(env, err, syscall, path));
  return NULL;
}

void *ndx_throw_oom(nd_env env)
{
  ND_IGNORE(nd_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory"));
  return NULL;
}

void *ndx_fail(nd_env env, nd_status st)
{
  static const char *const names[] = {"ok",
                                      "invalid argument",
                                      "object expected",
                                      "string expected",
                                      "number expected",
                                      "boolean expected",
                                      "function expected",
                                      "array expected",
                                      "buffer expected",
                                      "pending exception",
                                      "out of memory",
                                      "not found",
                                      "wrong thread",
                                      "generic failure"};
  if (nd_exception_pending(env)) return NULL;
  if (st == ND_NO_MEMORY) return ndx_throw_oom(env);
  const char *what = (unsigned)st < sizeof names / sizeof names[0] ? names[st] : "unknown status";
  return ndx_throw_error(env, "ERR_INTERNAL_ASSERTION", "nodus call failed: %s", what);
}

/* Number.isInteger, without libm: every double past 2**53 is an integer. */
static bool is_integer(double d)
{
  if (!(d > -9007199254740992.0 && d < 9007199254740992.0)) return d - d == 0;
  return d == (double)(int64_t)d;
}

/* ---- describing values ---------------------------------------------------- */

/* A bounded string builder: appends what fits, always NUL-terminated. */
typedef struct {
  char *buf;
  size_t size, len;
} text;

static void put(text *t, const char *s, size_t n)
{
  if (t->size == 0) return;
  size_t room = t->size - 1 - t->len;
  if (n > room) n = room;
  memcpy(t->buf + t->len, s, n);
  t->len += n;
  t->buf[t->len] = 0;
}

static void puts_(text *t, const char *s)
{
  put(t, s, strlen(s));
}

static void put_utf8(text *t, uint32_t c)
{
  char b[4];
  size_t n;
  if (c < 0x80) {
    b[0] = (char)c;
    n = 1;
  } else if (c < 0x800) {
    b[0] = (char)(0xc0 | c >> 6);
    b[1] = (char)(0x80 | (c & 0x3f));
    n = 2;
  } else if (c < 0x10000) {
    b[0] = (char)(0xe0 | c >> 12);
    b[1] = (char)(0x80 | (c >> 6 & 0x3f));
    b[2] = (char)(0x80 | (c & 0x3f));
    n = 3;
  } else {
    b[0] = (char)(0xf0 | c >> 18);
    b[1] = (char)(0x80 | (c >> 12 & 0x3f));
    b[2] = (char)(0x80 | (c >> 6 & 0x3f));
    b[3] = (char)(0x80 | (c & 0x3f));
    n = 4;
  }
  put(t, b, n);
}

/* String(v), appended. */
static nd_status put_js_string(nd_env env, text *t, nd_value v)
{
  nd_value s;
  char buf[128];
  size_t n;
  nd_status st = nd_coerce_string(env, v, &s);
  if (st == ND_OK) st = nd_get_string_utf8(env, s, buf, sizeof buf, &n);
  if (st == ND_OK) put(t, buf, n);
  return st;
}

/* Node shows a string as '...' when it has no single quote, and as
 * JSON.stringify shows it otherwise; over 28 UTF-16 units it keeps 25 and
 * adds "...". Lone surrogates come out as U+FFFD (JSON escapes them). */
static nd_status put_quoted(nd_env env, text *t, nd_value v)
{
  uint16_t u[32];
  size_t total, n;
  nd_status st = nd_get_string_utf16(env, v, NULL, 0, &total);
  if (st != ND_OK) return st;
  if ((st = nd_get_string_utf16(env, v, u, 30, &n)) != ND_OK) return st;
  bool cut = total > 28;
  if (cut) n = 25;
  bool json = false;
  for (size_t i = 0; i < n; i++) json |= u[i] == '\'';
  puts_(t, json ? "\"" : "'");
  for (size_t i = 0; i < n; i++) {
    uint32_t c = u[i];
    bool hi = c >= 0xd800 && c < 0xdc00, lo = c >= 0xdc00 && c < 0xe000;
    if (hi && i + 1 < n && u[i + 1] >= 0xdc00 && u[i + 1] < 0xe000) {
      put_utf8(t, 0x10000 + ((c - 0xd800) << 10) + (u[++i] - 0xdc00));
      continue;
    }
    if (json) {
      static const char esc[] = {'\b', 'b',  '\t', 't', '\n', 'n',  '\f',
                                 'f',  '\r', 'r',  '"', '"',  '\\', '\\'};
      const char *e = c < 0x80 ? memchr(esc, (int)c, sizeof esc) : NULL;
      if (e && (e - esc) % 2 == 0) {
        char two[2] = {'\\', e[1]};
        put(t, two, 2);
        continue;
      }
      if (c < 0x20 || hi || lo) {
        char x[8];
        snprintf(x, sizeof x, "\\u%04x", (unsigned)c);
        puts_(t, x);
        continue;
      }
    }
    put_utf8(t, hi || lo ? 0xfffd : c);
  }
  if (cut) puts_(t, "..."); /* cut first, then quoted: '...' ends inside */
  puts_(t, json ? "\"" : "'");
  return ND_OK;
}

static nd_status put_named(nd_env env, text *t, nd_value obj)
{
  nd_value name;
  nd_status st = nd_get_named(env, obj, "name", &name);
  return st == ND_OK ? put_js_string(env, t, name) : st;
}

/* Where Node falls back to util.inspect(v, {depth: -1}) (an object without
 * a named constructor, as Object.create(null)). */
static nd_status put_inspected(nd_env env, text *t, nd_value v)
{
  nd_value util, inspect, opts = NULL, depth, args[2], res;
  nd_status st = nd_require(env, "util", &util);
  if (st == ND_OK) st = nd_get_named(env, util, "inspect", &inspect);
  if (st == ND_OK) st = nd_object_new(env, &opts);
  if (st == ND_OK) st = nd_number(env, -1, &depth);
  if (st == ND_OK) st = nd_set_named(env, opts, "depth", depth);
  args[0] = v;
  args[1] = opts;
  if (st == ND_OK) st = nd_call(env, NULL, inspect, 2, args, &res);
  if (st == ND_OK) return put_js_string(env, t, res);
  nd_value ignored;
  if (nd_exception_pending(env) && nd_exception_take(env, &ignored) != ND_OK)
    return ND_PENDING_EXCEPTION;
  puts_(t, "[Object: null prototype]");
  return ND_OK;
}

static nd_status describe(nd_env env, nd_value v, text *t)
{
  nd_type type;
  nd_status st = nd_typeof(env, v, &type);
  if (st != ND_OK) return st;
  switch (type) {
    case ND_UNDEFINED: puts_(t, "undefined"); return ND_OK;
    case ND_NULL: puts_(t, "null"); return ND_OK;
    case ND_BOOLEAN: {
      bool b = false;
      st = nd_get_bool(env, v, &b);
      puts_(t, b ? "type boolean (true)" : "type boolean (false)");
      return st;
    }
    case ND_NUMBER: {
      double d = 0;
      if ((st = nd_get_double(env, v, &d)) != ND_OK) return st;
      puts_(t, "type number (");
      if (d == 0 && 1 / d < 0) puts_(t, "-0");
      else if ((st = put_js_string(env, t, v)) != ND_OK) return st;
      puts_(t, ")");
      return ND_OK;
    }
    case ND_BIGINT:
      puts_(t, "type bigint (");
      if ((st = put_js_string(env, t, v)) != ND_OK) return st;
      puts_(t, "n)");
      return ND_OK;
    case ND_STRING:
      puts_(t, "type string (");
      if ((st = put_quoted(env, t, v)) != ND_OK) return st;
      puts_(t, ")");
      return ND_OK;
    case ND_SYMBOL: {
      /* String(symbol) is "Symbol(description)"; ToString would throw. */
      nd_value global, string_fn, s;
      puts_(t, "type symbol (");
      if ((st = nd_global(env, &global)) != ND_OK ||
          (st = nd_get_named(env, global, "String", &string_fn)) != ND_OK ||
          (st = nd_call(env, NULL, string_fn, 1, &v, &s)) != ND_OK ||
          (st = put_js_string(env, t, s)) != ND_OK)
        return st;
      puts_(t, ")");
      return ND_OK;
    }
    case ND_FUNCTION: puts_(t, "function "); return put_named(env, t, v);
    case ND_OBJECT: {
      nd_value ctor;
      bool has_name = false;
      if ((st = nd_get_named(env, v, "constructor", &ctor)) != ND_OK) return st;
      if (nd_is_object(env, ctor) && (st = nd_has_named(env, ctor, "name", &has_name)) != ND_OK)
        return st;
      if (!has_name) return put_inspected(env, t, v);
      puts_(t, "an instance of ");
      return put_named(env, t, ctor);
    }
  }
  return ND_INVALID_ARG;
}

nd_status ndx_describe(nd_env env, nd_value v, char *buf, size_t size)
{
  text t = {buf, size, 0};
  if (size) buf[0] = 0;
  return describe(env, v, &t);
}

/* ---- Node's argument errors --------------------------------------------- */

/* The words Node prints as "of type x" (lower case), not "an instance of". */
static bool is_type_word(const char *w, size_t n)
{
  static const char *const words[] = {"string", "function", "number", "object", "Function",
                                      "Object", "boolean",  "bigint", "symbol"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0) return true;
  return false;
}

static bool is_class_word(const char *w, size_t n)
{
  if (n == 0 || w[0] < 'A' || w[0] > 'Z') return false;
  for (size_t i = 1; i < n; i++) {
    char c = w[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

#define MAX_WORDS 12

typedef struct {
  const char *w[MAX_WORDS];
  size_t n[MAX_WORDS];
  size_t count;
} words;

static void add_word(words *l, const char *w, size_t n)
{
  if (l->count < MAX_WORDS) {
    l->w[l->count] = w;
    l->n[l->count++] = n;
  }
}

/* "a", "a or b", "a, b, or c" */
static void put_list(text *t, const words *l)
{
  for (size_t i = 0; i < l->count; i++) {
    if (i > 0) puts_(t, l->count > 2 ? (i + 1 == l->count ? ", or " : ", ") : " or ");
    put(t, l->w[i], l->n[i]);
  }
}

/* What follows "must be " for the '|'-separated list: types first ("of
 * type x", "one of type x or y"), then classes ("an instance of X"), then
 * anything else, joined by " or ". "object" becomes the class Object when
 * classes are listed too. */
static void put_expected(text *t, const char *expected)
{
  words types = {{0}, {0}, 0}, classes = {{0}, {0}, 0}, other = {{0}, {0}, 0};
  for (const char *p = expected; *p;) {
    size_t n = strcspn(p, "|");
    if (is_type_word(p, n))
      add_word(&types, p[0] == 'F' ? "function" : p[0] == 'O' ? "object" : p, n);
    else if (is_class_word(p, n)) add_word(&classes, p, n);
    else add_word(&other, p, n);
    p += n;
    if (*p == '|') p++;
  }
  for (size_t i = 0; classes.count && i < types.count; i++) {
    if (types.n[i] == 6 && memcmp(types.w[i], "object", 6) == 0) {
      memmove(&types.w[i], &types.w[i + 1], (types.count - i - 1) * sizeof types.w[0]);
      memmove(&types.n[i], &types.n[i + 1], (types.count - i - 1) * sizeof types.n[0]);
      types.count--;
      add_word(&classes, "Object", 6);
      break;
    }
  }
  if (types.count) {
    puts_(t, types.count > 1 ? "one of type " : "of type ");
    put_list(t, &types);
    if (classes.count || other.count) puts_(t, " or ");
  }
  if (classes.count) {
    puts_(t, "an instance of ");
    put_list(t, &classes);
    if (other.count) puts_(t, " or ");
  }
  if (other.count > 1) {
    puts_(t, "one of ");
    put_list(t, &other);
  } else if (other.count == 1) {
    const char *w = other.w[0];
    bool lower = true;
    for (size_t i = 0; i < other.n[0]; i++) lower &= !(w[i] >= 'A' && w[i] <= 'Z');
    if (!lower) puts_(t, "an ");
    put(t, w, other.n[0]);
  }
}

void *ndx_arg_type_error(nd_env env, const char *name, const char *expected, nd_value actual)
{
  char buf[512];
  text t = {buf, sizeof buf, 0};
  size_t n = strlen(name);
  static const char arg[] = " argument";
  puts_(&t, "The ");
  if (n >= sizeof arg - 1 && strcmp(name + n - (sizeof arg - 1), arg) == 0) {
    puts_(&t, name);
    puts_(&t, " must be ");
  } else {
    puts_(&t, "\"");
    puts_(&t, name);
    puts_(&t, strchr(name, '.') ? "\" property must be " : "\" argument must be ");
  }
  put_expected(&t, expected);
  puts_(&t, ". Received ");
  if (describe(env, actual, &t) != ND_OK && nd_exception_pending(env)) return NULL;
  ND_IGNORE(nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", buf));
  return NULL;
}

/* Node writes integers past 2**32 in groups: 4_294_967_297 (and, as Node
 * does, whatever String() gives for huge ones: 1e_+21). */
static void put_grouped(text *t, const char *s)
{
  size_t len = strlen(s), start = s[0] == '-', head = len;
  while (head >= start + 4) head -= 3;
  put(t, s, head);
  for (size_t i = head; i < len; i += 3) {
    puts_(t, "_");
    put(t, s + i, 3);
  }
}

void *ndx_out_of_range(nd_env env, const char *name, const char *range, double value)
{
  char buf[512], num[64];
  text t = {buf, sizeof buf, 0}, nt = {num, sizeof num, 0};
  nd_value v;
  if (value == 0 && 1 / value < 0) puts_(&nt, "-0");
  else if (nd_number(env, value, &v) != ND_OK || put_js_string(env, &nt, v) != ND_OK)
    return ndx_fail(env, ND_GENERIC_FAILURE);
  puts_(&t, "The value of \"");
  puts_(&t, name);
  puts_(&t, "\" is out of range. It must be ");
  puts_(&t, range);
  puts_(&t, ". Received ");
  if (is_integer(value) && (value > 4294967296.0 || value < -4294967296.0)) put_grouped(&t, num);
  else puts_(&t, num);
  ND_IGNORE(nd_throw_range_error(env, "ERR_OUT_OF_RANGE", buf));
  return NULL;
}

/* ---- argument checks ------------------------------------------------------ */

void *ndx_int_error(nd_env env, nd_value v, const char *name, int64_t min, int64_t max)
{
  double d;
  if (nd_get_double(env, v, &d) != ND_OK) {
    ndx_arg_type_error(env, name, "number", v);
  } else if (!is_integer(d)) {
    ndx_out_of_range(env, name, "an integer", d);
  } else {
    char range[64];
    snprintf(range, sizeof range, ">= %lld && <= %lld", (long long)min, (long long)max);
    ndx_out_of_range(env, name, range, d);
  }
  return NULL;
}

nd_status ndx_check_bool(nd_env env, nd_value v, const char *name, bool *out)
{
  if (nd_get_bool(env, v, out) == ND_OK) return ND_OK;
  ndx_arg_type_error(env, name, "boolean", v);
  return ND_PENDING_EXCEPTION;
}

nd_status ndx_check_function(nd_env env, nd_value v, const char *name)
{
  if (nd_is_function(env, v)) return ND_OK;
  ndx_arg_type_error(env, name, "function", v);
  return ND_PENDING_EXCEPTION;
}

nd_status ndx_check_string(nd_env env, nd_value v, const char *name, char **out, size_t *len)
{
  *out = NULL;
  if (!nd_is_string(env, v)) {
    ndx_arg_type_error(env, name, "string", v);
    return ND_PENDING_EXCEPTION;
  }
  nd_status st = nd_get_string_dup(env, v, out, len);
  if (st != ND_OK) ndx_fail(env, st);
  return st == ND_OK ? ND_OK : ND_PENDING_EXCEPTION;
}

nd_status ndx_check_bytes(nd_env env, nd_value v, const char *name, void **data, size_t *len)
{
  static unsigned char none[1];
  if (nd_typedarray_info(env, v, data, len, NULL, NULL) != ND_OK) {
    if (!nd_exception_pending(env)) ndx_arg_type_error(env, name, "Buffer|TypedArray|DataView", v);
    return ND_PENDING_EXCEPTION;
  }
  if (!*data) *data = none;
  return ND_OK;
}
