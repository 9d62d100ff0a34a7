/* nodus_aux.h — the helper layer above nodus.h, as lauxlib is to Lua's API:
 * argument checks that throw Node's exact errors, tagged wrapping, property
 * tables, small value builders, socket addresses and the signal table.
 * Built on nodus.h alone; link libnodus_aux.a (`pkg-config --libs nodus`).
 *
 * Conventions:
 *  - ndx_throw_*, ndx_fail and the ndx_*_error/ndx_out_of_range helpers
 *    throw and return NULL (void *), so a native or any helper returning a
 *    pointer (or false) can `return ndx_throw_type_error(env, code, ...)`.
 *  - ndx_check_* return ND_OK, or throw and return ND_PENDING_EXCEPTION;
 *    `name` is the argument's name as Node spells it in messages.
 *  - Every string argument is UTF-8 and only borrowed for the call.
 *  - The library keeps no state: safe in every runtime of a process. */
#ifndef NODUS_AUX_H
#define NODUS_AUX_H

#include <sys/socket.h>

#include <nodus/nodus.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define NDX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define NDX_PRINTF(f, a)
#endif

/* ---- throwing ---------------------------------------------------------- */

/* Error/TypeError/RangeError with .code (NULL: none) and a printf message. */
void *ndx_throw_error(nd_env env, const char *code, const char *fmt, ...) NDX_PRINTF(3, 4);
void *ndx_throw_type_error(nd_env env, const char *code, const char *fmt, ...) NDX_PRINTF(3, 4);
void *ndx_throw_range_error(nd_env env, const char *code, const char *fmt, ...) NDX_PRINTF(3, 4);
/* nd_throw_errno (Node's errno error) that returns NULL. */
void *ndx_throw_errno(nd_env env, int err, const char *syscall, const char *path);
/* Error ERR_MEMORY_ALLOCATION_FAILED "out of memory". */
void *ndx_throw_oom(nd_env env);
/* After a call failed with `st`: makes sure an exception is pending (a
 * status that left none, as ND_NO_MEMORY, gets an Error naming it), so the
 * native's caller never sees a silent undefined. Returns NULL. */
void *ndx_fail(nd_env env, nd_status st);

/* ---- Node's argument errors --------------------------------------------- */

/* ERR_INVALID_ARG_TYPE: 'The "name" argument must be of type number.
 * Received type string ('abc')'. `expected` lists what is accepted, Node's
 * way, separated by '|': "number", "string|Buffer|URL" ("of type string or
 * an instance of Buffer or URL"). A name with a '.' is a property; one
 * ending in " argument" is used as is. */
void *ndx_arg_type_error(nd_env env, const char *name, const char *expected, nd_value actual);
/* ERR_OUT_OF_RANGE: 'The value of "name" is out of range. It must be
 * <range>. Received <value>' (integers past 2**32 as 4_294_967_297). */
void *ndx_out_of_range(nd_env env, const char *name, const char *range, double value);
/* Node's description of a value in those messages: "undefined", "type
 * string ('abc')", "an instance of Map", "function f". Truncates to size. */
ND_NODISCARD nd_status ndx_describe(nd_env env, nd_value v, char *buf, size_t size);

/* ---- argument checks ----------------------------------------------------- */

/* The checks a binding makes per call are inline: one nd_* call when the
 * argument is right. */
ND_NODISCARD static inline nd_status ndx_check_number(nd_env env, nd_value v, const char *name,
                                                      double *out)
{
  if (nd_get_double(env, v, out) == ND_OK) return ND_OK;
  ndx_arg_type_error(env, name, "number", v);
  return ND_PENDING_EXCEPTION;
}
/* Throws the error ndx_check_int gives v (not an integer in [min, max]);
 * returns NULL. */
void *ndx_int_error(nd_env env, nd_value v, const char *name, int64_t min, int64_t max);
/* An integer (Number.isInteger) in [min, max], both within +-(2**53 - 1)
 * (validateInteger's three errors: not a number, "an integer", ">= min &&
 * <= max"). */
ND_NODISCARD static inline nd_status ndx_check_int(nd_env env, nd_value v, const char *name,
                                                   int64_t min, int64_t max, int64_t *out)
{
  double d;
  if (nd_get_double(env, v, &d) == ND_OK && d >= (double)min && d <= (double)max &&
      d == (double)(int64_t)d) {
    *out = (int64_t)d;
    return ND_OK;
  }
  ndx_int_error(env, v, name, min, max);
  return ND_PENDING_EXCEPTION;
}
ND_NODISCARD nd_status ndx_check_bool(nd_env env, nd_value v, const char *name, bool *out);
ND_NODISCARD nd_status ndx_check_function(nd_env env, nd_value v, const char *name);
/* A string, as a malloc'd NUL-terminated UTF-8 copy the caller free()s
 * (*out NULL on failure); len may be NULL. */
ND_NODISCARD nd_status ndx_check_string(nd_env env, nd_value v, const char *name, char **out,
                                        size_t *len);
/* A Buffer, TypedArray or DataView: its bytes, valid until the next call
 * that may allocate (nd_typedarray_info's rule); never NULL. */
ND_NODISCARD nd_status ndx_check_bytes(nd_env env, nd_value v, const char *name, void **data,
                                       size_t *len);

/* ---- optional values ------------------------------------------------------- */

/* v when it has the type, else dflt: for a binding's arguments that its
 * own JavaScript has validated (luaL_opt*). ndx_opt_int32 converts as
 * ToInt32. Inline: one nd_* call. */
static inline bool ndx_opt_bool(nd_env env, nd_value v, bool dflt)
{
  bool b;
  return nd_get_bool(env, v, &b) == ND_OK ? b : dflt;
}
static inline int32_t ndx_opt_int32(nd_env env, nd_value v, int32_t dflt)
{
  int32_t i;
  return nd_get_int32(env, v, &i) == ND_OK ? i : dflt;
}
static inline double ndx_opt_number(nd_env env, nd_value v, double dflt)
{
  double d;
  return nd_get_double(env, v, &d) == ND_OK ? d : dflt;
}

/* ---- values ---------------------------------------------------------------- */

/* Each returns the new value, or NULL with an exception pending (inline:
 * as cheap as the nd_* call on a hot path). */
static inline nd_value ndx_number(nd_env env, double v)
{
  nd_value r;
  return nd_number(env, v, &r) == ND_OK ? r : NULL;
}
static inline nd_value ndx_string(nd_env env, const char *s) /* UTF-8, NUL-terminated */
{
  nd_value r;
  return nd_string_utf8(env, s, ND_AUTO_LENGTH, &r) == ND_OK ? r : NULL;
}
static inline nd_value ndx_bool(nd_env env, bool v)
{
  nd_value r;
  return nd_boolean(env, v, &r) == ND_OK ? r : NULL;
}
static inline nd_value ndx_undefined(nd_env env)
{
  nd_value r;
  return nd_undefined(env, &r) == ND_OK ? r : NULL;
}
static inline nd_value ndx_null(nd_env env)
{
  nd_value r;
  return nd_null(env, &r) == ND_OK ? r : NULL;
}
/* obj[name] = v */
ND_NODISCARD nd_status ndx_set_number(nd_env env, nd_value obj, const char *name, double v);
ND_NODISCARD nd_status ndx_set_string(nd_env env, nd_value obj, const char *name, const char *s);
ND_NODISCARD nd_status ndx_set_bool(nd_env env, nd_value obj, const char *name, bool v);

/* ---- tagged native data ------------------------------------------------------ */

/* Tags obj (an nd_class_new instance: call from its constructor) with tag,
 * then attaches data. On failure data is still the caller's. Methods get it
 * back with nd_unwrap_tagged (one call: keep it so on hot paths). */
ND_NODISCARD nd_status ndx_wrap(nd_env env, nd_value obj, const nd_type_tag *tag, void *data,
                                nd_finalize fin, void *hint);
/* A new plain object tagged with tag and holding data; on failure data is
 * still the caller's. */
ND_NODISCARD nd_status ndx_wrapped_new(nd_env env, const nd_type_tag *tag, void *data,
                                       nd_finalize fin, void *hint, nd_value *result);

/* ---- property tables ---------------------------------------------------------- */

/* Entries of an nd_property table. A table with no nd_value in it can be a
 * file-scope `static const`, its data given when it is defined. */
#define NDX_METHOD(name, fn, nargs)                                                                \
  {                                                                                                \
    name, fn, NULL, NULL, NULL, nargs, ND_DEFAULT_METHOD, NULL                                     \
  }
#define NDX_METHOD_DATA(name, fn, nargs, data)                                                     \
  {                                                                                                \
    name, fn, NULL, NULL, NULL, nargs, ND_DEFAULT_METHOD, data                                     \
  }
#define NDX_STATIC_METHOD(name, fn, nargs)                                                         \
  {                                                                                                \
    name, fn, NULL, NULL, NULL, nargs, (nd_attributes)(ND_DEFAULT_METHOD | ND_STATIC), NULL        \
  }
#define NDX_GETTER(name, get)                                                                      \
  {                                                                                                \
    name, NULL, get, NULL, NULL, 0, ND_CONFIGURABLE, NULL                                          \
  }
#define NDX_ACCESSOR(name, get, set)                                                               \
  {                                                                                                \
    name, NULL, get, set, NULL, 0, ND_CONFIGURABLE, NULL                                           \
  }
#define NDX_VALUE(name, v)                                                                         \
  {                                                                                                \
    name, NULL, NULL, NULL, v, 0, ND_ENUMERABLE, NULL                                              \
  }
#define NDX_COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* Defines props on obj; entries whose data is NULL get `data`. */
ND_NODISCARD nd_status ndx_define(nd_env env, nd_value obj, size_t count, const nd_property *props,
                                  void *data);
/* A new plain object with props defined on it (a plugin's binding). */
ND_NODISCARD nd_status ndx_object_new(nd_env env, size_t count, const nd_property *props,
                                      void *data, nd_value *result);
/* nd_class_new (whose constructor gets data), with data also given to the
 * props that have none. */
ND_NODISCARD nd_status ndx_class_new(nd_env env, const char *name, nd_native ctor, uint32_t nargs,
                                     void *data, size_t count, const nd_property *props,
                                     nd_value *result);
#define ndx_define_all(env, obj, props, data) ndx_define(env, obj, NDX_COUNT(props), props, data)
#define ndx_binding(env, props, data, result)                                                      \
  ndx_object_new(env, NDX_COUNT(props), props, data, result)
#define ndx_class(env, name, ctor, nargs, data, props, result)                                     \
  ndx_class_new(env, name, ctor, nargs, data, NDX_COUNT(props), props, result)

/* ---- socket addresses ------------------------------------------------------------ */

/* Room for any address text ndx_sockaddr_text writes (a unix path too). */
#define NDX_ADDRSTRLEN 112

/* An IPv4 or IPv6 literal (IPv6 may end in %zone, a name or an index) and a
 * port into ss. family AF_INET or AF_INET6 accepts only that family, 0
 * either. Returns 0, or -EINVAL when text is not such a literal. */
int ndx_ip_parse(const char *text, int family, int port, struct sockaddr_storage *ss,
                 socklen_t *len);
/* A unix socket path of n bytes (a leading NUL names an abstract socket).
 * Returns 0, -EINVAL (empty) or -ENAMETOOLONG. */
int ndx_unix_parse(const char *path, size_t n, struct sockaddr_storage *ss, socklen_t *len);
/* The text of sa's address ("::1", "fe80::1%eth0", a unix path) and its
 * port (0 for unix). Returns 0, or -EAFNOSUPPORT for other families. */
int ndx_sockaddr_text(const struct sockaddr *sa, socklen_t len, char *buf, size_t size, int *port);
/* {address, family: 'IPv4' | 'IPv6', port}, or {address} for a unix path;
 * undefined for other families. */
ND_NODISCARD nd_status ndx_sockaddr_to_js(nd_env env, const struct sockaddr *sa, socklen_t len,
                                          nd_value *result);
/* From {address, port, family?}: address a string (ERR_INVALID_ARG_TYPE)
 * and an IP literal (ERR_INVALID_IP_ADDRESS), port 0..65535
 * (ERR_SOCKET_BAD_PORT), family 'IPv4'/'IPv6'/4/6 when given. */
ND_NODISCARD nd_status ndx_sockaddr_from_js(nd_env env, nd_value obj, struct sockaddr_storage *ss,
                                            socklen_t *len);

/* ---- signals ------------------------------------------------------------------------ */

/* The signals Node names, in its order: NDX_SIGNALS(X) expands X(SIGHUP)...
 * (the user includes <signal.h>). */
/* clang-format off */
#define NDX_SIGNALS(X)                                                               \
  X(SIGHUP) X(SIGINT) X(SIGQUIT) X(SIGILL) X(SIGTRAP) X(SIGABRT) X(SIGBUS) X(SIGFPE) \
  X(SIGKILL) X(SIGUSR1) X(SIGSEGV) X(SIGUSR2) X(SIGPIPE) X(SIGALRM) X(SIGTERM)       \
  X(SIGCHLD) X(SIGCONT) X(SIGSTOP) X(SIGTSTP) X(SIGTTIN) X(SIGTTOU) X(SIGURG)        \
  X(SIGXCPU) X(SIGXFSZ) X(SIGVTALRM) X(SIGPROF) X(SIGWINCH) X(SIGIO) X(SIGPWR)       \
  X(SIGSYS)
/* clang-format on */

/* "SIGTERM" for SIGTERM; NULL when not in the table. */
const char *ndx_signal_name(int signum);
/* SIGTERM for "SIGTERM"; 0 when not in the table. */
int ndx_signal_number(const char *name);
/* A new object {SIGHUP: 1, ...} (os.constants.signals). */
ND_NODISCARD nd_status ndx_signals_object(nd_env env, nd_value *result);

#ifdef __cplusplus
}
#endif
#endif /* NODUS_AUX_H */
