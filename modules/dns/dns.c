/* dns — name resolution on the worker pool: getaddrinfo/getnameinfo for
 * lookup and lookupService, and the system resolver (res_nquery with a
 * private resolver state, so setServers() applies per query) for resolve*
 * and reverse, its answers parsed here into plain records. dns.js owns the
 * API. */
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <nodus/nodus.h>

#include "dns_js.h"

#define MAX_SERVERS 3

typedef enum { JOB_LOOKUP, JOB_SERVICE, JOB_QUERY } job_kind;

typedef struct {
  job_kind kind;
  nd_ref cb;
  char *name;
  int family, flags, all, type, port;
  struct sockaddr_in servers[MAX_SERVERS];
  int nservers;
  /* results */
  int gai_err, h_err, sys_err;
  struct addrinfo *ai;
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  unsigned char *answer;
  int answer_len;
} job;

static void job_free(nd_env env, job *j)
{
  if (j->cb) nd_ref_free(env, j->cb);
  if (j->ai) freeaddrinfo(j->ai);
  free(j->answer);
  free(j->name);
  free(j);
}

static void execute(void *data)
{
  job *j = data;
  if (j->kind == JOB_LOOKUP) {
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = j->family == 4 ? AF_INET : j->family == 6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = j->flags;
    j->gai_err = getaddrinfo(j->name, NULL, &hints, &j->ai);
    if (j->gai_err == EAI_SYSTEM) j->sys_err = errno;
  } else if (j->kind == JOB_SERVICE) {
    struct sockaddr_storage ss;
    socklen_t len;
    memset(&ss, 0, sizeof ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, j->name, &a4->sin_addr) == 1) {
      a4->sin_family = AF_INET;
      a4->sin_port = htons((uint16_t)j->port);
      len = sizeof *a4;
    } else {
      inet_pton(AF_INET6, j->name, &a6->sin6_addr);
      a6->sin6_family = AF_INET6;
      a6->sin6_port = htons((uint16_t)j->port);
      len = sizeof *a6;
    }
    j->gai_err = getnameinfo((struct sockaddr *)&ss, len, j->host, sizeof j->host, j->serv, sizeof j->serv, NI_NAMEREQD);
  } else {
    struct __res_state st;
    memset(&st, 0, sizeof st);
    if (res_ninit(&st) != 0) {
      j->h_err = NO_RECOVERY;
      return;
    }
    if (j->nservers > 0) {
      for (int i = 0; i < j->nservers; i++) st.nsaddr_list[i] = j->servers[i];
      st.nscount = j->nservers;
    }
    st.retrans = 2;
    st.retry = 2;
    j->answer = malloc(65536);
    if (!j->answer) {
      res_nclose(&st);
      j->h_err = NO_RECOVERY;
      return;
    }
    j->answer_len = res_nquery(&st, j->name, ns_c_in, j->type, j->answer, 65536);
    if (j->answer_len < 0) j->h_err = st.res_h_errno;
    res_nclose(&st);
  }
}

/* Node's codes for resolver failures. */
static const char *gai_code(int err)
{
  switch (err) {
  case EAI_NONAME: return "ENOTFOUND";
#ifdef EAI_NODATA
  case EAI_NODATA: return "ENOTFOUND";
#endif
  case EAI_AGAIN: return "EAI_AGAIN";
  case EAI_FAIL: return "EAI_FAIL";
  case EAI_FAMILY: return "EAI_FAMILY";
  case EAI_MEMORY: return "ENOMEM";
  case EAI_SERVICE: return "EAI_SERVICE";
  default: return "EAI_FAIL";
  }
}

static const char *h_code(int err)
{
  switch (err) {
  case HOST_NOT_FOUND: return "ENOTFOUND";
  case NO_DATA: return "ENODATA";
  case TRY_AGAIN: return "ETIMEOUT";
  default: return "ESERVFAIL";
  }
}

static nd_value make_error(nd_env env, const char *code, const char *syscall, const char *host)
{
  char msg[512];
  snprintf(msg, sizeof msg, "%s %s %s", syscall, code, host);
  nd_value e, v;
  if (nd_error_new(env, code, msg, &e) != ND_OK) return NULL;
  if (nd_string_utf8(env, code, ND_AUTO_LENGTH, &v) == ND_OK) nd_set_named(env, e, "errno", v);
  if (nd_string_utf8(env, syscall, ND_AUTO_LENGTH, &v) == ND_OK) nd_set_named(env, e, "syscall", v);
  if (nd_string_utf8(env, host, ND_AUTO_LENGTH, &v) == ND_OK) nd_set_named(env, e, "hostname", v);
  return e;
}

static nd_value str(nd_env env, const char *s)
{
  nd_value v;
  return nd_string_utf8(env, s, ND_AUTO_LENGTH, &v) == ND_OK ? v : NULL;
}

static nd_value num(nd_env env, double d)
{
  nd_value v;
  return nd_number(env, d, &v) == ND_OK ? v : NULL;
}

/* Records of the answer section of the given type, as JS values. */
static nd_value parse_answer(nd_env env, job *j)
{
  ns_msg msg;
  nd_value arr;
  if (nd_array_new(env, 0, &arr) != ND_OK) return NULL;
  if (ns_initparse(j->answer, j->answer_len, &msg) != 0) return arr;
  int count = ns_msg_count(msg, ns_s_an);
  uint32_t n = 0;
  for (int i = 0; i < count; i++) {
    ns_rr rr;
    if (ns_parserr(&msg, ns_s_an, i, &rr) != 0) continue;
    if ((int)ns_rr_type(rr) != j->type) continue;
    const unsigned char *rd = ns_rr_rdata(rr);
    int rdlen = ns_rr_rdlen(rr);
    char buf[NS_MAXDNAME];
    nd_value item = NULL, o;
    switch (j->type) {
    case ns_t_a:
      if (rdlen == 4 && inet_ntop(AF_INET, rd, buf, sizeof buf)) item = str(env, buf);
      break;
    case ns_t_aaaa:
      if (rdlen == 16 && inet_ntop(AF_INET6, rd, buf, sizeof buf)) item = str(env, buf);
      break;
    case ns_t_ns: case ns_t_cname: case ns_t_ptr:
      if (ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), rd, buf, sizeof buf) >= 0) item = str(env, buf);
      break;
    case ns_t_mx:
      if (rdlen > 2 && ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), rd + 2, buf, sizeof buf) >= 0 &&
          nd_object_new(env, &o) == ND_OK) {
        nd_set_named(env, o, "exchange", str(env, buf));
        nd_set_named(env, o, "priority", num(env, ns_get16(rd)));
        item = o;
      }
      break;
    case ns_t_srv:
      if (rdlen > 6 && ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), rd + 6, buf, sizeof buf) >= 0 &&
          nd_object_new(env, &o) == ND_OK) {
        nd_set_named(env, o, "name", str(env, buf));
        nd_set_named(env, o, "port", num(env, ns_get16(rd + 4)));
        nd_set_named(env, o, "priority", num(env, ns_get16(rd)));
        nd_set_named(env, o, "weight", num(env, ns_get16(rd + 2)));
        item = o;
      }
      break;
    case ns_t_txt: {
      /* one record: an array of its character-strings */
      nd_value parts;
      if (nd_array_new(env, 0, &parts) != ND_OK) break;
      uint32_t k = 0;
      for (int p = 0; p < rdlen;) {
        int l = rd[p];
        if (p + 1 + l > rdlen) break;
        nd_value s;
        if (nd_string_utf8(env, (const char *)rd + p + 1, (size_t)l, &s) == ND_OK) nd_set_index(env, parts, k++, s);
        p += 1 + l;
      }
      item = parts;
      break;
    }
    case ns_t_soa: {
      char mname[NS_MAXDNAME], rname[NS_MAXDNAME];
      const unsigned char *p = rd;
      int a = ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), p, mname, sizeof mname);
      if (a < 0) break;
      p += a;
      int b = ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), p, rname, sizeof rname);
      if (b < 0 || p + b + 20 > rd + rdlen) break;
      p += b;
      if (nd_object_new(env, &o) != ND_OK) break;
      nd_set_named(env, o, "nsname", str(env, mname));
      nd_set_named(env, o, "hostmaster", str(env, rname));
      nd_set_named(env, o, "serial", num(env, ns_get32(p)));
      nd_set_named(env, o, "refresh", num(env, ns_get32(p + 4)));
      nd_set_named(env, o, "retry", num(env, ns_get32(p + 8)));
      nd_set_named(env, o, "expire", num(env, ns_get32(p + 12)));
      nd_set_named(env, o, "minttl", num(env, ns_get32(p + 16)));
      item = o;
      break;
    }
    default:
      break;
    }
    if (item) nd_set_index(env, arr, n++, item);
  }
  return arr;
}

static const char *type_name(int t)
{
  switch (t) {
  case ns_t_a: return "queryA";
  case ns_t_aaaa: return "queryAaaa";
  case ns_t_mx: return "queryMx";
  case ns_t_txt: return "queryTxt";
  case ns_t_srv: return "querySrv";
  case ns_t_ns: return "queryNs";
  case ns_t_cname: return "queryCname";
  case ns_t_ptr: return "getHostByAddr";
  case ns_t_soa: return "querySoa";
  default: return "query";
  }
}

static void complete(nd_env env, bool cancelled, void *data)
{
  job *j = data;
  nd_value fn, args[3];
  size_t argc = 2;
  if (nd_ref_get(env, j->cb, &fn) != ND_OK) {
    job_free(env, j);
    return;
  }
  nd_null(env, &args[0]);
  nd_undefined(env, &args[1]);
  if (j->kind == JOB_LOOKUP) {
    if (j->gai_err) {
      args[0] = j->gai_err == EAI_SYSTEM ? NULL : make_error(env, gai_code(j->gai_err), "getaddrinfo", j->name);
      if (!args[0]) nd_errno_error(env, j->sys_err, "getaddrinfo", j->name, &args[0]);
    } else {
      uint32_t n = 0;
      nd_array_new(env, 0, &args[1]);
      for (struct addrinfo *a = j->ai; a; a = a->ai_next) {
        char buf[INET6_ADDRSTRLEN];
        int fam = a->ai_family == AF_INET6 ? 6 : 4;
        const void *src = fam == 6 ? (const void *)&((struct sockaddr_in6 *)a->ai_addr)->sin6_addr
                                   : (const void *)&((struct sockaddr_in *)a->ai_addr)->sin_addr;
        if (!inet_ntop(fam == 6 ? AF_INET6 : AF_INET, src, buf, sizeof buf)) continue;
        nd_value o;
        if (nd_object_new(env, &o) != ND_OK) break;
        nd_set_named(env, o, "address", str(env, buf));
        nd_set_named(env, o, "family", num(env, fam));
        nd_set_index(env, args[1], n++, o);
      }
    }
  } else if (j->kind == JOB_SERVICE) {
    if (j->gai_err) {
      args[0] = make_error(env, gai_code(j->gai_err), "getnameinfo", j->name);
    } else {
      args[1] = str(env, j->host);
      args[2] = str(env, j->serv);
      argc = 3;
    }
  } else {
    if (j->answer_len < 0) args[0] = make_error(env, h_code(j->h_err), type_name(j->type), j->name);
    else args[1] = parse_answer(env, j);
  }
  if (args[0] && args[1]) nd_call(env, NULL, fn, argc, args, NULL);
  job_free(env, j);
}

static job *new_job(nd_env env, job_kind kind, nd_value name, nd_value cb)
{
  if (!nd_is_function(env, cb)) {
    nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"callback\" argument must be of type function");
    return NULL;
  }
  job *j = calloc(1, sizeof *j);
  if (!j) return NULL;
  j->kind = kind;
  if (nd_get_string_dup(env, name, &j->name, NULL) != ND_OK || nd_ref_new(env, cb, &j->cb) != ND_OK) {
    job_free(env, j);
    if (!nd_exception_pending(env))
      nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"hostname\" argument must be of type string");
    return NULL;
  }
  return j;
}

static nd_value queue(nd_env env, job *j)
{
  if (nd_work_queue(env, execute, complete, j) != ND_OK) {
    job_free(env, j);
    nd_throw_error(env, "ERR_WORK_QUEUE", "cannot queue resolver work");
  }
  return NULL;
}

/* lookup(hostname, family, flags, cb) */
static nd_value b_lookup(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  job *j = new_job(env, JOB_LOOKUP, argv[0], argv[3]);
  if (!j) return NULL;
  int32_t v = 0;
  if (nd_get_int32(env, argv[1], &v) == ND_OK) j->family = v;
  if (nd_get_int32(env, argv[2], &v) == ND_OK) j->flags = v;
  return queue(env, j);
}

/* lookupService(address, port, cb) */
static nd_value b_lookup_service(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  job *j = new_job(env, JOB_SERVICE, argv[0], argv[2]);
  if (!j) return NULL;
  int32_t port = 0;
  nd_get_int32(env, argv[1], &port);
  j->port = port;
  return queue(env, j);
}

/* query(name, type, servers [[ip, port]...], cb) */
static nd_value b_query(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  job *j = new_job(env, JOB_QUERY, argv[0], argv[3]);
  if (!j) return NULL;
  int32_t t = ns_t_a;
  nd_get_int32(env, argv[1], &t);
  j->type = t;
  uint32_t n = 0;
  if (nd_is_array(env, argv[2]) && nd_array_length(env, argv[2], &n) == ND_OK) {
    for (uint32_t i = 0; i < n && j->nservers < MAX_SERVERS; i++) {
      nd_value pair, ip, port;
      char buf[64];
      int32_t p = 53;
      if (nd_get_index(env, argv[2], i, &pair) != ND_OK || nd_get_index(env, pair, 0, &ip) != ND_OK ||
          nd_get_index(env, pair, 1, &port) != ND_OK || nd_get_string_utf8(env, ip, buf, sizeof buf, NULL) != ND_OK)
        continue;
      nd_get_int32(env, port, &p);
      struct sockaddr_in *sa = &j->servers[j->nservers];
      if (inet_pton(AF_INET, buf, &sa->sin_addr) != 1) continue; /* the system resolver takes IPv4 here */
      sa->sin_family = AF_INET;
      sa->sin_port = htons((uint16_t)p);
      j->nservers++;
    }
  }
  return queue(env, j);
}

static nd_value init(nd_env env, nd_value exports)
{
  nd_value binding, types, result;
  const nd_property props[] = {
      {"lookup", b_lookup, NULL, NULL, NULL, 4, ND_DEFAULT_METHOD, NULL},
      {"lookupService", b_lookup_service, NULL, NULL, NULL, 3, ND_DEFAULT_METHOD, NULL},
      {"query", b_query, NULL, NULL, NULL, 4, ND_DEFAULT_METHOD, NULL},
  };
  if (nd_object_new(env, &binding) != ND_OK || nd_object_new(env, &types) != ND_OK ||
      nd_define_properties(env, binding, 3, props) != ND_OK)
    return NULL;
  struct { const char *name; int t; } tt[] = {{"A", ns_t_a}, {"AAAA", ns_t_aaaa}, {"MX", ns_t_mx},
      {"TXT", ns_t_txt}, {"SRV", ns_t_srv}, {"NS", ns_t_ns}, {"CNAME", ns_t_cname}, {"PTR", ns_t_ptr},
      {"SOA", ns_t_soa}};
  for (size_t i = 0; i < sizeof tt / sizeof tt[0]; i++)
    if (nd_set_named(env, types, tt[i].name, num(env, tt[i].t)) != ND_OK) return NULL;
  if (nd_set_named(env, binding, "types", types) != ND_OK ||
      nd_set_named(env, binding, "ADDRCONFIG", num(env, AI_ADDRCONFIG)) != ND_OK ||
      nd_set_named(env, binding, "V4MAPPED", num(env, AI_V4MAPPED)) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "dns", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("dns", NODUS_VERSION, ND_PLUGIN_DEPS, init);
