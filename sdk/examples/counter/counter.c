/* counter.c — a larger addon: a class with native state, argument checks,
 * a finalizer, and work on the worker pool resolving a Promise.
 *
 *   var Counter = require('counter').Counter;
 *   var c = new Counter(10);
 *   c.add(5);                         // 15
 *   c.slowSquare().then(console.log); // 225, computed off the loop thread
 */
#include <stdlib.h>

#include <nodus/nodus.h>

typedef struct {
  double value;
} counter;

static void counter_finalize(void *data, void *hint)
{
  (void)hint;
  free(data); /* finalizers free C memory only */
}

static counter *self_counter(nd_env env, nd_value self)
{
  void *data = NULL;
  if (nd_unwrap(env, self, &data) != ND_OK || !data) {
    nd_throw_type_error(env, "ERR_INVALID_THIS", "Value of \"this\" must be of type Counter");
    return NULL;
  }
  return data;
}

static nd_value counter_new(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  (void)d;
  counter *c = calloc(1, sizeof *c);
  if (!c) {
    nd_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
    return NULL;
  }
  if (argc > 0 && !nd_is_undefined(env, argv[0]) && nd_get_double(env, argv[0], &c->value) != ND_OK) {
    free(c);
    nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"start\" argument must be of type number");
    return NULL;
  }
  if (nd_wrap(env, self, c, counter_finalize, NULL) != ND_OK) {
    free(c);
    return NULL;
  }
  return NULL; /* a constructor returns the new object */
}

static nd_value counter_add(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  (void)argc;
  (void)d;
  counter *c = self_counter(env, self);
  double n;
  nd_value result;
  if (!c) return NULL;
  if (nd_get_double(env, argv[0], &n) != ND_OK) {
    nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"n\" argument must be of type number");
    return NULL;
  }
  c->value += n;
  if (nd_number(env, c->value, &result) != ND_OK) return NULL;
  return result;
}

typedef struct {
  double in, out;
  nd_deferred deferred;
} square_job;

static void square_execute(void *data) /* a pool thread: no nd_* calls here */
{
  square_job *j = data;
  j->out = j->in * j->in;
}

static void square_complete(nd_env env, bool cancelled, void *data) /* the loop thread */
{
  square_job *j = data;
  nd_value v;
  (void)cancelled;
  if (nd_number(env, j->out, &v) == ND_OK) nd_promise_resolve(env, j->deferred, v);
  free(j);
}

static nd_value counter_slow_square(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  (void)argc;
  (void)argv;
  (void)d;
  counter *c = self_counter(env, self);
  nd_value promise;
  if (!c) return NULL;
  square_job *j = calloc(1, sizeof *j);
  if (!j) return NULL;
  j->in = c->value;
  if (nd_promise_new(env, &j->deferred, &promise) != ND_OK) {
    free(j);
    return NULL;
  }
  if (nd_work_queue(env, square_execute, square_complete, j) != ND_OK) {
    nd_value err;
    if (nd_error_new(env, "ERR_WORK_QUEUE", "cannot queue work", &err) == ND_OK)
      nd_promise_reject(env, j->deferred, err);
    free(j);
  }
  return promise;
}

static nd_value init(nd_env env, nd_value exports)
{
  const nd_property methods[] = {
      {"add", counter_add, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"slowSquare", counter_slow_square, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, NULL},
  };
  nd_value cls;
  if (nd_class_new(env, "Counter", counter_new, 1, NULL, 2, methods, &cls) != ND_OK ||
      nd_set_named(env, exports, "Counter", cls) != ND_OK)
    return NULL;
  return exports;
}

NODUS_PLUGIN("counter", "1.0.0", NULL, init);
