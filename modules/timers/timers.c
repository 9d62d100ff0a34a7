/* timers — setTimeout/setInterval/setImmediate. timers.js keeps every timer
 * in one binary heap ordered by (deadline, creation); this file gives it two
 * loop timers: one armed at the earliest deadline, one for immediates. Each
 * fire runs one due JS callback at a time and drains nextTicks and promise
 * jobs between them, as Node does. */
#include <stdlib.h>

#include <nodus/nodus_aux.h>

#include "timers_js.h"

typedef struct {
  nd_timer *timer;     /* earliest deadline */
  nd_timer *immediate; /* setImmediate queue */
  nd_ref on_timeout;   /* JS: (now) -> 0 more due, >0 ms to next, -1 none */
  nd_ref on_immediate; /* JS: () -> true when more immediates are queued */
} timers_state;

/* Arms t for ms from now (< 0: disarms). Fails only when the loop cannot
 * take the timer. */
static nd_status arm(nd_timer *t, double ms)
{
  if (ms < 0) return nd_timer_stop(t);
  return nd_timer_start(t, (uint64_t)(ms + 0.999), 0);
}

/* After a callback threw: the runtime reports the exception once the loop
 * callback returns, and what is still due runs on the next turn. A timer
 * the loop refuses leaves nothing more to do. */
static void retry_soon(nd_timer *t)
{
  ND_IGNORE(nd_timer_start(t, 0, 0));
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
    if (nd_scope_close(env, scope) != ND_OK && s == ND_OK) s = ND_GENERIC_FAILURE;
    if (s != ND_OK) {
      retry_soon(t);
      return;
    }
    if (next != 0) {
      if (arm(t, next) != ND_OK) ndx_fail(env, ND_GENERIC_FAILURE); /* reported as uncaught */
      return;
    }
    if (nd_drain_jobs(env) != ND_OK) {
      retry_soon(t);
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
    retry_soon(t);
    return;
  }
  bool more = false;
  if (nd_get_bool(env, res, &more) == ND_OK && more) retry_soon(t);
}

static nd_value b_start(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  timers_state *st = data;
  double ms = ndx_opt_number(env, argv[0], 0);
  nd_status s = arm(st->timer, ms < 0 ? 0 : ms);
  return s == ND_OK ? NULL : ndx_fail(env, s);
}

static nd_value b_stop(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nd_status s = nd_timer_stop(((timers_state *)data)->timer);
  return s == ND_OK ? NULL : ndx_fail(env, s);
}

static nd_value b_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nd_timer_ref(((timers_state *)data)->timer, ndx_opt_bool(env, argv[0], false));
  return NULL;
}

static nd_value b_schedule_immediate(nd_env env, nd_value self, size_t argc, nd_value *argv,
                                     void *data)
{
  timers_state *st = data;
  nd_status s = nd_timer_active(st->immediate) ? ND_OK : nd_timer_start(st->immediate, 0, 0);
  return s == ND_OK ? NULL : ndx_fail(env, s);
}

static nd_value b_immediate_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nd_timer_ref(((timers_state *)data)->immediate, ndx_opt_bool(env, argv[0], false));
  return NULL;
}

static nd_value b_now(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  return ndx_number(env, nd_now_ms(env));
}

static nd_value b_set_handlers(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  timers_state *st = data;
  if (!nd_is_function(env, argv[0]) || !nd_is_function(env, argv[1]))
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "handlers must be functions");
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

static const nd_property binding_table[] = {
    NDX_METHOD("start", b_start, 1),
    NDX_METHOD("stop", b_stop, 0),
    NDX_METHOD("ref", b_ref, 1),
    NDX_METHOD("scheduleImmediate", b_schedule_immediate, 0),
    NDX_METHOD("immediateRef", b_immediate_ref, 1),
    NDX_METHOD("now", b_now, 0),
    NDX_METHOD("setHandlers", b_set_handlers, 2),
};

static nd_value init(nd_env env, nd_value exports)
{
  timers_state *st = calloc(1, sizeof *st);
  if (!st) return ndx_throw_oom(env);
  st->timer = nd_timer_new(env, on_timer, st);
  st->immediate = nd_timer_new(env, on_immediate, st);
  if (!st->timer || !st->immediate || nd_cleanup_hook(env, cleanup, st) != ND_OK) {
    if (st->timer) nd_timer_free(st->timer);
    if (st->immediate) nd_timer_free(st->immediate);
    free(st);
    return ndx_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "cannot create loop timers");
  }
  nd_value binding;
  if (ndx_binding(env, binding_table, st, &binding) != ND_OK) return NULL;
  nd_value result;
  if (nd_eval_plugin(env, "timers", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("timers", NODUS_VERSION, ND_PLUGIN_DEPS, init);
