/* addon.c — a test addon that touches every part of the SDK a plugin uses:
 * values, strings, objects and arrays, functions and classes with wrapped
 * native data and type tags, exceptions with codes, references (strong and
 * weak, freed by finalizers), scopes and the runtime's check that they are
 * balanced, ArrayBuffers, promises, scripts, and the loop (timers, fd
 * watches, worker pool). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <nodus/nodus.h>

#define TRY(x)                                                                                     \
  do {                                                                                             \
    if ((x) != ND_OK) return NULL;                                                                 \
  } while (0)

/* A native fails by returning NULL with an exception pending. When even
 * building the error fails, that failure left its own exception pending. */
static nd_value throw_type(nd_env env, const char *code, const char *msg)
{
  ND_IGNORE(nd_throw_type_error(env, code, msg));
  return NULL;
}

static nd_value noop(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return NULL;
}

static nd_value add(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  double a, b;
  nd_value r;
  if (nd_get_double(env, argv[0], &a) != ND_OK || nd_get_double(env, argv[1], &b) != ND_OK)
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "add() needs two numbers");
  TRY(nd_number(env, a + b, &r));
  return r;
}

/* describe(v) -> typeof as the SDK sees it, plus argc */
static nd_value describe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  static const char *names[] = {"undefined", "null",   "boolean", "number",  "string",
                                "symbol",    "bigint", "object",  "function"};
  nd_type t;
  nd_value r;
  TRY(nd_typeof(env, argv[0], &t));
  char buf[64];
  snprintf(buf, sizeof buf, "%s/%zu", names[t], argc);
  TRY(nd_string_utf8(env, buf, ND_AUTO_LENGTH, &r));
  return r;
}

/* roundtrip(str) -> the UTF-8 bytes back as a string, with its byte length */
static nd_value roundtrip(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *s;
  size_t len;
  nd_value r, n, o;
  TRY(nd_get_string_dup(env, argv[0], &s, &len));
  nd_status st = nd_string_utf8(env, s, len, &r);
  free(s);
  TRY(st);
  TRY(nd_object_new(env, &o));
  TRY(nd_set_named(env, o, "str", r));
  TRY(nd_number(env, (double)len, &n));
  TRY(nd_set_named(env, o, "bytes", n));
  return o;
}

/* truncate(str, bufsize) -> what fits in a buffer of bufsize (never a split sequence) */
static nd_value truncate_utf8(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  uint32_t size;
  char buf[256];
  size_t len;
  nd_value r;
  TRY(nd_get_uint32(env, argv[1], &size));
  if (size > sizeof buf) size = sizeof buf;
  TRY(nd_get_string_utf8(env, argv[0], buf, size, &len));
  TRY(nd_string_utf8(env, buf, len, &r));
  return r;
}

static nd_value make_array(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  uint32_t n;
  nd_value arr;
  TRY(nd_get_uint32(env, argv[0], &n));
  TRY(nd_array_new(env, 0, &arr));
  for (uint32_t i = 0; i < n; i++) {
    nd_scope sc;
    nd_value v;
    TRY(nd_scope_open(env, &sc));
    nd_status st = nd_int32(env, (int32_t)(i * i), &v);
    if (st == ND_OK) st = nd_set_index(env, arr, i, v);
    TRY(nd_scope_close(env, sc)); /* on every path: the runtime checks */
    TRY(st);
  }
  return arr;
}

/* holdMany(n): creates n objects and strings, keeps every handle in a C
 * array while allocating more (minor GCs move them), then checks each one
 * still reads back. Returns the count verified. */
static nd_value hold_many(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  uint32_t n;
  TRY(nd_get_uint32(env, argv[0], &n));
  nd_value *objs = calloc(n ? n : 1, sizeof *objs);
  if (!objs) return NULL;
  for (uint32_t i = 0; i < n; i++) {
    char buf[32];
    nd_value s;
    snprintf(buf, sizeof buf, "value-%u", i);
    if (nd_object_new(env, &objs[i]) != ND_OK ||
        nd_string_utf8(env, buf, ND_AUTO_LENGTH, &s) != ND_OK ||
        nd_set_named(env, objs[i], "s", s) != ND_OK) {
      free(objs);
      return NULL;
    }
  }
  uint32_t ok = 0;
  for (uint32_t i = 0; i < n; i++) {
    nd_value s;
    char buf[32], want[32];
    snprintf(want, sizeof want, "value-%u", i);
    if (nd_get_named(env, objs[i], "s", &s) == ND_OK &&
        nd_get_string_utf8(env, s, buf, sizeof buf, NULL) == ND_OK && strcmp(buf, want) == 0)
      ok++;
  }
  free(objs);
  nd_value r;
  TRY(nd_number(env, ok, &r));
  return r;
}

static nd_value throw_errno(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  ND_IGNORE(nd_throw_errno(env, ENOENT, "open", "/nonexistent")); /* NULL returns what it threw */
  return NULL;
}

static nd_value call_back(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_value r;
  if (nd_call(env, self, argv[0], argc - 1, argv + 1, &r) != ND_OK) return NULL;
  return r;
}

/* ---- a class with native state ---- */

typedef struct {
  double total;
  int *live;
} counter;
static int counters_live;
/* Each wrapped type has its own tag: a Counter method called on anything
 * else (another class's instance, an untagged wrapped object, a plain
 * object) throws ERR_INVALID_THIS instead of reading foreign memory. */
static const nd_type_tag counter_tag = {"Counter"};
static const nd_type_tag gauge_tag = {"Gauge"};

static void counter_free(void *data, void *hint)
{
  counter *c = data;
  (*c->live)--;
  free(c);
}

static nd_value counter_ctor(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  counter *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  if (argc > 0 && nd_get_double(env, argv[0], &c->total) != ND_OK)
    c->total = 0; /* new Counter('x') */
  c->live = &counters_live;
  counters_live++;
  if (nd_wrap(env, self, c, counter_free, NULL) != ND_OK) {
    counter_free(c, NULL);
    return throw_type(env, NULL, "wrap failed");
  }
  TRY(nd_type_tag_object(env, self, &counter_tag));
  return NULL;
}

static counter *this_counter(nd_env env, nd_value self)
{
  void *p = NULL;
  if (nd_unwrap_tagged(env, self, &counter_tag, &p) != ND_OK) return NULL;
  return p;
}

static nd_value counter_add(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  counter *c = this_counter(env, self);
  double v = 1;
  nd_value r;
  if (!c) return NULL;
  if (argc > 0 && nd_get_double(env, argv[0], &v) != ND_OK)
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "add() needs a number");
  c->total += v;
  TRY(nd_number(env, c->total, &r));
  return r;
}

static nd_value counter_total(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  counter *c = this_counter(env, self);
  nd_value r;
  if (!c) return NULL;
  TRY(nd_number(env, c->total, &r));
  return r;
}

static nd_value live_counters(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_value r;
  TRY(nd_int32(env, counters_live, &r));
  return r;
}

/* A tagged class of its own, and an untagged wrapped object: the foreign
 * objects a Counter method must refuse. */
static nd_value gauge_ctor(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  TRY(nd_wrap(env, self, &counters_live, NULL, NULL));
  TRY(nd_type_tag_object(env, self, &gauge_tag));
  return NULL;
}

static nd_value untagged(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_value r;
  TRY(nd_wrapped_new(env, &counters_live, NULL, NULL, &r));
  return r;
}

static nd_value gc(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  TRY(nd_gc(env));
  return NULL;
}

/* ---- references held by wrapped objects ---- */

/* new Ref(value, weak): holds value with an nd_ref; get(), set(v) and
 * setWeak(bool) reach it. Its finalizer frees the reference, so what a
 * collected Ref held is collected too. */
typedef struct {
  nd_env env;
  nd_ref ref;
} holder;
static int holders_live;
static const nd_type_tag ref_tag = {"Ref"};

static void holder_free(void *data, void *hint)
{
  holder *h = data;
  nd_ref_free(h->env, h->ref); /* allowed in finalizers */
  holders_live--;
  free(h);
}

static nd_value ref_ctor(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  bool weak = false;
  if (nd_get_bool(env, argv[1], &weak) != ND_OK && !nd_is_undefined(env, argv[1]))
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "The \"weak\" argument must be of type boolean");
  holder *h = calloc(1, sizeof *h);
  if (!h) return throw_type(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
  h->env = env;
  nd_status st = weak ? nd_ref_new_weak(env, argv[0], &h->ref) : nd_ref_new(env, argv[0], &h->ref);
  if (st != ND_OK) {
    free(h);
    return st == ND_OBJECT_EXPECTED
               ? throw_type(env, "ERR_INVALID_ARG_TYPE", "a weak Ref needs an object")
               : NULL;
  }
  holders_live++;
  if (nd_wrap(env, self, h, holder_free, NULL) != ND_OK) {
    holder_free(h, NULL);
    return throw_type(env, NULL, "wrap failed");
  }
  TRY(nd_type_tag_object(env, self, &ref_tag));
  return NULL;
}

static holder *this_holder(nd_env env, nd_value self)
{
  void *p = NULL;
  if (nd_unwrap_tagged(env, self, &ref_tag, &p) != ND_OK) return NULL;
  return p;
}

static nd_value ref_get(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  holder *h = this_holder(env, self);
  nd_value r;
  if (!h) return NULL;
  TRY(nd_ref_get(env, h->ref, &r));
  return r;
}

static nd_value ref_set(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  holder *h = this_holder(env, self);
  if (!h) return NULL;
  if (nd_ref_set(env, h->ref, argv[0]) != ND_OK)
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "a weak Ref holds only objects");
  return NULL;
}

static nd_value ref_set_weak(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  holder *h = this_holder(env, self);
  bool weak;
  if (!h) return NULL;
  if (nd_get_bool(env, argv[0], &weak) != ND_OK)
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "The \"weak\" argument must be of type boolean");
  if (nd_ref_set_weak(env, h->ref, weak) != ND_OK)
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "a weak Ref needs an object");
  return NULL;
}

static nd_value live_holders(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_value r;
  TRY(nd_int32(env, holders_live, &r));
  return r;
}

/* ---- scope balance: bugs the runtime must catch ---- */

/* leaky(): returns with a scope still open; the runtime aborts. */
static nd_value leaky(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_scope sc;
  TRY(nd_scope_open(env, &sc));
  return NULL;
}

static void leaky_fire(nd_env env, nd_timer *t, void *data)
{
  nd_scope sc;
  nd_timer_free(t);
  ND_IGNORE(nd_scope_open(env, &sc)); /* left open on purpose */
}

/* leakyTimer(): a timer callback that returns with a scope open. */
static nd_value leaky_timer(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_timer *t = nd_timer_new(env, leaky_fire, NULL);
  if (!t) return throw_type(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
  if (nd_timer_start(t, 1, 0) != ND_OK) {
    nd_timer_free(t);
    return throw_type(env, "ERR_INTERNAL_ASSERTION", "cannot start a timer");
  }
  return NULL;
}

/* ---- bytes ---- */

static nd_value bytes(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  uint32_t n;
  void *data;
  nd_value ab, u8;
  TRY(nd_get_uint32(env, argv[0], &n));
  TRY(nd_arraybuffer_new(env, n, &data, &ab));
  for (uint32_t i = 0; i < n; i++) ((unsigned char *)data)[i] = (unsigned char)(i & 0xff);
  TRY(nd_uint8array_new(env, ab, 0, n, &u8));
  return u8;
}

static nd_value sum_bytes(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  void *data;
  size_t len;
  nd_value r;
  if (nd_typedarray_info(env, argv[0], &data, &len, NULL, NULL) != ND_OK)
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "expected a typed array");
  double s = 0;
  for (size_t i = 0; i < len; i++) s += ((unsigned char *)data)[i];
  TRY(nd_number(env, s, &r));
  return r;
}

/* ---- the loop ---- */

typedef struct {
  nd_timer *t;
  nd_ref cb;
} later;

static void later_fire(nd_env env, nd_timer *t, void *data)
{
  later *l = data;
  nd_value fn;
  /* An exception fn throws stays pending: it is reported when we return. */
  if (nd_ref_get(env, l->cb, &fn) == ND_OK) ND_IGNORE(nd_call(env, NULL, fn, 0, NULL, NULL));
  nd_ref_free(env, l->cb);
  nd_timer_free(l->t);
  free(l);
}

/* after(ms, fn): a one-shot loop timer that keeps the process alive */
static nd_value after(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  uint32_t ms;
  if (nd_get_uint32(env, argv[0], &ms) != ND_OK || !nd_is_function(env, argv[1]))
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "after(ms, fn)");
  later *l = calloc(1, sizeof *l);
  if (!l) return throw_type(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
  if (nd_ref_new(env, argv[1], &l->cb) != ND_OK) {
    free(l);
    return throw_type(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
  }
  l->t = nd_timer_new(env, later_fire, l);
  if (!l->t || nd_timer_start(l->t, ms, 0) != ND_OK) {
    nd_timer_free(l->t);
    nd_ref_free(env, l->cb);
    free(l);
    return throw_type(env, "ERR_INTERNAL_ASSERTION", "cannot start a timer");
  }
  return NULL;
}

typedef struct {
  double n, result;
  nd_deferred d;
} job;

static void job_execute(void *data)
{
  job *j = data;
  double r = 0;
  for (double i = 1; i <= j->n; i++) r += i;
  j->result = r;
}

static void job_complete(nd_env env, bool cancelled, void *data)
{
  job *j = data;
  nd_value v;
  /* Settling frees the deferred; an exception either call leaves pending
   * is reported when we return. */
  nd_status st = nd_number(env, j->result, &v);
  if (st == ND_OK) st = nd_promise_resolve(env, j->d, v);
  else if (nd_exception_take(env, &v) == ND_OK) st = nd_promise_reject(env, j->d, v);
  ND_IGNORE(st);
  free(j);
}

/* sumTo(n) -> Promise of 1+..+n computed on the worker pool */
static nd_value sum_to(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  job *j = calloc(1, sizeof *j);
  nd_value p, err;
  if (!j) return throw_type(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
  if (nd_get_double(env, argv[0], &j->n) != ND_OK) {
    free(j);
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "sumTo(n)");
  }
  if (nd_promise_new(env, &j->d, &p) != ND_OK) {
    free(j);
    return NULL;
  }
  if (nd_work_queue(env, job_execute, job_complete, j) != ND_OK) {
    /* the promise rejects instead; its deferred is freed by settling */
    nd_status st = nd_error_new(env, "ERR_INTERNAL_ASSERTION", "cannot queue work", &err);
    if (st == ND_OK) st = nd_promise_reject(env, j->d, err);
    free(j);
    TRY(st);
  }
  return p;
}

typedef struct {
  nd_watch *w;
  nd_ref cb;
  int fds[2];
} pipe_watch;

static void pipe_ready(nd_env env, nd_watch *w, int revents, void *data)
{
  pipe_watch *p = data;
  char buf[64];
  ssize_t n = read(p->fds[0], buf, sizeof buf);
  nd_value fn, s;
  /* An exception fn throws stays pending: it is reported when we return. */
  if (nd_ref_get(env, p->cb, &fn) == ND_OK &&
      nd_string_utf8(env, buf, n > 0 ? (size_t)n : 0, &s) == ND_OK)
    ND_IGNORE(nd_call(env, NULL, fn, 1, &s, NULL));
  nd_watch_free(p->w);
  nd_ref_free(env, p->cb);
  close(p->fds[0]);
  close(p->fds[1]);
  free(p);
}

/* echoThroughPipe(str, fn): writes str into a pipe; fn(str) when the read end is readable */
static nd_value echo_pipe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  pipe_watch *p = calloc(1, sizeof *p);
  char buf[64];
  size_t len;
  if (!p) return throw_type(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
  if (pipe(p->fds) != 0) {
    int err = errno;
    free(p);
    ND_IGNORE(nd_throw_errno(env, err, "pipe", NULL)); /* NULL returns what it threw */
    return NULL;
  }
  if (nd_get_string_utf8(env, argv[0], buf, sizeof buf, &len) != ND_OK ||
      write(p->fds[1], buf, len) != (ssize_t)len || nd_ref_new(env, argv[1], &p->cb) != ND_OK) {
    close(p->fds[0]);
    close(p->fds[1]);
    free(p);
    return throw_type(env, "ERR_INVALID_ARG_TYPE", "echoThroughPipe(str, fn)");
  }
  p->w = nd_watch_new(env, p->fds[0], pipe_ready, p);
  if (!p->w || nd_watch_start(p->w, ND_READABLE) != ND_OK) {
    nd_watch_free(p->w);
    nd_ref_free(env, p->cb);
    close(p->fds[0]);
    close(p->fds[1]);
    free(p);
    return throw_type(env, "ERR_INTERNAL_ASSERTION", "cannot watch a pipe");
  }
  return NULL;
}

static nd_value run(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *src;
  nd_value r;
  TRY(nd_get_string_dup(env, argv[0], &src, NULL));
  nd_status st = nd_run_script(env, src, ND_AUTO_LENGTH, "addon-script.js", 1, &r);
  free(src);
  return st == ND_OK ? r : NULL;
}

static nd_value init(nd_env env, nd_value exports)
{
  nd_value counter_class, gauge_class, ref_class, abi;
  uint16_t major, minor;
  const nd_property counter_props[] = {
      {"add", counter_add, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"total", NULL, counter_total, NULL, NULL, 0, ND_CONFIGURABLE, NULL},
      {"live", live_counters, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD | ND_STATIC, NULL},
  };
  const nd_property props[] = {
      {"noop", noop, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
      {"add", add, NULL, NULL, NULL, 2, ND_DEFAULT_PROPERTY, NULL},
      {"describe", describe, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"roundtrip", roundtrip, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"truncate", truncate_utf8, NULL, NULL, NULL, 2, ND_DEFAULT_PROPERTY, NULL},
      {"makeArray", make_array, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"holdMany", hold_many, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"throwErrno", throw_errno, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
      {"callBack", call_back, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"gc", gc, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
      {"bytes", bytes, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"sumBytes", sum_bytes, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"after", after, NULL, NULL, NULL, 2, ND_DEFAULT_PROPERTY, NULL},
      {"sumTo", sum_to, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"echoThroughPipe", echo_pipe, NULL, NULL, NULL, 2, ND_DEFAULT_PROPERTY, NULL},
      {"run", run, NULL, NULL, NULL, 1, ND_DEFAULT_PROPERTY, NULL},
      {"untagged", untagged, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
      {"leaky", leaky, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
      {"leakyTimer", leaky_timer, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
  };
  const nd_property ref_props[] = {
      {"get", ref_get, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, NULL},
      {"set", ref_set, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"setWeak", ref_set_weak, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"live", live_holders, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD | ND_STATIC, NULL},
  };
  TRY(nd_define_properties(env, exports, sizeof props / sizeof props[0], props));
  TRY(nd_class_new(env, "Counter", counter_ctor, 1, NULL, 3, counter_props, &counter_class));
  TRY(nd_set_named(env, exports, "Counter", counter_class));
  TRY(nd_class_new(env, "Gauge", gauge_ctor, 0, NULL, 0, NULL, &gauge_class));
  TRY(nd_set_named(env, exports, "Gauge", gauge_class));
  TRY(nd_class_new(env, "Ref", ref_ctor, 2, NULL, 4, ref_props, &ref_class));
  TRY(nd_set_named(env, exports, "Ref", ref_class));
  nd_abi(&major, &minor);
  TRY(nd_int32(env, major, &abi));
  TRY(nd_set_named(env, exports, "abiMajor", abi));
  return exports;
}

NODUS_PLUGIN("sdk_test", "1.0.0", NULL, init);
