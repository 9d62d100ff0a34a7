/* net — the native half of the net plugin: non-blocking TCP and UNIX stream
 * sockets on the loop. One wrapped class, Handle, is a connected socket or a
 * listener; net.js owns the API (Socket, Server) on top of it. This file owns
 * every descriptor the plugin opens, reads into Buffers without a copy, the
 * write queue (writev, references instead of copies), descriptor passing,
 * the accept back-off, idle timers and name resolution on the worker pool.
 *
 * Lifetime: a Handle pins its own JS object (an nd_ref) from construction
 * until close(), so an open socket is never collected; its C state is freed
 * only by the finalizer, so a method called after close() or a second
 * close() finds a closed handle, never freed memory. Every handle owning a
 * descriptor is on a list that the cleanup hook closes at exit.
 *
 * Calls into JavaScript go through a fixed set of callbacks installed once
 * with setCallbacks(); each runs with `this` = the Handle and may close it:
 * C code re-checks `closed` after every call, while the Handle is still held
 * by the calling scope. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include <nodus/nodus.h>

#include "net_js.h"

#define READ_SIZE 65536         /* bytes per read, as Node */
#define READS_PER_EVENT 16      /* reads in one readiness callback */
#define ACCEPTS_PER_EVENT 64    /* accepts in one readiness callback */
#define MAX_IOV 64              /* iovecs in one sendmsg/writev */
#define COPY_LIMIT 4096         /* queued chunks up to this size are copied */
#define MAX_RECV_FDS 16         /* descriptors accepted in one recvmsg */
#define ACCEPT_RETRY_MS 100     /* back-off after EMFILE/ENFILE/ENOBUFS/ENOMEM */

/* ---- state -------------------------------------------------------------- */

enum { CB_READ, CB_FD, CB_CONNECT, CB_WRITE, CB_SHUTDOWN, CB_CONNECTION, CB_TIMEOUT, CB_COUNT };
static const char *const cb_names[CB_COUNT] = {"onread",  "onfd",         "onconnect", "onwrite",
                                               "onshutdown", "onconnection", "ontimeout"};

typedef struct nsock nsock;

typedef struct {
  nd_env env;
  nd_ref cb[CB_COUNT];  /* JS callbacks, installed by setCallbacks */
  nd_ref handle_ctor;   /* the Handle class, to make accepted sockets */
  nd_ref arraybuffer_ctor; /* the global ArrayBuffer, for read buffers */
  nsock *open;          /* every handle that owns a descriptor */
} net_state;

/* One queued piece of a write: either an owned copy or a reference to the
 * caller's typed array (whose bytes are looked up again before each send,
 * since small engine-made arrays may move). */
typedef struct chunk {
  struct chunk *next;
  char *own;       /* malloc'd bytes, or NULL when `ref` holds the data */
  nd_ref ref;      /* the Uint8Array/Buffer kept alive while queued */
  size_t off, len; /* bytes already sent; total bytes */
  int fd;          /* a dup'd descriptor to pass with the first byte, or -1 */
  bool req_end;    /* the last chunk of one write() */
} chunk;

struct nsock {
  nsock *prev, *next;   /* on net_state.open while fd >= 0 */
  net_state *st;
  nd_env env;
  int fd;
  int family;           /* AF_INET, AF_INET6, AF_UNIX, or 0 when unknown */
  nd_watch *watch;      /* readiness: read/accept, write/connect */
  nd_timer *idle;       /* setTimeout */
  nd_timer *retry;      /* accept back-off */
  nd_ref self;          /* pins the JS object until close() */
  chunk *head, *tail;   /* write queue */
  size_t queued;        /* bytes in the queue */
  char *unlink_path;    /* a UNIX listener's path, removed at close */
  double last_active;   /* nd_now_ms of the last read or write */
  uint64_t timeout_ms;  /* idle timeout, 0 = none */
  int keepalive_delay;  /* seconds, applied when the socket exists */
  bool reading, connecting, listening, shutdown_pending, eof, closed;
  bool refed, is_socket, nodelay, keepalive, nodelay_set, keepalive_set;
};

/* ---- small helpers -------------------------------------------------------- */

static nd_value num(nd_env env, double v)
{
  nd_value r;
  return nd_number(env, v, &r) == ND_OK ? r : NULL;
}

static nd_value ret_int(nd_env env, int v) { return num(env, v); }

static nd_value arg_error(nd_env env, const char *msg)
{
  nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg);
  return NULL;
}

/* A descriptor handed to nodus (listenFD, new Socket({fd})) becomes
 * non-blocking and close-on-exec like the ones it opens itself; standard
 * I/O keeps its inheritance, which child processes rely on. */
static void adopt_flags(int fd)
{
  int fl = fcntl(fd, F_GETFL);
  if (fl >= 0 && !(fl & O_NONBLOCK)) fcntl(fd, F_SETFL, fl | O_NONBLOCK);
  if (fd <= 2) return;
  int fdfl = fcntl(fd, F_GETFD);
  if (fdfl >= 0 && !(fdfl & FD_CLOEXEC)) fcntl(fd, F_SETFD, fdfl | FD_CLOEXEC);
}

/* Parses an IPv4 or IPv6 literal (with an optional %zone) into a sockaddr. */
static bool parse_ip(const char *ip, int port, struct sockaddr_storage *ss, socklen_t *len)
{
  memset(ss, 0, sizeof *ss);
  struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
  if (inet_pton(AF_INET, ip, &a4->sin_addr) == 1) {
    a4->sin_family = AF_INET;
    a4->sin_port = htons((uint16_t)port);
    *len = sizeof *a4;
    return true;
  }
  struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
  char buf[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  size_t n = strlen(ip);
  if (n >= sizeof buf) return false;
  memcpy(buf, ip, n + 1);
  char *zone = strchr(buf, '%');
  if (zone) *zone++ = 0;
  if (inet_pton(AF_INET6, buf, &a6->sin6_addr) != 1) return false;
  a6->sin6_family = AF_INET6;
  a6->sin6_port = htons((uint16_t)port);
  if (zone && *zone) {
    unsigned idx = if_nametoindex(zone);
    if (!idx) idx = (unsigned)strtoul(zone, NULL, 10);
    a6->sin6_scope_id = idx;
  }
  *len = sizeof *a6;
  return true;
}

/* {address, family, port} for an IP sockaddr; undefined for other families. */
static nd_value sockaddr_object(nd_env env, const struct sockaddr_storage *ss)
{
  char text[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  int port;
  const char *family;
  if (ss->ss_family == AF_INET) {
    const struct sockaddr_in *a4 = (const struct sockaddr_in *)ss;
    if (!inet_ntop(AF_INET, &a4->sin_addr, text, sizeof text)) return NULL;
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else if (ss->ss_family == AF_INET6) {
    const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)ss;
    if (!inet_ntop(AF_INET6, &a6->sin6_addr, text, INET6_ADDRSTRLEN)) return NULL;
    if (a6->sin6_scope_id) {
      char ifname[IF_NAMESIZE];
      size_t n = strlen(text);
      if (if_indextoname(a6->sin6_scope_id, ifname))
        snprintf(text + n, sizeof text - n, "%%%s", ifname);
      else
        snprintf(text + n, sizeof text - n, "%%%u", a6->sin6_scope_id);
    }
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    nd_value u;
    return nd_undefined(env, &u) == ND_OK ? u : NULL;
  }
  nd_value o, s, f;
  if (nd_object_new(env, &o) != ND_OK || nd_string_utf8(env, text, ND_AUTO_LENGTH, &s) != ND_OK ||
      nd_set_named(env, o, "address", s) != ND_OK ||
      nd_string_utf8(env, family, ND_AUTO_LENGTH, &f) != ND_OK ||
      nd_set_named(env, o, "family", f) != ND_OK || nd_set_named(env, o, "port", num(env, port)) != ND_OK)
    return NULL;
  return o;
}

/* Calls callback `which` with this = the handle. False when the handle is
 * gone or the call threw (the runtime reports the exception). */
static bool call_js(nsock *s, int which, size_t argc, nd_value *argv)
{
  nd_env env = s->env;
  nd_value self, fn;
  if (!s->self || !s->st->cb[which]) return false;
  if (nd_ref_get(env, s->self, &self) != ND_OK || nd_ref_get(env, s->st->cb[which], &fn) != ND_OK)
    return false;
  return nd_call(env, self, fn, argc, argv, NULL) == ND_OK;
}

static bool call_js_int(nsock *s, int which, int v)
{
  nd_value a = num(s->env, v);
  return a && call_js(s, which, 1, &a);
}

/* ---- the readiness watch -------------------------------------------------- */

static void on_ready(nd_env env, nd_watch *w, int revents, void *data);

/* Interest follows state: read while reading or listening, write while
 * connecting or while bytes are queued. */
static void update_watch(nsock *s)
{
  if (s->closed || s->fd < 0) return;
  int ev = 0;
  if ((s->reading && !s->eof && !s->connecting) || (s->listening && !nd_timer_active(s->retry)))
    ev |= ND_READABLE;
  if (s->connecting || s->head) ev |= ND_WRITABLE_EV;
  if (!ev) {
    if (s->watch) nd_watch_stop(s->watch);
    return;
  }
  if (!s->watch) {
    s->watch = nd_watch_new(s->env, s->fd, on_ready, s);
    if (!s->watch) return;
    nd_watch_ref(s->watch, s->refed);
  }
  nd_watch_start(s->watch, ev);
}

static void touch(nsock *s)
{
  if (!s->timeout_ms) return;
  s->last_active = nd_now_ms(s->env);
  if (s->idle && !nd_timer_active(s->idle)) nd_timer_start(s->idle, s->timeout_ms, 0);
}

/* ---- adopting and releasing descriptors ----------------------------------- */

static void apply_options(nsock *s)
{
  if (s->family != AF_INET && s->family != AF_INET6) return;
  if (s->nodelay_set) {
    int on = s->nodelay;
    setsockopt(s->fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
  }
  if (s->keepalive_set) {
    int on = s->keepalive;
    setsockopt(s->fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    if (on && s->keepalive_delay > 0)
      setsockopt(s->fd, IPPROTO_TCP, TCP_KEEPIDLE, &s->keepalive_delay, sizeof s->keepalive_delay);
  }
}

/* The handle takes ownership of fd and joins the open list. */
static bool adopt(nsock *s, int fd, int family)
{
  if (s->closed || s->fd >= 0) return false;
  s->fd = fd;
  s->family = family;
  struct stat stbuf;
  s->is_socket = fstat(fd, &stbuf) == 0 && S_ISSOCK(stbuf.st_mode);
  s->next = s->st->open;
  s->prev = NULL;
  if (s->st->open) s->st->open->prev = s;
  s->st->open = s;
  apply_options(s);
  return true;
}

static void chunk_free(nd_env env, chunk *c, bool refs_alive)
{
  free(c->own);
  if (c->ref && refs_alive) nd_ref_free(env, c->ref);
  if (c->fd >= 0) close(c->fd);
  free(c);
}

/* Releases the descriptor and everything tied to it. With refs_alive false
 * (from the finalizer) references are left to the runtime, which frees them
 * at exit: a finalizer may not call nd_ref_free. */
static void release(nsock *s, bool refs_alive)
{
  if (s->closed) return;
  s->closed = true;
  nd_watch_free(s->watch);
  nd_timer_free(s->idle);
  nd_timer_free(s->retry);
  s->watch = NULL;
  s->idle = s->retry = NULL;
  while (s->head) {
    chunk *c = s->head;
    s->head = c->next;
    chunk_free(s->env, c, refs_alive);
  }
  s->tail = NULL;
  s->queued = 0;
  if (s->fd >= 0) {
    if (s->prev) s->prev->next = s->next;
    else if (s->st->open == s) s->st->open = s->next;
    if (s->next) s->next->prev = s->prev;
    s->prev = s->next = NULL;
    close(s->fd);
    s->fd = -1;
  }
  if (s->unlink_path) {
    unlink(s->unlink_path);
    free(s->unlink_path);
    s->unlink_path = NULL;
  }
  if (s->self && refs_alive) nd_ref_free(s->env, s->self);
  s->self = NULL;
  s->reading = s->listening = s->connecting = false;
}

static void sock_finalize(void *data, void *hint)
{
  nsock *s = data;
  release(s, false);
  free(s);
}

/* ---- reading ----------------------------------------------------------------- */

/* A new ArrayBuffer of n bytes made by the engine (so the GC counts its
 * memory and collects it under pressure); *data is valid until the next call
 * that may allocate. */
static nd_value engine_arraybuffer(nsock *s, size_t n, char **data)
{
  nd_value ctor, len, ab;
  void *p = NULL;
  if (nd_ref_get(s->env, s->st->arraybuffer_ctor, &ctor) != ND_OK || nd_number(s->env, (double)n, &len) != ND_OK ||
      nd_new_instance(s->env, ctor, 1, &len, &ab) != ND_OK || nd_arraybuffer_info(s->env, ab, &p, NULL) != ND_OK)
    return NULL;
  *data = p;
  return ab;
}

/* One read (recvmsg on UNIX sockets, collecting passed descriptors). */
static ssize_t read_some(nsock *s, char *mem, size_t size, int *fds, int *nfds)
{
  ssize_t n;
  *nfds = 0;
  if (s->family != AF_UNIX) {
    do n = read(s->fd, mem, size); while (n < 0 && errno == EINTR);
    return n;
  }
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(MAX_RECV_FDS * sizeof(int))];
  } ctl;
  struct iovec iov = {mem, size};
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = ctl.buf;
  msg.msg_controllen = sizeof ctl.buf;
  do n = recvmsg(s->fd, &msg, MSG_CMSG_CLOEXEC); while (n < 0 && errno == EINTR);
  if (n < 0) return n;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (size_t j = 0; j < k; j++) {
      int fd;
      memcpy(&fd, CMSG_DATA(c) + j * sizeof(int), sizeof fd);
      if (*nfds < MAX_RECV_FDS) fds[(*nfds)++] = fd;
      else close(fd);
    }
  }
  return n;
}

/* Reads straight into the ArrayBuffer that the 'data' Buffer views: no copy
 * between the kernel and JavaScript. FIONREAD sizes the buffer to what the
 * kernel holds (up to READ_SIZE), so no memory is left unused; the engine
 * allocates it, so the GC sees it. Only when the kernel reports nothing
 * (end of file, an error, or bytes that arrived after the ioctl) does the
 * read go to a scratch block, copied out in the last case. */
static void do_read(nsock *s)
{
  static char scratch[READ_SIZE];
  nd_env env = s->env;
  for (int i = 0; i < READS_PER_EVENT && s->reading && !s->closed && !s->eof; i++) {
    nd_scope scope;
    if (nd_scope_open(env, &scope) != ND_OK) return;
    int avail = 0;
    if (ioctl(s->fd, FIONREAD, &avail) != 0 || avail < 0) avail = 0;
    size_t want = avail > READ_SIZE ? READ_SIZE : (size_t)avail;
    char *mem = scratch;
    nd_value ab = NULL;
    if (want) {
      ab = engine_arraybuffer(s, want, &mem);
      if (!ab) {
        nd_scope_close(env, scope);
        return;
      }
    } else {
      want = READ_SIZE;
    }
    int fds[MAX_RECV_FDS], nfds;
    ssize_t n = read_some(s, mem, want, fds, &nfds);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      nd_scope_close(env, scope);
      return;
    }
    int err = n < 0 ? errno : 0;
    if (n > 0 && !ab) {
      char *dst;
      ab = engine_arraybuffer(s, (size_t)n, &dst);
      if (ab) memcpy(dst, scratch, (size_t)n);
    }
    if (n > 0) touch(s);
    for (int j = 0; j < nfds; j++) {
      if (s->closed || !call_js_int(s, CB_FD, fds[j])) {
        for (int k = j + (s->closed ? 0 : 1); k < nfds; k++) close(fds[k]);
        nd_scope_close(env, scope);
        return;
      }
    }
    if (s->closed || (n > 0 && !ab)) {
      nd_scope_close(env, scope);
      return;
    }
    nd_value argv[2];
    if (n <= 0) {
      s->eof = true;
      s->reading = false;
      update_watch(s);
      if (nd_undefined(env, &argv[0]) == ND_OK && (argv[1] = num(env, -err)) != NULL)
        call_js(s, CB_READ, 2, argv);
      nd_scope_close(env, scope);
      return;
    }
    argv[0] = ab;
    bool ok = (argv[1] = num(env, (double)n)) != NULL && call_js(s, CB_READ, 2, argv);
    nd_scope_close(env, scope);
    /* Less than a full block: the kernel had no more when asked. */
    if (!ok || (size_t)n < READ_SIZE) return;
  }
}

/* ---- writing ------------------------------------------------------------------- */

/* One sendmsg (or writev for a non-socket), passing pass_fd when >= 0 on a
 * UNIX socket. Returns the bytes written, 0 when the kernel is full, or
 * -errno. */
static ssize_t send_iov(nsock *s, struct iovec *iov, int iovcnt, int pass_fd)
{
  ssize_t n;
  if (s->is_socket) {
    struct msghdr msg = {0};
    union {
      struct cmsghdr align;
      char buf[CMSG_SPACE(sizeof(int))];
    } ctl;
    msg.msg_iov = iov;
    msg.msg_iovlen = (size_t)iovcnt;
    if (pass_fd >= 0 && s->family == AF_UNIX) {
      memset(&ctl, 0, sizeof ctl);
      msg.msg_control = ctl.buf;
      msg.msg_controllen = sizeof ctl.buf;
      struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
      c->cmsg_level = SOL_SOCKET;
      c->cmsg_type = SCM_RIGHTS;
      c->cmsg_len = CMSG_LEN(sizeof(int));
      memcpy(CMSG_DATA(c), &pass_fd, sizeof(int));
    }
    do n = sendmsg(s->fd, &msg, MSG_NOSIGNAL); while (n < 0 && errno == EINTR);
  } else {
    do n = writev(s->fd, iov, iovcnt); while (n < 0 && errno == EINTR);
  }
  if (n < 0) return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -errno;
  return n;
}

/* Bytes of a queued chunk, looked up now (valid until the next allocation). */
static char *chunk_bytes(nd_env env, chunk *c)
{
  if (c->own) return c->own;
  nd_value v;
  void *p = NULL;
  if (nd_ref_get(env, c->ref, &v) != ND_OK || nd_typedarray_info(env, v, &p, NULL, NULL, NULL) != ND_OK)
    return NULL;
  return p;
}

static chunk *chunk_append(nsock *s)
{
  chunk *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->fd = -1;
  if (s->tail) s->tail->next = c;
  else s->head = c;
  s->tail = c;
  return c;
}

/* Writes as much of the queue as the kernel takes. Returns the number of
 * write requests completed, or -errno. */
static int flush_queue(nsock *s)
{
  nd_env env = s->env;
  int done = 0;
  while (s->head) {
    struct iovec iov[MAX_IOV];
    int cnt = 0, pass_fd = s->head->fd;
    size_t want = 0;
    nd_scope scope;
    if (nd_scope_open(env, &scope) != ND_OK) return -ENOMEM;
    /* Gather first (ref lookups allocate handles only), then send at once. */
    for (chunk *c = s->head; c && cnt < MAX_IOV; c = c->next) {
      if (c != s->head && c->fd >= 0) break; /* one passed fd per message */
      if (c->len == c->off) continue;
      char *p = chunk_bytes(env, c);
      if (!p) {
        nd_scope_close(env, scope);
        return -EINVAL;
      }
      iov[cnt].iov_base = p + c->off;
      iov[cnt].iov_len = c->len - c->off;
      want += iov[cnt].iov_len;
      cnt++;
    }
    ssize_t n = cnt ? send_iov(s, iov, cnt, pass_fd) : 0;
    nd_scope_close(env, scope);
    if (n < 0) return (int)n;
    if (cnt && n == 0) break; /* EAGAIN */
    if (n > 0) touch(s);
    if (n > 0 && s->head->fd >= 0) {
      close(s->head->fd);
      s->head->fd = -1;
    }
    size_t left = (size_t)n;
    s->queued -= left;
    while (s->head) {
      chunk *c = s->head;
      size_t rem = c->len - c->off;
      if (left < rem) {
        c->off += left;
        break;
      }
      left -= rem;
      s->head = c->next;
      if (!s->head) s->tail = NULL;
      if (c->req_end) done++;
      chunk_free(env, c, true);
      if (left == 0 && s->head && s->head->len != s->head->off) break;
    }
    if ((size_t)n < want) break; /* a short write: the kernel is full */
  }
  return done;
}

/* ---- loop callbacks ---------------------------------------------------------- */

static void do_accept(nsock *s);

static void finish_connect(nsock *s)
{
  int err = 0;
  socklen_t len = sizeof err;
  if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) err = errno;
  if (err == EINPROGRESS) return;
  s->connecting = false;
  update_watch(s);
  if (!err) apply_options(s);
  call_js_int(s, CB_CONNECT, -err);
}

static void do_write_ready(nsock *s)
{
  int r = flush_queue(s);
  if (s->closed) return;
  update_watch(s);
  bool pending_shutdown = s->shutdown_pending && !s->head && r >= 0;
  if (r != 0) {
    nd_value argv[2] = {num(s->env, r > 0 ? r : 0), num(s->env, r < 0 ? r : 0)};
    if (!argv[0] || !argv[1] || !call_js(s, CB_WRITE, 2, argv)) return;
  }
  if (pending_shutdown && !s->closed && s->shutdown_pending && !s->head) {
    s->shutdown_pending = false;
    int err = shutdown(s->fd, SHUT_WR) == 0 || errno == ENOTCONN ? 0 : errno;
    call_js_int(s, CB_SHUTDOWN, -err);
  }
}

static void on_ready(nd_env env, nd_watch *w, int revents, void *data)
{
  nsock *s = data;
  if (s->closed) return;
  if (s->listening) {
    do_accept(s);
    return;
  }
  if (s->connecting) {
    if (revents & (ND_WRITABLE_EV | ND_READABLE)) finish_connect(s);
    return;
  }
  if ((revents & ND_WRITABLE_EV) && s->head) {
    do_write_ready(s);
    if (s->closed) return;
  }
  if ((revents & ND_READABLE) && s->reading) do_read(s);
}

static void on_idle(nd_env env, nd_timer *t, void *data)
{
  nsock *s = data;
  if (s->closed || !s->timeout_ms) return;
  double idle_for = nd_now_ms(env) - s->last_active;
  if (idle_for + 0.5 < (double)s->timeout_ms) {
    nd_timer_start(t, (uint64_t)((double)s->timeout_ms - idle_for + 0.999), 0);
    return;
  }
  call_js(s, CB_TIMEOUT, 0, NULL);
}

static void on_retry(nd_env env, nd_timer *t, void *data)
{
  nsock *s = data;
  if (s->closed || !s->listening) return;
  update_watch(s);
  do_accept(s);
}

/* Accepts pending connections. Out of descriptors or memory: the accept
 * watch stops and a timer retries later, so the loop neither spins on the
 * always-readable listener nor drops the server. */
static void do_accept(nsock *s)
{
  nd_env env = s->env;
  for (int i = 0; i < ACCEPTS_PER_EVENT && s->listening && !s->closed; i++) {
    int fd = accept4(s->fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) {
      int e = errno;
      if (e == EINTR || e == ECONNABORTED || e == EPROTO) continue;
      if (e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM) {
        if (!s->retry) {
          s->retry = nd_timer_new(env, on_retry, s);
          if (!s->retry) return;
        }
        nd_timer_ref(s->retry, s->refed);
        nd_timer_start(s->retry, ACCEPT_RETRY_MS, 0);
        update_watch(s);
      }
      return;
    }
    nd_scope scope;
    if (nd_scope_open(env, &scope) != ND_OK) {
      close(fd);
      return;
    }
    nd_value ctor, client;
    void *p = NULL;
    if (nd_ref_get(env, s->st->handle_ctor, &ctor) != ND_OK ||
        nd_new_instance(env, ctor, 0, NULL, &client) != ND_OK || nd_unwrap(env, client, &p) != ND_OK || !p ||
        !adopt(p, fd, s->family)) {
      close(fd);
      if (p) release(p, true); /* unpin the unused Handle */
      nd_scope_close(env, scope);
      return;
    }
    bool ok = call_js(s, CB_CONNECTION, 1, &client);
    nd_scope_close(env, scope);
    if (!ok) return;
  }
}

/* ---- Handle methods -------------------------------------------------------------- */

static nsock *this_sock(nd_env env, nd_value self)
{
  void *p = NULL;
  if (nd_unwrap(env, self, &p) != ND_OK || !p) {
    nd_throw_type_error(env, "ERR_INVALID_THIS", "Illegal invocation: not a net handle");
    return NULL;
  }
  return p;
}

static nd_value h_ctor(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nsock *s = calloc(1, sizeof *s);
  if (!s) {
    nd_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
    return NULL;
  }
  s->st = data;
  s->env = env;
  s->fd = -1;
  s->refed = true;
  if (nd_wrap(env, self, s, sock_finalize, NULL) != ND_OK) {
    free(s);
    nd_throw_error(env, "ERR_INVALID_STATE", "cannot wrap a net handle");
    return NULL;
  }
  /* Pinned until close(): net.js closes every handle it makes. */
  nd_ref_new(env, self, &s->self);
  return NULL;
}

#define SELF_OPEN(s)                                         \
  nsock *s = this_sock(env, self);                           \
  if (!s) return NULL;                                       \
  if (s->closed) return ret_int(env, -EBADF)

/* A socket of `family`, unless the handle has one already. */
static int ensure_socket(nsock *s, int family)
{
  if (s->fd >= 0) return s->family == family ? 0 : -EINVAL;
  int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return -errno;
  if (!adopt(s, fd, family)) {
    close(fd);
    return -ENOMEM;
  }
  return 0;
}

/* open(fd): adopt a descriptor (listenFD, a socket handed over). */
static nd_value h_open(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  int32_t fd;
  if (nd_get_int32(env, argv[0], &fd) != ND_OK || fd < 0) return arg_error(env, "The \"fd\" argument must be a file descriptor");
  if (s->fd >= 0) return ret_int(env, -EISCONN);
  struct stat stbuf;
  if (fstat(fd, &stbuf) != 0) return ret_int(env, -errno);
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  int family = 0;
  if (S_ISSOCK(stbuf.st_mode) && getsockname(fd, (struct sockaddr *)&ss, &len) == 0) family = ss.ss_family;
  adopt_flags(fd);
  if (!adopt(s, fd, family)) return ret_int(env, -ENOMEM);
  return ret_int(env, 0);
}

/* bind(ip, port, ipv6only) */
static nd_value h_bind(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  char ip[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  int32_t port;
  bool v6only = false;
  if (nd_get_string_utf8(env, argv[0], ip, sizeof ip, NULL) != ND_OK) return arg_error(env, "The \"address\" argument must be a string");
  if (nd_get_int32(env, argv[1], &port) != ND_OK || port < 0 || port > 65535) return arg_error(env, "The \"port\" argument must be a valid port");
  nd_get_bool(env, argv[2], &v6only);
  struct sockaddr_storage ss;
  socklen_t len;
  if (!parse_ip(ip, port, &ss, &len)) return ret_int(env, -EINVAL);
  int r = ensure_socket(s, ss.ss_family);
  if (r) return ret_int(env, r);
  int on = 1;
  setsockopt(s->fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  if (ss.ss_family == AF_INET6) {
    int v6 = v6only;
    setsockopt(s->fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6, sizeof v6);
  }
  if (bind(s->fd, (struct sockaddr *)&ss, len) != 0) return ret_int(env, -errno);
  return ret_int(env, 0);
}

static int unix_addr(nd_env env, nd_value v, struct sockaddr_un *sun, socklen_t *len, char **path)
{
  size_t n;
  char *p;
  if (nd_get_string_dup(env, v, &p, &n) != ND_OK) return -EINVAL;
  memset(sun, 0, sizeof *sun);
  sun->sun_family = AF_UNIX;
  if (n == 0 || n >= sizeof sun->sun_path) {
    free(p);
    return n ? -ENAMETOOLONG : -EINVAL;
  }
  memcpy(sun->sun_path, p, n);
  /* A leading NUL names an abstract socket: its length is exact. */
  *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (p[0] ? 1 : 0));
  if (path) *path = p;
  else free(p);
  return 0;
}

/* bindPipe(path) */
static nd_value h_bind_pipe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  struct sockaddr_un sun;
  socklen_t len;
  char *path = NULL;
  if (!nd_is_string(env, argv[0])) return arg_error(env, "The \"path\" argument must be a string");
  int r = unix_addr(env, argv[0], &sun, &len, &path);
  if (r) return ret_int(env, r);
  r = ensure_socket(s, AF_UNIX);
  if (r == 0 && bind(s->fd, (struct sockaddr *)&sun, len) != 0) r = -errno;
  if (r == 0 && path[0]) {
    free(s->unlink_path);
    s->unlink_path = path;
    path = NULL;
  }
  free(path);
  return ret_int(env, r);
}

/* listen(backlog): start accepting; connections go to onconnection. */
static nd_value h_listen(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  int32_t backlog = 511;
  if (!nd_is_undefined(env, argv[0])) nd_get_int32(env, argv[0], &backlog);
  if (s->fd < 0) return ret_int(env, -EBADF);
  if (listen(s->fd, backlog) != 0) return ret_int(env, -errno); /* close() removes a bound path */
  s->listening = true;
  update_watch(s);
  return ret_int(env, 0);
}

/* Starts a non-blocking connect; completion arrives through the writable
 * watch (onconnect), even when connect(2) succeeds at once. */
static int start_connect(nsock *s, const struct sockaddr *sa, socklen_t len)
{
  int r = ensure_socket(s, sa->sa_family);
  if (r) return r;
  do r = connect(s->fd, sa, len); while (r != 0 && errno == EINTR);
  if (r != 0 && errno != EINPROGRESS) return -errno;
  s->connecting = true;
  update_watch(s);
  return 0;
}

/* connect(ip, port): 0 while in progress (onconnect follows), or -errno. */
static nd_value h_connect(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  char ip[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  int32_t port;
  if (nd_get_string_utf8(env, argv[0], ip, sizeof ip, NULL) != ND_OK) return arg_error(env, "The \"address\" argument must be a string");
  if (nd_get_int32(env, argv[1], &port) != ND_OK || port < 0 || port > 65535) return arg_error(env, "The \"port\" argument must be a valid port");
  struct sockaddr_storage ss;
  socklen_t len;
  if (!parse_ip(ip, port, &ss, &len)) return ret_int(env, -EINVAL);
  return ret_int(env, start_connect(s, (struct sockaddr *)&ss, len));
}

/* connectPipe(path) */
static nd_value h_connect_pipe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  struct sockaddr_un sun;
  socklen_t len;
  if (!nd_is_string(env, argv[0])) return arg_error(env, "The \"path\" argument must be a string");
  int r = unix_addr(env, argv[0], &sun, &len, NULL);
  if (r) return ret_int(env, r);
  return ret_int(env, start_connect(s, (struct sockaddr *)&sun, len));
}

static nd_value h_read_start(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  if (s->fd < 0) return ret_int(env, -ENOTCONN);
  s->reading = !s->eof;
  update_watch(s);
  return ret_int(env, 0);
}

static nd_value h_read_stop(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  s->reading = false;
  update_watch(s);
  return ret_int(env, 0);
}

/* One part of a write request: a typed array (bytes looked up when needed,
 * since small engine-made arrays may move) or owned memory. */
typedef struct {
  nd_value owner; /* typed array, or NULL when `own` holds the bytes */
  char *own;
  size_t len;
} part;

/* Queues bytes [off, len) of a part. Owned memory moves into the queue; a
 * small remainder of a typed array is copied, a large one is kept by
 * reference instead of copied. */
static int enqueue_part(nsock *s, part *p, size_t off, int pass_fd, bool req_end)
{
  chunk *c = chunk_append(s);
  if (!c) return -ENOMEM;
  c->req_end = req_end;
  if (p->own || !p->len) {
    c->own = p->own;
    p->own = NULL;
    c->off = off;
    c->len = p->len;
  } else if (p->len - off <= COPY_LIMIT) {
    void *bytes = NULL;
    if (nd_typedarray_info(s->env, p->owner, &bytes, NULL, NULL, NULL) != ND_OK) return -EINVAL;
    c->own = malloc(p->len - off);
    if (!c->own) return -ENOMEM;
    memcpy(c->own, (char *)bytes + off, p->len - off);
    c->len = p->len - off;
  } else {
    if (nd_ref_new(s->env, p->owner, &c->ref) != ND_OK) return -ENOMEM;
    c->off = off;
    c->len = p->len;
  }
  if (pass_fd >= 0 && c->len > c->off) {
    c->fd = fcntl(pass_fd, F_DUPFD_CLOEXEC, 0);
    if (c->fd < 0) return -errno;
  }
  s->queued += c->len - c->off;
  return 0;
}

static void free_parts(part *parts, size_t from, size_t n)
{
  for (size_t j = from; j < n; j++) {
    free(parts[j].own);
    parts[j].own = NULL;
  }
}

/* Sends one write request made of n parts at once when nothing is queued
 * ahead of it, and queues what the kernel did not take. Returns 0 when all
 * of it went out, 1 when queued (onwrite reports completion), -errno on
 * failure. Frees the parts' owned memory in every case. */
static int write_parts(nsock *s, part *parts, size_t n, int pass_fd)
{
  nd_env env = s->env;
  size_t i = 0, off = 0; /* first part not fully sent, and bytes of it sent */
  touch(s);
  if (!s->head && !s->connecting) {
    while (i < n) {
      struct iovec iov[MAX_IOV];
      int cnt = 0;
      size_t want = 0;
      /* Gather first (no allocation between the lookups and the send). */
      for (size_t j = i; j < n && cnt < MAX_IOV; j++) {
        size_t from = j == i ? off : 0;
        if (parts[j].len == from) continue;
        void *p = parts[j].own;
        if (!p && nd_typedarray_info(env, parts[j].owner, &p, NULL, NULL, NULL) != ND_OK) {
          free_parts(parts, 0, n);
          return -EINVAL;
        }
        iov[cnt].iov_base = (char *)p + from;
        iov[cnt].iov_len = parts[j].len - from;
        want += iov[cnt].iov_len;
        cnt++;
      }
      if (!cnt) {
        i = n;
        break;
      }
      ssize_t r = send_iov(s, iov, cnt, pass_fd);
      if (r < 0) {
        free_parts(parts, 0, n);
        return (int)r;
      }
      if (r == 0) break; /* the kernel is full */
      pass_fd = -1;
      size_t left = (size_t)r;
      while (i < n && left >= parts[i].len - off) {
        left -= parts[i].len - off;
        free(parts[i].own);
        parts[i].own = NULL;
        off = 0;
        i++;
      }
      off += left;
      if ((size_t)r < want) break;
    }
    if (i == n) return 0;
  }
  for (size_t j = i; j < n; j++) {
    int e = enqueue_part(s, &parts[j], j == i ? off : 0, j == i ? pass_fd : -1, j == n - 1);
    if (e) {
      free_parts(parts, 0, n);
      return e;
    }
  }
  if (n == 0) {
    chunk *c = chunk_append(s);
    if (!c) return -ENOMEM;
    c->req_end = true;
  }
  update_watch(s);
  return 1;
}

/* One part from a JS value: a typed array (by reference) or a string
 * (copied: UTF-8, or Latin-1 when latin1 is set). */
static int make_part(nd_env env, nd_value v, bool latin1, part *p)
{
  p->owner = NULL;
  p->own = NULL;
  p->len = 0;
  if (nd_is_typedarray(env, v)) {
    if (nd_typedarray_info(env, v, NULL, &p->len, NULL, NULL) != ND_OK) return -EINVAL;
    p->owner = v;
    return 0;
  }
  if (!nd_is_string(env, v)) return -EINVAL;
  size_t n;
  if (latin1) {
    if (nd_get_string_latin1(env, v, NULL, 0, &n) != ND_OK) return -EINVAL;
    p->own = malloc(n + 1);
    if (!p->own) return -ENOMEM;
    if (nd_get_string_latin1(env, v, p->own, n + 1, &n) != ND_OK) {
      free(p->own);
      p->own = NULL;
      return -EINVAL;
    }
  } else if (nd_get_string_dup(env, v, &p->own, &n) != ND_OK) {
    return -EINVAL;
  }
  p->len = n;
  if (n == 0) {
    free(p->own);
    p->own = NULL;
  }
  return 0;
}

/* write(data, [latin1], [fd]) -> 0 done, 1 queued, -errno */
static nd_value h_write(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  bool latin1 = false;
  int32_t fd = -1;
  nd_get_bool(env, argv[1], &latin1);
  if (!nd_is_nullish(env, argv[2]) && (nd_get_int32(env, argv[2], &fd) != ND_OK || fd < 0))
    return arg_error(env, "The \"fd\" argument must be a file descriptor");
  part p;
  int r = make_part(env, argv[0], latin1, &p);
  if (r == -EINVAL) return arg_error(env, "The \"data\" argument must be a string or a Uint8Array");
  if (r) return ret_int(env, r);
  if (s->fd < 0) {
    free(p.own);
    return ret_int(env, -EBADF);
  }
  return ret_int(env, write_parts(s, &p, 1, s->family == AF_UNIX ? fd : -1));
}

/* writev(list) — strings in the list are UTF-8. */
static nd_value h_writev(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  uint32_t n;
  if (!nd_is_array(env, argv[0]) || nd_array_length(env, argv[0], &n) != ND_OK) return arg_error(env, "The \"chunks\" argument must be an array");
  if (s->fd < 0) return ret_int(env, -EBADF);
  part *parts = calloc(n ? n : 1, sizeof *parts);
  if (!parts) return ret_int(env, -ENOMEM);
  int r = 0;
  uint32_t got = 0;
  for (; got < n; got++) {
    nd_value v;
    if (nd_get_index(env, argv[0], got, &v) != ND_OK) {
      r = -EINVAL;
      break;
    }
    r = make_part(env, v, false, &parts[got]);
    if (r) break;
  }
  if (r) {
    for (uint32_t i = 0; i < got; i++) free(parts[i].own);
    free(parts);
    if (r == -EINVAL) return arg_error(env, "The \"chunks\" must be strings or Uint8Arrays");
    return ret_int(env, r);
  }
  r = write_parts(s, parts, n, -1);
  free(parts);
  return ret_int(env, r);
}

/* shutdown() -> 0 done, 1 after the queue drains (onshutdown), -errno */
static nd_value h_shutdown(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  if (s->fd < 0) return ret_int(env, -ENOTCONN);
  if (s->head || s->connecting) {
    s->shutdown_pending = true;
    return ret_int(env, 1);
  }
  if (shutdown(s->fd, SHUT_WR) != 0 && errno != ENOTCONN) return ret_int(env, -errno);
  return ret_int(env, 0);
}

/* close([reset]): with reset, a TCP connection ends with RST, not FIN. */
static nd_value h_close(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nsock *s = this_sock(env, self);
  if (!s) return NULL;
  bool reset = false;
  nd_get_bool(env, argv[0], &reset);
  if (reset && !s->closed && s->fd >= 0 && (s->family == AF_INET || s->family == AF_INET6)) {
    struct linger l = {1, 0};
    setsockopt(s->fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  }
  release(s, true);
  return NULL;
}

static nd_value h_set_no_delay(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  bool on = true;
  if (!nd_is_undefined(env, argv[0])) nd_get_bool(env, argv[0], &on);
  s->nodelay = on;
  s->nodelay_set = true;
  if (s->fd >= 0 && !s->connecting) apply_options(s);
  return ret_int(env, 0);
}

static nd_value h_set_keep_alive(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  bool on = false;
  int32_t delay = 0;
  nd_get_bool(env, argv[0], &on);
  if (!nd_is_undefined(env, argv[1])) nd_get_int32(env, argv[1], &delay);
  s->keepalive = on;
  s->keepalive_set = true;
  if (delay > 0) s->keepalive_delay = delay;
  if (s->fd >= 0 && !s->connecting) apply_options(s);
  return ret_int(env, 0);
}

/* setTimeout(ms): 'timeout' after ms without reads or writes; 0 disables. */
static nd_value h_set_timeout(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  double ms;
  if (nd_get_double(env, argv[0], &ms) != ND_OK || !(ms >= 0)) return arg_error(env, "The \"msecs\" argument must be a non-negative number");
  s->timeout_ms = (uint64_t)ms;
  if (!s->timeout_ms) {
    if (s->idle) nd_timer_stop(s->idle);
    return ret_int(env, 0);
  }
  if (!s->idle) {
    s->idle = nd_timer_new(env, on_idle, s);
    if (!s->idle) return ret_int(env, -ENOMEM);
    nd_timer_ref(s->idle, false); /* an idle timer alone keeps nothing alive */
  }
  s->last_active = nd_now_ms(env);
  nd_timer_start(s->idle, s->timeout_ms, 0);
  return ret_int(env, 0);
}

static nd_value h_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  SELF_OPEN(s);
  bool on = true;
  if (!nd_is_undefined(env, argv[0])) nd_get_bool(env, argv[0], &on);
  s->refed = on;
  if (s->watch) nd_watch_ref(s->watch, on);
  if (s->retry) nd_timer_ref(s->retry, on);
  return ret_int(env, 0);
}

static nd_value name_of(nd_env env, nd_value self, bool peer)
{
  nsock *s = this_sock(env, self);
  if (!s) return NULL;
  nd_value u;
  if (nd_undefined(env, &u) != ND_OK) return NULL;
  if (s->closed || s->fd < 0) return u;
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  int r = peer ? getpeername(s->fd, (struct sockaddr *)&ss, &len) : getsockname(s->fd, (struct sockaddr *)&ss, &len);
  if (r != 0) return u;
  return sockaddr_object(env, &ss);
}

static nd_value h_getsockname(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  return name_of(env, self, false);
}

static nd_value h_getpeername(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  return name_of(env, self, true);
}

static nd_value h_fd(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nsock *s = this_sock(env, self);
  return s ? ret_int(env, s->closed ? -1 : s->fd) : NULL;
}

static nd_value h_family(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nsock *s = this_sock(env, self);
  if (!s) return NULL;
  const char *f = s->family == AF_INET ? "IPv4" : s->family == AF_INET6 ? "IPv6" : s->family == AF_UNIX ? "unix" : "";
  nd_value r;
  return nd_string_utf8(env, f, ND_AUTO_LENGTH, &r) == ND_OK ? r : NULL;
}

static nd_value h_queued(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  nsock *s = this_sock(env, self);
  return s ? num(env, (double)s->queued) : NULL;
}

/* ---- name resolution on the worker pool ------------------------------------------ */

typedef struct {
  char *host;
  int family;
  int err;             /* getaddrinfo's result */
  int sys_errno;       /* errno when err == EAI_SYSTEM */
  struct addrinfo *res;
  nd_ref cb;
} lookup_req;

static void lookup_execute(void *data)
{
  lookup_req *r = data;
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = r->family == 4 ? AF_INET : r->family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = r->family ? 0 : AI_ADDRCONFIG;
  r->err = getaddrinfo(r->host, NULL, &hints, &r->res);
  if (r->err == EAI_SYSTEM) r->sys_errno = errno;
  /* AI_ADDRCONFIG hides loopback names on hosts with no other address. */
  if ((r->err == EAI_NONAME || r->err == EAI_ADDRFAMILY || r->err == EAI_NODATA) && hints.ai_flags) {
    hints.ai_flags = 0;
    r->err = getaddrinfo(r->host, NULL, &hints, &r->res);
    if (r->err == EAI_SYSTEM) r->sys_errno = errno;
  }
}

static const char *eai_code(int err, int sys)
{
  switch (err) {
  case EAI_NONAME:
  case EAI_NODATA:
  case EAI_ADDRFAMILY: return "ENOTFOUND";
  case EAI_AGAIN: return "EAI_AGAIN";
  case EAI_BADFLAGS: return "EAI_BADFLAGS";
  case EAI_FAIL: return "EAI_FAIL";
  case EAI_FAMILY: return "EAI_FAMILY";
  case EAI_MEMORY: return "EAI_MEMORY";
  case EAI_SERVICE: return "EAI_SERVICE";
  case EAI_SOCKTYPE: return "EAI_SOCKTYPE";
  case EAI_SYSTEM: return nd_errno_name(sys);
  default: return "EAI_FAIL";
  }
}

/* cb(null, [{address, family}...]) or cb(code) */
static void lookup_complete(nd_env env, bool cancelled, void *data)
{
  lookup_req *r = data;
  nd_value fn, argv[2];
  if (!cancelled && nd_ref_get(env, r->cb, &fn) == ND_OK) {
    bool ok = true;
    if (r->err) {
      ok = nd_string_utf8(env, eai_code(r->err, r->sys_errno), ND_AUTO_LENGTH, &argv[0]) == ND_OK &&
           nd_null(env, &argv[1]) == ND_OK;
    } else {
      uint32_t i = 0;
      ok = nd_null(env, &argv[0]) == ND_OK && nd_array_new(env, 0, &argv[1]) == ND_OK;
      for (struct addrinfo *a = r->res; ok && a; a = a->ai_next) {
        if (a->ai_family != AF_INET && a->ai_family != AF_INET6) continue;
        struct sockaddr_storage ss;
        memset(&ss, 0, sizeof ss);
        memcpy(&ss, a->ai_addr, a->ai_addrlen < sizeof ss ? a->ai_addrlen : sizeof ss);
        nd_value o = sockaddr_object(env, &ss);
        ok = o && nd_set_index(env, argv[1], i++, o) == ND_OK;
      }
    }
    if (ok) nd_call(env, NULL, fn, 2, argv, NULL);
  }
  if (r->res) freeaddrinfo(r->res);
  if (r->cb) nd_ref_free(env, r->cb);
  free(r->host);
  free(r);
}

/* getaddrinfo(host, family, cb) */
static nd_value b_getaddrinfo(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t family = 0;
  if (!nd_is_string(env, argv[0])) return arg_error(env, "The \"hostname\" argument must be a string");
  if (!nd_is_undefined(env, argv[1])) nd_get_int32(env, argv[1], &family);
  if (!nd_is_function(env, argv[2])) return arg_error(env, "The \"callback\" argument must be of type function");
  lookup_req *r = calloc(1, sizeof *r);
  if (!r) return arg_error(env, "out of memory");
  r->family = family;
  if (nd_get_string_dup(env, argv[0], &r->host, NULL) != ND_OK || nd_ref_new(env, argv[2], &r->cb) != ND_OK) {
    if (r->cb) nd_ref_free(env, r->cb);
    free(r->host);
    free(r);
    return NULL;
  }
  if (nd_work_queue(env, lookup_execute, lookup_complete, r) != ND_OK) {
    nd_ref_free(env, r->cb);
    free(r->host);
    free(r);
    nd_throw_errno(env, EAGAIN, "getaddrinfo", NULL);
    return NULL;
  }
  return NULL;
}

/* ---- module functions ------------------------------------------------------------- */

static nd_value b_set_callbacks(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  net_state *st = data;
  for (int i = 0; i < CB_COUNT; i++) {
    nd_value fn;
    if (nd_get_named(env, argv[0], cb_names[i], &fn) != ND_OK) return NULL;
    if (!nd_is_function(env, fn)) return arg_error(env, "every net callback must be a function");
    if (st->cb[i]) nd_ref_free(env, st->cb[i]);
    st->cb[i] = NULL;
    if (nd_ref_new(env, fn, &st->cb[i]) != ND_OK) return NULL;
  }
  return NULL;
}

/* strerror(errno) -> the message of the runtime's errno table */
static nd_value b_strerror(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t e = 0;
  nd_get_int32(env, argv[0], &e);
  if (e < 0) e = -e;
  nd_value err, msg;
  if (nd_errno_error(env, e, NULL, NULL, &err) != ND_OK || nd_get_named(env, err, "message", &msg) != ND_OK)
    return NULL;
  return msg;
}

static nd_value b_errname(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t e = 0;
  nd_get_int32(env, argv[0], &e);
  nd_value r;
  return nd_string_utf8(env, nd_errno_name(e < 0 ? -e : e), ND_AUTO_LENGTH, &r) == ND_OK ? r : NULL;
}

/* closeFd(fd): a descriptor received over a socket that nobody took. */
static nd_value b_close_fd(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t fd;
  if (nd_get_int32(env, argv[0], &fd) != ND_OK || fd < 0) return arg_error(env, "The \"fd\" argument must be a file descriptor");
  return ret_int(env, close(fd) == 0 ? 0 : -errno);
}

static void cleanup(void *data)
{
  net_state *st = data;
  while (st->open) release(st->open, true);
  for (int i = 0; i < CB_COUNT; i++)
    if (st->cb[i]) nd_ref_free(st->env, st->cb[i]);
  nd_ref_free(st->env, st->handle_ctor);
  nd_ref_free(st->env, st->arraybuffer_ctor);
  /* Handles collected later never reach `st`: release() touches it only
   * while a descriptor is open, and none is now. */
  free(st);
}

static nd_value init(nd_env env, nd_value exports)
{
  net_state *st = calloc(1, sizeof *st);
  if (!st) {
    nd_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
    return NULL;
  }
  st->env = env;
  const nd_property methods[] = {
      {"open", h_open, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"bind", h_bind, NULL, NULL, NULL, 3, ND_DEFAULT_METHOD, st},
      {"bindPipe", h_bind_pipe, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"listen", h_listen, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"connect", h_connect, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, st},
      {"connectPipe", h_connect_pipe, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"readStart", h_read_start, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"readStop", h_read_stop, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"write", h_write, NULL, NULL, NULL, 3, ND_DEFAULT_METHOD, st},
      {"writev", h_writev, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"shutdown", h_shutdown, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"close", h_close, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"setNoDelay", h_set_no_delay, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"setKeepAlive", h_set_keep_alive, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, st},
      {"setTimeout", h_set_timeout, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"ref", h_ref, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"getsockname", h_getsockname, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"getpeername", h_getpeername, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, st},
      {"fd", NULL, h_fd, NULL, NULL, 0, ND_CONFIGURABLE, st},
      {"family", NULL, h_family, NULL, NULL, 0, ND_CONFIGURABLE, st},
      {"writeQueueSize", NULL, h_queued, NULL, NULL, 0, ND_CONFIGURABLE, st},
  };
  nd_value ctor, global, abctor, binding, result;
  if (nd_class_new(env, "Handle", h_ctor, 0, st, sizeof methods / sizeof methods[0], methods, &ctor) != ND_OK ||
      nd_global(env, &global) != ND_OK || nd_get_named(env, global, "ArrayBuffer", &abctor) != ND_OK ||
      nd_ref_new(env, ctor, &st->handle_ctor) != ND_OK || nd_ref_new(env, abctor, &st->arraybuffer_ctor) != ND_OK) {
    if (st->handle_ctor) nd_ref_free(env, st->handle_ctor);
    free(st);
    return NULL;
  }
  if (nd_cleanup_hook(env, cleanup, st) != ND_OK) {
    nd_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "cannot register the net cleanup hook");
    return NULL;
  }
  const nd_property fns[] = {
      {"setCallbacks", b_set_callbacks, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"getaddrinfo", b_getaddrinfo, NULL, NULL, NULL, 3, ND_DEFAULT_METHOD, st},
      {"strerror", b_strerror, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"errname", b_errname, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
      {"closeFd", b_close_fd, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, st},
  };
  if (nd_object_new(env, &binding) != ND_OK || nd_set_named(env, binding, "Handle", ctor) != ND_OK ||
      nd_define_properties(env, binding, sizeof fns / sizeof fns[0], fns) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "net", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("net", NODUS_VERSION, ND_PLUGIN_DEPS, init);
