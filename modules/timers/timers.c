/* timers — setTimeout/setInterval/setImmediate. timers.js keeps every timer
 * in one binary heap ordered by (deadline, creation); this file gives it two
 * loop timers: one armed at the earliest deadline, one for immediates. Each
 * fire runs one due JS callback at a time and drains nextTicks and promise
 * jobs between them, as Node does. */
#include <stdlib.h>

#include <nodus/nodus.h>

#include "timers_js.h"

typedef struct {
  nd_timer *timer;      /* earliest deadline */
  nd_timer *immediate;  /* setImmediate queue */
  nd_ref on_timeout;    /* JS: (now) -> 0 more due, >0 ms to next, -1 none */
  nd_ref on_immediate;  /* JS: () -> true when more immediates are queued */
} timers_state;

static void arm(nd_timer *t, double ms)
{
  if (ms < 0) {
    nd_timer_stop(t);
    return;
  }
  nd_timer_start(t, (uint64_t)(ms + 0.999), 0);
}

static void on_timer(nd_env env, nd_timer *t, void *data)
{
  timers_state *st = data;
  for (;;) {
    nd_scope scope;
    if (nd_scope_open(env, &scope) != ND_OK) return;
    nd_value fn, now, res;
    double next = -1;
    nd_status s = nd_ref_get(env, st->on_timeout, &fn);
    if (s == ND_OK) s = nd_number(env, nd_now_ms(env), &now);
    if (s == ND_OK) s = nd_call(env, NULL, fn, 1, &now, &res);
    if (s == ND_OK) s = nd_get_double(env, res, &next);
    nd_scope_close(env, scope);
    if (s != ND_OK) {
      /* The callback threw: the runtime reports it once we return; the
       * timers still due run on the next turn of the loop. */
      nd_timer_start(t, 0, 0);
      return;
    }
    if (next != 0) {
      arm(t, next);
      return;
    }
    if (nd_drain_jobs(env) != ND_OK) {
      nd_timer_start(t, 0, 0);
      return;
    }
  }
}

static void on_immediate(nd_env env, nd_timer *t, void *data)
{
  timers_state *st = data;
  nd_value fn, res;
  if (nd_ref_get(env, st->on_immediate, &fn) != ND_OK) return;
  if (nd_call(env, NULL, fn, 0, NULL, &res) != ND_OK) {
    nd_timer_start(t, 0, 0);
    return;
  }
  bool more = false;
  if (nd_get_bool(env, res, &more) == ND_OK && more) nd_timer_start(t, 0, 0);
}

static nd_value b_start(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  timers_state *st = data;
  double ms;
  if (nd_get_double(env, argv[0], &ms) != ND_OK) ms = 0;
  arm(st->timer, ms < 0 ? 0 : ms);
  return NULL;
}

static nd_value b_stop(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nd_timer_stop(((timers_state *)data)->timer);
  return NULL;
}

static nd_value b_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  bool on = false;
  nd_get_bool(env, argv[0], &on);
  nd_timer_ref(((timers_state *)data)->timer, on);
  return NULL;
}

static nd_value b_schedule_immediate(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  timers_state *st = data;
  if (!nd_timer_active(st->immediate)) nd_timer_start(st->immediate, 0, 0);
  return NULL;
}

static nd_value b_immediate_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  bool on = false;
  nd_get_bool(env, argv[0], &on);
  nd_timer_ref(((timers_state *)data)->immediate, on);
  return NULL;
}

static nd_value b_now(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nd_value v;
  return nd_number(env, nd_now_ms(env), &v) == ND_OK ? v : NULL;
}

static nd_value b_set_handlers(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  timers_state *st = data;
  if (!nd_is_function(env, argv[0]) || !nd_is_function(env, argv[1])) {
    nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "handlers must be functions");
    return NULL;
  }
  if (st->on_timeout) nd_ref_free(env, st->on_timeout);
  if (st->on_immediate) nd_ref_free(env, st->on_immediate);
  st->on_timeout = st->on_immediate = NULL;
  if (nd_ref_new(env, argv[0], &st->on_timeout) != ND_OK) return NULL;
  if (nd_ref_new(env, argv[1], &st->on_immediate) != ND_OK) return NULL;
  return NULL;
}

static void cleanup(void *data)
{
  timers_state *st = data;
  nd_timer_free(st->timer);
  nd_timer_free(st->immediate);
  free(st);
}

static nd_value init(nd_env env, nd_value exports)
{
  timers_state *st = calloc(1, sizeof *st);
  if (!st) {
    nd_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
    return NULL;
  }
  st->timer = nd_timer_new(env, on_timer, st);
  st->immediate = nd_timer_new(env, on_immediate, st);
  if (!st->timer || !st->immediate || nd_cleanup_hook(env, cleanup, st) != ND_OK) {
    if (st->timer) nd_timer_free(st->timer);
    if (st->immediate) nd_timer_free(st->immediate);
    free(st);
    nd_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "cannot create loop timers");
    return NULL;
  }
  nd_value binding;
  const nd_property props[] = {
      {"start", b_start, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"stop", b_stop, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"ref", b_ref, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"scheduleImmediate", b_schedule_immediate, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"immediateRef", b_immediate_ref, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"now", b_now, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"setHandlers", b_set_handlers, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, st},
  };
  if (nd_object_new(env, &binding) != ND_OK ||
      nd_define_properties(env, binding, sizeof props / sizeof props[0], props) != ND_OK)
    return NULL;
  nd_value result;
  if (nd_eval_plugin(env, "timers", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("timers", NODUS_VERSION, ND_PLUGIN_DEPS, init);
