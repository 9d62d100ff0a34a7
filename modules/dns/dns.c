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

#include <nodus/nodus_aux.h>

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
    j->gai_err = getnameinfo((struct sockaddr *)&ss, len, j->host, sizeof j->host, j->serv,
                             sizeof j->serv, NI_NAMEREQD);
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

/* A getaddrinfo failure as Node reports it: libuv's negative UV_EAI_*
 * number as .errno, and its name as .code, except that "no such name" and
 * "no data" are both ENOTFOUND. */
static const char *gai_code(int err, int *uv)
{
  switch (err) {
#ifdef EAI_ADDRFAMILY
    case EAI_ADDRFAMILY: *uv = -3000; return "EAI_ADDRFAMILY";
#endif
    case EAI_AGAIN: *uv = -3001; return "EAI_AGAIN";
    case EAI_BADFLAGS: *uv = -3002; return "EAI_BADFLAGS";
#ifdef EAI_CANCELED
    case EAI_CANCELED: *uv = -3003; return "EAI_CANCELED";
#endif
    case EAI_FAMILY: *uv = -3005; return "EAI_FAMILY";
    case EAI_MEMORY: *uv = -3006; return "EAI_MEMORY";
#ifdef EAI_NODATA
    case EAI_NODATA: *uv = -3007; return "ENOTFOUND";
#endif
    case EAI_NONAME: *uv = -3008; return "ENOTFOUND";
    case EAI_OVERFLOW: *uv = -3009; return "EAI_OVERFLOW";
    case EAI_SERVICE: *uv = -3010; return "EAI_SERVICE";
    case EAI_SOCKTYPE: *uv = -3011; return "EAI_SOCKTYPE";
    default: *uv = -3004; return "EAI_FAIL";
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

/* The resolver error Node makes: "queryA ENOTFOUND host", with .code,
 * .syscall and .hostname, and .errno when it has a number (getaddrinfo's
 * failures; the resolver's own have none, as in Node); NULL on failure. */
static nd_value make_error(nd_env env, const char *code, int uv_errno, const char *syscall,
                           const char *host)
{
  char msg[512];
  snprintf(msg, sizeof msg, "%s %s %s", syscall, code, host);
  nd_value e;
  if (nd_error_new(env, code, msg, &e) != ND_OK ||
      (uv_errno && ndx_set_number(env, e, "errno", uv_errno) != ND_OK) ||
      ndx_set_string(env, e, "syscall", syscall) != ND_OK ||
      ndx_set_string(env, e, "hostname", host) != ND_OK)
    return NULL;
  return e;
}

/* make_error for a getaddrinfo/getnameinfo failure. */
static nd_value lookup_error(nd_env env, int err, const char *syscall, const char *host)
{
  int uv = 0;
  const char *code = gai_code(err, &uv);
  return make_error(env, code, uv, syscall, host);
}

/* An object with the number fields names[i] = values[i]. */
static nd_value numbers_object(nd_env env, nd_value o, size_t n, const char *const *names,
                               const double *values)
{
  for (size_t i = 0; o && i < n; i++)
    if (ndx_set_number(env, o, names[i], values[i]) != ND_OK) o = NULL;
  return o;
}

/* Records of the answer section of the given type, as JS values; NULL with
 * an exception pending when one cannot be made. A record the parser cannot
 * read is skipped. */
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
    bool skip = false; /* unreadable: no item, and no exception */
    switch (j->type) {
      case ns_t_a:
        if (!(skip = rdlen != 4 || !inet_ntop(AF_INET, rd, buf, sizeof buf)))
          item = ndx_string(env, buf);
        break;
      case ns_t_aaaa:
        if (!(skip = rdlen != 16 || !inet_ntop(AF_INET6, rd, buf, sizeof buf)))
          item = ndx_string(env, buf);
        break;
      case ns_t_ns:
      case ns_t_cname:
      case ns_t_ptr:
        if (!(skip =
                  ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), rd, buf, sizeof buf) < 0))
          item = ndx_string(env, buf);
        break;
      case ns_t_mx:
        skip = rdlen <= 2 ||
               ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), rd + 2, buf, sizeof buf) < 0;
        if (!skip && nd_object_new(env, &o) == ND_OK &&
            ndx_set_string(env, o, "exchange", buf) == ND_OK &&
            ndx_set_number(env, o, "priority", ns_get16(rd)) == ND_OK)
          item = o;
        break;
      case ns_t_srv: {
        static const char *const names[] = {"port", "priority", "weight"};
        skip = rdlen <= 6 ||
               ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), rd + 6, buf, sizeof buf) < 0;
        double values[] = {ns_get16(rd + 4), ns_get16(rd), ns_get16(rd + 2)};
        if (!skip && nd_object_new(env, &o) == ND_OK &&
            ndx_set_string(env, o, "name", buf) == ND_OK)
          item = numbers_object(env, o, 3, names, values);
        break;
      }
      case ns_t_txt: {
        /* one record: an array of its character-strings */
        nd_value parts, s;
        if (nd_array_new(env, 0, &parts) != ND_OK) break;
        uint32_t k = 0;
        item = parts;
        for (int p = 0; item && p < rdlen;) {
          int l = rd[p];
          if (p + 1 + l > rdlen) break;
          if (nd_string_utf8(env, (const char *)rd + p + 1, (size_t)l, &s) != ND_OK ||
              nd_set_index(env, parts, k++, s) != ND_OK)
            item = NULL;
          p += 1 + l;
        }
        break;
      }
      case ns_t_soa: {
        static const char *const names[] = {"serial", "refresh", "retry", "expire", "minttl"};
        char mname[NS_MAXDNAME], rname[NS_MAXDNAME];
        const unsigned char *p = rd;
        int a = ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), p, mname, sizeof mname);
        if ((skip = a < 0)) break;
        p += a;
        int b = ns_name_uncompress(ns_msg_base(msg), ns_msg_end(msg), p, rname, sizeof rname);
        if ((skip = b < 0 || p + b + 20 > rd + rdlen)) break;
        p += b;
        double values[] = {ns_get32(p), ns_get32(p + 4), ns_get32(p + 8), ns_get32(p + 12),
                           ns_get32(p + 16)};
        if (nd_object_new(env, &o) == ND_OK && ndx_set_string(env, o, "nsname", mname) == ND_OK &&
            ndx_set_string(env, o, "hostmaster", rname) == ND_OK)
          item = numbers_object(env, o, 5, names, values);
        break;
      }
      default: skip = true; break;
    }
    if (skip) continue;
    if (!item || nd_set_index(env, arr, n++, item) != ND_OK) return NULL;
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

/* The addresses of a lookup as [{address, family: 4 | 6}...]. */
static nd_value addresses(nd_env env, job *j)
{
  nd_value arr, o;
  uint32_t n = 0;
  if (nd_array_new(env, 0, &arr) != ND_OK) return NULL;
  for (struct addrinfo *a = j->ai; a; a = a->ai_next) {
    /* the address alone: Node shows no %zone here */
    char buf[INET6_ADDRSTRLEN];
    int fam = a->ai_family == AF_INET6 ? 6 : 4;
    const void *src = fam == 6 ? (const void *)&((struct sockaddr_in6 *)a->ai_addr)->sin6_addr
                               : (const void *)&((struct sockaddr_in *)a->ai_addr)->sin_addr;
    if (!inet_ntop(fam == 6 ? AF_INET6 : AF_INET, src, buf, sizeof buf)) continue;
    if (nd_object_new(env, &o) != ND_OK || ndx_set_string(env, o, "address", buf) != ND_OK ||
        ndx_set_number(env, o, "family", fam) != ND_OK || nd_set_index(env, arr, n++, o) != ND_OK)
      return NULL;
  }
  return arr;
}

static void complete(nd_env env, bool cancelled, void *data)
{
  job *j = data;
  nd_value fn, args[3] = {NULL, NULL, NULL};
  size_t argc = 2;
  /* cancelled: the runtime is shutting down; the result goes nowhere */
  if (cancelled || nd_ref_get(env, j->cb, &fn) != ND_OK) {
    job_free(env, j);
    return;
  }
  if (j->kind == JOB_LOOKUP) {
    if (j->gai_err) {
      args[0] =
          j->gai_err == EAI_SYSTEM ? NULL : lookup_error(env, j->gai_err, "getaddrinfo", j->name);
      if (!args[0] && nd_errno_error(env, j->sys_err, "getaddrinfo", j->name, &args[0]) != ND_OK)
        args[0] = NULL;
    } else {
      args[1] = addresses(env, j);
    }
  } else if (j->kind == JOB_SERVICE) {
    if (j->gai_err) {
      args[0] = lookup_error(env, j->gai_err, "getnameinfo", j->name);
    } else {
      args[1] = ndx_string(env, j->host);
      args[2] = ndx_string(env, j->serv);
      argc = 3;
    }
  } else {
    if (j->answer_len < 0)
      args[0] = make_error(env, h_code(j->h_err), 0, type_name(j->type), j->name);
    else args[1] = parse_answer(env, j);
  }
  /* A result that could not be built goes to the callback as its error. */
  if (!args[0] && (!args[1] || (argc == 3 && !args[2]))) {
    if (nd_exception_take(env, &args[0]) != ND_OK) args[0] = NULL;
    argc = 1;
  }
  if (!args[0]) args[0] = ndx_null(env);
  if (!args[1]) args[1] = ndx_undefined(env);
  /* an exception the callback throws stays pending: it is uncaught */
  if (args[0] && args[1]) ND_IGNORE(nd_call(env, NULL, fn, argc, args, NULL));
  job_free(env, j);
}

static job *new_job(nd_env env, job_kind kind, nd_value name, nd_value cb)
{
  if (!nd_is_function(env, cb))
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                                "The \"callback\" argument must be of type function");
  job *j = calloc(1, sizeof *j);
  if (!j) return ndx_throw_oom(env);
  j->kind = kind;
  if (nd_get_string_dup(env, name, &j->name, NULL) != ND_OK ||
      nd_ref_new(env, cb, &j->cb) != ND_OK) {
    job_free(env, j);
    if (nd_exception_pending(env)) return NULL;
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                                "The \"hostname\" argument must be of type string");
  }
  return j;
}

static nd_value queue(nd_env env, job *j)
{
  if (nd_work_queue(env, execute, complete, j) != ND_OK) {
    job_free(env, j);
    return ndx_throw_error(env, "ERR_WORK_QUEUE", "cannot queue resolver work");
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
  j->port = ndx_opt_int32(env, argv[1], 0);
  return queue(env, j);
}

/* query(name, type, servers [[ip, port]...], cb) */
static nd_value b_query(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  job *j = new_job(env, JOB_QUERY, argv[0], argv[3]);
  if (!j) return NULL;
  j->type = ndx_opt_int32(env, argv[1], ns_t_a);
  uint32_t n = 0;
  if (nd_is_array(env, argv[2]) && nd_array_length(env, argv[2], &n) == ND_OK) {
    for (uint32_t i = 0; i < n && j->nservers < MAX_SERVERS; i++) {
      nd_value pair, ip, port;
      char buf[64];
      if (nd_get_index(env, argv[2], i, &pair) != ND_OK ||
          nd_get_index(env, pair, 0, &ip) != ND_OK || nd_get_index(env, pair, 1, &port) != ND_OK ||
          nd_get_string_utf8(env, ip, buf, sizeof buf, NULL) != ND_OK)
        continue;
      int32_t p = ndx_opt_int32(env, port, 53);
      struct sockaddr_in *sa = &j->servers[j->nservers];
      if (inet_pton(AF_INET, buf, &sa->sin_addr) != 1)
        continue; /* the system resolver takes IPv4 here */
      sa->sin_family = AF_INET;
      sa->sin_port = htons((uint16_t)p);
      j->nservers++;
    }
  }
  return queue(env, j);
}

static const nd_property binding_table[] = {
    NDX_METHOD("lookup", b_lookup, 4),
    NDX_METHOD("lookupService", b_lookup_service, 3),
    NDX_METHOD("query", b_query, 4),
};

static nd_value init(nd_env env, nd_value exports)
{
  nd_value binding, types, result;
  if (ndx_binding(env, binding_table, NULL, &binding) != ND_OK ||
      nd_object_new(env, &types) != ND_OK)
    return NULL;
  static const struct {
    const char *name;
    int t;
  } tt[] = {{"A", ns_t_a},         {"AAAA", ns_t_aaaa}, {"MX", ns_t_mx},
            {"TXT", ns_t_txt},     {"SRV", ns_t_srv},   {"NS", ns_t_ns},
            {"CNAME", ns_t_cname}, {"PTR", ns_t_ptr},   {"SOA", ns_t_soa}};
  for (size_t i = 0; i < sizeof tt / sizeof tt[0]; i++)
    if (ndx_set_number(env, types, tt[i].name, tt[i].t) != ND_OK) return NULL;
  if (nd_set_named(env, binding, "types", types) != ND_OK ||
      ndx_set_number(env, binding, "ADDRCONFIG", AI_ADDRCONFIG) != ND_OK ||
      ndx_set_number(env, binding, "V4MAPPED", AI_V4MAPPED) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "dns", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("dns", NODUS_VERSION, ND_PLUGIN_DEPS, init);
