/* loop.c — the event loop (libevent), keep-alive accounting and the worker
 * pool. Owns every libevent object the SDK hands out. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/event.h>
#include <event2/thread.h>

#include "internal.h"

#define POOL_THREADS 4

typedef struct work {
  struct work *next;
  nd_work_execute execute;
  nd_work_complete complete;
  void *data;
} work;

struct nd_loop {
  nd_env env;
  struct event_base *base;
  long alive; /* active+ref'd handles plus nd_loop_ref counts */
  bool stop;
  /* worker pool: queue -> threads -> done -> done_ev on the loop thread */
  pthread_mutex_t mu;
  pthread_cond_t cv;
  work *queue, **queue_tail;
  work *done, **done_tail;
  pthread_t threads[POOL_THREADS];
  int nthreads;
  bool quit;
  struct event *done_ev;
};

struct nd_watch_s {
  nd_loop *loop;
  struct event *ev;
  nd_watch_cb cb;
  void *data;
  int fd, events;
  bool refed, active;
};

struct nd_timer_s {
  nd_loop *loop;
  struct event *ev;
  nd_timer_cb cb;
  void *data;
  uint64_t repeat;
  bool refed, active;
};

struct nd_async_s {
  nd_loop *loop;
  struct event *ev;
  nd_async_cb cb;
  void *data;
  bool refed;
};

struct nd_signal_s {
  nd_loop *loop;
  struct event *ev;
  nd_signal_cb cb;
  void *data;
  int signum;
  bool refed;
};

static void alive_add(nd_loop *l, long n)
{
  l->alive += n;
}

/* A handle counts toward liveness while it is both active and ref'd. */
static void account(nd_loop *l, bool was, bool now)
{
  if (was != now) alive_add(l, now ? 1 : -1);
}

static struct timeval ms_tv(uint64_t ms)
{
  struct timeval tv = {(time_t)(ms / 1000), (suseconds_t)((ms % 1000) * 1000)};
  return tv;
}

/* ---- fd watches ---- */

static void watch_fire(evutil_socket_t fd, short what, void *arg)
{
  nd_watch *w = arg;
  nd_env env = w->loop->env;
  int rev = ((what & EV_READ) ? ND_READABLE : 0) | ((what & EV_WRITE) ? ND_WRITABLE_EV : 0);
  nd_cbframe f;
  nd__callback_enter(env, &f, "fd watch callback", (const void *)w->cb);
  w->cb(env, w, rev, w->data); /* may free w */
  nd__callback_leave(env, &f);
}

nd_watch *nd_watch_new(nd_env env, int fd, nd_watch_cb cb, void *data)
{
  nd_watch *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  w->loop = nd__env_loop(env);
  w->cb = cb;
  w->data = data;
  w->fd = fd;
  w->refed = true;
  return w;
}

nd_status nd_watch_start(nd_watch *w, int events)
{
  if (!w || !(events & (ND_READABLE | ND_WRITABLE_EV))) return ND_INVALID_ARG;
  if (w->active && w->events == events) return ND_OK;
  short what = EV_PERSIST | ((events & ND_READABLE) ? EV_READ : 0) |
               ((events & ND_WRITABLE_EV) ? EV_WRITE : 0);
  if (w->ev) {
    event_del(w->ev);
    event_assign(w->ev, w->loop->base, w->fd, what, watch_fire, w);
  } else {
    w->ev = event_new(w->loop->base, w->fd, what, watch_fire, w);
    if (!w->ev) return ND_NO_MEMORY;
  }
  if (event_add(w->ev, NULL) != 0) return ND_GENERIC_FAILURE;
  w->events = events;
  account(w->loop, w->active && w->refed, w->refed);
  w->active = true;
  return ND_OK;
}

static void watch_stop(nd_watch *w)
{
  if (w->active) {
    event_del(w->ev);
    account(w->loop, w->refed, false);
    w->active = false;
  }
}

nd_status nd_watch_stop(nd_watch *w)
{
  if (!w) return ND_INVALID_ARG;
  watch_stop(w);
  return ND_OK;
}

void nd_watch_ref(nd_watch *w, bool ref)
{
  if (!w) return;
  account(w->loop, w->active && w->refed, w->active && ref);
  w->refed = ref;
}

void nd_watch_free(nd_watch *w)
{
  if (!w) return;
  watch_stop(w);
  if (w->ev) event_free(w->ev);
  free(w);
}

/* ---- timers ---- */

static void timer_fire(evutil_socket_t fd, short what, void *arg)
{
  nd_timer *t = arg;
  nd_env env = t->loop->env;
  if (t->repeat) {
    struct timeval tv = ms_tv(t->repeat);
    event_add(t->ev, &tv);
  } else {
    account(t->loop, t->refed, false);
    t->active = false;
  }
  nd_cbframe f;
  nd__callback_enter(env, &f, "timer callback", (const void *)t->cb);
  t->cb(env, t, t->data); /* may free t */
  nd__callback_leave(env, &f);
}

nd_timer *nd_timer_new(nd_env env, nd_timer_cb cb, void *data)
{
  nd_timer *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->loop = nd__env_loop(env);
  t->ev = evtimer_new(t->loop->base, timer_fire, t);
  if (!t->ev) {
    free(t);
    return NULL;
  }
  t->cb = cb;
  t->data = data;
  t->refed = true;
  return t;
}

nd_status nd_timer_start(nd_timer *t, uint64_t timeout_ms, uint64_t repeat_ms)
{
  if (!t) return ND_INVALID_ARG;
  struct timeval tv = ms_tv(timeout_ms);
  t->repeat = repeat_ms;
  if (evtimer_add(t->ev, &tv) != 0) return ND_GENERIC_FAILURE;
  account(t->loop, t->active && t->refed, t->refed);
  t->active = true;
  return ND_OK;
}

static void timer_stop(nd_timer *t)
{
  if (t->active) {
    evtimer_del(t->ev);
    account(t->loop, t->refed, false);
    t->active = false;
  }
}

nd_status nd_timer_stop(nd_timer *t)
{
  if (!t) return ND_INVALID_ARG;
  timer_stop(t);
  return ND_OK;
}

bool nd_timer_active(nd_timer *t)
{
  return t && t->active;
}

void nd_timer_ref(nd_timer *t, bool ref)
{
  if (!t) return;
  account(t->loop, t->active && t->refed, t->active && ref);
  t->refed = ref;
}

void nd_timer_free(nd_timer *t)
{
  if (!t) return;
  timer_stop(t);
  event_free(t->ev);
  free(t);
}

/* ---- cross-thread wake-ups ---- */

static void async_fire(evutil_socket_t fd, short what, void *arg)
{
  nd_async *a = arg;
  nd_env env = a->loop->env;
  nd_cbframe f;
  nd__callback_enter(env, &f, "async callback", (const void *)a->cb);
  a->cb(env, a, a->data);
  nd__callback_leave(env, &f);
}

nd_async *nd_async_new(nd_env env, nd_async_cb cb, void *data)
{
  nd_async *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  a->loop = nd__env_loop(env);
  a->ev = event_new(a->loop->base, -1, 0, async_fire, a);
  if (!a->ev) {
    free(a);
    return NULL;
  }
  a->cb = cb;
  a->data = data;
  return a;
}

nd_status nd_async_send(nd_async *a)
{
  if (!a) return ND_INVALID_ARG;
  event_active(a->ev, 0, 0);
  return ND_OK;
}

void nd_async_ref(nd_async *a, bool ref)
{
  if (!a || a->refed == ref) return;
  alive_add(a->loop, ref ? 1 : -1);
  a->refed = ref;
}

void nd_async_free(nd_async *a)
{
  if (!a) return;
  nd_async_ref(a, false);
  event_free(a->ev);
  free(a);
}

/* ---- signals ---- */

static void signal_fire(evutil_socket_t fd, short what, void *arg)
{
  nd_signal *s = arg;
  nd_env env = s->loop->env;
  nd_cbframe f;
  nd__callback_enter(env, &f, "signal callback", (const void *)s->cb);
  s->cb(env, s, s->signum, s->data);
  nd__callback_leave(env, &f);
}

nd_signal *nd_signal_new(nd_env env, int signum, nd_signal_cb cb, void *data)
{
  nd_signal *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->loop = nd__env_loop(env);
  s->ev = evsignal_new(s->loop->base, signum, signal_fire, s);
  if (!s->ev || evsignal_add(s->ev, NULL) != 0) {
    if (s->ev) event_free(s->ev);
    free(s);
    return NULL;
  }
  s->cb = cb;
  s->data = data;
  s->signum = signum;
  return s;
}

void nd_signal_ref(nd_signal *s, bool ref)
{
  if (!s || s->refed == ref) return;
  alive_add(s->loop, ref ? 1 : -1);
  s->refed = ref;
}

void nd_signal_free(nd_signal *s)
{
  if (!s) return;
  nd_signal_ref(s, false);
  event_free(s->ev);
  free(s);
}

void nd_loop_ref(nd_env env)
{
  alive_add(nd__env_loop(env), 1);
}
void nd_loop_unref(nd_env env)
{
  alive_add(nd__env_loop(env), -1);
}

double nd_now_ms(nd_env env)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* ---- worker pool ---- */

static void *pool_main(void *arg)
{
  nd_loop *l = arg;
  pthread_mutex_lock(&l->mu);
  for (;;) {
    while (!l->queue && !l->quit) pthread_cond_wait(&l->cv, &l->mu);
    if (l->quit) break;
    work *w = l->queue;
    l->queue = w->next;
    if (!l->queue) l->queue_tail = &l->queue;
    pthread_mutex_unlock(&l->mu);
    w->execute(w->data);
    pthread_mutex_lock(&l->mu);
    w->next = NULL;
    *l->done_tail = w;
    l->done_tail = &w->next;
    event_active(l->done_ev, 0, 0);
  }
  pthread_mutex_unlock(&l->mu);
  return NULL;
}

static void pool_done(evutil_socket_t fd, short what, void *arg)
{
  nd_loop *l = arg;
  pthread_mutex_lock(&l->mu);
  work *list = l->done;
  l->done = NULL;
  l->done_tail = &l->done;
  pthread_mutex_unlock(&l->mu);
  while (list) {
    work *w = list;
    list = w->next;
    alive_add(l, -1);
    nd_cbframe f;
    nd__callback_enter(l->env, &f, "work completion callback", (const void *)w->complete);
    if (w->complete) w->complete(l->env, false, w->data);
    nd__callback_leave(l->env, &f);
    free(w);
  }
}

nd_status nd_work_queue(nd_env env, nd_work_execute execute, nd_work_complete complete, void *data)
{
  nd_loop *l = nd__env_loop(env);
  if (!execute) return ND_INVALID_ARG;
  work *w = calloc(1, sizeof *w);
  if (!w) return ND_NO_MEMORY;
  w->execute = execute;
  w->complete = complete;
  w->data = data;
  pthread_mutex_lock(&l->mu);
  if (l->nthreads < POOL_THREADS) { /* threads start on first use */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    if (pthread_create(&l->threads[l->nthreads], &attr, pool_main, l) == 0) l->nthreads++;
    pthread_attr_destroy(&attr);
  }
  if (l->nthreads == 0) {
    pthread_mutex_unlock(&l->mu);
    free(w);
    return ND_GENERIC_FAILURE;
  }
  *l->queue_tail = w;
  l->queue_tail = &w->next;
  pthread_cond_signal(&l->cv);
  pthread_mutex_unlock(&l->mu);
  alive_add(l, 1);
  return ND_OK;
}

/* ---- the loop itself ---- */

nd_loop *nd__loop_new(nd_env env)
{
  static bool threads_ready;
  if (!threads_ready) {
    if (evthread_use_pthreads() != 0) return NULL;
    threads_ready = true;
  }
  nd_loop *l = calloc(1, sizeof *l);
  if (!l) return NULL;
  l->env = env;
  struct event_config *cfg = event_config_new();
  event_config_set_flag(cfg, EVENT_BASE_FLAG_NO_CACHE_TIME);
  l->base = event_base_new_with_config(cfg);
  event_config_free(cfg);
  if (!l->base) {
    free(l);
    return NULL;
  }
  pthread_mutex_init(&l->mu, NULL);
  pthread_cond_init(&l->cv, NULL);
  l->queue_tail = &l->queue;
  l->done_tail = &l->done;
  l->done_ev = event_new(l->base, -1, 0, pool_done, l);
  return l;
}

struct event_base *nd__loop_base(nd_loop *l)
{
  return l->base;
}
bool nd__loop_alive(nd_loop *l)
{
  return l->alive > 0;
}
void nd__loop_stop(nd_loop *l)
{
  l->stop = true;
  event_base_loopbreak(l->base);
}

void nd__loop_run(nd_loop *l)
{
  l->stop = false;
  while (l->alive > 0 && !l->stop && !nd__exiting(l->env)) event_base_loop(l->base, EVLOOP_ONCE);
}

void nd__loop_free(nd_loop *l)
{
  if (!l) return;
  pthread_mutex_lock(&l->mu);
  l->quit = true;
  pthread_cond_broadcast(&l->cv);
  pthread_mutex_unlock(&l->mu);
  /* A worker stuck in a blocking call (a read on a FIFO nobody writes) must
   * not hang the exit: wait a bounded time, then leave the loop's memory to
   * the exiting process rather than free it under a running thread. */
  struct timespec deadline;
  clock_gettime(CLOCK_REALTIME, &deadline);
  deadline.tv_sec += 2;
  bool all_joined = true;
  for (int i = 0; i < l->nthreads; i++) {
    if (pthread_timedjoin_np(l->threads[i], NULL, &deadline) != 0) {
      pthread_detach(l->threads[i]);
      all_joined = false;
    }
  }
  if (!all_joined) return;
  /* Work that never ran or never completed: its owner is gone with the
   * process; free the records. */
  for (work *w = l->queue, *n; w; w = n) {
    n = w->next;
    free(w);
  }
  for (work *w = l->done, *n; w; w = n) {
    n = w->next;
    free(w);
  }
  event_free(l->done_ev);
  event_base_free(l->base);
  pthread_mutex_destroy(&l->mu);
  pthread_cond_destroy(&l->cv);
  free(l);
}
