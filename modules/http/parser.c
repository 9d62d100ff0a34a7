/* parser.c — HTTP/1.1 message parsing for the http plugin: a wrapped llhttp
 * parser whose callbacks reach JavaScript once per message part (headers,
 * body chunk, trailers, completion) rather than once per token. Adds the
 * checks llhttp leaves to the embedder: a cap on the header section
 * (16 KiB by default, as Node), no obs-fold or bare CR/LF in header values,
 * exactly one Host in a request (RFC 9112 3.2: none at all is allowed
 * before HTTP/1.1 only), no raw bytes over 0x7f in the URL, nothing but
 * blank lines after a request that closes the connection, and bounded
 * chunk extensions. Body chunks are Uint8Array views over the caller's
 * buffer: no copy. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <llhttp.h>
#include <nodus/nodus_aux.h>

#include "parser.h"

#define MAX_CHUNK_EXT 4096

typedef struct {
  char *data;
  size_t len, cap;
} strbuf;

typedef struct parser {
  llhttp_t p;
  nd_env env;
  nd_value self;              /* valid during execute() only */
  nd_value buffer;            /* the ArrayBuffer being parsed, during execute() */
  const char *base;           /* its bytes, during execute() */
  size_t base_offset;         /* byte offset of `base` within the ArrayBuffer */
  strbuf url, status, fields; /* fields: "name\0value\0name\0value..." */
  size_t nfields;
  size_t name_start;  /* offset in `fields` of the name being read */
  bool in_name;       /* between a name's first byte and its end */
  unsigned hosts;     /* Host fields in this request's header section */
  bool require_host;  /* an HTTP/1.1 request without Host is refused */
  bool closing;       /* a request without keep-alive ended: nothing may follow */
  uint8_t url_part;   /* where the URL read so far ends: 0 path, 1 query, 2 fragment */
  char last_nonblank; /* the last byte of earlier input that is not SP or HT */
  bool headers_done;  /* trailers follow */
  size_t header_bytes, max_header_bytes;
  size_t ext_bytes;
  int cb_error;         /* an exception from a JS callback */
  const char *reason;   /* our own error reason (limits, obs-fold) */
  const char *our_name; /* Node's code for our own checks (HPE_HEADER_OVERFLOW) */
} parser;

static int append(strbuf *b, const char *at, size_t n)
{
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + n + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) return -1;
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, at, n);
  b->len += n;
  b->data[b->len] = 0;
  return 0;
}

static parser *of(llhttp_t *p)
{
  return (parser *)p;
}

static int fail(parser *ps, const char *name, const char *reason)
{
  ps->our_name = name;
  ps->reason = reason;
  llhttp_set_error_reason(&ps->p, reason);
  return HPE_USER;
}

static int count_header(parser *ps, size_t n)
{
  ps->header_bytes += n;
  if (ps->header_bytes > ps->max_header_bytes)
    return fail(ps, "HPE_HEADER_OVERFLOW", "Header overflow");
  return 0;
}

/* Forgets the message read so far. */
static void clear_message(parser *ps)
{
  ps->url.len = ps->status.len = ps->fields.len = 0;
  ps->nfields = 0;
  ps->in_name = false;
  ps->hosts = 0;
  ps->headers_done = false;
  ps->header_bytes = 0;
  ps->ext_bytes = 0;
  ps->url_part = 0;
}

static int on_message_begin(llhttp_t *p)
{
  clear_message(of(p));
  return 0;
}

static int on_url(llhttp_t *p, const char *at, size_t n)
{
  parser *ps = of(p);
  if (count_header(ps, n)) return HPE_USER;
  /* llhttp lets bytes over 0x7f through in loose mode; Node's newer llhttp
   * refuses them, and a URL has no business carrying raw UTF-8. */
  static const char *const bad[] = {"Invalid char in url path", "Invalid char in url query",
                                    "Invalid char in url fragment"};
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)at[i];
    if (c == '?' && ps->url_part == 0) ps->url_part = 1;
    else if (c == '#') ps->url_part = 2;
    else if (c > 0x7f) return fail(ps, "HPE_INVALID_URL", bad[ps->url_part]);
  }
  return append(&ps->url, at, n) ? fail(ps, "HPE_USER", "Out of memory") : 0;
}

static int on_status(llhttp_t *p, const char *at, size_t n)
{
  parser *ps = of(p);
  if (count_header(ps, n)) return HPE_USER;
  return append(&ps->status, at, n) ? fail(ps, "HPE_USER", "Out of memory") : 0;
}

/* RFC 9110 token characters: a header name is nothing else (llhttp lets a
 * space before the colon through; Node refuses it). */
static bool is_tchar(unsigned char c)
{
  if (c >= 'a' && c <= 'z') return true;
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  return c && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int on_header_field(llhttp_t *p, const char *at, size_t n)
{
  parser *ps = of(p);
  if (count_header(ps, n)) return HPE_USER;
  for (size_t i = 0; i < n; i++)
    if (!is_tchar((unsigned char)at[i]))
      return fail(ps, "HPE_INVALID_HEADER_TOKEN", "Invalid header token");
  if (!ps->in_name) {
    /* a new field: the previous value, if any, ends here */
    if (ps->nfields > 0 && append(&ps->fields, "", 1)) return fail(ps, "HPE_USER", "Out of memory");
    ps->name_start = ps->fields.len;
    ps->nfields++;
    ps->in_name = true;
  }
  return append(&ps->fields, at, n) ? fail(ps, "HPE_USER", "Out of memory") : 0;
}

/* The name is whole: its value (possibly empty) follows. Counting Host
 * here costs one length test for every other name. */
static int on_header_field_complete(llhttp_t *p)
{
  parser *ps = of(p);
  ps->in_name = false;
  if (ps->fields.len - ps->name_start == 4 && p->type == HTTP_REQUEST && !ps->headers_done &&
      strncasecmp(ps->fields.data + ps->name_start, "host", 4) == 0)
    ps->hosts++;
  return append(&ps->fields, "", 1) ? fail(ps, "HPE_USER", "Out of memory") : 0;
}

/* Whether the value span at `at` begins a continuation line: only spaces
 * and tabs lie between it and a LF (a value proper follows a colon). The
 * bytes before `base` are the previous execute()'s; its last byte that is
 * not a space or a tab stands for them. */
static bool starts_fold(parser *ps, const char *at)
{
  const char *q = at;
  while (ps->base && q > ps->base && (q[-1] == ' ' || q[-1] == '\t')) q--;
  char before = ps->base && q > ps->base ? q[-1] : ps->last_nonblank;
  return before == '\n';
}

static int on_header_value(llhttp_t *p, const char *at, size_t n)
{
  parser *ps = of(p);
  if (count_header(ps, n)) return HPE_USER;
  /* obs-fold (a value continued on the next line) and bare CR/LF inside a
   * value are smuggling vectors: refuse both. An empty value ("Cookie:")
   * arrives as an empty span after its line's LF: nothing to check. */
  if (n == 0) return 0;
  if (starts_fold(ps, at)) return fail(ps, "HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
  for (size_t i = 0; i < n; i++)
    if (at[i] == '\r' || at[i] == '\n')
      return fail(ps, "HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
  return append(&ps->fields, at, n) ? fail(ps, "HPE_USER", "Out of memory") : 0;
}

static int on_chunk_ext(llhttp_t *p, const char *at, size_t n)
{
  parser *ps = of(p);
  ps->ext_bytes += n;
  if (ps->ext_bytes > MAX_CHUNK_EXT)
    return fail(ps, "HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow");
  return 0;
}

static int on_chunk_header(llhttp_t *p)
{
  of(p)->ext_bytes = 0;
  return 0;
}

/* fields as a flat JS array [name, value, name, value...]: every name was
 * closed by on_header_field_complete, so `fields` holds exactly 2 * nfields
 * strings, the last one ended by the buffer's own NUL. */
static nd_status fields_array(parser *ps, nd_value *out)
{
  nd_env env = ps->env;
  nd_status st = nd_array_new(env, 0, out);
  if (st != ND_OK || ps->nfields == 0) return st;
  const char *s = ps->fields.data;
  for (uint32_t i = 0; i < ps->nfields * 2; i++) {
    size_t n = strlen(s);
    nd_value v;
    if ((st = nd_string_latin1(env, s, n, &v)) != ND_OK) return st;
    if ((st = nd_set_index(env, *out, i, v)) != ND_OK) return st;
    s += n + 1;
  }
  return ND_OK;
}

static int call(parser *ps, const char *name, size_t argc, nd_value *argv, nd_value *result)
{
  nd_value fn;
  if (nd_get_named(ps->env, ps->self, name, &fn) != ND_OK) {
    ps->cb_error = 1; /* a getter threw: its exception is pending */
    return -1;
  }
  if (!nd_is_function(ps->env, fn)) {
    if (result) *result = NULL;
    return 0;
  }
  if (nd_call(ps->env, ps->self, fn, argc, argv, result) != ND_OK) {
    ps->cb_error = 1;
    return -1;
  }
  return 0;
}

static int on_headers_complete(llhttp_t *p)
{
  parser *ps = of(p);
  nd_env env = ps->env;
  nd_value a[9], r = NULL;
  if (p->type == HTTP_REQUEST) {
    bool needs_host = p->http_major > 1 || (p->http_major == 1 && p->http_minor >= 1);
    if (ps->hosts > 1) return fail(ps, "HPE_USER", "Duplicate Host header");
    if (ps->hosts == 0 && needs_host && ps->require_host)
      return fail(ps, "HPE_USER", "Missing Host header");
  }
  if (fields_array(ps, &a[0]) != ND_OK) return fail(ps, "HPE_USER", "Out of memory");
  ps->headers_done = true;
  const char *method =
      p->type == HTTP_REQUEST ? llhttp_method_name((llhttp_method_t)p->method) : "";
  if (nd_string_latin1(env, method, ND_AUTO_LENGTH, &a[1]) != ND_OK ||
      nd_string_latin1(env, ps->url.data ? ps->url.data : "", ps->url.len, &a[2]) != ND_OK ||
      nd_int32(env, p->status_code, &a[3]) != ND_OK ||
      nd_string_latin1(env, ps->status.data ? ps->status.data : "", ps->status.len, &a[4]) !=
          ND_OK ||
      nd_int32(env, p->http_major, &a[5]) != ND_OK ||
      nd_int32(env, p->http_minor, &a[6]) != ND_OK ||
      nd_boolean(env, p->upgrade != 0, &a[7]) != ND_OK ||
      nd_boolean(env, llhttp_should_keep_alive(p) != 0, &a[8]) != ND_OK)
    return fail(ps, "HPE_USER", "Out of memory");
  /* What the parser reports after this are trailers, counted afresh. */
  ps->fields.len = 0;
  ps->nfields = 0;
  ps->in_name = false;
  ps->header_bytes = 0;
  if (call(ps, "onHeadersComplete", 9, a, &r)) return -1;
  /* The callback returns 1 to say the message has no body (a response to
   * HEAD), 2 to stop after the headers (upgrade). */
  int32_t skip = 0;
  if (r && nd_get_int32(env, r, &skip) == ND_OK && (skip == 1 || skip == 2)) return skip;
  return 0;
}

static int on_body(llhttp_t *p, const char *at, size_t n)
{
  parser *ps = of(p);
  nd_value chunk;
  if (nd_uint8array_new(ps->env, ps->buffer, ps->base_offset + (size_t)(at - ps->base), n,
                        &chunk) != ND_OK)
    return fail(ps, "HPE_USER", "Out of memory");
  return call(ps, "onBody", 1, &chunk, NULL);
}

static int on_message_complete(llhttp_t *p)
{
  parser *ps = of(p);
  if (ps->headers_done && ps->nfields > 0) {
    /* trailers */
    nd_value t;
    if (fields_array(ps, &t) != ND_OK) return fail(ps, "HPE_USER", "Out of memory");
    if (call(ps, "onTrailers", 1, &t, NULL)) return -1;
  }
  ps->fields.len = 0;
  ps->nfields = 0;
  ps->in_name = false;
  /* A request that closes the connection is the last: llhttp (loose) would
   * read on, so stop it here and let execute() refuse anything but blank
   * lines after it, as Node does. */
  if (p->type == HTTP_REQUEST && !p->upgrade && !llhttp_should_keep_alive(p)) ps->closing = true;
  if (call(ps, "onMessageComplete", 0, NULL, NULL)) return -1;
  return ps->closing ? HPE_PAUSED : 0;
}

static llhttp_settings_t settings;
static const nd_type_tag parser_tag = {"HTTPParser"};

static void parser_free(void *data, void *hint)
{
  parser *ps = data;
  free(ps->url.data);
  free(ps->status.data);
  free(ps->fields.data);
  free(ps);
}

static nd_value p_new(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  int32_t kind = ndx_opt_int32(env, argv[0], 0);
  double max = ndx_opt_number(env, argv[1], 16384);
  parser *ps = calloc(1, sizeof *ps);
  if (!ps) return ndx_throw_oom(env);
  llhttp_init(&ps->p, kind == 1 ? HTTP_RESPONSE : HTTP_REQUEST, &settings);
  ps->max_header_bytes = max > 0 ? (size_t)max : 16384;
  ps->require_host = ndx_opt_bool(env, argv[2], true);
  nd_status st = ndx_wrap(env, self, &parser_tag, ps, parser_free, NULL);
  if (st != ND_OK) {
    parser_free(ps, NULL);
    return ndx_fail(env, st);
  }
  return NULL;
}

/* The parser of `this`: another class's object is ERR_INVALID_THIS. */
static parser *this_parser(nd_env env, nd_value self)
{
  parser *ps;
  if (nd_unwrap_tagged(env, self, &parser_tag, (void **)&ps) != ND_OK) return NULL;
  return ps ? ps : ndx_throw_type_error(env, "ERR_INVALID_THIS", "not an HTTPParser");
}

/* Builds the Error for a parse failure: code HPE_*, bytesParsed, reason. */
static nd_value parse_error(nd_env env, parser *ps, llhttp_errno_t err, size_t parsed)
{
  const char *name = ps->our_name ? ps->our_name : llhttp_errno_name(err);
  const char *reason = ps->reason ? ps->reason : llhttp_get_error_reason(&ps->p);
  char msg[256];
  snprintf(msg, sizeof msg, "Parse Error: %s", reason ? reason : name);
  nd_value e, v;
  if (nd_error_new(env, name, msg, &e) != ND_OK ||
      ndx_set_number(env, e, "bytesParsed", (double)parsed) != ND_OK ||
      nd_string_latin1(env, reason ? reason : name, ND_AUTO_LENGTH, &v) != ND_OK ||
      nd_set_named(env, e, "reason", v) != ND_OK)
    return NULL;
  return e;
}

/* execute(u8) -> bytes parsed, or an Error; an exception from a callback
 * propagates. After an upgrade, the result is the offset of the upgraded
 * protocol's first byte and `upgrade` is set on the parser. */
static nd_value p_execute(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  parser *ps = this_parser(env, self);
  if (!ps) return NULL;
  void *data;
  size_t len, off;
  nd_value ab;
  if (nd_typedarray_info(env, argv[0], &data, &len, &ab, &off) != ND_OK)
    return nd_exception_pending(env)
               ? NULL
               : ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "execute() needs a Buffer");
  /* The body views are made over `ab`; its bytes do not move while we hold
   * the handle, but re-read the pointer: nd_typedarray_info's may be stale
   * after the allocation of `ab`'s handle. */
  void *bytes;
  if (nd_typedarray_info(env, argv[0], &bytes, &len, NULL, NULL) != ND_OK) return NULL;
  ps->env = env;
  ps->self = self;
  ps->buffer = ab;
  ps->base = bytes;
  ps->base_offset = off;
  ps->cb_error = 0;
  ps->our_name = NULL;
  ps->reason = NULL;
  bool was_closing = ps->closing; /* llhttp stopped after the last request */
  llhttp_errno_t err = was_closing ? HPE_PAUSED : llhttp_execute(&ps->p, bytes, len);
  for (size_t i = len; i > 0; i--) {
    char c = ((const char *)bytes)[i - 1];
    if (c != ' ' && c != '\t') {
      ps->last_nonblank = c;
      break;
    }
  }
  size_t parsed = len;
  if (err == HPE_PAUSED && ps->closing) {
    /* after the last request: blank lines only */
    const char *c = was_closing ? bytes : llhttp_get_error_pos(&ps->p), *end = bytes + len;
    while (c < end && (*c == '\r' || *c == '\n')) c++;
    err = HPE_OK;
    if (c < end) {
      err = HPE_CLOSED_CONNECTION;
      parsed = (size_t)(c - (const char *)bytes);
      ps->our_name = "HPE_CLOSED_CONNECTION";
      ps->reason = "Data after `Connection: close`";
    }
  } else if (err != HPE_OK) {
    parsed = (size_t)(llhttp_get_error_pos(&ps->p) - (const char *)bytes);
  }
  ps->self = ps->buffer = NULL;
  ps->base = NULL;
  if (ps->cb_error) return NULL; /* the callback's exception is pending */
  if (err == HPE_PAUSED_UPGRADE) {
    llhttp_resume_after_upgrade(&ps->p);
    if (ndx_set_bool(env, self, "upgraded", true) != ND_OK) return NULL;
  } else if (err != HPE_OK) {
    return parse_error(env, ps, err, parsed);
  }
  return ndx_number(env, (double)parsed);
}

/* finish(): end of input; an Error when a message was cut short. */
static nd_value p_finish(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  parser *ps = this_parser(env, self);
  if (!ps) return NULL;
  ps->env = env;
  ps->self = self;
  ps->cb_error = 0;
  llhttp_errno_t err = llhttp_finish(&ps->p);
  ps->self = NULL;
  if (ps->cb_error) return NULL;
  if (err != HPE_OK) return parse_error(env, ps, err, 0);
  return NULL;
}

static nd_value p_reset(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  parser *ps = this_parser(env, self);
  if (!ps) return NULL;
  llhttp_reset(&ps->p);
  clear_message(ps);
  ps->closing = false;
  return NULL;
}

static nd_value p_pause(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  parser *ps = this_parser(env, self);
  if (ps) llhttp_pause(&ps->p);
  return NULL;
}

static nd_value p_resume(nd_env env, nd_value self, size_t argc, nd_value *argv, void *d)
{
  parser *ps = this_parser(env, self);
  if (ps) llhttp_resume(&ps->p);
  return NULL;
}

static const nd_property parser_methods[] = {
    NDX_METHOD("execute", p_execute, 1), NDX_METHOD("finish", p_finish, 0),
    NDX_METHOD("reset", p_reset, 0),     NDX_METHOD("pause", p_pause, 0),
    NDX_METHOD("resume", p_resume, 0),
};

/* The callbacks are the same for every runtime: set once. */
static pthread_once_t settings_once = PTHREAD_ONCE_INIT;

static void settings_init(void)
{
  llhttp_settings_init(&settings);
  settings.on_message_begin = on_message_begin;
  settings.on_url = on_url;
  settings.on_status = on_status;
  settings.on_header_field = on_header_field;
  settings.on_header_field_complete = on_header_field_complete;
  settings.on_header_value = on_header_value;
  settings.on_headers_complete = on_headers_complete;
  settings.on_body = on_body;
  settings.on_message_complete = on_message_complete;
  settings.on_chunk_extension_name = on_chunk_ext;
  settings.on_chunk_extension_value = on_chunk_ext;
  settings.on_chunk_header = on_chunk_header;
}

nd_status http_parser_class(nd_env env, nd_value *result)
{
  if (pthread_once(&settings_once, settings_init) != 0) return ND_GENERIC_FAILURE;
  return ndx_class(env, "HTTPParser", p_new, 3, NULL, parser_methods, result);
}
