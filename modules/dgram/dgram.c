/* dgram — datagram sockets on the loop: UDP over IPv4/IPv6 and the spec's
 * unix_dgram. A wrapped handle owns a non-blocking, close-on-exec socket and
 * an fd watch that delivers each datagram to JavaScript as a Uint8Array
 * over memory the Buffer takes without a copy. dgram.js owns the API. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <nodus/nodus_aux.h>

#include "dgram_js.h"

typedef struct {
  int fd;
  int family; /* AF_INET, AF_INET6, AF_UNIX */
  nd_watch *watch;
  nd_ref onmessage;
} udp;

static const nd_type_tag udp_tag = {"UDP"};

static void udp_close(nd_env env, udp *u)
{
  if (u->watch) nd_watch_free(u->watch);
  u->watch = NULL;
  if (u->fd >= 0) close(u->fd);
  u->fd = -1;
  if (u->onmessage && env) nd_ref_free(env, u->onmessage);
  u->onmessage = NULL;
}

static void udp_finalize(void *data, void *hint)
{
  udp *u = data;
  if (u->watch) nd_watch_free(u->watch);
  if (u->fd >= 0) close(u->fd);
  free(u);
}

/* The open socket of a handle: another plugin's object is ERR_INVALID_THIS. */
static udp *get(nd_env env, nd_value h)
{
  udp *u;
  if (nd_unwrap_tagged(env, h, &udp_tag, (void **)&u) != ND_OK) return NULL;
  if (!u || u->fd < 0) return ndx_throw_error(env, "ERR_SOCKET_DGRAM_NOT_RUNNING", "Not running");
  return u;
}

/* The open socket of h, and ss filled from (address, port), or a path for
 * a unix socket; a bad address throws ERR_INVALID_ARG_VALUE "invalid
 * <what> address". */
static udp *get_with_addr(nd_env env, nd_value h, nd_value addr, nd_value port, const char *what,
                          struct sockaddr_storage *ss, socklen_t *sl)
{
  char buf[sizeof(((struct sockaddr_un *)0)->sun_path)];
  size_t len;
  udp *u = get(env, h);
  if (!u) return NULL;
  bool ok = nd_get_string_utf8(env, addr, buf, sizeof buf, &len) == ND_OK &&
            (u->family == AF_UNIX
                 ? ndx_unix_parse(buf, len, ss, sl)
                 : ndx_ip_parse(buf, u->family, ndx_opt_int32(env, port, 0), ss, sl)) == 0;
  return ok ? u : ndx_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "invalid %s address", what);
}

/* Delivers up to 64 waiting datagrams as onmessage(u8, address, port). */
static void on_readable(nd_env env, nd_watch *w, int revents, void *data)
{
  udp *u = data;
  for (int i = 0; i < 64 && u->fd >= 0; i++) {
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    char *mem = malloc(65536);
    if (!mem) return;
    ssize_t n = recvfrom(u->fd, mem, 65536, 0, (struct sockaddr *)&ss, &sl);
    if (n < 0) {
      free(mem);
      return; /* EAGAIN, or an error the next send reports */
    }
    char *fit = n > 0 ? realloc(mem, (size_t)n) : mem;
    if (fit) mem = fit;
    nd_scope sc;
    if (nd_scope_open(env, &sc) != ND_OK) {
      free(mem);
      return;
    }
    char text[NDX_ADDRSTRLEN];
    int port;
    nd_value fn, args[3], ab;
    nd_status st = n > 0 ? nd_arraybuffer_take(env, mem, (size_t)n, &ab)
                         : (free(mem), nd_arraybuffer_new(env, 0, NULL, &ab));
    if (st == ND_OK) st = nd_uint8array_new(env, ab, 0, (size_t)n, &args[0]);
    if (st == ND_OK && ndx_sockaddr_text((struct sockaddr *)&ss, sl, text, sizeof text, &port) != 0)
      text[0] = 0;
    if (st == ND_OK) st = nd_string_utf8(env, text, ND_AUTO_LENGTH, &args[1]);
    if (st == ND_OK)
      st = u->family == AF_UNIX ? nd_undefined(env, &args[2]) : nd_number(env, port, &args[2]);
    if (st == ND_OK && u->onmessage && (st = nd_ref_get(env, u->onmessage, &fn)) == ND_OK)
      st = nd_call(env, NULL, fn, 3, args, NULL);
    /* a pending exception is reported when this callback returns */
    ND_IGNORE(nd_scope_close(env, sc));
    if (st != ND_OK) return;
  }
}

/* socket(kind: 4 | 6 | 0 unix, onmessage) */
static nd_value b_socket(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int32_t kind = ndx_opt_int32(env, argv[0], 4);
  int family = kind == 6 ? AF_INET6 : kind == 0 ? AF_UNIX : AF_INET;
  int fd = socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return ndx_throw_errno(env, errno, "socket", NULL);
  udp *u = calloc(1, sizeof *u);
  nd_value h;
  nd_status st;
  if (!u) {
    close(fd);
    return ndx_throw_oom(env);
  }
  u->fd = fd;
  u->family = family;
  if ((st = ndx_wrapped_new(env, &udp_tag, u, udp_finalize, NULL, &h)) != ND_OK) {
    close(fd);
    free(u);
    return ndx_fail(env, st);
  }
  /* From here the handle owns u: a failure closes it, GC frees it. */
  if ((st = nd_ref_new(env, argv[1], &u->onmessage)) != ND_OK) {
    udp_close(env, u);
    return ndx_fail(env, st);
  }
  if (!(u->watch = nd_watch_new(env, fd, on_readable, u))) {
    udp_close(env, u);
    return ndx_throw_oom(env);
  }
  return h;
}

/* bind(h, address|path, port, reuseAddr) */
static nd_value b_bind(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  struct sockaddr_storage ss;
  socklen_t sl;
  udp *u = get_with_addr(env, argv[0], argv[1], argv[2], "bind", &ss, &sl);
  if (!u) return NULL;
  if (ndx_opt_bool(env, argv[3], false)) { /* reuseAddr */
    int one = 1;
    if (setsockopt(u->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0)
      return ndx_throw_errno(env, errno, "setsockopt", NULL);
  }
  if (bind(u->fd, (struct sockaddr *)&ss, sl) != 0)
    return ndx_throw_errno(env, errno, "bind", NULL);
  return NULL;
}

/* recv(h, on): start or stop delivering messages (a receiving socket keeps
 * the process alive unless unref'd) */
static nd_value b_recv(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  nd_status st = ndx_opt_bool(env, argv[1], false) ? nd_watch_start(u->watch, ND_READABLE)
                                                   : nd_watch_stop(u->watch);
  return st == ND_OK ? NULL : ndx_fail(env, st);
}

static nd_value b_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  nd_watch_ref(u->watch, ndx_opt_bool(env, argv[1], true));
  return NULL;
}

/* send(h, u8, offset, length, port, address|path) -> bytes sent */
static nd_value b_send(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  struct sockaddr_storage ss;
  socklen_t sl;
  udp *u = get_with_addr(env, argv[0], argv[5], argv[4], "destination", &ss, &sl);
  if (!u) return NULL;
  double off = ndx_opt_number(env, argv[2], 0), len = ndx_opt_number(env, argv[3], 0);
  void *data;
  size_t total;
  if (nd_typedarray_info(env, argv[1], &data, &total, NULL, NULL) != ND_OK)
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                                "The \"buffer\" argument must be a Buffer");
  if (!(off >= 0 && len >= 0 && off + len <= (double)total))
    return ndx_throw_range_error(env, "ERR_OUT_OF_RANGE",
                                 "offset and length are outside the buffer");
  ssize_t n;
  do n = sendto(u->fd, (char *)data + (size_t)off, (size_t)len, 0, (struct sockaddr *)&ss, sl);
  while (n < 0 && errno == EINTR);
  if (n < 0) return ndx_throw_errno(env, errno, "send", NULL);
  return ndx_number(env, (double)n);
}

/* address(h) -> { address, family, port }, or { address } for a path */
static nd_value b_address(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  struct sockaddr_storage ss;
  socklen_t sl = sizeof ss;
  nd_value o;
  if (getsockname(u->fd, (struct sockaddr *)&ss, &sl) != 0)
    return ndx_throw_errno(env, errno, "getsockname", NULL);
  nd_status st = ndx_sockaddr_to_js(env, (struct sockaddr *)&ss, sl, &o);
  return st == ND_OK ? o : ndx_fail(env, st);
}

/* setopt(h, name, value): broadcast, ttl, multicastTTL, multicastLoopback */
static nd_value b_setopt(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  char name[32];
  if (nd_get_string_utf8(env, argv[1], name, sizeof name, NULL) != ND_OK)
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "unknown socket option");
  int32_t v = nd_is_number(env, argv[2]) ? ndx_opt_int32(env, argv[2], 0)
                                         : ndx_opt_bool(env, argv[2], false);
  int level = SOL_SOCKET, opt;
  bool v6 = u->family == AF_INET6;
  if (!strcmp(name, "broadcast")) opt = SO_BROADCAST;
  else if (!strcmp(name, "ttl")) {
    level = v6 ? IPPROTO_IPV6 : IPPROTO_IP;
    opt = v6 ? IPV6_UNICAST_HOPS : IP_TTL;
  } else if (!strcmp(name, "multicastTTL")) {
    level = v6 ? IPPROTO_IPV6 : IPPROTO_IP;
    opt = v6 ? IPV6_MULTICAST_HOPS : IP_MULTICAST_TTL;
  } else if (!strcmp(name, "multicastLoopback")) {
    level = v6 ? IPPROTO_IPV6 : IPPROTO_IP;
    opt = v6 ? IPV6_MULTICAST_LOOP : IP_MULTICAST_LOOP;
  } else return ndx_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "unknown socket option");
  if (setsockopt(u->fd, level, opt, &v, sizeof v) != 0)
    return ndx_throw_errno(env, errno, "setsockopt", NULL);
  return NULL;
}

/* membership(h, group, iface|null, add) for IPv4 and IPv6 groups */
static nd_value b_membership(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  char group[64] = "", iface[64] = "";
  bool add = ndx_opt_bool(env, argv[3], true);
  if (nd_get_string_utf8(env, argv[1], group, sizeof group, NULL) != ND_OK) goto bad;
  if (!nd_is_nullish(env, argv[2]) &&
      nd_get_string_utf8(env, argv[2], iface, sizeof iface, NULL) != ND_OK)
    goto bad;
  int rc;
  if (u->family == AF_INET6) {
    struct ipv6_mreq m;
    memset(&m, 0, sizeof m);
    if (inet_pton(AF_INET6, group, &m.ipv6mr_multiaddr) != 1) goto bad;
    rc = setsockopt(u->fd, IPPROTO_IPV6, add ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, &m,
                    sizeof m);
  } else {
    struct ip_mreq m;
    memset(&m, 0, sizeof m);
    if (inet_pton(AF_INET, group, &m.imr_multiaddr) != 1) goto bad;
    m.imr_interface.s_addr = htonl(INADDR_ANY);
    if (*iface && inet_pton(AF_INET, iface, &m.imr_interface) != 1) goto bad;
    rc = setsockopt(u->fd, IPPROTO_IP, add ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m, sizeof m);
  }
  if (rc != 0) return ndx_throw_errno(env, errno, add ? "addMembership" : "dropMembership", NULL);
  return NULL;
bad:
  return ndx_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "invalid multicast address");
}

/* close(h): closing a closed handle is a no-op; a foreign one throws. */
static nd_value b_close(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u;
  if (nd_unwrap_tagged(env, argv[0], &udp_tag, (void **)&u) != ND_OK) return NULL;
  if (u) udp_close(env, u);
  return NULL;
}

static const nd_property binding_table[] = {
    NDX_METHOD("socket", b_socket, 2), NDX_METHOD("bind", b_bind, 4),
    NDX_METHOD("recv", b_recv, 2),     NDX_METHOD("ref", b_ref, 2),
    NDX_METHOD("send", b_send, 6),     NDX_METHOD("address", b_address, 1),
    NDX_METHOD("setopt", b_setopt, 3), NDX_METHOD("membership", b_membership, 4),
    NDX_METHOD("close", b_close, 1),
};

static nd_value init(nd_env env, nd_value exports)
{
  nd_value binding, result;
  if (ndx_binding(env, binding_table, NULL, &binding) != ND_OK) return NULL;
  if (nd_eval_plugin(env, "dgram", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("dgram", NODUS_VERSION, ND_PLUGIN_DEPS, init);
