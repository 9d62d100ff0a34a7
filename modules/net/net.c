/* net — the native half of the net plugin: TCP and UNIX stream sockets.
 * One class, Handle, is a connected socket or a listener; its bytes move
 * through the descriptor-stream core of libnodus_aux (nodus_aux_stream.h:
 * reads into Buffers, the write queue, half-close, connect/accept, idle
 * timeouts, descriptor passing, lifetime). This file owns what is particular
 * to sockets: making and binding them, socket options, addresses, and the
 * path of a UNIX listener (removed when it closes). net.js owns the API
 * (Socket, Server) and resolves names through the dns plugin: this side
 * only ever connects to addresses. */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nodus/nodus.h>
#include <nodus/nodus_aux.h>
#include <nodus/nodus_aux_stream.h>

#include "net_js.h"

static const nd_type_tag handle_tag = {"Handle"};

/* What a Handle adds to its stream (ndx_stream_data). */
typedef struct {
  int family;          /* AF_INET, AF_INET6, AF_UNIX, or 0 until looked up */
  char *unlink_path;   /* a UNIX listener's path, removed at release */
  int keepalive_delay; /* seconds, applied with keepalive */
  bool nodelay, keepalive, nodelay_set, keepalive_set;
} net_sock;

/* ---- small helpers -------------------------------------------------------- */

static nd_value ret_int(nd_env env, int v)
{
  return ndx_number(env, v);
}

/* An address string argument into buf (an IP literal fits NDX_ADDRSTRLEN). */
static bool ip_arg(nd_env env, nd_value v, char *buf, size_t size)
{
  if (!nd_is_string(env, v)) {
    ndx_arg_type_error(env, "address", "string", v);
    return false;
  }
  if (nd_get_string_utf8(env, v, buf, size, NULL) != ND_OK) {
    ndx_throw_oom(env);
    return false;
  }
  return true;
}

/* The peer's or our own address as {address, family, port}; undefined for a
 * UNIX socket (net.js answers those from the path it was given). */
static nd_value address_of(nd_env env, int fd, bool peer)
{
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  int r = peer ? getpeername(fd, (struct sockaddr *)&ss, &len)
               : getsockname(fd, (struct sockaddr *)&ss, &len);
  if (r != 0 || (ss.ss_family != AF_INET && ss.ss_family != AF_INET6)) return ndx_undefined(env);
  nd_value o;
  if (ndx_sockaddr_to_js(env, (struct sockaddr *)&ss, len, &o) != ND_OK) return NULL;
  return o;
}

/* A UNIX socket path argument: the address, and a malloc'd copy of the path
 * when `path` is given. 0, -errno for a bad path, or 1 with an exception. */
static int unix_arg(nd_env env, nd_value v, struct sockaddr_storage *ss, socklen_t *len,
                    char **path)
{
  size_t n;
  char *p;
  if (ndx_check_string(env, v, "path", &p, &n) != ND_OK) return 1;
  int r = ndx_unix_parse(p, n, ss, len);
  if (r == 0 && path) *path = p;
  else free(p);
  return r;
}

/* ---- sockets ------------------------------------------------------------------- */

/* The family of the handle's socket, looked up once (accepted and adopted
 * sockets learn it on first use). */
static int sock_family(ndx_stream *s)
{
  net_sock *ns = ndx_stream_data(s);
  int fd = ndx_stream_fd(s);
  if (!ns->family && fd >= 0) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if (getsockname(fd, (struct sockaddr *)&ss, &len) == 0) ns->family = ss.ss_family;
  }
  return ns->family;
}

/* Options asked for before the socket existed, or now. Best effort, as
 * Node's: a socket that refuses one still works. */
static void apply_options(ndx_stream *s)
{
  net_sock *ns = ndx_stream_data(s);
  int fd = ndx_stream_fd(s);
  int family = sock_family(s);
  if (fd < 0 || (family != AF_INET && family != AF_INET6)) return;
  if (ns->nodelay_set) {
    int on = ns->nodelay;
    (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
  }
  if (ns->keepalive_set) {
    int on = ns->keepalive;
    (void)setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    if (on && ns->keepalive_delay > 0)
      (void)setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &ns->keepalive_delay,
                       sizeof ns->keepalive_delay);
  }
}

/* A socket of `family`, unless the handle has one already. */
static int ensure_socket(ndx_stream *s, int family)
{
  if (ndx_stream_closed(s)) return -EBADF;
  if (ndx_stream_fd(s) >= 0) return sock_family(s) == family ? 0 : -EINVAL;
  int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return -errno;
  int r = ndx_stream_open(s, fd, NDX_STREAM_SOCKET | (family == AF_UNIX ? NDX_STREAM_UNIX : 0));
  if (r) {
    close(fd);
    return r;
  }
  ((net_sock *)ndx_stream_data(s))->family = family;
  apply_options(s);
  return 0;
}

/* An accepted socket has its listener's family. */
static void net_accepted(ndx_stream *listener, ndx_stream *client)
{
  ((net_sock *)ndx_stream_data(client))->family = ((net_sock *)ndx_stream_data(listener))->family;
}

static void net_release(ndx_stream *s)
{
  net_sock *ns = ndx_stream_data(s);
  if (ns->unlink_path) {
    unlink(ns->unlink_path);
    free(ns->unlink_path);
    ns->unlink_path = NULL;
  }
}

/* ---- Handle methods (the stream methods come from the core) -------------------- */

#define THIS_OPEN(s)                                                                               \
  ndx_stream *s = ndx_stream_this(env, self, data);                                                \
  if (!s) return NULL;                                                                             \
  if (ndx_stream_closed(s)) return ret_int(env, -EBADF)

/* open(fd): adopt a descriptor (listenFD, a socket handed over). */
static nd_value h_open(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  int64_t fd;
  if (ndx_check_int(env, argv[0], "fd", 0, INT32_MAX, &fd) != ND_OK) return NULL;
  return ret_int(env, ndx_stream_open(s, (int)fd, NDX_STREAM_ADOPT));
}

/* bind(ip, port, ipv6only) */
static nd_value h_bind(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  char ip[NDX_ADDRSTRLEN];
  int64_t port;
  bool v6only = false;
  if (!ip_arg(env, argv[0], ip, sizeof ip) ||
      ndx_check_int(env, argv[1], "port", 0, 65535, &port) != ND_OK ||
      (!nd_is_undefined(env, argv[2]) &&
       ndx_check_bool(env, argv[2], "ipv6Only", &v6only) != ND_OK))
    return NULL;
  struct sockaddr_storage ss;
  socklen_t len;
  if (ndx_ip_parse(ip, 0, (int)port, &ss, &len) != 0) return ret_int(env, -EINVAL);
  int r = ensure_socket(s, ss.ss_family);
  if (r) return ret_int(env, r);
  int fd = ndx_stream_fd(s), on = 1;
  (void)setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on); /* bind reports what matters */
  if (ss.ss_family == AF_INET6) {
    int v6 = v6only;
    (void)setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6, sizeof v6);
  }
  if (bind(fd, (struct sockaddr *)&ss, len) != 0) return ret_int(env, -errno);
  return ret_int(env, 0);
}

/* bindPipe(path) */
static nd_value h_bind_pipe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  struct sockaddr_storage sun;
  socklen_t len;
  char *path = NULL;
  int r = unix_arg(env, argv[0], &sun, &len, &path);
  if (r == 1) return NULL;
  if (r) return ret_int(env, r);
  r = ensure_socket(s, AF_UNIX);
  if (r == 0 && bind(ndx_stream_fd(s), (struct sockaddr *)&sun, len) != 0) r = -errno;
  if (r == 0 && path[0]) {
    net_sock *ns = ndx_stream_data(s);
    free(ns->unlink_path);
    ns->unlink_path = path;
    path = NULL;
  }
  free(path);
  return ret_int(env, r);
}

/* listen(backlog): start accepting; connections go to onconnection. A
 * failure leaves the bound path to close(), which removes it. */
static nd_value h_listen(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  int64_t backlog = 511;
  if (!nd_is_undefined(env, argv[0]) &&
      ndx_check_int(env, argv[0], "backlog", INT32_MIN, INT32_MAX, &backlog) != ND_OK)
    return NULL;
  int r = ndx_stream_listen(s, (int)backlog);
  ndx_stream_pin(s, self);
  return ret_int(env, r);
}

static nd_value connect_to(nd_env env, nd_value self, ndx_stream *s, const struct sockaddr *sa,
                           socklen_t len)
{
  int r = ensure_socket(s, sa->sa_family);
  if (r == 0) r = ndx_stream_connect(s, sa, len);
  ndx_stream_pin(s, self);
  return ret_int(env, r);
}

/* connect(ip, port): 0 while in progress (onconnect follows), or -errno. */
static nd_value h_connect(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  char ip[NDX_ADDRSTRLEN];
  int64_t port;
  if (!ip_arg(env, argv[0], ip, sizeof ip) ||
      ndx_check_int(env, argv[1], "port", 0, 65535, &port) != ND_OK)
    return NULL;
  struct sockaddr_storage ss;
  socklen_t len;
  if (ndx_ip_parse(ip, 0, (int)port, &ss, &len) != 0) return ret_int(env, -EINVAL);
  return connect_to(env, self, s, (struct sockaddr *)&ss, len);
}

/* connectPipe(path) */
static nd_value h_connect_pipe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  struct sockaddr_storage sun;
  socklen_t len;
  int r = unix_arg(env, argv[0], &sun, &len, NULL);
  if (r == 1) return NULL;
  if (r) return ret_int(env, r);
  return connect_to(env, self, s, (struct sockaddr *)&sun, len);
}

static nd_value h_set_no_delay(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  bool on = true;
  if (!nd_is_undefined(env, argv[0]) && ndx_check_bool(env, argv[0], "noDelay", &on) != ND_OK)
    return NULL;
  net_sock *ns = ndx_stream_data(s);
  ns->nodelay = on;
  ns->nodelay_set = true;
  apply_options(s);
  return ret_int(env, 0);
}

static nd_value h_set_keep_alive(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  bool on = false;
  int64_t delay = 0;
  if (ndx_check_bool(env, argv[0], "enable", &on) != ND_OK ||
      (!nd_is_undefined(env, argv[1]) &&
       ndx_check_int(env, argv[1], "initialDelay", INT32_MIN, INT32_MAX, &delay) != ND_OK))
    return NULL;
  net_sock *ns = ndx_stream_data(s);
  ns->keepalive = on;
  ns->keepalive_set = true;
  if (delay > 0) ns->keepalive_delay = (int)delay;
  apply_options(s);
  return ret_int(env, 0);
}

static nd_value name_of(nd_env env, nd_value self, void *data, bool peer)
{
  ndx_stream *s = ndx_stream_this(env, self, data);
  if (!s) return NULL;
  int fd = ndx_stream_fd(s);
  return fd < 0 ? ndx_undefined(env) : address_of(env, fd, peer);
}

static nd_value h_getsockname(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  return name_of(env, self, data, false);
}

static nd_value h_getpeername(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  return name_of(env, self, data, true);
}

static nd_value h_family(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ndx_stream *s = ndx_stream_this(env, self, data);
  if (!s) return NULL;
  int family = ndx_stream_closed(s) ? 0 : sock_family(s);
  return ndx_string(env, family == AF_INET    ? "IPv4"
                         : family == AF_INET6 ? "IPv6"
                         : family == AF_UNIX  ? "unix"
                                              : "");
}

/* ---- module functions ------------------------------------------------------------- */

/* strerror(errno) -> the message of the runtime's errno table */
static nd_value b_strerror(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int64_t e;
  if (ndx_check_int(env, argv[0], "err", INT32_MIN + 1, INT32_MAX, &e) != ND_OK) return NULL;
  nd_value err, msg;
  if (nd_errno_error(env, (int)(e < 0 ? -e : e), NULL, NULL, &err) != ND_OK ||
      nd_get_named(env, err, "message", &msg) != ND_OK)
    return NULL;
  return msg;
}

static nd_value b_errname(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int64_t e;
  if (ndx_check_int(env, argv[0], "err", INT32_MIN + 1, INT32_MAX, &e) != ND_OK) return NULL;
  return ndx_string(env, nd_errno_name((int)(e < 0 ? -e : e)));
}

/* closeFd(fd): a descriptor received over a socket that nobody took. */
static nd_value b_close_fd(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int64_t fd;
  if (ndx_check_int(env, argv[0], "fd", 0, INT32_MAX, &fd) != ND_OK) return NULL;
  return ret_int(env, close((int)fd) == 0 ? 0 : -errno);
}

static nd_value init(nd_env env, nd_value exports)
{
  static const ndx_stream_hooks hooks = {net_accepted, net_release};
  static const nd_property methods[] = {
      NDX_METHOD("open", h_open, 1),
      NDX_METHOD("bind", h_bind, 3),
      NDX_METHOD("bindPipe", h_bind_pipe, 1),
      NDX_METHOD("listen", h_listen, 1),
      NDX_METHOD("connect", h_connect, 2),
      NDX_METHOD("connectPipe", h_connect_pipe, 1),
      NDX_METHOD("setNoDelay", h_set_no_delay, 1),
      NDX_METHOD("setKeepAlive", h_set_keep_alive, 2),
      NDX_METHOD("getsockname", h_getsockname, 0),
      NDX_METHOD("getpeername", h_getpeername, 0),
      NDX_GETTER("family", h_family),
  };
  static const nd_property fns[] = {
      NDX_METHOD("strerror", b_strerror, 1),
      NDX_METHOD("errname", b_errname, 1),
      NDX_METHOD("closeFd", b_close_fd, 1),
  };
  ndx_stream_class *cls;
  nd_value ctor, binding, result;
  if (ndx_stream_class_new(env, "Handle", &handle_tag, sizeof(net_sock), NDX_STREAM_ADOPT, &hooks,
                           NDX_COUNT(methods), methods, &cls, &ctor) != ND_OK)
    return NULL;
  const nd_property more[] = {
      NDX_VALUE("Handle", ctor),
      ndx_stream_set_callbacks_property(cls),
  };
  if (ndx_binding(env, fns, NULL, &binding) != ND_OK ||
      ndx_define_all(env, binding, more, NULL) != ND_OK ||
      nd_eval_plugin(env, "net", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("net", NODUS_VERSION, ND_PLUGIN_DEPS, init);
