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

#include <nodus/nodus.h>

#include "dgram_js.h"

typedef struct {
  int fd;
  int family;        /* AF_INET, AF_INET6, AF_UNIX */
  nd_watch *watch;
  nd_ref onmessage;
} udp;

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

static udp *get(nd_env env, nd_value h)
{
  void *p = NULL;
  if (nd_unwrap(env, h, &p) != ND_OK || !p) {
    nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "not a datagram handle");
    return NULL;
  }
  udp *u = p;
  if (u->fd < 0) {
    nd_throw_error(env, "ERR_SOCKET_DGRAM_NOT_RUNNING", "Not running");
    return NULL;
  }
  return u;
}

static nd_value num(nd_env env, double d)
{
  nd_value v;
  return nd_number(env, d, &v) == ND_OK ? v : NULL;
}

/* Fills ss from (address, port) or a path; returns its length or 0. */
static socklen_t make_addr(nd_env env, udp *u, nd_value addr, nd_value port, struct sockaddr_storage *ss)
{
  char buf[sizeof(((struct sockaddr_un *)0)->sun_path)];
  size_t len;
  memset(ss, 0, sizeof *ss);
  if (nd_get_string_utf8(env, addr, buf, sizeof buf, &len) != ND_OK) return 0;
  if (u->family == AF_UNIX) {
    struct sockaddr_un *un = (struct sockaddr_un *)ss;
    un->sun_family = AF_UNIX;
    memcpy(un->sun_path, buf, len + 1);
    return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len + 1);
  }
  int32_t p = 0;
  nd_get_int32(env, port, &p);
  if (u->family == AF_INET) {
    struct sockaddr_in *a = (struct sockaddr_in *)ss;
    a->sin_family = AF_INET;
    a->sin_port = htons((uint16_t)p);
    if (inet_pton(AF_INET, buf, &a->sin_addr) != 1) return 0;
    return sizeof *a;
  }
  struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
  a->sin6_family = AF_INET6;
  a->sin6_port = htons((uint16_t)p);
  if (inet_pton(AF_INET6, buf, &a->sin6_addr) != 1) return 0;
  return sizeof *a;
}

static nd_value addr_value(nd_env env, const struct sockaddr_storage *ss, socklen_t sl, nd_value *port)
{
  char buf[INET6_ADDRSTRLEN + 1];
  nd_value s;
  *port = NULL;
  if (ss->ss_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
    inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
    *port = num(env, ntohs(a->sin_port));
  } else if (ss->ss_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
    inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
    *port = num(env, ntohs(a->sin6_port));
  } else {
    const struct sockaddr_un *un = (const struct sockaddr_un *)ss;
    size_t n = sl > offsetof(struct sockaddr_un, sun_path) ? sl - offsetof(struct sockaddr_un, sun_path) : 0;
    if (n > sizeof un->sun_path) n = sizeof un->sun_path;
    return nd_string_utf8(env, un->sun_path, strnlen(un->sun_path, n), &s) == ND_OK ? s : NULL;
  }
  return nd_string_latin1(env, buf, ND_AUTO_LENGTH, &s) == ND_OK ? s : NULL;
}

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
    nd_value fn, args[3], ab;
    nd_status st = n > 0 ? nd_arraybuffer_take(env, mem, (size_t)n, &ab) : (free(mem), nd_arraybuffer_new(env, 0, NULL, &ab));
    if (st == ND_OK) st = nd_uint8array_new(env, ab, 0, (size_t)n, &args[0]);
    if (st == ND_OK) {
      args[1] = addr_value(env, &ss, sl, &args[2]);
      if (!args[2]) nd_undefined(env, &args[2]);
      if (args[1] && u->onmessage && nd_ref_get(env, u->onmessage, &fn) == ND_OK) st = nd_call(env, NULL, fn, 3, args, NULL);
    }
    nd_scope_close(env, sc);
    if (st != ND_OK) return;
  }
}

/* socket(kind: 4 | 6 | 0 unix, onmessage) */
static nd_value b_socket(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int32_t kind = 4;
  nd_get_int32(env, argv[0], &kind);
  int family = kind == 6 ? AF_INET6 : kind == 0 ? AF_UNIX : AF_INET;
  int fd = socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    nd_throw_errno(env, errno, "socket", NULL);
    return NULL;
  }
  udp *u = calloc(1, sizeof *u);
  nd_value h;
  if (!u) {
    close(fd);
    return NULL;
  }
  u->fd = fd;
  u->family = family;
  if (nd_wrapped_new(env, u, udp_finalize, NULL, &h) != ND_OK) {
    close(fd);
    free(u);
    return NULL;
  }
  if (nd_ref_new(env, argv[1], &u->onmessage) != ND_OK) return NULL;
  u->watch = nd_watch_new(env, fd, on_readable, u);
  return h;
}

/* bind(h, address|path, port, reuseAddr) */
static nd_value b_bind(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  struct sockaddr_storage ss;
  socklen_t sl = make_addr(env, u, argv[1], argv[2], &ss);
  if (!sl) {
    nd_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "invalid bind address");
    return NULL;
  }
  bool reuse = false;
  nd_get_bool(env, argv[3], &reuse);
  if (reuse) {
    int one = 1;
    setsockopt(u->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  }
  if (bind(u->fd, (struct sockaddr *)&ss, sl) != 0) {
    nd_throw_errno(env, errno, "bind", NULL);
    return NULL;
  }
  return NULL;
}

/* recv(h, on): start or stop delivering messages (a receiving socket keeps
 * the process alive unless unref'd) */
static nd_value b_recv(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  bool on = false;
  if (!u) return NULL;
  nd_get_bool(env, argv[1], &on);
  if (on) nd_watch_start(u->watch, ND_READABLE);
  else nd_watch_stop(u->watch);
  return NULL;
}

static nd_value b_ref(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  bool on = true;
  if (!u) return NULL;
  nd_get_bool(env, argv[1], &on);
  nd_watch_ref(u->watch, on);
  return NULL;
}

/* send(h, u8, offset, length, port, address|path) -> bytes sent */
static nd_value b_send(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  struct sockaddr_storage ss;
  socklen_t sl = make_addr(env, u, argv[5], argv[4], &ss);
  if (!sl) {
    nd_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "invalid destination address");
    return NULL;
  }
  double off = 0, len = 0;
  nd_get_double(env, argv[2], &off);
  nd_get_double(env, argv[3], &len);
  void *data;
  size_t total;
  if (nd_typedarray_info(env, argv[1], &data, &total, NULL, NULL) != ND_OK) {
    nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be a Buffer");
    return NULL;
  }
  if (off < 0 || len < 0 || off + len > (double)total) {
    nd_throw_range_error(env, "ERR_OUT_OF_RANGE", "offset and length are outside the buffer");
    return NULL;
  }
  ssize_t n;
  do n = sendto(u->fd, (char *)data + (size_t)off, (size_t)len, 0, (struct sockaddr *)&ss, sl);
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    nd_throw_errno(env, errno, "send", NULL);
    return NULL;
  }
  return num(env, (double)n);
}

/* address(h) -> { address, family, port } */
static nd_value b_address(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  struct sockaddr_storage ss;
  socklen_t sl = sizeof ss;
  if (getsockname(u->fd, (struct sockaddr *)&ss, &sl) != 0) {
    nd_throw_errno(env, errno, "getsockname", NULL);
    return NULL;
  }
  nd_value o, port, a = addr_value(env, &ss, sl, &port), fam;
  if (!a || nd_object_new(env, &o) != ND_OK) return NULL;
  nd_set_named(env, o, "address", a);
  if (u->family != AF_UNIX) {
    if (nd_string_latin1(env, u->family == AF_INET6 ? "IPv6" : "IPv4", ND_AUTO_LENGTH, &fam) == ND_OK)
      nd_set_named(env, o, "family", fam);
    nd_set_named(env, o, "port", port);
  }
  return o;
}

/* setopt(h, name, value): broadcast, ttl, multicastTTL, multicastLoopback */
static nd_value b_setopt(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  char name[32];
  int32_t v = 0;
  bool bv;
  if (nd_get_string_utf8(env, argv[1], name, sizeof name, NULL) != ND_OK) return NULL;
  if (nd_get_bool(env, argv[2], &bv) == ND_OK) v = bv;
  else nd_get_int32(env, argv[2], &v);
  int level = SOL_SOCKET, opt;
  bool v6 = u->family == AF_INET6;
  if (!strcmp(name, "broadcast")) opt = SO_BROADCAST;
  else if (!strcmp(name, "ttl")) { level = v6 ? IPPROTO_IPV6 : IPPROTO_IP; opt = v6 ? IPV6_UNICAST_HOPS : IP_TTL; }
  else if (!strcmp(name, "multicastTTL")) { level = v6 ? IPPROTO_IPV6 : IPPROTO_IP; opt = v6 ? IPV6_MULTICAST_HOPS : IP_MULTICAST_TTL; }
  else if (!strcmp(name, "multicastLoopback")) { level = v6 ? IPPROTO_IPV6 : IPPROTO_IP; opt = v6 ? IPV6_MULTICAST_LOOP : IP_MULTICAST_LOOP; }
  else {
    nd_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "unknown socket option");
    return NULL;
  }
  if (setsockopt(u->fd, level, opt, &v, sizeof v) != 0) nd_throw_errno(env, errno, "setsockopt", NULL);
  return NULL;
}

/* membership(h, group, iface|null, add) for IPv4 and IPv6 groups */
static nd_value b_membership(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  udp *u = get(env, argv[0]);
  if (!u) return NULL;
  char group[64] = "", iface[64] = "";
  bool add = true;
  nd_get_string_utf8(env, argv[1], group, sizeof group, NULL);
  if (!nd_is_nullish(env, argv[2])) nd_get_string_utf8(env, argv[2], iface, sizeof iface, NULL);
  nd_get_bool(env, argv[3], &add);
  int rc;
  if (u->family == AF_INET6) {
    struct ipv6_mreq m;
    memset(&m, 0, sizeof m);
    if (inet_pton(AF_INET6, group, &m.ipv6mr_multiaddr) != 1) goto bad;
    rc = setsockopt(u->fd, IPPROTO_IPV6, add ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, &m, sizeof m);
  } else {
    struct ip_mreq m;
    memset(&m, 0, sizeof m);
    if (inet_pton(AF_INET, group, &m.imr_multiaddr) != 1) goto bad;
    m.imr_interface.s_addr = htonl(INADDR_ANY);
    if (*iface && inet_pton(AF_INET, iface, &m.imr_interface) != 1) goto bad;
    rc = setsockopt(u->fd, IPPROTO_IP, add ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m, sizeof m);
  }
  if (rc != 0) nd_throw_errno(env, errno, add ? "addMembership" : "dropMembership", NULL);
  return NULL;
bad:
  nd_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "invalid multicast address");
  return NULL;
}

static nd_value b_close(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  void *p = NULL;
  if (nd_unwrap(env, argv[0], &p) == ND_OK && p) udp_close(env, p);
  return NULL;
}

static nd_value init(nd_env env, nd_value exports)
{
  nd_value binding, result;
  const nd_property props[] = {
      {"socket", b_socket, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, NULL},
      {"bind", b_bind, NULL, NULL, NULL, 4, ND_DEFAULT_METHOD, NULL},
      {"recv", b_recv, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, NULL},
      {"ref", b_ref, NULL, NULL, NULL, 2, ND_DEFAULT_METHOD, NULL},
      {"send", b_send, NULL, NULL, NULL, 6, ND_DEFAULT_METHOD, NULL},
      {"address", b_address, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
      {"setopt", b_setopt, NULL, NULL, NULL, 3, ND_DEFAULT_METHOD, NULL},
      {"membership", b_membership, NULL, NULL, NULL, 4, ND_DEFAULT_METHOD, NULL},
      {"close", b_close, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
  };
  if (nd_object_new(env, &binding) != ND_OK ||
      nd_define_properties(env, binding, sizeof props / sizeof props[0], props) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "dgram", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("dgram", NODUS_VERSION, ND_PLUGIN_DEPS, init);
