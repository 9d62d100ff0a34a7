/* os — the machine as Node's `os` module reports it: CPUs (/proc/stat,
 * /proc/cpuinfo, cpufreq), memory (/proc/meminfo), load and uptime, names
 * (uname, gethostname), network interfaces (getifaddrs), the password
 * entry of the effective user, scheduling priority, and os.constants.
 * os.js owns the API, its validation and its SystemError: a native that
 * fails fills the `ctx` object it was given ({errno, code, message,
 * syscall}, syscall named as libuv names it in Node's messages) and
 * returns undefined. Nothing here keeps state between calls. */
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <nodus/nodus.h>
#include <nodus/nodus_aux.h>

#include "os_js.h"

/* ---- failures ---- */

/* Fills ctx for ERR_SYSTEM_ERROR and returns undefined (NULL when even
 * that failed, with an exception pending). The message is the runtime's
 * errno text ("no such process"), taken from the errno error it builds so
 * that os and every other module describe an errno alike. */
static nd_value fail_ctx(nd_env env, nd_value ctx, int err, const char *syscall)
{
  const char *code = nd_errno_name(err);
  nd_value e, msg;
  char *text = NULL;
  size_t len = 0, skip = strlen(code) + 2; /* the message is "CODE: text" */
  nd_status st = nd_errno_error(env, err, NULL, NULL, &e);
  if (st == ND_OK) st = nd_get_named(env, e, "message", &msg);
  if (st == ND_OK) st = nd_get_string_dup(env, msg, &text, &len);
  if (st == ND_OK) st = ndx_set_number(env, ctx, "errno", -err);
  if (st == ND_OK) st = ndx_set_string(env, ctx, "code", code);
  if (st == ND_OK) st = ndx_set_string(env, ctx, "message", len >= skip ? text + skip : text);
  if (st == ND_OK) st = ndx_set_string(env, ctx, "syscall", syscall);
  free(text);
  return st == ND_OK ? ndx_undefined(env) : ndx_fail(env, st);
}

/* A latin-1 string of s's bytes: os.js re-decodes them in the encoding
 * userInfo() was asked for, so no byte is lost on the way. */
static nd_status set_bytes(nd_env env, nd_value obj, const char *name, const char *s)
{
  nd_value v;
  nd_status st = nd_string_latin1(env, s ? s : "", ND_AUTO_LENGTH, &v);
  return st == ND_OK ? nd_set_named(env, obj, name, v) : st;
}

/* ---- CPUs ---- */

typedef struct {
  unsigned id;
  unsigned long long user, nice, sys, idle, irq;
  char *model; /* owned; NULL until /proc/cpuinfo names it */
} cpu_row;

typedef struct {
  cpu_row *rows;
  size_t n;
} cpu_table;

static void cpu_table_free(cpu_table *t)
{
  for (size_t i = 0; i < t->n; i++) free(t->rows[i].model);
  free(t->rows);
}

/* One row per "cpuN" line of /proc/stat (the online CPUs). Returns 0 or
 * an errno. */
static int read_stat(cpu_table *t)
{
  FILE *f = fopen("/proc/stat", "re");
  if (!f) return errno;
  char *line = NULL;
  size_t cap = 0;
  int err = 0;
  while (getline(&line, &cap, f) > 0) {
    cpu_row r = {0};
    unsigned long long iowait;
    if (strncmp(line, "cpu", 3) != 0 || line[3] < '0' || line[3] > '9') continue;
    if (sscanf(line, "cpu%u %llu %llu %llu %llu %llu %llu", &r.id, &r.user, &r.nice, &r.sys,
               &r.idle, &iowait, &r.irq) != 7)
      continue;
    cpu_row *rows = realloc(t->rows, (t->n + 1) * sizeof *rows);
    if (!rows) {
      err = ENOMEM;
      break;
    }
    t->rows = rows;
    t->rows[t->n++] = r;
  }
  free(line);
  fclose(f);
  return err;
}

/* "model name" of each "processor" block of /proc/cpuinfo, given to the
 * row of that CPU; a CPU it does not name keeps NULL ("unknown"). */
static int read_models(cpu_table *t)
{
  FILE *f = fopen("/proc/cpuinfo", "re");
  if (!f) return 0; /* models are optional, as in Node */
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long current = -1;
  int err = 0;
  while (err == 0 && (n = getline(&line, &cap, f)) > 0) {
    if (line[n - 1] == '\n') line[--n] = 0;
    char *colon = strchr(line, ':');
    if (!colon) continue;
    const char *value = colon[1] == ' ' ? colon + 2 : colon + 1;
    unsigned id;
    if (strncmp(line, "processor", 9) == 0 && sscanf(value, "%u", &id) == 1) {
      current = id;
    } else if (strncmp(line, "model name", 10) == 0 && current >= 0) {
      for (size_t i = 0; i < t->n; i++) {
        if (t->rows[i].id != (unsigned)current || t->rows[i].model) continue;
        if (!(t->rows[i].model = strdup(value))) err = ENOMEM;
        break;
      }
    }
  }
  free(line);
  fclose(f);
  return err;
}

/* The current frequency in MHz from cpufreq, 0 where the kernel has none. */
static double cpu_speed(unsigned id)
{
  char path[96];
  snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu%u/cpufreq/scaling_cur_freq", id);
  FILE *f = fopen(path, "re");
  unsigned long khz = 0;
  if (!f) return 0;
  if (fscanf(f, "%lu", &khz) != 1) khz = 0;
  fclose(f);
  return (double)(khz / 1000);
}

static nd_value b_cpus(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  cpu_table t = {0};
  int err = read_stat(&t);
  if (err == 0) err = read_models(&t);
  if (err != 0) {
    cpu_table_free(&t);
    return err == ENOMEM ? ndx_throw_oom(env) : ndx_undefined(env); /* cpus() is [] */
  }
  long ticks = sysconf(_SC_CLK_TCK);
  unsigned long long ms = ticks > 0 && ticks <= 1000 ? (unsigned long long)(1000 / ticks) : 1;
  nd_value list, cpu, times;
  nd_status st = nd_array_new(env, (uint32_t)t.n, &list);
  for (size_t i = 0; st == ND_OK && i < t.n; i++) {
    cpu_row *r = &t.rows[i];
    st = nd_object_new(env, &cpu);
    if (st == ND_OK) st = ndx_set_string(env, cpu, "model", r->model ? r->model : "unknown");
    if (st == ND_OK) st = ndx_set_number(env, cpu, "speed", cpu_speed(r->id));
    if (st == ND_OK) st = nd_object_new(env, &times);
    if (st == ND_OK) st = ndx_set_number(env, times, "user", (double)(r->user * ms));
    if (st == ND_OK) st = ndx_set_number(env, times, "nice", (double)(r->nice * ms));
    if (st == ND_OK) st = ndx_set_number(env, times, "sys", (double)(r->sys * ms));
    if (st == ND_OK) st = ndx_set_number(env, times, "idle", (double)(r->idle * ms));
    if (st == ND_OK) st = ndx_set_number(env, times, "irq", (double)(r->irq * ms));
    if (st == ND_OK) st = nd_set_named(env, cpu, "times", times);
    if (st == ND_OK) st = nd_set_index(env, list, (uint32_t)i, cpu);
  }
  cpu_table_free(&t);
  return st == ND_OK ? list : ndx_fail(env, st);
}

/* The CPUs this process may run on (its affinity mask), at least 1. */
static nd_value b_available_parallelism(nd_env env, nd_value self, size_t argc, nd_value *argv,
                                        void *data)
{
  cpu_set_t set;
  long n = 0;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) n = CPU_COUNT(&set);
  if (n <= 0) n = sysconf(_SC_NPROCESSORS_ONLN);
  return ndx_number(env, n > 0 ? (double)n : 1);
}

/* ---- memory, load, uptime ---- */

/* A "Key:  N kB" line of /proc/meminfo in bytes; 0 when absent. */
static double meminfo(const char *key)
{
  FILE *f = fopen("/proc/meminfo", "re");
  if (!f) return 0;
  char line[256];
  size_t klen = strlen(key);
  unsigned long long kb = 0;
  bool found = false;
  while (!found && fgets(line, sizeof line, f))
    found = strncmp(line, key, klen) == 0 && sscanf(line + klen, " %llu", &kb) == 1;
  fclose(f);
  return found ? (double)kb * 1024 : 0;
}

static nd_value b_totalmem(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  double v = meminfo("MemTotal:");
  struct sysinfo si;
  if (v == 0 && sysinfo(&si) == 0) v = (double)si.totalram * si.mem_unit;
  return ndx_number(env, v);
}

/* Free memory is what the kernel says a new program could get without
 * swapping (MemAvailable), as libuv reports it; MemFree before 3.14. */
static nd_value b_freemem(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  double v = meminfo("MemAvailable:");
  struct sysinfo si;
  if (v == 0 && sysinfo(&si) == 0) v = (double)si.freeram * si.mem_unit;
  return ndx_number(env, v);
}

static nd_value b_loadavg(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  double l[3] = {0, 0, 0};
  FILE *f = fopen("/proc/loadavg", "re");
  bool ok = f && fscanf(f, "%lf %lf %lf", &l[0], &l[1], &l[2]) == 3;
  if (f) fclose(f);
  struct sysinfo si;
  if (!ok && sysinfo(&si) == 0)
    for (int i = 0; i < 3; i++) l[i] = si.loads[i] / (double)(1 << SI_LOAD_SHIFT);
  nd_value arr, v;
  nd_status st = nd_array_new(env, 3, &arr);
  for (uint32_t i = 0; st == ND_OK && i < 3; i++) {
    st = nd_number(env, l[i], &v);
    if (st == ND_OK) st = nd_set_index(env, arr, i, v);
  }
  return st == ND_OK ? arr : ndx_fail(env, st);
}

/* Seconds since boot, with /proc/uptime's hundredths. */
static nd_value b_uptime(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  double up;
  FILE *f = fopen("/proc/uptime", "re");
  bool ok = f && fscanf(f, "%lf", &up) == 1;
  if (f) fclose(f);
  if (!ok) {
    struct timespec ts;
    if (clock_gettime(CLOCK_BOOTTIME, &ts) != 0) return fail_ctx(env, argv[0], errno, "uv_uptime");
    up = (double)ts.tv_sec;
  }
  return ndx_number(env, up);
}

/* ---- names and the user ---- */

static nd_value b_hostname(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  char name[256];
  if (gethostname(name, sizeof name) != 0)
    return fail_ctx(env, argv[0], errno, "uv_os_gethostname");
  name[sizeof name - 1] = 0;
  return ndx_string(env, name);
}

/* The effective user's password entry into *pw, its strings in *buf (the
 * caller frees it). Returns 0 or an errno (ENOENT: no entry). */
static int passwd_of_euid(struct passwd *pw, char **buf)
{
  long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
  size_t size = hint > 0 ? (size_t)hint : 4096;
  for (;;) {
    struct passwd *found = NULL;
    char *b = malloc(size);
    if (!b) return ENOMEM;
    int r = getpwuid_r(geteuid(), pw, b, size, &found);
    if (r == ERANGE && size < (1u << 20)) {
      free(b);
      size *= 2;
      continue;
    }
    if (r != 0 || !found) {
      free(b);
      return r != 0 ? r : ENOENT;
    }
    *buf = b;
    return 0;
  }
}

/* The home directory of the password entry (os.js looks at HOME first). */
static nd_value b_homedir(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  struct passwd pw;
  char *buf = NULL;
  int err = passwd_of_euid(&pw, &buf);
  if (err != 0) return fail_ctx(env, argv[0], err, "uv_os_homedir");
  nd_value v;
  nd_status st = nd_string_utf8(env, pw.pw_dir ? pw.pw_dir : "", ND_AUTO_LENGTH, &v);
  free(buf);
  return st == ND_OK ? v : ndx_fail(env, st);
}

/* {uid, gid, username, homedir, shell} with a null prototype, the strings
 * as raw bytes (see set_bytes). */
static nd_value b_user_info(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  struct passwd pw;
  char *buf = NULL;
  int err = passwd_of_euid(&pw, &buf);
  if (err != 0) return fail_ctx(env, argv[0], err, "uv_os_get_passwd");
  nd_value o, null;
  nd_status st = nd_object_new(env, &o);
  if (st == ND_OK) st = nd_null(env, &null);
  if (st == ND_OK) st = nd_set_prototype(env, o, null);
  if (st == ND_OK) st = ndx_set_number(env, o, "uid", pw.pw_uid);
  if (st == ND_OK) st = ndx_set_number(env, o, "gid", pw.pw_gid);
  if (st == ND_OK) st = set_bytes(env, o, "username", pw.pw_name);
  if (st == ND_OK) st = set_bytes(env, o, "homedir", pw.pw_dir);
  if (st == ND_OK) st = set_bytes(env, o, "shell", pw.pw_shell);
  free(buf);
  return st == ND_OK ? o : ndx_fail(env, st);
}

/* ---- priority (os.js has validated both as int32) ---- */

static nd_value b_get_priority(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t pid = ndx_opt_int32(env, argv[0], 0);
  errno = 0;
  int prio = getpriority(PRIO_PROCESS, (id_t)pid);
  if (prio == -1 && errno != 0) return fail_ctx(env, argv[1], errno, "uv_os_getpriority");
  return ndx_number(env, prio);
}

static nd_value b_set_priority(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t pid = ndx_opt_int32(env, argv[0], 0), prio = ndx_opt_int32(env, argv[1], 0);
  if (setpriority(PRIO_PROCESS, (id_t)pid, prio) != 0)
    return fail_ctx(env, argv[2], errno, "uv_os_setpriority");
  return ndx_number(env, 0);
}

/* ---- network interfaces ---- */

/* The prefix length of a netmask, or -1 when its ones are not contiguous
 * (os.js then gives cidr null, as Node does). */
static int prefix_length(const unsigned char *mask, size_t len)
{
  int ones = 0;
  bool zero_seen = false;
  for (size_t i = 0; i < len; i++) {
    for (int bit = 7; bit >= 0; bit--) {
      if (mask[i] & (1u << bit)) {
        if (zero_seen) return -1;
        ones++;
      } else {
        zero_seen = true;
      }
    }
  }
  return ones;
}

/* An entry libuv reports: up and running, with an address. */
static bool reported(const struct ifaddrs *a)
{
  return (a->ifa_flags & IFF_UP) && (a->ifa_flags & IFF_RUNNING) && a->ifa_addr;
}

/* The hardware address of interface `name` (its AF_PACKET entry), or zeros. */
static void mac_of(const struct ifaddrs *list, const char *name, char out[18])
{
  unsigned char mac[6] = {0};
  for (const struct ifaddrs *a = list; a; a = a->ifa_next) {
    if (!reported(a) || a->ifa_addr->sa_family != AF_PACKET || strcmp(a->ifa_name, name) != 0)
      continue;
    const struct sockaddr_ll *ll = (const struct sockaddr_ll *)a->ifa_addr;
    memcpy(mac, ll->sll_addr, sizeof mac);
    break;
  }
  snprintf(out, 18, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4],
           mac[5]);
}

/* Rows of 8: name, address, netmask, family, mac, internal, scopeid (-1
 * for IPv4), prefix length (-1: not contiguous); os.js groups them by name. */
#define IF_FIELDS 8
static nd_value b_interfaces(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  struct ifaddrs *list;
  if (getifaddrs(&list) != 0) return fail_ctx(env, argv[0], errno, "uv_interface_addresses");
  nd_value rows, v[IF_FIELDS];
  uint32_t n = 0;
  nd_status st = nd_array_new(env, 0, &rows);
  for (const struct ifaddrs *a = list; st == ND_OK && a; a = a->ifa_next) {
    if (!reported(a)) continue;
    int fam = a->ifa_addr->sa_family;
    if (fam != AF_INET && fam != AF_INET6) continue;
    const bool v6 = fam == AF_INET6;
    const void *addr = v6 ? (const void *)&((const struct sockaddr_in6 *)a->ifa_addr)->sin6_addr
                          : (const void *)&((const struct sockaddr_in *)a->ifa_addr)->sin_addr;
    unsigned char mask[16] = {0};
    size_t masklen = v6 ? 16 : 4;
    if (a->ifa_netmask && v6)
      memcpy(mask, &((const struct sockaddr_in6 *)a->ifa_netmask)->sin6_addr, masklen);
    else if (a->ifa_netmask)
      memcpy(mask, &((const struct sockaddr_in *)a->ifa_netmask)->sin_addr, masklen);
    char text[INET6_ADDRSTRLEN], masktext[INET6_ADDRSTRLEN], mac[18];
    if (!inet_ntop(fam, addr, text, sizeof text) ||
        !inet_ntop(fam, mask, masktext, sizeof masktext))
      continue;
    mac_of(list, a->ifa_name, mac);
    double scope = v6 ? (double)((const struct sockaddr_in6 *)a->ifa_addr)->sin6_scope_id : -1;
    if ((v[0] = ndx_string(env, a->ifa_name)) == NULL || (v[1] = ndx_string(env, text)) == NULL ||
        (v[2] = ndx_string(env, masktext)) == NULL ||
        (v[3] = ndx_string(env, v6 ? "IPv6" : "IPv4")) == NULL ||
        (v[4] = ndx_string(env, mac)) == NULL ||
        (v[5] = ndx_bool(env, (a->ifa_flags & IFF_LOOPBACK) != 0)) == NULL ||
        (v[6] = ndx_number(env, scope)) == NULL ||
        (v[7] = ndx_number(env, prefix_length(mask, masklen))) == NULL) {
      st = ND_PENDING_EXCEPTION;
      break;
    }
    for (int i = 0; st == ND_OK && i < IF_FIELDS; i++) st = nd_set_index(env, rows, n++, v[i]);
  }
  freeifaddrs(list);
  return st == ND_OK ? rows : ndx_fail(env, st);
}

/* ---- os.constants ---- */

/* The errno names os.constants.errno has on Linux, in Node's order. */
/* clang-format off */
#define OS_ERRNOS(X)                                                                       \
  X(E2BIG) X(EACCES) X(EADDRINUSE) X(EADDRNOTAVAIL) X(EAFNOSUPPORT) X(EAGAIN) X(EALREADY) \
  X(EBADF) X(EBADMSG) X(EBUSY) X(ECANCELED) X(ECHILD) X(ECONNABORTED) X(ECONNREFUSED)     \
  X(ECONNRESET) X(EDEADLK) X(EDESTADDRREQ) X(EDOM) X(EDQUOT) X(EEXIST) X(EFAULT) X(EFBIG) \
  X(EHOSTUNREACH) X(EIDRM) X(EILSEQ) X(EINPROGRESS) X(EINTR) X(EINVAL) X(EIO) X(EISCONN)  \
  X(EISDIR) X(ELOOP) X(EMFILE) X(EMLINK) X(EMSGSIZE) X(EMULTIHOP) X(ENAMETOOLONG)         \
  X(ENETDOWN) X(ENETRESET) X(ENETUNREACH) X(ENFILE) X(ENOBUFS) X(ENODATA) X(ENODEV)       \
  X(ENOENT) X(ENOEXEC) X(ENOLCK) X(ENOLINK) X(ENOMEM) X(ENOMSG) X(ENOPROTOOPT) X(ENOSPC)  \
  X(ENOSR) X(ENOSTR) X(ENOSYS) X(ENOTCONN) X(ENOTDIR) X(ENOTEMPTY) X(ENOTSOCK) X(ENOTSUP) \
  X(ENOTTY) X(ENXIO) X(EOPNOTSUPP) X(EOVERFLOW) X(EPERM) X(EPIPE) X(EPROTO)               \
  X(EPROTONOSUPPORT) X(EPROTOTYPE) X(ERANGE) X(EROFS) X(ESPIPE) X(ESRCH) X(ESTALE)        \
  X(ETIME) X(ETIMEDOUT) X(ETXTBSY) X(EWOULDBLOCK) X(EXDEV)
/* clang-format on */

typedef struct {
  const char *name;
  int value;
} named_int;

static const named_int errnos[] = {
#define X(e) {#e, e},
    OS_ERRNOS(X)
#undef X
};

/* NDX_SIGNALS is the one signal table; Node's os.constants.signals also
 * names these, each right after the entry given. */
static const struct {
  int after;
  named_int extra;
} signal_extras[] = {
    {SIGABRT, {"SIGIOT", SIGIOT}},
    {SIGCHLD, {"SIGSTKFLT", SIGSTKFLT}},
    {SIGIO, {"SIGPOLL", SIGPOLL}},
};
static const named_int signals[] = {
#define X(s) {#s, s},
    NDX_SIGNALS(X)
#undef X
};

static const named_int priorities[] = {
    {"PRIORITY_LOW", 19},          {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
    {"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14},        {"PRIORITY_HIGHEST", -20},
};

static const named_int dlopen_flags[] = {
    {"RTLD_LAZY", RTLD_LAZY},   {"RTLD_NOW", RTLD_NOW},           {"RTLD_GLOBAL", RTLD_GLOBAL},
    {"RTLD_LOCAL", RTLD_LOCAL}, {"RTLD_DEEPBIND", RTLD_DEEPBIND},
};

/* A new object with a null prototype, as Node's constants objects are. */
static nd_status bare_object(nd_env env, nd_value *result)
{
  nd_value null;
  nd_status st = nd_object_new(env, result);
  if (st == ND_OK) st = nd_null(env, &null);
  return st == ND_OK ? nd_set_prototype(env, *result, null) : st;
}

static nd_status table_object(nd_env env, const named_int *t, size_t n, nd_value *result)
{
  nd_status st = bare_object(env, result);
  for (size_t i = 0; st == ND_OK && i < n; i++)
    st = ndx_set_number(env, *result, t[i].name, t[i].value);
  return st;
}

static nd_status signals_object(nd_env env, nd_value *result)
{
  nd_status st = bare_object(env, result);
  for (size_t i = 0; st == ND_OK && i < NDX_COUNT(signals); i++) {
    st = ndx_set_number(env, *result, signals[i].name, signals[i].value);
    for (size_t k = 0; st == ND_OK && k < NDX_COUNT(signal_extras); k++)
      if (signal_extras[k].after == signals[i].value)
        st =
            ndx_set_number(env, *result, signal_extras[k].extra.name, signal_extras[k].extra.value);
  }
  return st;
}

/* {UV_UDP_REUSEADDR, dlopen, errno, signals, priority}, in Node's order. */
static nd_status constants_object(nd_env env, nd_value *result)
{
  nd_value o, dl, er, sig, prio;
  nd_status st = bare_object(env, &o);
  /* libuv's flag value, which Node exposes though nothing takes it here. */
  if (st == ND_OK) st = ndx_set_number(env, o, "UV_UDP_REUSEADDR", 4);
  if (st == ND_OK) st = table_object(env, dlopen_flags, NDX_COUNT(dlopen_flags), &dl);
  if (st == ND_OK) st = nd_set_named(env, o, "dlopen", dl);
  if (st == ND_OK) st = table_object(env, errnos, NDX_COUNT(errnos), &er);
  if (st == ND_OK) st = nd_set_named(env, o, "errno", er);
  if (st == ND_OK) st = signals_object(env, &sig);
  if (st == ND_OK) st = nd_set_named(env, o, "signals", sig);
  if (st == ND_OK) st = table_object(env, priorities, NDX_COUNT(priorities), &prio);
  if (st == ND_OK) st = nd_set_named(env, o, "priority", prio);
  if (st == ND_OK) *result = o;
  return st;
}

/* ---- the plugin ---- */

static const nd_property binding_table[] = {
    NDX_METHOD("cpus", b_cpus, 0),
    NDX_METHOD("availableParallelism", b_available_parallelism, 0),
    NDX_METHOD("totalmem", b_totalmem, 0),
    NDX_METHOD("freemem", b_freemem, 0),
    NDX_METHOD("loadavg", b_loadavg, 0),
    NDX_METHOD("uptime", b_uptime, 1),
    NDX_METHOD("hostname", b_hostname, 1),
    NDX_METHOD("homedir", b_homedir, 1),
    NDX_METHOD("userInfo", b_user_info, 1),
    NDX_METHOD("getPriority", b_get_priority, 2),
    NDX_METHOD("setPriority", b_set_priority, 3),
    NDX_METHOD("interfaces", b_interfaces, 1),
};

static nd_value init(nd_env env, nd_value exports)
{
  struct utsname u;
  if (uname(&u) != 0) return ndx_throw_errno(env, errno, "uname", NULL);
  nd_value binding, constants, result;
  nd_status st = ndx_binding(env, binding_table, NULL, &binding);
  /* uname's answers do not change while the process lives: read once. */
  if (st == ND_OK) st = ndx_set_string(env, binding, "type", u.sysname);
  if (st == ND_OK) st = ndx_set_string(env, binding, "release", u.release);
  if (st == ND_OK) st = ndx_set_string(env, binding, "version", u.version);
  if (st == ND_OK) st = ndx_set_string(env, binding, "machine", u.machine);
  if (st == ND_OK) st = constants_object(env, &constants);
  if (st == ND_OK) st = nd_set_named(env, binding, "constants", constants);
  if (st == ND_OK)
    st = nd_eval_plugin(env, "os", plugin_js, plugin_js_count, exports, binding, &result);
  return st == ND_OK ? result : ndx_fail(env, st);
}

NODUS_PLUGIN("os", NODUS_VERSION, ND_PLUGIN_DEPS, init);
