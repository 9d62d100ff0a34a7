/* sockaddr.c — socket addresses between text, struct sockaddr_storage and
 * JavaScript's {address, family, port}: IPv4, IPv6 with a %zone, and unix
 * paths (abstract ones too). The text functions make no nd_* call. */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>

#include <nodus/nodus_aux.h>

_Static_assert(NDX_ADDRSTRLEN >= sizeof(((struct sockaddr_un *)0)->sun_path) + 1,
               "NDX_ADDRSTRLEN holds a unix path");
_Static_assert(NDX_ADDRSTRLEN >= INET6_ADDRSTRLEN + IF_NAMESIZE + 1,
               "NDX_ADDRSTRLEN holds an IPv6 zone");

int ndx_ip_parse(const char *text, int family, int port, struct sockaddr_storage *ss,
                 socklen_t *len)
{
  memset(ss, 0, sizeof *ss);
  struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
  if (family != AF_INET6 && inet_pton(AF_INET, text, &a4->sin_addr) == 1) {
    a4->sin_family = AF_INET;
    a4->sin_port = htons((uint16_t)port);
    *len = sizeof *a4;
    return 0;
  }
  if (family == AF_INET) return -EINVAL;
  struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
  char buf[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  size_t n = strlen(text);
  if (n >= sizeof buf) return -EINVAL;
  memcpy(buf, text, n + 1);
  char *zone = strchr(buf, '%');
  if (zone) *zone++ = 0;
  if (inet_pton(AF_INET6, buf, &a6->sin6_addr) != 1) return -EINVAL;
  a6->sin6_family = AF_INET6;
  a6->sin6_port = htons((uint16_t)port);
  if (zone && *zone) {
    unsigned idx = if_nametoindex(zone);
    a6->sin6_scope_id = idx ? idx : (unsigned)strtoul(zone, NULL, 10);
  }
  *len = sizeof *a6;
  return 0;
}

int ndx_unix_parse(const char *path, size_t n, struct sockaddr_storage *ss, socklen_t *len)
{
  struct sockaddr_un *un = (struct sockaddr_un *)ss;
  memset(ss, 0, sizeof *ss);
  if (n == 0) return -EINVAL;
  if (n >= sizeof un->sun_path) return -ENAMETOOLONG;
  un->sun_family = AF_UNIX;
  memcpy(un->sun_path, path, n);
  /* An abstract name (leading NUL) has an exact length, a path its NUL. */
  *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (path[0] ? 1 : 0));
  return 0;
}

int ndx_sockaddr_text(const struct sockaddr *sa, socklen_t len, char *buf, size_t size, int *port)
{
  *port = 0;
  if (size) buf[0] = 0;
  if (sa->sa_family == AF_INET) {
    const struct sockaddr_in *a4 = (const struct sockaddr_in *)sa;
    if (!inet_ntop(AF_INET, &a4->sin_addr, buf, (socklen_t)size)) return -ENOSPC;
    *port = ntohs(a4->sin_port);
    return 0;
  }
  if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)sa;
    if (!inet_ntop(AF_INET6, &a6->sin6_addr, buf, (socklen_t)size)) return -ENOSPC;
    if (a6->sin6_scope_id) {
      char ifname[IF_NAMESIZE];
      size_t n = strlen(buf);
      if (if_indextoname(a6->sin6_scope_id, ifname)) snprintf(buf + n, size - n, "%%%s", ifname);
      else snprintf(buf + n, size - n, "%%%u", a6->sin6_scope_id);
    }
    *port = ntohs(a6->sin6_port);
    return 0;
  }
  if (sa->sa_family == AF_UNIX) {
    const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
    size_t off = offsetof(struct sockaddr_un, sun_path);
    size_t n = len > off ? (size_t)len - off : 0;
    if (n > sizeof un->sun_path) n = sizeof un->sun_path;
    n = strnlen(un->sun_path, n);
    if (n >= size) return -ENOSPC;
    memcpy(buf, un->sun_path, n);
    buf[n] = 0;
    return 0;
  }
  return -EAFNOSUPPORT;
}

nd_status ndx_sockaddr_to_js(nd_env env, const struct sockaddr *sa, socklen_t len, nd_value *result)
{
  char text[NDX_ADDRSTRLEN];
  int port;
  if (ndx_sockaddr_text(sa, len, text, sizeof text, &port) != 0) return nd_undefined(env, result);
  nd_value o;
  nd_status st = nd_object_new(env, &o);
  if (st == ND_OK) st = ndx_set_string(env, o, "address", text);
  if (st == ND_OK && sa->sa_family != AF_UNIX) {
    st = ndx_set_string(env, o, "family", sa->sa_family == AF_INET6 ? "IPv6" : "IPv4");
    if (st == ND_OK) st = ndx_set_number(env, o, "port", port);
  }
  if (st == ND_OK) *result = o;
  return st;
}

nd_status ndx_sockaddr_from_js(nd_env env, nd_value obj, struct sockaddr_storage *ss,
                               socklen_t *len)
{
  nd_value address, port, family;
  nd_status st;
  if (!nd_is_object(env, obj)) {
    ndx_arg_type_error(env, "address", "object", obj);
    return ND_PENDING_EXCEPTION;
  }
  if ((st = nd_get_named(env, obj, "address", &address)) != ND_OK ||
      (st = nd_get_named(env, obj, "port", &port)) != ND_OK ||
      (st = nd_get_named(env, obj, "family", &family)) != ND_OK)
    return st;
  int fam = 0;
  if (!nd_is_undefined(env, family)) {
    char f[8] = "";
    double d = 0;
    if (nd_get_double(env, family, &d) == ND_OK) fam = d == 4 ? AF_INET : d == 6 ? AF_INET6 : -1;
    else if (nd_get_string_utf8(env, family, f, sizeof f, NULL) == ND_OK)
      fam = !strcmp(f, "IPv4") ? AF_INET : !strcmp(f, "IPv6") ? AF_INET6 : -1;
    else fam = -1;
    if (fam < 0) {
      char what[96];
      if (ndx_describe(env, family, what, sizeof what) != ND_OK) return ND_PENDING_EXCEPTION;
      ndx_throw_type_error(
          env, "ERR_INVALID_ARG_VALUE",
          "The property 'address.family' must be one of: 'IPv4', 'IPv6'. Received %s", what);
      return ND_PENDING_EXCEPTION;
    }
  }
  double p = 0;
  if (!nd_is_undefined(env, port) &&
      (nd_get_double(env, port, &p) != ND_OK || !(p >= 0 && p < 65536) || p != (int)p)) {
    char what[96];
    if (ndx_describe(env, port, what, sizeof what) != ND_OK) return ND_PENDING_EXCEPTION;
    ndx_throw_range_error(env, "ERR_SOCKET_BAD_PORT",
                          "Port should be >= 0 and < 65536. Received %s.", what);
    return ND_PENDING_EXCEPTION;
  }
  char *text;
  if (ndx_check_string(env, address, "address.address", &text, NULL) != ND_OK)
    return ND_PENDING_EXCEPTION;
  int r = ndx_ip_parse(text, fam, (int)p, ss, len);
  if (r != 0) ndx_throw_type_error(env, "ERR_INVALID_IP_ADDRESS", "Invalid IP address: %s", text);
  free(text);
  return r == 0 ? ND_OK : ND_PENDING_EXCEPTION;
}
