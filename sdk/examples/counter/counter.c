/* counter.c — a larger addon: a class with native state behind a type tag,
 * argument checks with Node's messages (nodus_aux.h), a finalizer, and work
 * on the worker pool resolving a Promise.
 *
 *   var Counter = require('counter').Counter;
 *   var c = new Counter(10);
 *   c.add(5);                         // 15
 *   c.slowSquare().then(console.log); // 225, computed off the loop thread
 */
#include <stdlib.h>

#include <nodus/nodus.h>
#include <nodus/nodus_aux.h>

typedef struct {
  double value;
} counter;

/* Its address is the type: only objects tagged with it are Counters, so no
 * other native object can be passed off as one. */
static const nd_type_tag counter_tag = {"Counter"};

static void counter_finalize(void *data, void *hint)
{
  (void)hint;
  free(data); /* finalizers free C memory only */
}

static counter *self_counter(nd_env env, nd_value self)
{
  void *data = NULL;
  /* A foreign object throws ERR_INVALID_THIS; data is never NULL here, as
   * nothing removes the wrap. */
  if (nd_unwrap_tagged(env, self, &counter_tag, &data) != ND_OK) return NULL;
  return data;
}

static nd_value counter_new(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  (void)d;
  double start = 0;
  if (argc > 0 && !nd_is_undefined(env, argv[0]) &&
      ndx_check_number(env, argv[0], "start", &start) != ND_OK)
    return NULL;
  counter *c = calloc(1, sizeof *c);
  if (!c) return ndx_throw_oom(env);
  c->value = start;
  if (ndx_wrap(env, self, &counter_tag, c, counter_finalize, NULL) != ND_OK) {
    free(c); /* still ours when wrapping failed */
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
  if (!c || ndx_check_number(env, argv[0], "n", &n) != ND_OK) return NULL;
  c->value += n;
  return ndx_number(env, c->value);
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
  /* cancelled (the process is exiting): settling still frees the deferred,
   * and no reaction will run. A failure leaves an exception pending, which
   * the runtime reports as uncaught when this callback returns. */
  if (nd_number(env, j->out, &v) == ND_OK) ND_IGNORE(nd_promise_resolve(env, j->deferred, v));
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
  if (!j) return ndx_throw_oom(env);
  j->in = c->value;
  if (nd_promise_new(env, &j->deferred, &promise) != ND_OK) {
    free(j);
    return NULL;
  }
  if (nd_work_queue(env, square_execute, square_complete, j) != ND_OK) {
    nd_value err;
    if (nd_error_new(env, "ERR_WORK_QUEUE", "cannot queue work", &err) != ND_OK ||
        nd_promise_reject(env, j->deferred, err) != ND_OK) {
      free(j);
      return NULL;
    }
    free(j);
  }
  return promise;
}

static nd_value init(nd_env env, nd_value exports)
{
  static const nd_property methods[] = {
      NDX_METHOD("add", counter_add, 1),
      NDX_METHOD("slowSquare", counter_slow_square, 0),
  };
  nd_value cls;
  if (nd_class_new(env, "Counter", counter_new, 1, NULL, NDX_COUNT(methods), methods, &cls) !=
          ND_OK ||
      nd_set_named(env, exports, "Counter", cls) != ND_OK)
    return NULL;
  return exports;
}

NODUS_PLUGIN("counter", "1.0.0", NULL, init);
