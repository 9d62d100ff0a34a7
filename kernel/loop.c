/* loop.c — the event loop (libevent), keep-alive accounting and the worker
 * pool. Owns every libevent object the SDK hands out, every queued work
 * record until its complete has run, and the pool threads. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/event.h>
#include <event2/thread.h>

#include "internal.h"

#define POOL_THREADS 4
/* How long the exit waits for jobs already running on the pool (a write of
 * hundreds of megabytes finishes well within it; a read of a FIFO nobody
 * writes never does). */
#define POOL_DRAIN_SECONDS 10

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
  /* worker pool: queue -> threads -> done -> done_ev on the loop thread.
   * mu guards queue, done, running[], quit and closing. */
  pthread_mutex_t mu;
  pthread_cond_t cv;      /* queue or quit changed: workers wake */
  pthread_cond_t idle_cv; /* a running job finished: the draining exit wakes */
  work *queue, **queue_tail;
  work *done, **done_tail;
  pthread_t threads[POOL_THREADS];
  work *running[POOL_THREADS]; /* the job each thread executes, or NULL */
  int nthreads;
  bool quit;           /* workers take no more jobs and end */
  bool closing;        /* nd_work_queue refuses: the runtime is shutting down */
  bool pool_abandoned; /* a job outlived the drain: its memory must stay */
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

typedef struct {
  nd_loop *l;
  int index;
} pool_arg;

static void *pool_main(void *arg)
{
  pool_arg a = *(pool_arg *)arg;
  free(arg);
  nd_loop *l = a.l;
  pthread_mutex_lock(&l->mu);
  for (;;) {
    while (!l->queue && !l->quit) pthread_cond_wait(&l->cv, &l->mu);
    if (!l->queue) break; /* quit: what the exit left queued still runs */
    work *w = l->queue;
    l->queue = w->next;
    if (!l->queue) l->queue_tail = &l->queue;
    l->running[a.index] = w;
    pthread_mutex_unlock(&l->mu);
    w->execute(w->data);
    pthread_mutex_lock(&l->mu);
    l->running[a.index] = NULL;
    w->next = NULL;
    *l->done_tail = w;
    l->done_tail = &w->next;
    if (l->quit) pthread_cond_broadcast(&l->idle_cv);
    else event_active(l->done_ev, 0, 0);
  }
  pthread_mutex_unlock(&l->mu);
  return NULL;
}

static void run_complete(nd_loop *l, work *w, bool cancelled)
{
  alive_add(l, -1);
  nd_cbframe f;
  nd__callback_enter(l->env, &f, "work completion callback", (const void *)w->complete);
  if (w->complete) w->complete(l->env, cancelled, w->data);
  nd__callback_leave(l->env, &f);
  free(w);
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
    if (nd__exiting(l->env)) {
      /* process.exit() in a completion: the rest are cancelled at shutdown
       * (nd__loop_drain_pool), never delivered to JavaScript. */
      pthread_mutex_lock(&l->mu);
      work **tail = &list;
      while (*tail) tail = &(*tail)->next;
      *tail = l->done;
      if (!l->done) l->done_tail = tail;
      l->done = list;
      pthread_mutex_unlock(&l->mu);
      return;
    }
    work *w = list;
    list = w->next;
    run_complete(l, w, false);
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
  if (l->closing) { /* shutting down: nothing would ever run it */
    pthread_mutex_unlock(&l->mu);
    free(w);
    return ND_GENERIC_FAILURE;
  }
  if (l->nthreads < POOL_THREADS) { /* threads start on first use */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pool_arg *a = malloc(sizeof *a);
    if (a) {
      a->l = l;
      a->index = l->nthreads;
      if (pthread_create(&l->threads[l->nthreads], &attr, pool_main, a) == 0) l->nthreads++;
      else free(a);
    }
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
  pthread_cond_init(&l->idle_cv, NULL);
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

/* The first step of shutdown, on the loop thread (the rule is written at
 * nd_work_queue in nodus.h): no new work is taken; jobs already executing
 * finish (a bounded wait); then every job whose completion was not
 * delivered, those that ran and those that never started, completes here
 * with cancelled = true, so plugins free what their jobs own while the
 * runtime is still whole. Returns false when a job is still executing after
 * the wait: its memory (and the runtime's) must then outlive the runtime. */
bool nd__loop_drain_pool(nd_loop *l)
{
  pthread_mutex_lock(&l->mu);
  l->closing = true;
  l->quit = true;
  /* A job a thread was free to take is already on the pool (a thread may
   * just not have been scheduled yet): it runs, as it would have in node.
   * Those waiting behind busy threads are cancelled. */
  int free_threads = l->nthreads;
  for (int i = 0; i < l->nthreads; i++) free_threads -= l->running[i] != NULL;
  work **keep = &l->queue;
  for (int i = 0; i < free_threads && *keep; i++) keep = &(*keep)->next;
  work *queued = *keep;
  *keep = NULL;
  l->queue_tail = keep;
  pthread_cond_broadcast(&l->cv);
  struct timespec deadline;
  clock_gettime(CLOCK_REALTIME, &deadline);
  deadline.tv_sec += POOL_DRAIN_SECONDS;
  bool busy, timed_out = false;
  for (;;) {
    busy = l->queue != NULL;
    for (int i = 0; i < l->nthreads; i++) busy = busy || l->running[i];
    if (!busy || timed_out) break;
    timed_out = pthread_cond_timedwait(&l->idle_cv, &l->mu, &deadline) == ETIMEDOUT;
  }

  work *done = l->done;
  l->done = NULL;
  l->done_tail = &l->done;
  pthread_mutex_unlock(&l->mu);
  if (busy) {
    /* A job in a call that never returns (a read of a FIFO nobody writes):
     * the loop and the job's memory stay; the runtime ends the process. */
    l->pool_abandoned = true;
    for (int i = 0; i < l->nthreads; i++) pthread_detach(l->threads[i]);
  } else {
    for (int i = 0; i < l->nthreads; i++) pthread_join(l->threads[i], NULL);
  }
  l->nthreads = 0;
  /* Finished first (in the order they finished), then never started. */
  for (work *w = done, *n; w; w = n) {
    n = w->next;
    run_complete(l, w, true);
  }
  for (work *w = queued, *n; w; w = n) {
    n = w->next;
    run_complete(l, w, true);
  }
  return !busy;
}

void nd__loop_free(nd_loop *l)
{
  /* The runtime drained the pool before destroying the context; a pool
   * thread left running then still uses l. */
  if (!l || l->pool_abandoned) return;
  event_free(l->done_ev);
  event_base_free(l->base);
  pthread_mutex_destroy(&l->mu);
  pthread_cond_destroy(&l->cv);
  pthread_cond_destroy(&l->idle_cv);
  free(l);
}
