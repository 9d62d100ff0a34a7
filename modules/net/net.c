/* net — the native half of the net plugin: TCP and UNIX stream sockets.
 * One class, Handle, is a connected socket or a listener; its bytes move
 * through the descriptor-stream core of libnodus_aux (nodus_aux_stream.h:
 * reads into Buffers, the write queue, half-close, connect/accept, idle
 * timeouts, descriptor passing, lifetime). This file owns what is particular
 * to sockets: making and binding them, socket options, addresses, and the
 * path of a UNIX listener (removed when it closes). net.js owns the API
 * (Socket, Server) and resolves names through the dns plugin: this side
 * only ever connects to addresses. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <nodus/nodus.h>
#include <nodus/nodus_aux_stream.h>

#include "net_js.h"

static const nd_type_tag handle_tag = {"Handle"};

/* What a Handle adds to its stream (ndx_stream_data). */
typedef struct {
  int family;           /* AF_INET, AF_INET6, AF_UNIX, or 0 until looked up */
  char *unlink_path;    /* a UNIX listener's path, removed at release */
  int keepalive_delay;  /* seconds, applied with keepalive */
  bool nodelay, keepalive, nodelay_set, keepalive_set;
} net_sock;

/* ---- small helpers -------------------------------------------------------- */

static nd_value num(nd_env env, double v)
{
  nd_value r;
  return nd_number(env, v, &r) == ND_OK ? r : NULL;
}

static nd_value ret_int(nd_env env, int v) { return num(env, v); }

static nd_value arg_error(nd_env env, const char *msg)
{
  ND_IGNORE(nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg)); /* returning NULL propagates it */
  return NULL;
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
  nd_value o, s, f, p;
  if (nd_object_new(env, &o) != ND_OK || nd_string_utf8(env, text, ND_AUTO_LENGTH, &s) != ND_OK ||
      nd_set_named(env, o, "address", s) != ND_OK ||
      nd_string_utf8(env, family, ND_AUTO_LENGTH, &f) != ND_OK ||
      nd_set_named(env, o, "family", f) != ND_OK || !(p = num(env, port)) ||
      nd_set_named(env, o, "port", p) != ND_OK)
    return NULL;
  return o;
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
    ND_IGNORE(setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) != 0);
  }
  if (ns->keepalive_set) {
    int on = ns->keepalive;
    ND_IGNORE(setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on) != 0);
    if (on && ns->keepalive_delay > 0)
      ND_IGNORE(setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &ns->keepalive_delay, sizeof ns->keepalive_delay) != 0);
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

#define THIS_OPEN(s)                                \
  ndx_stream *s = ndx_stream_this(env, self, data); \
  if (!s) return NULL;                              \
  if (ndx_stream_closed(s)) return ret_int(env, -EBADF)

/* open(fd): adopt a descriptor (listenFD, a socket handed over). */
static nd_value h_open(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  int32_t fd;
  if (nd_get_int32(env, argv[0], &fd) != ND_OK || fd < 0) return arg_error(env, "The \"fd\" argument must be a file descriptor");
  return ret_int(env, ndx_stream_open(s, fd, NDX_STREAM_ADOPT));
}

/* bind(ip, port, ipv6only) */
static nd_value h_bind(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  char ip[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  int32_t port;
  bool v6only = false;
  if (!nd_is_string(env, argv[0]) || nd_get_string_utf8(env, argv[0], ip, sizeof ip, NULL) != ND_OK)
    return arg_error(env, "The \"address\" argument must be a string");
  if (nd_get_int32(env, argv[1], &port) != ND_OK || port < 0 || port > 65535) return arg_error(env, "The \"port\" argument must be a valid port");
  if (!nd_is_undefined(env, argv[2]) && nd_get_bool(env, argv[2], &v6only) != ND_OK)
    return arg_error(env, "The \"ipv6Only\" argument must be of type boolean");
  struct sockaddr_storage ss;
  socklen_t len;
  if (!parse_ip(ip, port, &ss, &len)) return ret_int(env, -EINVAL);
  int r = ensure_socket(s, ss.ss_family);
  if (r) return ret_int(env, r);
  int fd = ndx_stream_fd(s), on = 1;
  ND_IGNORE(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0); /* bind reports what matters */
  if (ss.ss_family == AF_INET6) {
    int v6 = v6only;
    ND_IGNORE(setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6, sizeof v6) != 0);
  }
  if (bind(fd, (struct sockaddr *)&ss, len) != 0) return ret_int(env, -errno);
  return ret_int(env, 0);
}

/* bindPipe(path) */
static nd_value h_bind_pipe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  struct sockaddr_un sun;
  socklen_t len;
  char *path = NULL;
  if (!nd_is_string(env, argv[0])) return arg_error(env, "The \"path\" argument must be a string");
  int r = unix_addr(env, argv[0], &sun, &len, &path);
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
  int32_t backlog = 511;
  if (!nd_is_undefined(env, argv[0]) && nd_get_int32(env, argv[0], &backlog) != ND_OK)
    return arg_error(env, "The \"backlog\" argument must be of type number");
  int r = ndx_stream_listen(s, backlog);
  ndx_stream_pin(s, self);
  return ret_int(env, r);
}

static nd_value connect_to(nd_env env, nd_value self, ndx_stream *s, const struct sockaddr *sa, socklen_t len)
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
  char ip[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  int32_t port;
  if (!nd_is_string(env, argv[0]) || nd_get_string_utf8(env, argv[0], ip, sizeof ip, NULL) != ND_OK)
    return arg_error(env, "The \"address\" argument must be a string");
  if (nd_get_int32(env, argv[1], &port) != ND_OK || port < 0 || port > 65535) return arg_error(env, "The \"port\" argument must be a valid port");
  struct sockaddr_storage ss;
  socklen_t len;
  if (!parse_ip(ip, port, &ss, &len)) return ret_int(env, -EINVAL);
  return connect_to(env, self, s, (struct sockaddr *)&ss, len);
}

/* connectPipe(path) */
static nd_value h_connect_pipe(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  struct sockaddr_un sun;
  socklen_t len;
  if (!nd_is_string(env, argv[0])) return arg_error(env, "The \"path\" argument must be a string");
  int r = unix_addr(env, argv[0], &sun, &len, NULL);
  if (r) return ret_int(env, r);
  return connect_to(env, self, s, (struct sockaddr *)&sun, len);
}

static nd_value h_set_no_delay(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  THIS_OPEN(s);
  bool on = true;
  if (!nd_is_undefined(env, argv[0]) && nd_get_bool(env, argv[0], &on) != ND_OK)
    return arg_error(env, "The \"noDelay\" argument must be of type boolean");
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
  int32_t delay = 0;
  if (nd_get_bool(env, argv[0], &on) != ND_OK) return arg_error(env, "The \"enable\" argument must be of type boolean");
  if (!nd_is_undefined(env, argv[1]) && nd_get_int32(env, argv[1], &delay) != ND_OK)
    return arg_error(env, "The \"initialDelay\" argument must be of type number");
  net_sock *ns = ndx_stream_data(s);
  ns->keepalive = on;
  ns->keepalive_set = true;
  if (delay > 0) ns->keepalive_delay = delay;
  apply_options(s);
  return ret_int(env, 0);
}

static nd_value name_of(nd_env env, nd_value self, void *data, bool peer)
{
  ndx_stream *s = ndx_stream_this(env, self, data);
  if (!s) return NULL;
  nd_value u;
  if (nd_undefined(env, &u) != ND_OK) return NULL;
  int fd = ndx_stream_fd(s);
  if (fd < 0) return u;
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  int r = peer ? getpeername(fd, (struct sockaddr *)&ss, &len) : getsockname(fd, (struct sockaddr *)&ss, &len);
  if (r != 0) return u;
  return sockaddr_object(env, &ss);
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
  const char *f = family == AF_INET ? "IPv4" : family == AF_INET6 ? "IPv6" : family == AF_UNIX ? "unix" : "";
  nd_value r;
  return nd_string_utf8(env, f, ND_AUTO_LENGTH, &r) == ND_OK ? r : NULL;
}

/* ---- module functions ------------------------------------------------------------- */

/* strerror(errno) -> the message of the runtime's errno table */
static nd_value b_strerror(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t e = 0;
  if (nd_get_int32(env, argv[0], &e) != ND_OK) return arg_error(env, "The \"err\" argument must be of type number");
  if (e < 0) e = -e;
  nd_value err, msg;
  if (nd_errno_error(env, e, NULL, NULL, &err) != ND_OK || nd_get_named(env, err, "message", &msg) != ND_OK)
    return NULL;
  return msg;
}

static nd_value b_errname(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int32_t e = 0;
  if (nd_get_int32(env, argv[0], &e) != ND_OK) return arg_error(env, "The \"err\" argument must be of type number");
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

static nd_value init(nd_env env, nd_value exports)
{
  static const ndx_stream_hooks hooks = {net_accepted, net_release};
  const nd_property methods[] = {
      {"open", h_open, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"bind", h_bind, NULL, NULL, NULL, 3, ND_DEFAULT_METHOD, NULL},
      {"bindPipe", h_bind_pipe, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"listen", h_listen, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"connect", h_connect, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, NULL},
      {"connectPipe", h_connect_pipe, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"setNoDelay", h_set_no_delay, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"setKeepAlive", h_set_keep_alive, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, NULL},
      {"getsockname", h_getsockname, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, NULL},
      {"getpeername", h_getpeername, NULL, NULL, NULL, 0, ND_DEFAULT_METHOD, NULL},
      {"family", NULL, h_family, NULL, NULL, 0, ND_CONFIGURABLE, NULL},
  };
  ndx_stream_class *cls;
  nd_value ctor, binding, result;
  if (ndx_stream_class_new(env, "Handle", &handle_tag, sizeof(net_sock), NDX_STREAM_ADOPT, &hooks,
                          sizeof methods / sizeof methods[0], methods, &cls, &ctor) != ND_OK)
    return NULL;
  const nd_property fns[] = {
      ndx_stream_set_callbacks_property(cls),
      {"strerror", b_strerror, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"errname", b_errname, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"closeFd", b_close_fd, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
  };
  if (nd_object_new(env, &binding) != ND_OK || nd_set_named(env, binding, "Handle", ctor) != ND_OK ||
      nd_define_properties(env, binding, sizeof fns / sizeof fns[0], fns) != ND_OK ||
      nd_eval_module(env, net_js, net_js_len, "net.js", exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("net", "0.1.0", "events stream buffer dns", init);
