/* process — the OS side of the global `process`: ids and credentials, the
 * working directory, umask, signals (sent and received through the loop),
 * title, memory and clocks, synchronous stdout/stderr writes, and stdin as
 * a stream of libnodus_aux's descriptor-stream core.
 * process.js turns the kernel's process object into an EventEmitter and
 * wires these natives into Node's API. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <nodus/nodus.h>
#include <nodus/nodus_aux.h>
#include <nodus/nodus_aux_stream.h>

#include "process_js.h"

#define RET_IF(st)                                                                                 \
  do {                                                                                             \
    if ((st) != ND_OK) return NULL;                                                                \
  } while (0)

/* ---- ids and credentials ---- */

static nd_value p_getuid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_number(env, getuid());
}
static nd_value p_geteuid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_number(env, geteuid());
}
static nd_value p_getgid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_number(env, getgid());
}
static nd_value p_getegid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_number(env, getegid());
}
static nd_value p_getpid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_number(env, getpid());
}
static nd_value p_getppid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return ndx_number(env, getppid());
}

/* An id argument: a number, or a user/group name looked up in the system
 * databases. *id = -1 and an error is thrown when it does not exist. */
static bool resolve_id(nd_env env, nd_value v, bool group, long *id, const char *what)
{
  if (nd_is_number(env, v)) {
    int64_t n;
    if (ndx_check_int(env, v, "id", 0, 4294967295LL, &n) != ND_OK) return false;
    *id = (long)n;
    return true;
  }
  char *name = NULL;
  if (!nd_is_string(env, v)) {
    ndx_arg_type_error(env, "id", "number|string", v);
    return false;
  }
  if (ndx_check_string(env, v, "id", &name, NULL) != ND_OK) return false;
  char buf[16384];
  int rc;
  *id = -1;
  if (group) {
    struct group gr, *res = NULL;
    rc = getgrnam_r(name, &gr, buf, sizeof buf, &res);
    if (rc == 0 && res) *id = (long)res->gr_gid;
  } else {
    struct passwd pw, *res = NULL;
    rc = getpwnam_r(name, &pw, buf, sizeof buf, &res);
    if (rc == 0 && res) *id = (long)res->pw_uid;
  }
  if (*id < 0) {
    ndx_throw_error(env, "ERR_UNKNOWN_CREDENTIAL", "%s identifier does not exist: %s", what, name);
    free(name);
    return false;
  }
  free(name);
  return true;
}

static nd_value set_id(nd_env env, nd_value v, int which)
{
  static const char *names[] = {"setuid", "setgid", "seteuid", "setegid"};
  static const char *kinds[] = {"User", "Group", "User", "Group"};
  long id;
  if (!resolve_id(env, v, which & 1, &id, kinds[which])) return NULL;
  int rc;
  switch (which) {
    case 0: rc = setuid((uid_t)id); break;
    case 1: rc = setgid((gid_t)id); break;
    case 2: rc = seteuid((uid_t)id); break;
    default: rc = setegid((gid_t)id); break;
  }
  return rc != 0 ? ndx_throw_errno(env, errno, names[which], NULL) : NULL;
}

static nd_value p_setuid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return set_id(env, argv[0], 0);
}
static nd_value p_setgid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return set_id(env, argv[0], 1);
}
static nd_value p_seteuid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return set_id(env, argv[0], 2);
}
static nd_value p_setegid(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  return set_id(env, argv[0], 3);
}

static nd_value p_getgroups(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  gid_t groups[512];
  int n = getgroups(512, groups);
  if (n < 0) return ndx_throw_errno(env, errno, "getgroups", NULL);
  nd_value arr;
  RET_IF(nd_array_new(env, 0, &arr));
  for (int i = 0; i < n; i++) {
    nd_value g = ndx_number(env, groups[i]);
    if (!g) return NULL;
    RET_IF(nd_set_index(env, arr, (uint32_t)i, g));
  }
  return arr;
}

/* ---- directory and umask ---- */

static nd_value p_chdir(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  char *dir = NULL;
  if (ndx_check_string(env, argv[0], "directory", &dir, NULL) != ND_OK) return NULL;
  if (chdir(dir) != 0) ndx_throw_errno(env, errno, "chdir", dir);
  free(dir);
  return NULL;
}

static nd_value p_umask(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  mode_t old;
  if (argc == 0 || nd_is_undefined(env, argv[0])) {
    old = umask(0);
    umask(old);
    return ndx_number(env, old);
  }
  int64_t m;
  if (nd_is_string(env, argv[0])) {
    char buf[32], *end;
    if (nd_get_string_utf8(env, argv[0], buf, sizeof buf, NULL) != ND_OK) return NULL;
    long v = strtol(buf, &end, 8);
    if (!*buf || *end || v < 0 || v > 0777) {
      return ndx_throw_type_error(
          env, "ERR_INVALID_ARG_VALUE",
          "The argument 'mask' must be a 32-bit unsigned integer or an octal string.");
    }
    m = v;
  } else if (ndx_check_int(env, argv[0], "mask", 0, 4294967295LL, &m) != ND_OK) {
    return NULL;
  }
  old = umask((mode_t)(m & 0777));
  return ndx_number(env, old);
}

/* ---- signals ---- */

static nd_value p_kill(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int64_t pid, sig = SIGTERM;
  if (ndx_check_int(env, argv[0], "pid", INT32_MIN, INT32_MAX, &pid) != ND_OK ||
      (argc > 1 && !nd_is_nullish(env, argv[1]) &&
       ndx_check_int(env, argv[1], "signal", 0, 127, &sig) != ND_OK))
    return NULL;
  if (kill((pid_t)pid, (int)sig) != 0) return ndx_throw_errno(env, errno, "kill", NULL);
  return ndx_bool(env, true);
}

typedef struct {
  nd_signal *sig;
  nd_ref fn;
} sigwatch;

static const nd_type_tag sigwatch_tag = {"SignalWatch"};

static void on_signal(nd_env env, nd_signal *s, int signum, void *data)
{
  sigwatch *w = data;
  nd_value fn, arg;
  /* A listener that throws leaves the exception pending: the loop reports it. */
  if (nd_ref_get(env, w->fn, &fn) != ND_OK || nd_int32(env, signum, &arg) != ND_OK) return;
  ND_IGNORE(nd_call(env, NULL, fn, 1, &arg, NULL));
}

static void sigwatch_free(void *data, void *hint)
{
  sigwatch *w = data;
  if (w->sig) nd_signal_free(w->sig);
  free(w);
}

/* watchSignal(signum, fn) -> handle; fn(signum) runs on the loop for each
 * delivery. The handle does not keep the process alive (as in Node). */
static nd_value p_watch_signal(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int32_t signum;
  if (nd_get_int32(env, argv[0], &signum) != ND_OK || signum <= 0 || signum >= 65 ||
      signum == SIGKILL || signum == SIGSTOP)
    return ndx_throw_type_error(env, "ERR_UNKNOWN_SIGNAL", "Unknown or uncatchable signal");
  if (ndx_check_function(env, argv[1], "listener") != ND_OK) return NULL;
  sigwatch *w = calloc(1, sizeof *w);
  if (!w) return ndx_throw_oom(env);
  nd_value h;
  if (ndx_wrapped_new(env, &sigwatch_tag, w, sigwatch_free, NULL, &h) != ND_OK) {
    free(w);
    return NULL;
  }
  /* From here the finalizer owns w (and frees the signal). */
  if (nd_ref_new(env, argv[1], &w->fn) != ND_OK) return NULL;
  w->sig = nd_signal_new(env, signum, on_signal, w);
  if (!w->sig) {
    nd_ref_free(env, w->fn);
    w->fn = NULL;
    return ndx_throw_errno(env, EINVAL, "signal", NULL);
  }
  return h;
}

static nd_value p_unwatch_signal(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  void *p = NULL;
  if (nd_unwrap_tagged(env, argv[0], &sigwatch_tag, &p) != ND_OK) return NULL;
  sigwatch *w = p;
  if (!w) return NULL;
  if (w->sig) nd_signal_free(w->sig);
  w->sig = NULL;
  if (w->fn) nd_ref_free(env, w->fn);
  w->fn = NULL;
  return NULL;
}

/* ---- title ---- */

/* The process title lives where ps(1) reads it: the original argv strings
 * (the loader copied what it needs). Its capacity is their total size. */
static char *title_area;
static size_t title_cap;
static char title_buf[1024];

static void title_init(void)
{
  if (title_area) return;
  extern char *program_invocation_name; /* glibc: points at the original argv[0] */
  int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
  size_t total = 0;
  if (fd >= 0) {
    char buf[4096];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) total += (size_t)n;
    close(fd);
  }
  title_area = program_invocation_name;
  title_cap = total;
  snprintf(title_buf, sizeof title_buf, "%s", program_invocation_name);
}

static nd_value p_get_title(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  title_init();
  nd_value s;
  RET_IF(nd_string_utf8(env, title_buf, ND_AUTO_LENGTH, &s));
  return s;
}

static nd_value p_set_title(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  nd_value str;
  RET_IF(nd_coerce_string(env, argv[0], &str));
  title_init();
  size_t len;
  RET_IF(nd_get_string_utf8(env, str, title_buf, sizeof title_buf, &len));
  if (title_area && title_cap > 1) {
    size_t n = len < title_cap - 1 ? len : title_cap - 1;
    memset(title_area, 0, title_cap);
    memcpy(title_area, title_buf, n);
  }
  prctl(PR_SET_NAME, title_buf, 0, 0, 0);
  return NULL;
}

/* ---- memory and time ---- */

static nd_value p_memory_usage(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  long pages = sysconf(_SC_PAGESIZE);
  unsigned long size = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "re");
  if (f) {
    if (fscanf(f, "%lu %lu", &size, &resident) != 2) size = resident = 0;
    fclose(f);
  }
  nd_heap_stats hs;
  RET_IF(nd_get_heap_stats(env, &hs));
  nd_value o;
  RET_IF(nd_object_new(env, &o));
  RET_IF(ndx_set_number(env, o, "rss", (double)resident * (double)pages));
  RET_IF(ndx_set_number(env, o, "vsize", (double)size * (double)pages));
  RET_IF(ndx_set_number(env, o, "heapTotal", (double)hs.heap_total));
  RET_IF(ndx_set_number(env, o, "heapUsed", (double)hs.heap_used));
  RET_IF(ndx_set_number(env, o, "external", (double)hs.external));
  RET_IF(ndx_set_number(env, o, "arrayBuffers", (double)hs.external));
  return o;
}

static nd_value p_rss(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  unsigned long size = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "re");
  if (f) {
    if (fscanf(f, "%lu %lu", &size, &resident) != 2) resident = 0;
    fclose(f);
  }
  return ndx_number(env, (double)resident * (double)sysconf(_SC_PAGESIZE));
}

/* [a, b], or NULL with an exception pending. */
static nd_value pair_array(nd_env env, double a, double b)
{
  nd_value arr, va, vb;
  if (nd_array_new(env, 2, &arr) != ND_OK || !(va = ndx_number(env, a)) ||
      !(vb = ndx_number(env, b)) || nd_set_index(env, arr, 0, va) != ND_OK ||
      nd_set_index(env, arr, 1, vb) != ND_OK)
    return NULL;
  return arr;
}

/* hrtime() -> [seconds, nanoseconds] of the monotonic clock. */
static nd_value p_hrtime(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return pair_array(env, (double)ts.tv_sec, (double)ts.tv_nsec);
}

static nd_value p_hrtime_bigint(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  nd_value v;
  RET_IF(nd_bigint_uint64(env, (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec, &v));
  return v;
}

static nd_value p_cpu_usage(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  nd_value o;
  RET_IF(nd_object_new(env, &o));
  RET_IF(ndx_set_number(env, o, "user",
                        (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec));
  RET_IF(ndx_set_number(env, o, "system",
                        (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec));
  return o;
}

/* ---- stdio ---- */

static bool write_all(int fd, const char *p, size_t n)
{
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) { /* a non-blocking pipe: wait until it drains */
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        select(fd + 1, NULL, &set, NULL, NULL);
        continue;
      }
      return false;
    }
    p += w;
    n -= (size_t)w;
  }
  return true;
}

/* writeSync(fd, string|Uint8Array, epipe): the whole of it, synchronously,
 * as Node writes to files, pipes and terminals. EPIPE (the reader is gone;
 * SIGPIPE is ignored) throws only when epipe is true: process.stdout and
 * process.stderr then emit it as 'error', as Node's do; the minimal writers
 * of a deployment without streams drop it. */
static nd_value p_write_sync(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int64_t fd;
  if (ndx_check_int(env, argv[0], "fd", 0, INT32_MAX, &fd) != ND_OK) return NULL;
  bool ok;
  int err = 0;
  if (nd_is_typedarray(env, argv[1])) {
    void *data;
    size_t len;
    RET_IF(nd_typedarray_info(env, argv[1], &data, &len, NULL, NULL));
    ok = write_all(fd, data, len);
    err = errno;
  } else {
    nd_value s;
    RET_IF(nd_coerce_string(env, argv[1], &s));
    char stackbuf[4096], *p = stackbuf;
    size_t len;
    RET_IF(nd_get_string_utf8(env, s, NULL, 0, &len));
    if (len >= sizeof stackbuf && !(p = malloc(len + 1))) {
      return ndx_throw_oom(env);
    }
    nd_status st = nd_get_string_utf8(env, s, p, len + 1, &len);
    ok = st == ND_OK && write_all(fd, p, len);
    err = errno;
    if (p != stackbuf) free(p);
    if (st != ND_OK) return NULL;
  }
  if (ok) return NULL;
  if (err != EPIPE) return ndx_throw_errno(env, err, "write", NULL);
  if (!ndx_opt_bool(env, argv[2], false)) return NULL;
  /* Only a pipe or socket gives EPIPE; Node's stream over one names it as
   * its stream errors are named: "write EPIPE", errno -32. */
  nd_value e;
  RET_IF(nd_errno_error(env, EPIPE, "write", NULL, &e));
  RET_IF(ndx_set_string(env, e, "message", "write EPIPE"));
  ND_IGNORE(nd_throw(env, e)); /* pending: the stream turns it into 'error' */
  return NULL;
}

static nd_value p_isatty(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int32_t fd;
  nd_value b;
  if (nd_get_int32(env, argv[0], &fd) != ND_OK) fd = -1;
  RET_IF(nd_boolean(env, fd >= 0 && isatty(fd), &b));
  return b;
}

/* ---- stdin ---- */

/* new Reader(fd): stdin as a stream of libnodus_aux's descriptor-stream
 * core. Its flags are left alone (the descriptor is shared with the parent:
 * a terminal or a pipe made non-blocking here would be non-blocking there
 * too), so each readiness reads exactly what FIONREAD reports; regular
 * files, which epoll cannot watch, are read one turn of the loop at a time.
 * Chunks arrive as onread(arraybuffer, n); closing it never closes 0-2.
 * While reading it keeps the process alive. */
static const nd_type_tag reader_tag = {"Reader"};

/* getWindowSize(fd) -> [columns, rows] of a terminal, or undefined */
static nd_value p_window_size(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int32_t fd;
  struct winsize ws;
  if (nd_get_int32(env, argv[0], &fd) != ND_OK || ioctl(fd, TIOCGWINSZ, &ws) != 0) return NULL;
  return pair_array(env, ws.ws_col, ws.ws_row);
}

/* fdType(fd) -> 'tty' | 'fs' | 'pipe' | 'unknown' */
static nd_value p_fd_type(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int32_t fd;
  struct stat st;
  const char *t = "unknown";
  if (nd_get_int32(env, argv[0], &fd) == ND_OK && fstat(fd, &st) == 0) {
    if (isatty(fd)) t = "tty";
    else if (S_ISREG(st.st_mode)) t = "fs";
    else if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) t = "pipe";
    else if (S_ISCHR(st.st_mode)) t = "fs";
  }
  nd_value v;
  RET_IF(nd_string_latin1(env, t, ND_AUTO_LENGTH, &v));
  return v;
}

static nd_value p_abort(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  abort();
}

static nd_value init(nd_env env, nd_value exports)
{
  static const nd_property props[] = {
      NDX_METHOD("getuid", p_getuid, 0),
      NDX_METHOD("geteuid", p_geteuid, 0),
      NDX_METHOD("getgid", p_getgid, 0),
      NDX_METHOD("getegid", p_getegid, 0),
      NDX_METHOD("getpid", p_getpid, 0),
      NDX_METHOD("getppid", p_getppid, 0),
      NDX_METHOD("setuid", p_setuid, 1),
      NDX_METHOD("setgid", p_setgid, 1),
      NDX_METHOD("seteuid", p_seteuid, 1),
      NDX_METHOD("setegid", p_setegid, 1),
      NDX_METHOD("getgroups", p_getgroups, 0),
      NDX_METHOD("chdir", p_chdir, 1),
      NDX_METHOD("umask", p_umask, 1),
      NDX_METHOD("kill", p_kill, 2),
      NDX_METHOD("watchSignal", p_watch_signal, 2),
      NDX_METHOD("unwatchSignal", p_unwatch_signal, 1),
      NDX_METHOD("getTitle", p_get_title, 0),
      NDX_METHOD("setTitle", p_set_title, 1),
      NDX_METHOD("memoryUsage", p_memory_usage, 0),
      NDX_METHOD("rss", p_rss, 0),
      NDX_METHOD("hrtime", p_hrtime, 0),
      NDX_METHOD("hrtimeBigint", p_hrtime_bigint, 0),
      NDX_METHOD("cpuUsage", p_cpu_usage, 0),
      NDX_METHOD("writeSync", p_write_sync, 3),
      NDX_METHOD("isatty", p_isatty, 1),
      NDX_METHOD("getWindowSize", p_window_size, 1),
      NDX_METHOD("fdType", p_fd_type, 1),
      NDX_METHOD("abort", p_abort, 0),
  };
  ndx_stream_class *readers;
  nd_value binding, reader_ctor, signals;
  if (ndx_stream_class_new(env, "Reader", &reader_tag, 0, NDX_STREAM_BLOCKING, NULL, 0, NULL,
                           &readers, &reader_ctor) != ND_OK ||
      ndx_signals_object(env, &signals) != ND_OK)
    return NULL;
  const nd_property values[] = {
      NDX_VALUE("signals", signals),
      NDX_VALUE("Reader", reader_ctor),
      ndx_stream_set_callbacks_property(readers),
      ndx_stream_errno_error_property(),
  };
  if (ndx_binding(env, props, NULL, &binding) != ND_OK ||
      ndx_define_all(env, binding, values, NULL) != ND_OK)
    return NULL;
  nd_value result;
  if (nd_eval_plugin(env, "process", plugin_js, plugin_js_count, exports, binding, &result) !=
      ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("process", NODUS_VERSION, ND_PLUGIN_DEPS, init);
