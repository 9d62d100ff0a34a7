/* child_process — the native half of the child_process plugin: starting
 * processes (fork + execve with the descriptors, directory, environment and
 * session the caller asked for), reporting exec failures through a
 * close-on-exec pipe, reaping children on SIGCHLD on the loop thread, and
 * the blocking spawnSync with its own poll() loop (never the main loop).
 * The parent's ends of a child's stdio pipes are Pipe handles on the
 * descriptor-stream core of libnodus_aux (nodus_aux_stream.h), which owns
 * their reads, write queue and lifetime. child_process.js owns the API
 * (ChildProcess, spawn, exec, execFile and the synchronous variants) on top
 * of `binding`.
 *
 * Lifetime: a running child pins its JS owner and holds a loop reference
 * (unless unref'd) until it is reaped. The cleanup hook drops every child
 * record at exit (the stream core closes the pipes). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <nodus/nodus.h>
#include <nodus/nodus_aux.h>
#include <nodus/nodus_aux_stream.h>

#include "child_process_js.h"

#define READ_SIZE 65536 /* spawnSync's reads */
#define MAX_STDIO 64

extern char **environ;

static const nd_type_tag pipe_tag = {"Pipe"};

typedef struct kid kid;

typedef struct {
  nd_env env;
  nd_ref onexit; /* the exit callback, from setCallbacks */
  ndx_stream_class *pipes;
  nd_signal *sigchld;
  nd_timer *recheck; /* reaps again after an exit callback threw */
  kid *kids;         /* children not reaped yet */
} cp_state;

struct kid {
  kid *next;
  pid_t pid;
  nd_ref owner;
  bool refed;
};

/* ---- helpers ------------------------------------------------------------ */

static void close_fd(int *fd)
{
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

static bool set_nonblock(int fd)
{
  int fl = fcntl(fd, F_GETFL);
  return fl >= 0 && fcntl(fd, F_SETFL, fl | O_NONBLOCK) == 0;
}

static double mono_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* ---- the spawn request: everything the child needs, prepared before fork
 * (the child of a threaded process may only make async-signal-safe calls). */

typedef struct {
  char **argv;       /* NULL-terminated */
  char **envp;       /* NULL-terminated */
  char **candidates; /* paths to try with execve, NULL-terminated */
  char *cwd;
  int nstdio;
  int src[MAX_STDIO];    /* the descriptor the child gets at i, -1 = closed */
  int parent[MAX_STDIO]; /* the parent's end of a pipe at i, or -1 */
  int owned[MAX_STDIO];  /* descriptors opened for the child, closed after fork */
  bool detached;
} spawn_req;

static void strv_free(char **v)
{
  if (!v) return;
  for (char **p = v; *p; p++) free(*p);
  free(v);
}

static void req_free(spawn_req *r)
{
  strv_free(r->argv);
  strv_free(r->envp);
  strv_free(r->candidates);
  free(r->cwd);
  for (int i = 0; i < r->nstdio; i++) {
    close_fd(&r->owned[i]);
    close_fd(&r->parent[i]);
  }
}

/* A JS array of strings as a NULL-terminated malloc'd vector. */
static bool strv_from(nd_env env, nd_value arr, char ***out)
{
  uint32_t n = 0;
  if (!nd_is_array(env, arr) || nd_array_length(env, arr, &n) != ND_OK) {
    ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "expected an array of strings");
    return false;
  }
  char **v = calloc((size_t)n + 1, sizeof *v);
  if (!v) {
    ndx_throw_oom(env);
    return false;
  }
  for (uint32_t i = 0; i < n; i++) {
    nd_value e, s;
    if (nd_get_index(env, arr, i, &e) != ND_OK || nd_coerce_string(env, e, &s) != ND_OK ||
        nd_get_string_dup(env, s, &v[i], NULL) != ND_OK) {
      strv_free(v);
      return false;
    }
  }
  *out = v;
  return true;
}

/* The paths execve tries: the file itself when it names a path, else each
 * PATH entry (the child's PATH when an environment is given, as Node). */
static bool build_candidates(spawn_req *r, const char *file)
{
  size_t cap = 8, n = 0;
  char **c = calloc(cap, sizeof *c);
  if (!c) return false;
  if (strchr(file, '/')) {
    c[n++] = strdup(file);
  } else {
    const char *path = NULL;
    for (char **e = r->envp; e && *e; e++)
      if (strncmp(*e, "PATH=", 5) == 0) path = *e + 5;
    if (!path) path = "/usr/local/bin:/usr/bin:/bin";
    const char *p = path;
    for (;;) {
      const char *end = strchr(p, ':');
      size_t len = end ? (size_t)(end - p) : strlen(p);
      if (n + 2 >= cap) {
        char **g = realloc(c, cap * 2 * sizeof *g);
        if (!g) {
          strv_free(c);
          return false;
        }
        c = g;
        cap *= 2;
      }
      size_t flen = strlen(file);
      char *full = malloc(len + flen + 3);
      if (!full) {
        c[n] = NULL;
        strv_free(c);
        return false;
      }
      if (len == 0) snprintf(full, len + flen + 3, "./%s", file);
      else snprintf(full, len + flen + 3, "%.*s/%s", (int)len, p, file);
      c[n++] = full;
      if (!end) break;
      p = end + 1;
    }
  }
  c[n] = NULL;
  r->candidates = c;
  return true;
}

/* Reads the spawn options object {file, args, envPairs, cwd, stdio,
 * detached}; stdio entries are numbers: >= 0 a descriptor to give the child,
 * -1 a pipe (a socketpair from 3 up), -2 /dev/null, -3 a socketpair at any
 * index (the IPC channel of fork). Returns 0, -errno for a system failure, or 1 with
 * a JS exception pending. */
static int req_parse(nd_env env, nd_value o, spawn_req *r)
{
  nd_value v;
  memset(r, 0, sizeof *r);
  for (int i = 0; i < MAX_STDIO; i++) r->src[i] = r->parent[i] = r->owned[i] = -1;
  char *file = NULL;
  if (nd_get_named(env, o, "file", &v) != ND_OK ||
      nd_get_string_dup(env, v, &file, NULL) != ND_OK) {
    if (!nd_exception_pending(env)) ndx_arg_type_error(env, "file", "string", v);
    return 1;
  }
  if (nd_get_named(env, o, "args", &v) != ND_OK || !strv_from(env, v, &r->argv)) goto fail;
  if (nd_get_named(env, o, "envPairs", &v) != ND_OK) goto fail;
  if (nd_is_nullish(env, v)) {
    size_t n = 0;
    while (environ[n]) n++;
    r->envp = calloc(n + 1, sizeof *r->envp);
    if (!r->envp) goto nomem;
    for (size_t i = 0; i < n; i++)
      if (!(r->envp[i] = strdup(environ[i]))) goto nomem;
  } else if (!strv_from(env, v, &r->envp)) {
    goto fail;
  }
  if (nd_get_named(env, o, "cwd", &v) != ND_OK) goto fail;
  if (!nd_is_nullish(env, v) && nd_get_string_dup(env, v, &r->cwd, NULL) != ND_OK) goto fail;
  if (nd_get_named(env, o, "detached", &v) != ND_OK) goto fail;
  if (nd_get_bool(env, v, &r->detached) != ND_OK) {
    ndx_arg_type_error(env, "options.detached", "boolean", v);
    goto fail;
  }
  if (!build_candidates(r, file)) goto nomem;
  free(file);
  file = NULL;
  uint32_t n = 0;
  if (nd_get_named(env, o, "stdio", &v) != ND_OK || !nd_is_array(env, v) ||
      nd_array_length(env, v, &n) != ND_OK || n > MAX_STDIO) {
    ndx_throw_type_error(env, "ERR_INVALID_ARG_VALUE",
                         "The \"stdio\" option must be an array of at most 64 entries");
    goto fail;
  }
  r->nstdio = (int)n;
  for (uint32_t i = 0; i < n; i++) {
    nd_value e;
    int32_t kind;
    if (nd_get_index(env, v, i, &e) != ND_OK || nd_get_int32(env, e, &kind) != ND_OK) {
      ndx_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "invalid stdio entry");
      goto fail;
    }
    if (kind >= 0) {
      r->src[i] = kind;
    } else if (kind == -2) {
      int fd = open("/dev/null", (i == 0 ? O_RDONLY : O_RDWR) | O_CLOEXEC);
      if (fd < 0) goto sys;
      r->owned[i] = r->src[i] = fd;
    } else {
      int fds[2];
      if (i <= 2 && kind != -3) {
        if (pipe2(fds, O_CLOEXEC) != 0) goto sys;
        /* fds[0] reads, fds[1] writes: the child reads its stdin */
        r->src[i] = r->owned[i] = i == 0 ? fds[0] : fds[1];
        r->parent[i] = i == 0 ? fds[1] : fds[0];
      } else {
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) goto sys;
        r->src[i] = r->owned[i] = fds[1];
        r->parent[i] = fds[0];
      }
      if (!set_nonblock(r->parent[i])) goto sys;
    }
  }
  return 0;
sys : {
  int e = errno;
  free(file);
  req_free(r);
  return -e;
}
nomem:
  ndx_throw_oom(env);
fail:
  free(file);
  req_free(r);
  return 1;
}

/* In the child: async-signal-safe calls only. Reports errno on errfd. */
static void child_main(spawn_req *r, int errfd)
{
  int err;
  int n = r->nstdio;
  /* Default signal dispositions (the parent ignores SIGPIPE, libevent
   * handles others), then the mask the parent blocked around fork. */
  for (int s = 1; s < NSIG; s++) {
    if (s == SIGKILL || s == SIGSTOP) continue;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(s, &sa, NULL);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  if (r->detached && setsid() < 0) goto fail;
  /* Move every source and the error pipe above the target range so that a
   * dup2 onto slot i never clobbers a source still needed. */
  if (errfd < n) {
    int m = fcntl(errfd, F_DUPFD_CLOEXEC, n);
    if (m < 0) goto fail;
    errfd = m;
  }
  for (int i = 0; i < n; i++) {
    if (r->src[i] >= 0 && r->src[i] < n) {
      int m = fcntl(r->src[i], F_DUPFD_CLOEXEC, n);
      if (m < 0) goto fail;
      r->src[i] = m;
    }
  }
  for (int i = 0; i < n; i++) {
    if (r->src[i] < 0) {
      close(i);
      continue;
    }
    /* dup2 clears close-on-exec on the target */
    if (dup2(r->src[i], i) < 0) goto fail;
  }
  if (r->cwd && chdir(r->cwd) != 0) goto fail;
  err = ENOENT;
  for (char **c = r->candidates; *c; c++) {
    execve(*c, r->argv, r->envp);
    if (errno == EACCES) err = EACCES;
    else if (errno != ENOENT && errno != ENOTDIR) {
      err = errno;
      break;
    }
  }
  errno = err;
fail:
  err = errno;
  while (write(errfd, &err, sizeof err) < 0 && errno == EINTR) {}
  _exit(127);
}

/* Forks and execs. Returns the pid, or -errno (the child's exec failure
 * included, the failed child already reaped). Child-side descriptors are
 * closed in the parent on every path; parent ends stay in r->parent. */
static pid_t do_spawn(spawn_req *r)
{
  int ep[2];
  if (pipe2(ep, O_CLOEXEC) != 0) return -errno;
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  pid_t pid = fork();
  if (pid == 0) {
    close(ep[0]);
    child_main(r, ep[1]);
  }
  int fork_err = errno;
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  close(ep[1]);
  for (int i = 0; i < r->nstdio; i++) close_fd(&r->owned[i]);
  if (pid < 0) {
    close(ep[0]);
    return -fork_err;
  }
  int child_err = 0;
  ssize_t got;
  do got = read(ep[0], &child_err, sizeof child_err);
  while (got < 0 && errno == EINTR);
  close(ep[0]);
  if (got == (ssize_t)sizeof child_err) {
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    return -(child_err ? child_err : EINVAL);
  }
  return pid;
}

/* ---- children ------------------------------------------------------------- */

static void kid_drop(cp_state *st, kid *k, bool refs_alive)
{
  for (kid **pp = &st->kids; *pp; pp = &(*pp)->next)
    if (*pp == k) {
      *pp = k->next;
      break;
    }
  if (k->refed) nd_loop_unref(st->env);
  if (refs_alive) nd_ref_free(st->env, k->owner);
  free(k);
}

static void on_recheck(nd_env env, nd_timer *t, void *data);

/* The exit callback's arguments: (code, null), (null, 'SIGNAME' or the
 * number of a signal without a name), or (-ECHILD, null) when the child
 * could not be waited for. */
static bool exit_args(nd_env env, pid_t r, int status, nd_value *argv)
{
  if (r < 0) return (argv[0] = ndx_number(env, -ECHILD)) && nd_null(env, &argv[1]) == ND_OK;
  if (WIFSIGNALED(status)) {
    const char *name = ndx_signal_name(WTERMSIG(status));
    if (nd_null(env, &argv[0]) != ND_OK) return false;
    if (name) return nd_string_utf8(env, name, ND_AUTO_LENGTH, &argv[1]) == ND_OK;
    return (argv[1] = ndx_number(env, WTERMSIG(status))) != NULL;
  }
  return (argv[0] = ndx_number(env, WEXITSTATUS(status))) && nd_null(env, &argv[1]) == ND_OK;
}

/* On SIGCHLD: reap each known child that has exited, on the loop thread. */
static void reap(nd_env env, cp_state *st)
{
  bool again = true;
  while (again) {
    again = false;
    for (kid *k = st->kids; k; k = k->next) {
      int status = 0;
      pid_t r;
      do r = waitpid(k->pid, &status, WNOHANG);
      while (r < 0 && errno == EINTR);
      if (r == 0) continue;
      nd_value owner, fn, argv[2];
      bool have_owner = nd_ref_get(env, k->owner, &owner) == ND_OK;
      kid_drop(st, k, true);
      bool ok = have_owner && exit_args(env, r, status, argv);
      if (ok && st->onexit && nd_ref_get(env, st->onexit, &fn) == ND_OK)
        ok = nd_call(env, owner, fn, 2, argv, NULL) == ND_OK;
      if (!ok && nd_exception_pending(env)) {
        /* The exception propagates from this callback; other children that
         * exited in the meantime are reaped from a fresh one. */
        if (!st->recheck) st->recheck = nd_timer_new(env, on_recheck, st);
        if (st->recheck)
          ND_IGNORE(nd_timer_start(st->recheck, 0, 0)); /* else the next SIGCHLD reaps */
        return;
      }
      again = true; /* the list changed: start over */
      break;
    }
  }
}

static void on_recheck(nd_env env, nd_timer *t, void *data)
{
  reap(env, data);
}

static void on_sigchld(nd_env env, nd_signal *s, int signum, void *data)
{
  reap(env, data);
}

/* spawn(options, owner) -> pid, or -errno; options.stdio entries that were
 * pipes are replaced by the parent's descriptor (wrap them with Pipe). */
static nd_value b_spawn(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  cp_state *st = data;
  if (!nd_is_object(env, argv[0])) return ndx_arg_type_error(env, "options", "object", argv[0]);
  if (!nd_is_object(env, argv[1])) return ndx_arg_type_error(env, "owner", "object", argv[1]);
  if (!st->sigchld) {
    st->sigchld = nd_signal_new(env, SIGCHLD, on_sigchld, st);
    if (!st->sigchld) return ndx_throw_errno(env, EINVAL, "signal", NULL);
  }
  spawn_req r;
  int rc = req_parse(env, argv[0], &r);
  if (rc > 0) return NULL;
  if (rc < 0) return ndx_number(env, rc);
  /* The record exists before the child does, so a running child is always
   * reaped and reported. */
  kid *k = calloc(1, sizeof *k);
  if (!k) {
    req_free(&r);
    return ndx_throw_oom(env);
  }
  if (nd_ref_new(env, argv[1], &k->owner) != ND_OK) {
    free(k);
    req_free(&r);
    return NULL;
  }
  pid_t pid = do_spawn(&r);
  if (pid < 0) {
    nd_ref_free(env, k->owner);
    free(k);
    req_free(&r);
    return ndx_number(env, pid);
  }
  k->pid = pid;
  k->refed = true;
  nd_loop_ref(env);
  k->next = st->kids;
  st->kids = k;
  /* The parent's ends go to JS as descriptors for Pipe; one that cannot be
   * handed over is closed by req_free (the child sees EOF or EPIPE). */
  nd_value stdio, fd;
  bool ok = nd_get_named(env, argv[0], "stdio", &stdio) == ND_OK;
  for (int i = 0; ok && i < r.nstdio; i++) {
    if (r.parent[i] < 0) continue;
    ok = (fd = ndx_number(env, r.parent[i])) && nd_set_index(env, stdio, (uint32_t)i, fd) == ND_OK;
    if (ok) r.parent[i] = -1;
  }
  req_free(&r);
  return ok ? ndx_number(env, pid) : NULL;
}

static nd_value b_ref_child(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  cp_state *st = data;
  int64_t pid;
  bool on = true;
  if (ndx_check_int(env, argv[0], "pid", INT32_MIN, INT32_MAX, &pid) != ND_OK ||
      (!nd_is_undefined(env, argv[1]) && ndx_check_bool(env, argv[1], "ref", &on) != ND_OK))
    return NULL;
  for (kid *k = st->kids; k; k = k->next)
    if (k->pid == pid && k->refed != on) {
      k->refed = on;
      if (on) nd_loop_ref(env);
      else nd_loop_unref(env);
    }
  return NULL;
}

/* closeFd(fd): a descriptor received on a channel that nobody took. */
static nd_value b_close_fd(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int64_t fd;
  if (ndx_check_int(env, argv[0], "fd", 0, INT32_MAX, &fd) != ND_OK) return NULL;
  close((int)fd);
  return NULL;
}

/* adoptChannel(fd) -> 0 or -errno: the IPC descriptor a forked child found
 * in NODE_CHANNEL_FD, made non-blocking and close-on-exec (so that the
 * child's own children never inherit it; 0-2 stay as they are) before a Pipe takes it over. */
static nd_value b_adopt_channel(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int64_t fd;
  if (ndx_check_int(env, argv[0], "fd", 0, INT32_MAX, &fd) != ND_OK) return NULL;
  struct stat sb;
  if (fstat((int)fd, &sb) != 0) return ndx_number(env, -errno);
  if (!S_ISSOCK(sb.st_mode)) return ndx_number(env, -ENOTSOCK);
  int fdfl = fcntl((int)fd, F_GETFD);
  if (fdfl < 0 || (fd > 2 && fcntl((int)fd, F_SETFD, fdfl | FD_CLOEXEC) != 0) ||
      !set_nonblock((int)fd))
    return ndx_number(env, -errno);
  return ndx_number(env, 0);
}

static nd_value b_kill(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int64_t pid, sig;
  if (ndx_check_int(env, argv[0], "pid", INT32_MIN, INT32_MAX, &pid) != ND_OK ||
      ndx_check_int(env, argv[1], "signal", 0, 127, &sig) != ND_OK)
    return NULL;
  return ndx_number(env, kill((pid_t)pid, (int)sig) == 0 ? 0 : -errno);
}

/* ---- spawnSync: a private poll() loop over the child's pipes -------------- */

typedef struct {
  char *data;
  size_t len, cap;
} growbuf;

static bool grow_append(growbuf *g, const char *p, size_t n)
{
  if (g->len + n > g->cap) {
    size_t cap = g->cap ? g->cap : 65536;
    while (cap < g->len + n) cap *= 2;
    char *d = realloc(g->data, cap);
    if (!d) return false;
    g->data = d;
    g->cap = cap;
  }
  memcpy(g->data + g->len, p, n);
  g->len += n;
  return true;
}

/* options[name] when it is a number (else *out is left alone); false with
 * an exception pending when reading it threw. */
static bool opt_number(nd_env env, nd_value o, const char *name, double *out)
{
  nd_value v;
  if (nd_get_named(env, o, name, &v) != ND_OK) return false;
  return !nd_is_number(env, v) || nd_get_double(env, v, out) == ND_OK;
}

/* res.error = err; false with an exception pending. */
static bool set_error(nd_env env, nd_value res, int err)
{
  nd_value e = ndx_number(env, err);
  return e && nd_set_named(env, res, "error", e) == ND_OK;
}

/* spawnSync(options) with options.input (Uint8Array or undefined),
 * timeout (ms, 0 = none), killSignal, maxBuffer (bytes, 0 = none).
 * Returns {pid, status, signal, output: [null|ArrayBuffer...], error}. */
static nd_value b_spawn_sync(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  if (!nd_is_object(env, argv[0])) return ndx_arg_type_error(env, "options", "object", argv[0]);
  nd_value o = argv[0], v;
  double timeout = 0, maxbuf = 0, killsig_d = SIGTERM;
  if (!opt_number(env, o, "timeout", &timeout) || !opt_number(env, o, "maxBuffer", &maxbuf) ||
      !opt_number(env, o, "killSignal", &killsig_d))
    return NULL;
  int killsig = killsig_d >= 0 && killsig_d < NSIG ? (int)killsig_d : SIGTERM;
  char *input = NULL;
  size_t input_len = 0;
  if (nd_get_named(env, o, "input", &v) != ND_OK) return NULL;
  if (nd_is_typedarray(env, v)) {
    void *p = NULL;
    if (nd_typedarray_info(env, v, &p, &input_len, NULL, NULL) != ND_OK) return NULL;
    input = malloc(input_len ? input_len : 1);
    if (!input) return ndx_throw_oom(env);
    memcpy(input, p, input_len);
  }
  spawn_req r;
  int rc = req_parse(env, o, &r);
  if (rc > 0) {
    free(input);
    return NULL;
  }
  nd_value res;
  if (nd_object_new(env, &res) != ND_OK) {
    free(input);
    if (rc == 0) req_free(&r);
    return NULL;
  }
  if (rc < 0) {
    free(input);
    return set_error(env, res, rc) ? res : NULL;
  }
  pid_t pid = do_spawn(&r);
  if (pid < 0) {
    free(input);
    req_free(&r);
    return set_error(env, res, pid) ? res : NULL;
  }
  growbuf out[MAX_STDIO];
  memset(out, 0, sizeof out);
  size_t in_off = 0;
  int error = 0;
  bool killed = false;
  double deadline = timeout > 0 ? mono_ms() + timeout : 0;
  /* The parent's stdin end: written from `input`, then closed. */
  if (r.parent[0] >= 0 && !input) close_fd(&r.parent[0]);
  for (;;) {
    struct pollfd pfd[MAX_STDIO];
    int idx[MAX_STDIO], n = 0;
    for (int i = 0; i < r.nstdio; i++) {
      if (r.parent[i] < 0) continue;
      pfd[n].fd = r.parent[i];
      pfd[n].events = i == 0 ? POLLOUT : POLLIN;
      pfd[n].revents = 0;
      idx[n++] = i;
    }
    if (n == 0) break;
    int wait_ms = -1;
    if (deadline > 0) {
      double left = deadline - mono_ms();
      if (left <= 0) {
        /* Out of time: kill the child and stop reading (a grandchild may
         * hold the pipes open); the wait below reaps it. */
        kill(pid, killsig);
        killed = true;
        error = -ETIMEDOUT;
        deadline = 0;
        for (int c = 0; c < r.nstdio; c++) close_fd(&r.parent[c]);
        break;
      } else {
        wait_ms = (int)(left + 1);
      }
    }
    int got = poll(pfd, (nfds_t)n, wait_ms);
    if (got < 0) {
      if (errno == EINTR) continue;
      error = -errno;
      break;
    }
    for (int j = 0; j < n; j++) {
      int i = idx[j];
      if (!pfd[j].revents) continue;
      if (i == 0) {
        ssize_t w;
        do w = write(r.parent[0], input + in_off, input_len - in_off);
        while (w < 0 && errno == EINTR);
        if (w > 0) in_off += (size_t)w;
        if ((w < 0 && errno != EAGAIN) || in_off >= input_len) close_fd(&r.parent[0]);
        continue;
      }
      char buf[READ_SIZE];
      ssize_t k;
      do k = read(r.parent[i], buf, sizeof buf);
      while (k < 0 && errno == EINTR);
      if (k < 0 && errno == EAGAIN) continue;
      if (k <= 0) {
        close_fd(&r.parent[i]);
        continue;
      }
      if (!grow_append(&out[i], buf, (size_t)k)) {
        error = -ENOMEM;
      } else if (maxbuf > 0 && (double)out[i].len > maxbuf) {
        out[i].len = (size_t)maxbuf;
        error = -ENOBUFS;
      } else {
        continue;
      }
      if (!killed) {
        kill(pid, killsig);
        killed = true;
      }
      for (int c = 0; c < r.nstdio; c++) close_fd(&r.parent[c]);
    }
  }
  free(input);
  int status = 0;
  for (;;) {
    pid_t w = waitpid(pid, &status, deadline > 0 ? WNOHANG : 0);
    if (w == pid) break;
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) {
      status = 0;
      if (!error) error = -errno;
      break;
    }
    /* still running with its pipes closed: wait out the timeout */
    double left = deadline - mono_ms();
    if (left <= 0) {
      kill(pid, killsig);
      error = -ETIMEDOUT;
      deadline = 0;
      continue;
    }
    poll(NULL, 0, left < 10 ? (int)left + 1 : 10);
  }
  nd_value pid_v = ndx_number(env, pid), st_v, sig_v, output;
  bool ok = pid_v && nd_set_named(env, res, "pid", pid_v) == ND_OK;
  if (WIFSIGNALED(status)) {
    const char *name = ndx_signal_name(WTERMSIG(status));
    ok = ok && nd_null(env, &st_v) == ND_OK &&
         (name ? nd_string_utf8(env, name, ND_AUTO_LENGTH, &sig_v)
               : nd_int32(env, WTERMSIG(status), &sig_v)) == ND_OK;
  } else {
    ok = ok && nd_int32(env, WEXITSTATUS(status), &st_v) == ND_OK && nd_null(env, &sig_v) == ND_OK;
  }
  ok = ok && nd_set_named(env, res, "status", st_v) == ND_OK &&
       nd_set_named(env, res, "signal", sig_v) == ND_OK &&
       nd_array_new(env, (uint32_t)r.nstdio, &output) == ND_OK;
  nd_value stdio_v;
  if (ok) ok = nd_get_named(env, o, "stdio", &stdio_v) == ND_OK;
  for (int i = 0; i < r.nstdio; i++) {
    nd_value item, kind_v;
    int32_t kind = 0;
    if (ok)
      ok = nd_get_index(env, stdio_v, (uint32_t)i, &kind_v) == ND_OK &&
           nd_get_int32(env, kind_v, &kind) == ND_OK;
    if (ok && kind == -1 && i > 0) {
      void *mem = NULL;
      ok = nd_arraybuffer_new(env, out[i].len, &mem, &item) == ND_OK;
      if (ok && out[i].len) memcpy(mem, out[i].data, out[i].len);
    } else if (ok) {
      ok = nd_null(env, &item) == ND_OK;
    }
    if (ok) ok = nd_set_index(env, output, (uint32_t)i, item) == ND_OK;
    free(out[i].data);
  }
  req_free(&r);
  if (!ok) return NULL;
  if (nd_set_named(env, res, "output", output) != ND_OK) return NULL;
  if (error && !set_error(env, res, error)) return NULL;
  return res;
}

/* ---- module functions --------------------------------------------------------- */

/* setCallbacks({onread, onwrite, onshutdown, onexit}): the pipes' go to
 * the stream core, onexit(code, signal) runs with this = the ChildProcess. */
static nd_value b_set_callbacks(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  cp_state *st = data;
  nd_value fn;
  nd_ref r;
  if (ndx_stream_set_callbacks(st->pipes, argv[0]) != ND_OK ||
      nd_get_named(env, argv[0], "onexit", &fn) != ND_OK)
    return NULL;
  if (ndx_check_function(env, fn, "callbacks.onexit") != ND_OK) return NULL;
  if (nd_ref_new(env, fn, &r) != ND_OK) return NULL;
  if (st->onexit) nd_ref_free(env, st->onexit);
  st->onexit = r;
  return NULL;
}

static void cleanup(void *data)
{
  cp_state *st = data;
  while (st->kids) kid_drop(st, st->kids, true);
  if (st->sigchld) nd_signal_free(st->sigchld);
  if (st->recheck) nd_timer_free(st->recheck);
  if (st->onexit) nd_ref_free(st->env, st->onexit);
  free(st);
}

static nd_value init(nd_env env, nd_value exports)
{
  cp_state *st = calloc(1, sizeof *st);
  if (!st) return ndx_throw_oom(env);
  st->env = env;
  if (nd_cleanup_hook(env, cleanup, st) != ND_OK) {
    free(st);
    return ndx_throw_oom(env);
  }
  /* new Pipe(fd): the parent's end of a pipe (stdio 0-2) or a socketpair
   * (3 and up) that spawn() returned; the core finds out which. */
  static const nd_property fns[] = {
      NDX_METHOD("setCallbacks", b_set_callbacks, 1),
      NDX_METHOD("spawn", b_spawn, 2),
      NDX_METHOD("spawnSync", b_spawn_sync, 1),
      NDX_METHOD("refChild", b_ref_child, 2),
      NDX_METHOD("kill", b_kill, 2),
      NDX_METHOD("closeFd", b_close_fd, 1),
      NDX_METHOD("adoptChannel", b_adopt_channel, 1),
  };
  nd_value ctor, binding, signals, result;
  if (ndx_stream_class_new(env, "Pipe", &pipe_tag, 0, 0, NULL, 0, NULL, &st->pipes, &ctor) !=
          ND_OK ||
      ndx_signals_object(env, &signals) != ND_OK)
    return NULL;
  const nd_property values[] = {
      NDX_VALUE("Pipe", ctor),
      NDX_VALUE("signals", signals),
      ndx_stream_errno_error_property(),
  };
  if (ndx_binding(env, fns, st, &binding) != ND_OK ||
      ndx_define_all(env, binding, values, NULL) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "child_process", plugin_js, plugin_js_count, exports, binding, &result) !=
      ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("child_process", NODUS_VERSION, ND_PLUGIN_DEPS, init);
