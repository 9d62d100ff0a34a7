/* stream.c — the descriptor-stream core of libnodus_aux (nodus_aux_stream.h):
 * one owner for "bytes on a descriptor, driven by the loop": the watch,
 * reads into ArrayBuffers, the write queue, half-close, connect/accept, the
 * idle timer, and the JS class with its standard methods and callbacks.
 * Built on nodus.h alone. The lifetime rules are in the header.
 *
 * Re-entrancy: every call into JavaScript may close the stream (or pause
 * it, or write to it). Loop callbacks hold the stream's object in their
 * scope for their whole run, so its memory stays valid, and re-check
 * `closed` and the state they depend on after every call. */
#include <errno.h>
#include <fcntl.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/epoll.h>
#endif

#include <nodus/nodus_aux.h>
#include <nodus/nodus_aux_stream.h>

#define READ_SIZE 65536      /* bytes per read at most, as Node */
#define READS_PER_EVENT 16   /* reads in one readiness callback */
#define ACCEPTS_PER_EVENT 64 /* accepts in one readiness callback */
#define MAX_IOV 64           /* iovecs in one sendmsg/writev */
#define COPY_LIMIT 4096      /* queued remainders up to this size are copied */
#define MAX_RECV_FDS 16      /* descriptors accepted in one recvmsg */
#define ACCEPT_RETRY_MS 100  /* back-off after EMFILE/ENFILE/ENOBUFS/ENOMEM */

static const char *const callback_names[NDX_STREAM_NCALLBACKS] = {
    "onread", "onwrite", "onshutdown", "onconnect", "onconnection", "onfd", "ontimeout"};

struct ndx_stream_class {
  nd_env env;
  const nd_type_tag *tag;
  size_t data_size;
  int open_flags;
  ndx_stream_hooks hooks;
  nd_ref cb[NDX_STREAM_NCALLBACKS]; /* JS callbacks from setCallbacks */
  nd_ref ctor;                      /* the class, to make accepted streams */
  nd_ref arraybuffer_ctor;          /* the global ArrayBuffer: read buffers */
  char *scratch;                    /* READ_SIZE bytes for reads of unknown size,
                                      made on first use */
  ndx_stream *open;                 /* every stream owning a descriptor */
};

/* One queued piece of a write: an owned copy or a reference to the caller's
 * typed array (its bytes looked up again before each send). */
typedef struct chunk {
  struct chunk *next;
  char *own;       /* malloc'd bytes, or NULL when `ref` holds the data */
  nd_ref ref;      /* the typed array kept alive while queued */
  size_t off, len; /* bytes already sent; total bytes */
  int fd;          /* a dup'd descriptor to pass with the first byte, or -1 */
  bool req_end;    /* the last chunk of one write request */
} chunk;

struct ndx_stream {
  ndx_stream *prev, *next; /* on cls->open while a descriptor is held */
  ndx_stream_class *cls;
  nd_env env;
  int fd;
  nd_watch *watch;         /* readiness of a pollable descriptor */
  nd_timer *turn;          /* readiness of a file, and io kicks */
  nd_timer *idle;          /* setTimeout */
  nd_timer *retry;         /* accept back-off */
  nd_ref self;             /* the JS object, while I/O is in flight */
  chunk *head, *tail;      /* the write queue */
  size_t queued;           /* bytes in it */
  const ndx_stream_io *io; /* a layer between descriptor and buffers, or NULL */
  void *layer;
  double last_active;  /* nd_now_ms of the last read or write */
  uint64_t timeout_ms; /* idle timeout, 0 = none */
  int interest;        /* the events being waited for */
  int io_want;         /* extra readiness the layer asked for */
  int kind;            /* NDX_STREAM_SOCKET/UNIX/PIPE/BLOCKING as opened */
  bool pollable, io_kick;
  bool reading, connecting, listening, shutdown_pending, eof, refed;
  bool closed, finalized; /* freed when both */
  alignas(max_align_t) unsigned char data[];
};

/* ---- small helpers ---------------------------------------------------------- */

static bool in_flight(const ndx_stream *s)
{
  return !s->closed && s->fd >= 0 &&
         (s->reading || s->connecting || s->listening || s->head || s->shutdown_pending ||
          s->timeout_ms || s->io_want || (s->io_kick && s->reading));
}

/* Drops the pin when nothing is in flight. Callers that run JavaScript
 * afterwards hold the object in their own scope. */
static void unpin_if_idle(ndx_stream *s)
{
  if (s->self && !in_flight(s)) {
    nd_ref_free(s->env, s->self);
    s->self = NULL;
  }
}

void ndx_stream_pin(ndx_stream *s, nd_value self)
{
  if (!s->self && in_flight(s) && nd_ref_new(s->env, self, &s->self) != ND_OK) s->self = NULL;
  unpin_if_idle(s);
}

nd_env ndx_stream_env(const ndx_stream *s)
{
  return s->env;
}
ndx_stream_class *ndx_stream_get_class(const ndx_stream *s)
{
  return s->cls;
}
void *ndx_stream_data(ndx_stream *s)
{
  return s->data;
}
int ndx_stream_fd(const ndx_stream *s)
{
  return s->closed ? -1 : s->fd;
}
bool ndx_stream_closed(const ndx_stream *s)
{
  return s->closed;
}
size_t ndx_stream_queued(const ndx_stream *s)
{
  return s->queued;
}

/* Calls a JS callback with this = self. */
static bool call_js(ndx_stream *s, nd_value self, ndx_stream_callback which, size_t argc,
                    nd_value *argv)
{
  nd_value fn;
  if (!self || !s->cls || !s->cls->cb[which] || nd_ref_get(s->env, s->cls->cb[which], &fn) != ND_OK)
    return false;
  return nd_call(s->env, self, fn, argc, argv, NULL) == ND_OK;
}

static bool call_js_int(ndx_stream *s, nd_value self, ndx_stream_callback which, int v)
{
  nd_value a = ndx_number(s->env, v);
  return a && call_js(s, self, which, 1, &a);
}

bool ndx_stream_emit(ndx_stream *s, ndx_stream_callback which, size_t argc, nd_value *argv)
{
  nd_value self;
  if (!s->self || nd_ref_get(s->env, s->self, &self) != ND_OK) return false;
  return call_js(s, self, which, argc, argv);
}

static void touch(ndx_stream *s)
{
  if (!s->timeout_ms) return;
  s->last_active = nd_now_ms(s->env);
  /* A refused start leaves the timer idle; the next touch retries it. */
  if (s->idle && !nd_timer_active(s->idle)) ND_IGNORE(nd_timer_start(s->idle, s->timeout_ms, 0));
}

/* ---- interest: what the loop waits for -------------------------------------- */

static void on_ready(nd_env env, nd_watch *w, int revents, void *data);
static void on_turn(nd_env env, nd_timer *t, void *data);

/* Readiness follows state: read while reading or listening, write while
 * connecting, while bytes are queued or a shutdown waits for its turn.
 * Descriptors epoll cannot watch are "always ready": a zero timer gives
 * them one turn per loop iteration. 0, or -errno when the loop refused. */
static int update(ndx_stream *s)
{
  if (s->closed || s->fd < 0) return 0;
  int ev = s->io_want;
  if ((s->reading && !s->eof && !s->connecting) || (s->listening && !nd_timer_active(s->retry)))
    ev |= ND_READABLE;
  if (s->connecting || s->head || s->shutdown_pending) ev |= ND_WRITABLE_EV;
  s->interest = ev;
  if (s->pollable) {
    if (!ev) {
      if (s->watch) ND_IGNORE(nd_watch_stop(s->watch)); /* stop cannot fail on a watch */
    } else {
      if (!s->watch) {
        s->watch = nd_watch_new(s->env, s->fd, on_ready, s);
        if (!s->watch) return -ENOMEM;
        nd_watch_ref(s->watch, s->refed);
      }
      if (nd_watch_start(s->watch, ev) != ND_OK) {
        /* epoll refuses some descriptors (regular files behind a pipe
         * name, /dev/null): treat them as always ready. */
        nd_watch_free(s->watch);
        s->watch = NULL;
        s->pollable = false;
      }
    }
  }
  bool turn = (!s->pollable && ev) || (s->io_kick && s->reading);
  if (turn) {
    if (!s->turn) {
      s->turn = nd_timer_new(s->env, on_turn, s);
      if (!s->turn) return -ENOMEM;
      nd_timer_ref(s->turn, s->refed);
    }
    if (!nd_timer_active(s->turn) && nd_timer_start(s->turn, 0, 0) != ND_OK) return -ENOMEM;
  } else if (s->turn) {
    ND_IGNORE(nd_timer_stop(s->turn)); /* stop cannot fail on a timer */
  }
  return 0;
}

/* ---- opening and releasing ----------------------------------------------------- */

/* Whether the loop can watch a character device: epoll refuses those
 * without a poll method (/dev/null), and asking the loop itself would make
 * libevent print a warning. Terminals and the like pass. */
static bool can_watch(int fd)
{
#ifdef __linux__
  int ep = epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) return true;
  struct epoll_event ev;
  memset(&ev, 0, sizeof ev);
  ev.events = EPOLLIN;
  bool ok = epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) == 0 || errno == EEXIST;
  close(ep);
  return ok;
#else
  (void)fd;
  return true;
#endif
}

int ndx_stream_open(ndx_stream *s, int fd, int flags)
{
  if (s->closed) return -EBADF;
  if (s->fd >= 0) return -EISCONN;
  if (fd < 0) return -EBADF;
  int kind = flags & (NDX_STREAM_SOCKET | NDX_STREAM_UNIX | NDX_STREAM_PIPE);
  bool pollable = true;
  if (!kind) {
    struct stat st;
    if (fstat(fd, &st) != 0) return -errno;
    if (S_ISSOCK(st.st_mode)) {
      struct sockaddr_storage ss;
      socklen_t len = sizeof ss;
      kind = NDX_STREAM_SOCKET;
      if (getsockname(fd, (struct sockaddr *)&ss, &len) == 0 && ss.ss_family == AF_UNIX)
        kind |= NDX_STREAM_UNIX;
    } else {
      kind = NDX_STREAM_PIPE;
      if (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode) || S_ISDIR(st.st_mode)) pollable = false;
      else if (S_ISCHR(st.st_mode) || !S_ISFIFO(st.st_mode)) pollable = can_watch(fd);
    }
  }
  if (kind & NDX_STREAM_UNIX) kind |= NDX_STREAM_SOCKET;
  if (flags & NDX_STREAM_BLOCKING) {
    kind |= NDX_STREAM_BLOCKING;
  } else if (flags & NDX_STREAM_ADOPT) {
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0 && !(fl & O_NONBLOCK) && fcntl(fd, F_SETFL, fl | O_NONBLOCK) != 0) return -errno;
    if (fd > 2) { /* standard I/O keeps its inheritance: children rely on it */
      int fdfl = fcntl(fd, F_GETFD);
      if (fdfl >= 0 && !(fdfl & FD_CLOEXEC)) (void)fcntl(fd, F_SETFD, fdfl | FD_CLOEXEC);
    }
  }
  s->fd = fd;
  s->kind = kind;
  s->pollable = pollable;
  s->eof = false;
  ndx_stream_class *cls = s->cls;
  s->prev = NULL;
  s->next = cls->open;
  if (cls->open) cls->open->prev = s;
  cls->open = s;
  return 0;
}

static void chunk_free(nd_env env, chunk *c, bool refs_alive)
{
  free(c->own);
  if (c->ref && refs_alive) nd_ref_free(env, c->ref);
  if (c->fd >= 0) close(c->fd);
  free(c);
}

/* Releases the descriptor and everything tied to it, once. With refs_alive
 * false (from the finalizer) no nd_* call is made: an idle stream holds no
 * references then (a queued chunk or a pin would have kept it alive). */
static void release(ndx_stream *s, bool refs_alive)
{
  if (s->closed) return;
  s->closed = true;
  nd_watch_free(s->watch);
  nd_timer_free(s->turn);
  nd_timer_free(s->idle);
  nd_timer_free(s->retry);
  s->watch = NULL;
  s->turn = s->idle = s->retry = NULL;
  while (s->head) {
    chunk *c = s->head;
    s->head = c->next;
    chunk_free(s->env, c, refs_alive);
  }
  s->tail = NULL;
  s->queued = 0;
  if (s->fd >= 0) {
    ndx_stream_class *cls = s->cls;
    if (s->prev) s->prev->next = s->next;
    else if (cls->open == s) cls->open = s->next;
    if (s->next) s->next->prev = s->prev;
    s->prev = s->next = NULL;
    if (cls->hooks.release) cls->hooks.release(s);
    if (s->fd > 2) close(s->fd);
    s->fd = -1;
  }
  if (s->self && refs_alive) nd_ref_free(s->env, s->self);
  s->self = NULL;
  s->reading = s->listening = s->connecting = s->shutdown_pending = false;
  s->io_want = 0;
  s->io_kick = false;
}

static void stream_finalize(void *data, void *hint)
{
  ndx_stream *s = data;
  s->finalized = true;
  release(s, false);
  if (s->closed && s->finalized) free(s);
}

void ndx_stream_close(ndx_stream *s, bool reset)
{
  if (s->closed) return;
  if (reset && s->fd >= 0 && (s->kind & NDX_STREAM_SOCKET) && !(s->kind & NDX_STREAM_UNIX)) {
    struct linger l = {1, 0};
    (void)setsockopt(s->fd, SOL_SOCKET, SO_LINGER, &l, sizeof l); /* best effort: a FIN instead */
  }
  release(s, true);
}

void ndx_stream_ref(ndx_stream *s, bool ref)
{
  s->refed = ref;
  if (s->watch) nd_watch_ref(s->watch, ref);
  if (s->turn) nd_timer_ref(s->turn, ref);
  if (s->retry) nd_timer_ref(s->retry, ref);
}

/* ---- raw descriptor I/O ----------------------------------------------------------- */

/* One read; on a UNIX socket a recvmsg that collects passed descriptors. */
static ssize_t raw_read(ndx_stream *s, void *mem, size_t size, int *fds, int *nfds)
{
  ssize_t n;
  *nfds = 0;
  if (!(s->kind & NDX_STREAM_UNIX)) {
    do n = read(s->fd, mem, size);
    while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
  }
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(MAX_RECV_FDS * sizeof(int))];
  } ctl;
  struct iovec iov = {mem, size};
  struct msghdr msg;
  memset(&msg, 0, sizeof msg);
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = ctl.buf;
  msg.msg_controllen = sizeof ctl.buf;
  do n = recvmsg(s->fd, &msg, MSG_CMSG_CLOEXEC);
  while (n < 0 && errno == EINTR);
  if (n < 0) return -errno;
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

/* One sendmsg (writev for a non-socket), passing pass_fd when >= 0 on a
 * UNIX socket. Bytes written, or -errno (-EAGAIN when full). */
static ssize_t raw_writev(ndx_stream *s, const struct iovec *iov, int iovcnt, int pass_fd)
{
  ssize_t n;
  if (s->kind & NDX_STREAM_SOCKET) {
    struct msghdr msg;
    union {
      struct cmsghdr align;
      char buf[CMSG_SPACE(sizeof(int))];
    } ctl;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = (struct iovec *)iov;
    msg.msg_iovlen = (size_t)iovcnt;
    if (pass_fd >= 0 && (s->kind & NDX_STREAM_UNIX)) {
      memset(&ctl, 0, sizeof ctl);
      msg.msg_control = ctl.buf;
      msg.msg_controllen = sizeof ctl.buf;
      struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
      c->cmsg_level = SOL_SOCKET;
      c->cmsg_type = SCM_RIGHTS;
      c->cmsg_len = CMSG_LEN(sizeof(int));
      memcpy(CMSG_DATA(c), &pass_fd, sizeof(int));
    }
    do n = sendmsg(s->fd, &msg, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
  } else {
    do n = writev(s->fd, iov, iovcnt);
    while (n < 0 && errno == EINTR);
  }
  if (n < 0) return errno == EWOULDBLOCK ? -EAGAIN : -errno;
  return n;
}

ssize_t ndx_stream_raw_read(ndx_stream *s, void *buf, size_t len)
{
  if (s->closed || s->fd < 0) return -EBADF;
  ssize_t n;
  do n = read(s->fd, buf, len);
  while (n < 0 && errno == EINTR);
  if (n < 0) return errno == EWOULDBLOCK ? -EAGAIN : -errno;
  return n;
}

ssize_t ndx_stream_raw_writev(ndx_stream *s, const struct iovec *iov, int iovcnt)
{
  if (s->closed || s->fd < 0) return -EBADF;
  return raw_writev(s, iov, iovcnt, -1);
}

/* What the core sends through: the layer when there is one. */
static ssize_t send_iov(ndx_stream *s, const struct iovec *iov, int iovcnt, int pass_fd)
{
  if (s->io) return s->io->writev(s, s->layer, iov, iovcnt);
  return raw_writev(s, iov, iovcnt, pass_fd);
}

void ndx_stream_set_io(ndx_stream *s, const ndx_stream_io *io, void *layer)
{
  s->io = io;
  s->layer = layer;
}

void ndx_stream_io_want(ndx_stream *s, int events)
{
  s->io_want |= events & (ND_READABLE | ND_WRITABLE_EV);
  ND_IGNORE(update(s)); /* a refusal shows when the layer's retry fails */
}

void ndx_stream_io_kick(ndx_stream *s)
{
  s->io_kick = true;
  ND_IGNORE(update(s));
}

/* ---- reading -------------------------------------------------------------------- */

/* A new ArrayBuffer of n bytes made by the engine (the GC counts its memory
 * and collects it under pressure); *data is valid until the next call that
 * may allocate. */
static nd_value engine_arraybuffer(ndx_stream *s, size_t n, char **data)
{
  nd_value ctor, len, ab;
  void *p = NULL;
  if (nd_ref_get(s->env, s->cls->arraybuffer_ctor, &ctor) != ND_OK ||
      nd_number(s->env, (double)n, &len) != ND_OK ||
      nd_new_instance(s->env, ctor, 1, &len, &ab) != ND_OK ||
      nd_arraybuffer_info(s->env, ab, &p, NULL) != ND_OK)
    return NULL;
  *data = p;
  return ab;
}

/* Reads straight into the ArrayBuffer that becomes the JS chunk: FIONREAD
 * sizes it to what the kernel holds (up to READ_SIZE), so nothing is copied
 * and no memory is left unused. Only when the kernel reports nothing (end
 * of file, an error, bytes that arrived after the ioctl) or a layer
 * produces the bytes does the read go to the scratch block, copied out. */
static void do_read(ndx_stream *s, nd_value self)
{
  nd_env env = s->env;
  bool blocking = s->kind & NDX_STREAM_BLOCKING;
  int rounds = blocking ? 1 : READS_PER_EVENT;
  if (s->io) s->io_kick = false;
  for (int i = 0; i < rounds && s->reading && !s->closed && !s->eof; i++) {
    nd_value argv[2];
    nd_scope scope;
    if (nd_scope_open(env, &scope) != ND_OK) return;
    size_t want = 0;
    if (!s->io) {
      int avail = 0;
      if (ioctl(s->fd, FIONREAD, &avail) != 0 || avail < 0) avail = 0;
      want = avail > READ_SIZE ? READ_SIZE : (size_t)avail;
    }
    char *mem = s->cls->scratch;
    nd_value ab = NULL;
    if (!want && !mem && !(mem = s->cls->scratch = malloc(READ_SIZE))) {
      ND_IGNORE(nd_scope_close(env, scope));
      if (nd_undefined(env, &argv[0]) == ND_OK && (argv[1] = ndx_number(env, -ENOMEM)) != NULL)
        call_js(s, self, NDX_STREAM_ONREAD, 2, argv);
      return;
    }
    if (want) {
      ab = engine_arraybuffer(s, want, &mem);
      if (!ab) {
        ND_IGNORE(nd_scope_close(env, scope)); /* the pending exception is reported by the loop */
        return;
      }
    } else {
      want = READ_SIZE;
    }
    int fds[MAX_RECV_FDS], nfds = 0;
    ssize_t n = s->io ? s->io->read(s, s->layer, mem, want) : raw_read(s, mem, want, fds, &nfds);
    if (n == -EAGAIN || n == -EWOULDBLOCK) {
      ND_IGNORE(nd_scope_close(env, scope));
      return;
    }
    if (n > 0 && !ab) {
      char *dst;
      ab = engine_arraybuffer(s, (size_t)n, &dst);
      if (ab) memcpy(dst, s->cls->scratch, (size_t)n);
    }
    if (n > 0) touch(s);
    for (int j = 0; j < nfds; j++) {
      if (!s->cls->cb[NDX_STREAM_ONFD]) { /* nobody takes descriptors here */
        close(fds[j]);
        continue;
      }
      if (s->closed || !call_js_int(s, self, NDX_STREAM_ONFD, fds[j])) {
        for (int k = j + (s->closed ? 0 : 1); k < nfds; k++) close(fds[k]);
        ND_IGNORE(nd_scope_close(env, scope));
        return;
      }
    }
    if (s->closed || (n > 0 && !ab)) {
      ND_IGNORE(nd_scope_close(env, scope));
      return;
    }
    if (n <= 0) {
      s->eof = true;
      s->reading = false;
      ND_IGNORE(update(s)); /* it only stops interest here */
      if (nd_undefined(env, &argv[0]) == ND_OK && (argv[1] = ndx_number(env, (double)n)) != NULL)
        call_js(s, self, NDX_STREAM_ONREAD, 2, argv);
      ND_IGNORE(nd_scope_close(env, scope));
      return;
    }
    argv[0] = ab;
    bool ok = (argv[1] = ndx_number(env, (double)n)) != NULL &&
              call_js(s, self, NDX_STREAM_ONREAD, 2, argv);
    ND_IGNORE(nd_scope_close(env, scope));
    /* Less than a full block: the kernel had no more when asked. */
    if (!ok || (size_t)n < READ_SIZE) return;
  }
}

/* ---- writing -------------------------------------------------------------------- */

/* Bytes of a queued chunk, looked up now (valid until the next allocation). */
static char *chunk_bytes(nd_env env, chunk *c)
{
  if (c->own) return c->own;
  nd_value v;
  void *p = NULL;
  if (nd_ref_get(env, c->ref, &v) != ND_OK ||
      nd_typedarray_info(env, v, &p, NULL, NULL, NULL) != ND_OK)
    return NULL;
  return p;
}

static chunk *chunk_append(ndx_stream *s)
{
  chunk *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->fd = -1;
  if (s->tail) s->tail->next = c;
  else s->head = c;
  s->tail = c;
  return c;
}

/* Writes as much of the queue as the kernel takes. The number of write
 * requests completed, or -errno. */
static int flush_queue(ndx_stream *s)
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
      if (c != s->head && c->fd >= 0) break; /* one passed descriptor per message */
      if (c->len == c->off) continue;
      char *p = chunk_bytes(env, c);
      if (!p) {
        ND_IGNORE(nd_scope_close(env, scope));
        return -EINVAL;
      }
      iov[cnt].iov_base = p + c->off;
      iov[cnt].iov_len = c->len - c->off;
      want += iov[cnt].iov_len;
      cnt++;
    }
    ssize_t n = cnt ? send_iov(s, iov, cnt, pass_fd) : 0;
    ND_IGNORE(nd_scope_close(env, scope)); /* only handles were made in it */
    if (n == -EAGAIN) break;
    if (n < 0) return (int)n;
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

/* Queues bytes [off, len) of a piece. Owned memory moves into the queue; a
 * small remainder of a typed array is copied, a large one kept by reference. */
static int enqueue(ndx_stream *s, ndx_stream_buf *b, size_t off, int pass_fd, bool req_end)
{
  chunk *c = chunk_append(s);
  if (!c) return -ENOMEM;
  c->req_end = req_end;
  if (b->own || !b->len) {
    c->own = b->own;
    b->own = NULL;
    c->off = off;
    c->len = b->len;
  } else if (b->len - off <= COPY_LIMIT) {
    void *bytes = NULL;
    if (nd_typedarray_info(s->env, b->owner, &bytes, NULL, NULL, NULL) != ND_OK) return -EINVAL;
    c->own = malloc(b->len - off);
    if (!c->own) return -ENOMEM;
    memcpy(c->own, (char *)bytes + off, b->len - off);
    c->len = b->len - off;
  } else {
    if (nd_ref_new(s->env, b->owner, &c->ref) != ND_OK) return -ENOMEM;
    c->off = off;
    c->len = b->len;
  }
  /* Counted as soon as the chunk holds bytes: flushing subtracts them even
   * when duplicating the descriptor below fails. */
  s->queued += c->len - c->off;
  if (pass_fd >= 0 && c->len > c->off) {
    c->fd = fcntl(pass_fd, F_DUPFD_CLOEXEC, 0);
    if (c->fd < 0) return -errno;
  }
  return 0;
}

static void free_bufs(ndx_stream_buf *bufs, size_t n)
{
  for (size_t j = 0; j < n; j++) {
    free(bufs[j].own);
    bufs[j].own = NULL;
  }
}

int ndx_stream_write(ndx_stream *s, ndx_stream_buf *bufs, size_t n, int pass_fd)
{
  nd_env env = s->env;
  if (s->closed || s->fd < 0) {
    free_bufs(bufs, n);
    return s->closed ? -EBADF : -ENOTCONN;
  }
  if (!(s->kind & NDX_STREAM_UNIX)) pass_fd = -1;
  size_t i = 0, off = 0; /* first piece not fully sent, and bytes of it sent */
  touch(s);
  if (!s->head && !s->connecting) {
    while (i < n) {
      struct iovec iov[MAX_IOV];
      int cnt = 0;
      size_t want = 0;
      /* Gather first (no allocation between the lookups and the send). */
      for (size_t j = i; j < n && cnt < MAX_IOV; j++) {
        size_t from = j == i ? off : 0;
        if (bufs[j].len == from) continue;
        void *p = bufs[j].own;
        if (!p && nd_typedarray_info(env, bufs[j].owner, &p, NULL, NULL, NULL) != ND_OK) {
          free_bufs(bufs, n);
          return -EINVAL;
        }
        iov[cnt].iov_base = (char *)p + from;
        iov[cnt].iov_len = bufs[j].len - from;
        want += iov[cnt].iov_len;
        cnt++;
      }
      if (!cnt) {
        i = n;
        break;
      }
      ssize_t r = send_iov(s, iov, cnt, pass_fd);
      if (r == -EAGAIN) break; /* the kernel is full */
      if (r < 0) {
        free_bufs(bufs, n);
        return (int)r;
      }
      pass_fd = -1;
      size_t left = (size_t)r;
      while (i < n && left >= bufs[i].len - off) {
        left -= bufs[i].len - off;
        free(bufs[i].own);
        bufs[i].own = NULL;
        off = 0;
        i++;
      }
      off += left;
      if ((size_t)r < want) break;
    }
    if (i == n) return 0;
  }
  for (size_t j = i; j < n; j++) {
    int e = enqueue(s, &bufs[j], j == i ? off : 0, j == i ? pass_fd : -1, j == n - 1);
    if (e) {
      free_bufs(bufs, n);
      return e;
    }
  }
  if (n == 0) { /* an empty request still completes in order */
    chunk *c = chunk_append(s);
    if (!c) return -ENOMEM;
    c->req_end = true;
  }
  int e = update(s);
  return e ? e : 1;
}

/* The half-close itself: the layer's, or shutdown(2) on a socket. A pipe
 * has no half-close: its owner closes it. */
static int do_shutdown(ndx_stream *s)
{
  if (s->io && s->io->shutdown) return s->io->shutdown(s, s->layer);
  if (!(s->kind & NDX_STREAM_SOCKET)) return 0;
  return shutdown(s->fd, SHUT_WR) == 0 || errno == ENOTCONN ? 0 : -errno;
}

int ndx_stream_shutdown(ndx_stream *s)
{
  if (s->closed) return -EBADF;
  if (s->fd < 0) return -ENOTCONN;
  if (s->head || s->connecting) {
    s->shutdown_pending = true;
    return 1;
  }
  int r = do_shutdown(s);
  if (r == -EAGAIN) {
    s->shutdown_pending = true;
    int e = update(s);
    return e ? e : 1;
  }
  return r;
}

/* ---- loop callbacks -------------------------------------------------------------- */

static void do_accept(ndx_stream *s, nd_value self);

static void finish_connect(ndx_stream *s, nd_value self)
{
  int err = 0;
  socklen_t len = sizeof err;
  if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) err = errno;
  if (err == EINPROGRESS) return;
  s->connecting = false;
  int e = update(s);
  call_js_int(s, self, NDX_STREAM_ONCONNECT, err ? -err : e);
}

static void do_write_ready(ndx_stream *s, nd_value self)
{
  int r = s->head ? flush_queue(s) : 0;
  if (s->closed) return;
  int e = update(s);
  if (r >= 0 && e) r = e;
  bool pending_shutdown = s->shutdown_pending && !s->head && r >= 0;
  if (r != 0) {
    nd_value argv[2] = {ndx_number(s->env, r > 0 ? r : 0), ndx_number(s->env, r < 0 ? r : 0)};
    if (!argv[0] || !argv[1] || !call_js(s, self, NDX_STREAM_ONWRITE, 2, argv)) return;
  }
  if (pending_shutdown && !s->closed && s->shutdown_pending && !s->head) {
    int err = do_shutdown(s);
    if (err == -EAGAIN) return; /* the layer asked for readiness; called again */
    s->shutdown_pending = false;
    call_js_int(s, self, NDX_STREAM_ONSHUTDOWN, err ? err : update(s));
  }
}

/* One readiness event (or turn). `self` is held in this callback's scope
 * for its whole run: JavaScript may unpin or close the stream meanwhile. */
static void dispatch(ndx_stream *s, int revents)
{
  nd_value self;
  if (s->closed || !s->self || nd_ref_get(s->env, s->self, &self) != ND_OK) {
    /* Nothing to call back (the pin could not be made): stop waiting, or a
     * level-triggered watch would fire again at once. The next method call
     * pins the stream and starts it again. */
    if (s->watch) ND_IGNORE(nd_watch_stop(s->watch)); /* stop cannot fail */
    if (s->turn) ND_IGNORE(nd_timer_stop(s->turn));
    return;
  }
  if (s->io) {
    /* A layer may need either direction for either job: try both. */
    s->io_want = 0;
    revents |=
        (s->head || s->shutdown_pending ? ND_WRITABLE_EV : 0) | (s->reading ? ND_READABLE : 0);
  }
  if (s->listening) {
    do_accept(s, self);
  } else if (s->connecting) {
    if (revents & (ND_WRITABLE_EV | ND_READABLE)) finish_connect(s, self);
  } else {
    if ((revents & ND_WRITABLE_EV) && (s->head || s->shutdown_pending)) do_write_ready(s, self);
    if (!s->closed && (revents & ND_READABLE) && s->reading) do_read(s, self);
  }
  if (!s->closed) {
    int e = update(s);
    if (e && s->reading) call_js_int(s, self, NDX_STREAM_ONREAD, e);
  }
  unpin_if_idle(s);
}

static void on_ready(nd_env env, nd_watch *w, int revents, void *data)
{
  dispatch(data, revents);
}

static void on_turn(nd_env env, nd_timer *t, void *data)
{
  ndx_stream *s = data;
  dispatch(s, s->io_kick ? s->interest | ND_READABLE : s->interest);
}

static void on_idle(nd_env env, nd_timer *t, void *data)
{
  ndx_stream *s = data;
  nd_value self;
  if (s->closed || !s->timeout_ms || !s->self || nd_ref_get(env, s->self, &self) != ND_OK) return;
  double idle_for = nd_now_ms(env) - s->last_active;
  if (idle_for + 0.5 < (double)s->timeout_ms) {
    /* Not idle long enough: wait out the rest (a refused start ends the
     * timeout, as a later touch re-arms it). */
    ND_IGNORE(nd_timer_start(t, (uint64_t)((double)s->timeout_ms - idle_for + 0.999), 0));
    return;
  }
  call_js(s, self, NDX_STREAM_ONTIMEOUT, 0, NULL);
  if (!s->closed) unpin_if_idle(s);
}

static void on_retry(nd_env env, nd_timer *t, void *data)
{
  ndx_stream *s = data;
  nd_value self;
  if (s->closed || !s->listening || !s->self || nd_ref_get(env, s->self, &self) != ND_OK) return;
  ND_IGNORE(update(s)); /* an accept that fails again re-arms the retry */
  do_accept(s, self);
}

/* An accepted descriptor becomes a new instance of the class. */
static void accepted(ndx_stream *ls, nd_value self, int fd)
{
  nd_value client;
  ndx_stream *c;
  if (ndx_stream_instance(ls->cls, &client, &c) != ND_OK) {
    close(fd);
    return;
  }
  if (ndx_stream_open(c, fd, ls->kind & (NDX_STREAM_SOCKET | NDX_STREAM_UNIX)) != 0) {
    close(fd);
    ndx_stream_close(c, false);
    return;
  }
  if (ls->cls->hooks.accepted) ls->cls->hooks.accepted(ls, c);
  call_js(ls, self, NDX_STREAM_ONCONNECTION, 1, &client);
}

/* Accepts pending connections. Out of descriptors or memory: the accept
 * watch stops and a timer retries later, so the loop neither spins on the
 * always-readable listener nor drops the server. */
static void do_accept(ndx_stream *s, nd_value self)
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
        if (nd_timer_start(s->retry, ACCEPT_RETRY_MS, 0) != ND_OK) return; /* the watch stays on */
        ND_IGNORE(update(s));
      }
      return;
    }
    nd_scope scope;
    if (nd_scope_open(env, &scope) != ND_OK) {
      close(fd);
      return;
    }
    accepted(s, self, fd);
    bool threw = nd_exception_pending(env);
    ND_IGNORE(nd_scope_close(env, scope));
    if (threw) return; /* reported by the loop; the rest waits for the next event */
  }
}

/* ---- connect and listen ----------------------------------------------------------- */

int ndx_stream_connect(ndx_stream *s, const struct sockaddr *sa, socklen_t len)
{
  if (s->closed) return -EBADF;
  if (s->fd < 0) return -ENOTSOCK;
  int r;
  do r = connect(s->fd, sa, len);
  while (r != 0 && errno == EINTR);
  if (r != 0 && errno != EINPROGRESS) return -errno;
  s->connecting = true;
  return update(s);
}

int ndx_stream_listen(ndx_stream *s, int backlog)
{
  if (s->closed) return -EBADF;
  if (s->fd < 0) return -EBADF;
  if (listen(s->fd, backlog) != 0) return -errno;
  s->listening = true;
  return update(s);
}

int ndx_stream_read_start(ndx_stream *s)
{
  if (s->closed) return -EBADF;
  if (s->fd < 0) return -ENOTCONN;
  s->reading = !s->eof;
  return update(s);
}

int ndx_stream_read_stop(ndx_stream *s)
{
  if (s->closed) return -EBADF;
  s->reading = false;
  return update(s);
}

int ndx_stream_set_timeout(ndx_stream *s, uint64_t ms)
{
  if (s->closed) return -EBADF;
  s->timeout_ms = ms;
  if (!ms) {
    if (s->idle) ND_IGNORE(nd_timer_stop(s->idle)); /* stop cannot fail on a timer */
    return 0;
  }
  if (!s->idle) {
    s->idle = nd_timer_new(s->env, on_idle, s);
    if (!s->idle) return -ENOMEM;
    nd_timer_ref(s->idle, false); /* an idle timer alone keeps nothing alive */
  }
  s->last_active = nd_now_ms(s->env);
  return nd_timer_start(s->idle, ms, 0) == ND_OK ? 0 : -ENOMEM;
}

/* ---- the JS class -------------------------------------------------------------------- */

ndx_stream *ndx_stream_this(nd_env env, nd_value self, const ndx_stream_class *cls)
{
  void *p = NULL;
  if (nd_unwrap_tagged(env, self, cls->tag, &p) != ND_OK) return NULL;
  if (!p) {
    /* A tagged object whose data was removed: nothing this class made. */
    ndx_throw_type_error(env, "ERR_INVALID_THIS", "Value of \"this\" is a detached %s",
                         cls->tag->name);
    return NULL;
  }
  return p;
}

static nd_value ret_int(nd_env env, int v)
{
  return ndx_number(env, v);
}

/* new Class([fd]) */
static nd_value js_ctor(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ndx_stream_class *cls = data;
  int64_t fd = -1;
  if (argc > 0 && !nd_is_undefined(env, argv[0]) &&
      ndx_check_int(env, argv[0], "fd", 0, INT32_MAX, &fd) != ND_OK)
    return NULL;
  ndx_stream *s = calloc(1, sizeof *s + cls->data_size);
  if (!s) return ndx_throw_oom(env);
  s->cls = cls;
  s->env = env;
  s->fd = -1;
  s->refed = true;
  s->pollable = true;
  nd_status st = ndx_wrap(env, self, cls->tag, s, stream_finalize, NULL);
  if (st != ND_OK) {
    free(s);
    return ndx_fail(env, st);
  }
  /* From here the finalizer owns s. */
  if (fd >= 0) {
    int r = ndx_stream_open(s, (int)fd, cls->open_flags);
    if (r) return ndx_throw_errno(env, -r, "open", NULL);
  }
  return NULL;
}

#define THIS_OPEN(s)                                                                               \
  ndx_stream *s = ndx_stream_this(env, self, data);                                                \
  if (!s) return NULL;                                                                             \
  if (s->closed) return ret_int(env, -EBADF)

/* Every method that may start I/O ends here: pin while in flight. */
static nd_value settle(nd_env env, ndx_stream *s, nd_value self, int r)
{
  ndx_stream_pin(s, self);
  return ret_int(env, r);
}

static nd_value js_read_start(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  return settle(env, s, self, ndx_stream_read_start(s));
}

static nd_value js_read_stop(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  return settle(env, s, self, ndx_stream_read_stop(s));
}

/* One piece from a JS value: a typed array (by reference) or a string
 * (copied: UTF-8, or Latin-1). 0, -EINVAL for other values, -ENOMEM, or
 * 1 with an exception pending. */
static int make_buf(nd_env env, nd_value v, bool latin1, ndx_stream_buf *b)
{
  b->owner = NULL;
  b->own = NULL;
  b->len = 0;
  if (nd_is_typedarray(env, v)) {
    if (nd_typedarray_info(env, v, NULL, &b->len, NULL, NULL) != ND_OK) return -EINVAL;
    b->owner = v;
    return 0;
  }
  if (!nd_is_string(env, v)) return -EINVAL;
  size_t n;
  if (latin1) {
    if (nd_get_string_latin1(env, v, NULL, 0, &n) != ND_OK) return 1;
    b->own = malloc(n + 1);
    if (!b->own) return -ENOMEM;
    if (nd_get_string_latin1(env, v, b->own, n + 1, &n) != ND_OK) {
      free(b->own);
      b->own = NULL;
      return 1;
    }
  } else if (nd_get_string_dup(env, v, &b->own, &n) != ND_OK) {
    return 1;
  }
  b->len = n;
  if (n == 0) {
    free(b->own);
    b->own = NULL;
  }
  return 0;
}

/* write(data, [latin1], [fd]) -> 0 sent, 1 queued, -errno */
static nd_value js_write(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  bool latin1 = false;
  int64_t fd = -1;
  if ((argc > 1 && !nd_is_undefined(env, argv[1]) &&
       ndx_check_bool(env, argv[1], "latin1", &latin1) != ND_OK) ||
      (argc > 2 && !nd_is_nullish(env, argv[2]) &&
       ndx_check_int(env, argv[2], "fd", 0, INT32_MAX, &fd) != ND_OK))
    return NULL;
  ndx_stream_buf b;
  int r = make_buf(env, argv[0], latin1, &b);
  if (r == 1) return NULL;
  if (r == -EINVAL) return ndx_arg_type_error(env, "data", "string|Uint8Array", argv[0]);
  if (r) return ret_int(env, r);
  return settle(env, s, self, ndx_stream_write(s, &b, 1, (int)fd));
}

/* writev(list) — strings in the list are UTF-8. */
static nd_value js_writev(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  uint32_t n;
  if (!nd_is_array(env, argv[0])) return ndx_arg_type_error(env, "chunks", "Array", argv[0]);
  if (nd_array_length(env, argv[0], &n) != ND_OK) return ndx_throw_oom(env);
  ndx_stream_buf one[8], *bufs = n <= 8 ? one : calloc(n, sizeof *bufs);
  if (!bufs) return ret_int(env, -ENOMEM);
  int r = 0;
  uint32_t got = 0;
  for (; got < n; got++) {
    nd_value v;
    if (nd_get_index(env, argv[0], got, &v) != ND_OK) {
      r = 1;
      break;
    }
    r = make_buf(env, v, false, &bufs[got]);
    if (r) break;
  }
  if (r) {
    free_bufs(bufs, got);
    if (bufs != one) free(bufs);
    if (r == 1) return NULL;
    if (r == -EINVAL) {
      nd_value bad;
      if (nd_get_index(env, argv[0], got, &bad) != ND_OK) return NULL;
      return ndx_arg_type_error(env, "chunks[i]", "string|Uint8Array", bad);
    }
    return ret_int(env, r);
  }
  r = ndx_stream_write(s, bufs, n, -1);
  if (bufs != one) free(bufs);
  return settle(env, s, self, r);
}

static nd_value js_shutdown(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  return settle(env, s, self, ndx_stream_shutdown(s));
}

/* close([reset]) */
static nd_value js_close(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ndx_stream *s = ndx_stream_this(env, self, data);
  if (!s) return NULL;
  bool reset = false;
  if (argc > 0 && !nd_is_undefined(env, argv[0]) &&
      ndx_check_bool(env, argv[0], "reset", &reset) != ND_OK)
    return NULL;
  ndx_stream_close(s, reset);
  return NULL;
}

/* ref([on]) */
static nd_value js_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  bool on = true;
  if (argc > 0 && !nd_is_undefined(env, argv[0]) &&
      ndx_check_bool(env, argv[0], "on", &on) != ND_OK)
    return NULL;
  ndx_stream_ref(s, on);
  return ret_int(env, 0);
}

/* setTimeout(ms): ontimeout after ms without reads or writes; 0 disables. */
static nd_value js_set_timeout(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  double ms;
  if (ndx_check_number(env, argv[0], "msecs", &ms) != ND_OK) return NULL;
  if (!(ms >= 0) || ms > 9007199254740991.0)
    return ndx_out_of_range(env, "msecs", "a non-negative finite number", ms);
  return settle(env, s, self, ndx_stream_set_timeout(s, (uint64_t)ms));
}

static nd_value js_fd(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ndx_stream *s = ndx_stream_this(env, self, data);
  return s ? ret_int(env, ndx_stream_fd(s)) : NULL;
}

static nd_value js_queued(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ndx_stream *s = ndx_stream_this(env, self, data);
  return s ? ndx_number(env, (double)s->queued) : NULL;
}

ND_NODISCARD nd_status ndx_stream_set_callbacks(ndx_stream_class *cls, nd_value callbacks)
{
  nd_env env = cls->env;
  if (!nd_is_object(env, callbacks)) {
    ndx_arg_type_error(env, "callbacks", "object", callbacks);
    return ND_PENDING_EXCEPTION;
  }
  for (int i = 0; i < NDX_STREAM_NCALLBACKS; i++) {
    nd_value fn;
    nd_status st = nd_get_named(env, callbacks, callback_names[i], &fn);
    if (st != ND_OK) return st;
    if (nd_is_undefined(env, fn)) continue;
    char name[32];
    snprintf(name, sizeof name, "callbacks.%s", callback_names[i]);
    if (ndx_check_function(env, fn, name) != ND_OK) return ND_PENDING_EXCEPTION;
    nd_ref r;
    if ((st = nd_ref_new(env, fn, &r)) != ND_OK) return st;
    if (cls->cb[i]) nd_ref_free(env, cls->cb[i]);
    cls->cb[i] = r;
  }
  return ND_OK;
}

/* setCallbacks({onread, onwrite, ...}) */
static nd_value js_set_callbacks(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ND_IGNORE(ndx_stream_set_callbacks(data, argv[0])); /* a failure leaves its exception pending */
  return NULL;
}

/* errnoError(err, [syscall], [path]) -> Node's errno error for -err */
static nd_value js_errno_error(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int64_t e;
  char *syscall = NULL, *path = NULL;
  if (ndx_check_int(env, argv[0], "err", -INT32_MAX, INT32_MAX, &e) != ND_OK ||
      (!nd_is_nullish(env, argv[1]) &&
       ndx_check_string(env, argv[1], "syscall", &syscall, NULL) != ND_OK) ||
      (!nd_is_nullish(env, argv[2]) &&
       ndx_check_string(env, argv[2], "path", &path, NULL) != ND_OK)) {
    free(syscall);
    return NULL;
  }
  nd_value err;
  nd_status st = nd_errno_error(env, (int)(e < 0 ? -e : e), syscall, path, &err);
  free(syscall);
  free(path);
  return st == ND_OK ? err : ndx_fail(env, st);
}

nd_property ndx_stream_errno_error_property(void)
{
  nd_property p = NDX_METHOD("errnoError", js_errno_error, 3);
  return p;
}

nd_property ndx_stream_set_callbacks_property(ndx_stream_class *cls)
{
  nd_property p = {"setCallbacks", js_set_callbacks, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, cls};
  return p;
}

ND_NODISCARD nd_status ndx_stream_instance(ndx_stream_class *cls, nd_value *obj, ndx_stream **s)
{
  nd_value ctor;
  void *p = NULL;
  nd_status st;
  if ((st = nd_ref_get(cls->env, cls->ctor, &ctor)) != ND_OK ||
      (st = nd_new_instance(cls->env, ctor, 0, NULL, obj)) != ND_OK ||
      (st = nd_unwrap_tagged(cls->env, *obj, cls->tag, &p)) != ND_OK)
    return st;
  if (!p) return ND_GENERIC_FAILURE;
  *s = p;
  return ND_OK;
}

/* At exit: every open stream closes (its references still valid), then the
 * class state goes. Streams collected later find themselves closed and
 * never touch the class again. */
static void class_cleanup(void *data)
{
  ndx_stream_class *cls = data;
  while (cls->open) release(cls->open, true);
  for (int i = 0; i < NDX_STREAM_NCALLBACKS; i++)
    if (cls->cb[i]) nd_ref_free(cls->env, cls->cb[i]);
  if (cls->ctor) nd_ref_free(cls->env, cls->ctor);
  if (cls->arraybuffer_ctor) nd_ref_free(cls->env, cls->arraybuffer_ctor);
  free(cls->scratch);
  free(cls);
}

#define N_STD_PROPS 10

ND_NODISCARD nd_status ndx_stream_class_new(nd_env env, const char *name, const nd_type_tag *tag,
                                            size_t data_size, int open_flags,
                                            const ndx_stream_hooks *hooks, size_t nprops,
                                            const nd_property *props, ndx_stream_class **out,
                                            nd_value *ctor)
{
  ndx_stream_class *cls = calloc(1, sizeof *cls);
  nd_property *all = calloc(N_STD_PROPS + nprops, sizeof *all);
  if (!cls || !all) {
    free(cls);
    free(all);
    ndx_throw_oom(env);
    return ND_PENDING_EXCEPTION;
  }
  cls->env = env;
  cls->tag = tag;
  cls->data_size =
      (data_size + alignof(max_align_t) - 1) / alignof(max_align_t) * alignof(max_align_t);
  cls->open_flags = open_flags;
  if (hooks) cls->hooks = *hooks;
  const nd_property std[N_STD_PROPS] = {
      {"readStart", js_read_start, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, cls},
      {"readStop", js_read_stop, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, cls},
      {"write", js_write, NULL, NULL, NULL, 3, ND_DEFAULT_METHOD, cls},
      {"writev", js_writev, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, cls},
      {"shutdown", js_shutdown, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, cls},
      {"close", js_close, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, cls},
      {"ref", js_ref, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, cls},
      {"setTimeout", js_set_timeout, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, cls},
      {"fd", NULL, js_fd, NULL, NULL, 0, ND_CONFIGURABLE, cls},
      {"writeQueueSize", NULL, js_queued, NULL, NULL, 0, ND_CONFIGURABLE, cls},
  };
  memcpy(all, std, sizeof std);
  for (size_t i = 0; i < nprops; i++) {
    all[N_STD_PROPS + i] = props[i];
    if (!props[i].data) all[N_STD_PROPS + i].data = cls;
  }
  nd_value global, abctor;
  nd_status st = nd_class_new(env, name, js_ctor, 1, cls, N_STD_PROPS + nprops, all, ctor);
  free(all);
  if (st == ND_OK) st = nd_global(env, &global);
  if (st == ND_OK) st = nd_get_named(env, global, "ArrayBuffer", &abctor);
  if (st == ND_OK) st = nd_ref_new(env, *ctor, &cls->ctor);
  if (st == ND_OK) st = nd_ref_new(env, abctor, &cls->arraybuffer_ctor);
  if (st == ND_OK) st = nd_cleanup_hook(env, class_cleanup, cls);
  if (st != ND_OK) {
    if (cls->ctor) nd_ref_free(env, cls->ctor);
    if (cls->arraybuffer_ctor) nd_ref_free(env, cls->arraybuffer_ctor);
    free(cls->scratch);
    free(cls);
    ndx_fail(env, st);
    return ND_PENDING_EXCEPTION;
  }
  *out = cls;
  return ND_OK;
}
