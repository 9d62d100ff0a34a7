/* internal.h — what the kernel's C loop and its C++ engine adapter share.
 * Private to kernel/: plugins never include it. */
#ifndef NODUS_KERNEL_INTERNAL_H
#define NODUS_KERNEL_INTERNAL_H

#include <nodus/nodus.h>

#ifdef __cplusplus
extern "C" {
#endif

struct event_base;
typedef struct nd_loop nd_loop;

/* loop.c */
nd_loop *nd__loop_new(nd_env env);
/* Frees the loop; the pool must have been drained (nd__loop_drain_pool). */
void nd__loop_free(nd_loop *loop);
/* Shutdown's first step: see loop.c. false: a job still runs on the pool. */
bool nd__loop_drain_pool(nd_loop *loop);
struct event_base *nd__loop_base(nd_loop *loop);
/* Runs until no referenced handle is left or nd__loop_stop. */
void nd__loop_run(nd_loop *loop);
void nd__loop_stop(nd_loop *loop);
bool nd__loop_alive(nd_loop *loop);
nd_loop *nd__env_loop(nd_env env);

/* jobs.cc: every callback from the loop into a plugin is bracketed so it
 * gets its own handle scope, its explicit scopes are checked to be balanced
 * (the process aborts, naming the plugin, when not), uncaught exceptions are
 * reported and nextTicks and promise jobs run after the outermost one.
 * `what` ("timer callback") and `fn` (the plugin's callback, which locates
 * the plugin) are only read for that message. */
typedef struct {
  size_t top, scopes;
  const char *what;
  const void *fn;
} nd_cbframe;
void nd__callback_enter(nd_env env, nd_cbframe *frame, const char *what, const void *fn);
void nd__callback_leave(nd_env env, nd_cbframe *frame);
bool nd__exiting(nd_env env);

/* errno.c */
const char *nd__errno_message(int err);

#ifdef __cplusplus
}
#endif
#endif
