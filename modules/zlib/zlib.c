/* zlib.c — the native half of the zlib plugin, over the system zlib: a
 * z_stream per handle (deflate, inflate, gzip, gunzip, raw and auto-detect),
 * wrapped as a native object whose finalizer ends the stream, with an
 * optional preset dictionary, plus crc32.
 *
 * zlib.js owns the API (options, streams, Node's argument errors). A handle
 * is fed with write(handle, view, flush), which copies the input, then
 * drained with read(handle, chunkSize) -> ArrayBuffer | null, one bounded
 * chunk at a time, so a stream never holds more than one chunk of output.
 * run(handle, view, flush, cb) does a whole buffer on the worker pool.
 * After close() every call on the handle throws Node's 'zlib binding
 * closed' error (ERR_ZLIB_BINDING_CLOSED) and never touches freed memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include <nodus/nodus_aux.h>

#include "zlib_js.h"

enum { M_NONE, M_DEFLATE, M_INFLATE, M_GZIP, M_GUNZIP, M_DEFLATERAW, M_INFLATERAW, M_UNZIP };
enum { STEP_MORE = 0, STEP_DONE = 1, STEP_ERROR = -1 };

typedef struct {
  int mode;
  z_stream s;
  int inited; /* deflateInit2/inflateInit2 succeeded, not yet ended */
  int closed;
  int busy;            /* a pool job owns the stream */
  int ended;           /* inflate: Z_STREAM_END seen for the current member */
  int flush;           /* the flush mode of the current write */
  unsigned char *in;   /* a copy of the current write's input */
  unsigned char *dict; /* the preset dictionary, or NULL */
  uInt dict_len;
  int err; /* the zlib error of the last failed step */
  char msg[128];
} zh;

static const nd_type_tag zlib_tag = {"Zlib"};

static void zh_end(zh *h)
{
  if (h->inited) {
    if (h->mode == M_DEFLATE || h->mode == M_GZIP || h->mode == M_DEFLATERAW) deflateEnd(&h->s);
    else inflateEnd(&h->s);
    h->inited = 0;
  }
  free(h->in);
  h->in = NULL;
  h->s.next_in = NULL;
  h->s.avail_in = 0;
}

static void zh_free(void *data, void *hint)
{
  zh *h = data;
  zh_end(h);
  free(h->dict);
  free(h);
}

static bool is_deflate(const zh *h)
{
  return h->mode == M_DEFLATE || h->mode == M_GZIP || h->mode == M_DEFLATERAW;
}

static void set_error(zh *h, int err, const char *fallback)
{
  h->err = err;
  const char *m = h->s.msg ? h->s.msg : fallback;
  snprintf(h->msg, sizeof h->msg, "%s", m);
}

/* One step of the current write into out[0..cap): no nd_* calls (runs on
 * pool threads too). STEP_MORE: out is full and more may follow;
 * STEP_DONE: this write produced all it can; STEP_ERROR: h->err/msg set. */
static int zh_step(zh *h, unsigned char *out, size_t cap, size_t *got)
{
  h->s.next_out = out;
  h->s.avail_out = (uInt)cap;
  int r;
  if (is_deflate(h)) {
    r = deflate(&h->s, h->flush);
    if (r == Z_STREAM_ERROR) {
      set_error(h, r, "stream error");
      return STEP_ERROR;
    }
  } else {
    for (;;) {
      if (h->ended) {
        /* Another gzip member follows: start over (gunzip and unzip). */
        if ((h->mode == M_GUNZIP || h->mode == M_UNZIP) && h->s.avail_in > 0 &&
            h->s.next_in[0] == 0x1f) {
          inflateReset(&h->s);
          h->ended = 0;
        } else {
          h->s.avail_in = 0; /* trailing bytes after the stream are ignored */
          r = Z_STREAM_END;
          break;
        }
      }
      r = inflate(&h->s, h->flush);
      if (r == Z_NEED_DICT && h->dict) {
        r = inflateSetDictionary(&h->s, h->dict, h->dict_len);
        if (r == Z_OK) r = inflate(&h->s, h->flush);
        else if (r == Z_DATA_ERROR) {
          /* Node reports a wrong dictionary as Z_NEED_DICT. */
          h->err = Z_NEED_DICT;
          snprintf(h->msg, sizeof h->msg, "Bad dictionary");
          return STEP_ERROR;
        }
      }
      if (r == Z_STREAM_END) {
        h->ended = 1;
        if (h->s.avail_in > 0 && h->s.avail_out > 0) continue;
        break;
      }
      break;
    }
    if (r == Z_NEED_DICT) {
      set_error(h, r, "Missing dictionary");
      return STEP_ERROR;
    }
    if (r == Z_DATA_ERROR || r == Z_MEM_ERROR || r == Z_STREAM_ERROR) {
      set_error(h, r, r == Z_MEM_ERROR ? "out of memory" : "invalid input data");
      return STEP_ERROR;
    }
    if (h->flush == Z_FINISH && !h->ended && h->s.avail_out > 0 && h->s.avail_in == 0) {
      h->err = Z_BUF_ERROR;
      snprintf(h->msg, sizeof h->msg, "unexpected end of file");
      return STEP_ERROR;
    }
  }
  *got = cap - h->s.avail_out;
  return h->s.avail_out == 0 ? STEP_MORE : STEP_DONE;
}

/* ---- helpers ---------------------------------------------------------- */

static const char *code_name(int err)
{
  switch (err) {
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN";
  }
}

/* An Error shaped as Node's zlib errors: message, code, errno. */
static nd_value zerror(nd_env env, int err, const char *msg)
{
  nd_value e, n;
  if (nd_error_new(env, code_name(err), msg, &e) != ND_OK) return NULL;
  if (nd_int32(env, err, &n) != ND_OK || nd_set_named(env, e, "errno", n) != ND_OK) return NULL;
  return e;
}

/* Throws the zlib error; returns NULL. */
static void *throw_zerror(nd_env env, int err, const char *msg)
{
  nd_value e = zerror(env, err, msg);
  if (e) ND_IGNORE(nd_throw(env, e));
  return NULL;
}

/* The live stream of a handle; another plugin's object is ERR_INVALID_THIS. */
static zh *get_zh(nd_env env, nd_value v)
{
  zh *h;
  if (nd_unwrap_tagged(env, v, &zlib_tag, (void **)&h) != ND_OK) return NULL;
  if (!h || h->closed || !h->inited)
    return ndx_throw_error(env, "ERR_ZLIB_BINDING_CLOSED", "zlib binding closed");
  if (h->busy)
    return ndx_throw_error(env, "ERR_ZLIB_BUSY",
                           "zlib handle is busy with an asynchronous operation");
  return h;
}

/* Copies the bytes of a typed array into h->in as the current input. */
static bool set_input(nd_env env, zh *h, nd_value view, int flush)
{
  void *p = NULL;
  size_t len = 0;
  if (nd_typedarray_info(env, view, &p, &len, NULL, NULL) != ND_OK) {
    ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "expected a Buffer, TypedArray or DataView");
    return false;
  }
  if (len > UINT32_MAX) {
    ndx_throw_range_error(env, "ERR_BUFFER_TOO_LARGE", "input too large");
    return false;
  }
  unsigned char *c = malloc(len ? len : 1);
  if (!c) {
    ndx_throw_oom(env);
    return false;
  }
  if (len) memcpy(c, p, len);
  free(h->in);
  h->in = c;
  h->s.next_in = c;
  h->s.avail_in = (uInt)len;
  h->flush = flush;
  return true;
}

/* ---- bindings --------------------------------------------------------- */

/* Sets the preset dictionary where zlib takes it up front: deflate (all
 * kinds) and raw inflate; zlib-format inflate gets it on Z_NEED_DICT. */
static int set_dictionary(zh *h)
{
  if (!h->dict) return Z_OK;
  if (is_deflate(h)) return deflateSetDictionary(&h->s, h->dict, h->dict_len);
  if (h->mode == M_INFLATERAW) return inflateSetDictionary(&h->s, h->dict, h->dict_len);
  return Z_OK;
}

/* create(mode, level, windowBits, memLevel, strategy, dictionary?) -> handle */
static nd_value b_create(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int mode = ndx_opt_int32(env, argv[0], M_NONE);
  int level = ndx_opt_int32(env, argv[1], Z_DEFAULT_COMPRESSION);
  int wbits = ndx_opt_int32(env, argv[2], 15);
  int memlevel = ndx_opt_int32(env, argv[3], 8);
  int strategy = ndx_opt_int32(env, argv[4], Z_DEFAULT_STRATEGY);
  if (mode < M_DEFLATE || mode > M_UNZIP)
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "bad zlib mode");
  zh *h = calloc(1, sizeof *h);
  if (!h) return ndx_throw_oom(env);
  h->mode = mode;
  int r;
  switch (mode) {
    case M_DEFLATE: r = deflateInit2(&h->s, level, Z_DEFLATED, wbits, memlevel, strategy); break;
    case M_GZIP: r = deflateInit2(&h->s, level, Z_DEFLATED, wbits + 16, memlevel, strategy); break;
    case M_DEFLATERAW:
      /* zlib refuses a raw window of 8 bits; use 9 as Node does. */
      r = deflateInit2(&h->s, level, Z_DEFLATED, -(wbits == 8 ? 9 : wbits), memlevel, strategy);
      break;
    case M_INFLATE: r = inflateInit2(&h->s, wbits); break;
    case M_GUNZIP: r = inflateInit2(&h->s, wbits ? wbits + 16 : 0); break;
    case M_INFLATERAW: r = inflateInit2(&h->s, -wbits); break;
    default: r = inflateInit2(&h->s, wbits ? wbits + 32 : 0); break;
  }
  if (r != Z_OK) {
    free(h);
    return throw_zerror(env, r, r == Z_MEM_ERROR ? "out of memory" : "Init error");
  }
  h->inited = 1;
  if (nd_is_typedarray(env, argv[5])) {
    void *p = NULL;
    size_t len = 0;
    if (nd_typedarray_info(env, argv[5], &p, &len, NULL, NULL) != ND_OK || len > UINT32_MAX ||
        !(h->dict = malloc(len ? len : 1))) {
      zh_free(h, NULL);
      return nd_exception_pending(env) ? NULL : ndx_throw_oom(env);
    }
    if (len) memcpy(h->dict, p, len);
    h->dict_len = (uInt)len;
    if ((r = set_dictionary(h)) != Z_OK) {
      zh_free(h, NULL);
      return throw_zerror(env, r, "Failed to set dictionary");
    }
  }
  nd_value obj;
  nd_status st = ndx_wrapped_new(env, &zlib_tag, h, zh_free, NULL, &obj);
  if (st != ND_OK) {
    zh_free(h, NULL);
    return ndx_fail(env, st);
  }
  return obj;
}

/* write(handle, view, flush): the input of the next reads. */
static nd_value b_write(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  zh *h = get_zh(env, argv[0]);
  if (!h) return NULL;
  ND_IGNORE(
      set_input(env, h, argv[1], ndx_opt_int32(env, argv[2], Z_NO_FLUSH))); /* throws on failure */
  return NULL;
}

/* read(handle, chunkSize) -> ArrayBuffer with the next output, or null
 * when the current write has produced everything. */
static nd_value b_read(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  zh *h = get_zh(env, argv[0]);
  if (!h) return NULL;
  int cap = ndx_opt_int32(env, argv[1], 16 * 1024);
  if (cap < 64) cap = 64;
  unsigned char *out = malloc((size_t)cap);
  if (!out) return ndx_throw_oom(env);
  size_t got = 0;
  int st = zh_step(h, out, (size_t)cap, &got);
  if (st == STEP_ERROR) {
    free(out);
    return throw_zerror(env, h->err, h->msg);
  }
  if (h->s.avail_in == 0) {
    /* The input is consumed; keep no pointer into it past this write. */
    free(h->in);
    h->in = NULL;
    h->s.next_in = NULL;
  }
  nd_value res;
  if (got == 0) {
    free(out);
    return ndx_null(env);
  }
  if (got < (size_t)cap) {
    unsigned char *shrunk = realloc(out, got);
    if (shrunk) out = shrunk;
  }
  if (nd_arraybuffer_take(env, out, got, &res) != ND_OK) {
    free(out);
    return NULL;
  }
  return res;
}

typedef struct {
  zh *h;
  nd_ref handle; /* keeps the handle object alive while the pool works */
  nd_ref cb;
  unsigned char *out;
  size_t len, cap;
  size_t chunk;
  int failed; /* 1: zlib error (h->err), 2: out of memory */
} job;

static void job_run(void *data)
{
  job *j = data;
  for (;;) {
    if (j->cap - j->len < j->chunk) {
      size_t ncap = j->cap ? j->cap * 2 : j->chunk * 2;
      unsigned char *n = realloc(j->out, ncap);
      if (!n) {
        j->failed = 2;
        return;
      }
      j->out = n;
      j->cap = ncap;
    }
    size_t room = j->cap - j->len, got = 0;
    if (room > 1u << 30) room = 1u << 30;
    int st = zh_step(j->h, j->out + j->len, room, &got);
    if (st == STEP_ERROR) {
      j->failed = 1;
      return;
    }
    j->len += got;
    if (st == STEP_DONE) return;
  }
}

static void job_done(nd_env env, bool cancelled, void *data)
{
  job *j = data;
  zh *h = j->h;
  h->busy = 0;
  free(h->in);
  h->in = NULL;
  h->s.next_in = NULL;
  h->s.avail_in = 0;
  if (!cancelled) {
    nd_value cb, args[2];
    args[0] = NULL;
    args[1] = NULL;
    if (j->failed == 1) {
      args[0] = zerror(env, h->err, h->msg);
    } else if (j->failed == 2) {
      if (nd_error_new(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory", &args[0]) != ND_OK)
        args[0] = NULL;
    } else {
      unsigned char *out = j->out;
      j->out = NULL;
      if (!out) out = malloc(1);
      if (out && nd_arraybuffer_take(env, out, j->len, &args[1]) != ND_OK) {
        free(out);
        args[1] = NULL;
      }
    }
    /* whatever failed while building the outcome goes to the callback */
    if (!args[0] && !args[1] && nd_exception_take(env, &args[0]) != ND_OK) args[0] = NULL;
    if (!args[0]) args[0] = ndx_null(env);
    if (!args[1]) args[1] = ndx_undefined(env);
    /* an exception the callback throws stays pending: it is uncaught */
    if (args[0] && args[1] && nd_ref_get(env, j->cb, &cb) == ND_OK)
      ND_IGNORE(nd_call(env, NULL, cb, 2, args, NULL));
  }
  nd_ref_free(env, j->cb);
  nd_ref_free(env, j->handle);
  free(j->out);
  free(j);
}

/* run(handle, view, flush, chunkSize, cb): the whole input on the pool;
 * cb(err, ArrayBuffer). The handle is busy until cb runs. */
static nd_value b_run(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  zh *h = get_zh(env, argv[0]);
  if (!h) return NULL;
  if (!nd_is_function(env, argv[4]))
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                                "The \"callback\" argument must be of type function");
  if (!set_input(env, h, argv[1], ndx_opt_int32(env, argv[2], Z_FINISH))) return NULL;
  job *j = calloc(1, sizeof *j);
  if (!j) return ndx_throw_oom(env);
  j->h = h;
  int chunk = ndx_opt_int32(env, argv[3], 16 * 1024);
  j->chunk = chunk < 64 ? 64 : (size_t)chunk;
  if (nd_ref_new(env, argv[0], &j->handle) != ND_OK || nd_ref_new(env, argv[4], &j->cb) != ND_OK) {
    if (j->handle) nd_ref_free(env, j->handle);
    free(j);
    return NULL;
  }
  h->busy = 1;
  if (nd_work_queue(env, job_run, job_done, j) != ND_OK) {
    h->busy = 0;
    nd_ref_free(env, j->handle);
    nd_ref_free(env, j->cb);
    free(j);
    return ndx_throw_error(env, "ERR_ZLIB_INITIALIZATION_FAILED", "cannot queue zlib work");
  }
  return NULL;
}

/* params(handle, level, strategy) -> ArrayBuffer of what deflateParams
 * flushed (the data compressed so far with the old parameters), or null. */
static nd_value b_params(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  zh *h = get_zh(env, argv[0]);
  if (!h) return NULL;
  nd_value res;
  if (!is_deflate(h)) return ndx_null(env);
  int level = ndx_opt_int32(env, argv[1], Z_DEFAULT_COMPRESSION);
  int strategy = ndx_opt_int32(env, argv[2], Z_DEFAULT_STRATEGY);
  size_t cap = 1024, len = 0;
  unsigned char *out = malloc(cap);
  if (!out) return ndx_throw_oom(env);
  h->s.next_in = NULL;
  h->s.avail_in = 0;
  int r;
  for (;;) {
    h->s.next_out = out + len;
    h->s.avail_out = (uInt)(cap - len);
    r = deflateParams(&h->s, level, strategy);
    len = cap - h->s.avail_out;
    if (r != Z_BUF_ERROR || h->s.avail_out != 0) break;
    unsigned char *n = realloc(out, cap * 2);
    if (!n) {
      free(out);
      return ndx_throw_oom(env);
    }
    out = n;
    cap *= 2;
  }
  if (r != Z_OK && r != Z_BUF_ERROR) {
    free(out);
    set_error(h, r, "invalid parameters");
    return throw_zerror(env, h->err, h->msg);
  }
  if (len == 0) {
    free(out);
    return ndx_null(env);
  }
  if (nd_arraybuffer_take(env, out, len, &res) != ND_OK) {
    free(out);
    return NULL;
  }
  return res;
}

/* reset(handle): starts a fresh stream with the same parameters. */
static nd_value b_reset(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  zh *h = get_zh(env, argv[0]);
  if (!h) return NULL;
  int r = is_deflate(h) ? deflateReset(&h->s) : inflateReset(&h->s);
  if (r == Z_OK) r = set_dictionary(h);
  h->ended = 0;
  free(h->in);
  h->in = NULL;
  h->s.next_in = NULL;
  h->s.avail_in = 0;
  return r == Z_OK ? NULL : throw_zerror(env, r, "Failed to reset stream");
}

/* close(handle): ends the z_stream now; later calls throw, never crash.
 * Closing twice is a no-op; another plugin's object is ERR_INVALID_THIS. */
static nd_value b_close(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  zh *h;
  if (nd_unwrap_tagged(env, argv[0], &zlib_tag, (void **)&h) != ND_OK) return NULL;
  if (!h) return NULL;
  if (h->busy) {
    h->closed = 1; /* the pool job finishes; the finalizer ends the stream */
    return NULL;
  }
  h->closed = 1;
  zh_end(h);
  return NULL;
}

/* crc32(view, initial) -> unsigned 32-bit number */
static nd_value b_crc32(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  void *p = NULL;
  size_t len = 0;
  if (nd_typedarray_info(env, argv[0], &p, &len, NULL, NULL) != ND_OK)
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                                "expected a Buffer, TypedArray or DataView");
  uLong c = (uLong)(uint32_t)ndx_opt_number(env, argv[1], 0);
  const unsigned char *b = p;
  while (len > 0) {
    uInt n = len > (1u << 30) ? (1u << 30) : (uInt)len;
    c = crc32(c, b, n);
    b += n;
    len -= n;
  }
  return ndx_number(env, (double)(uint32_t)c);
}

/* ---- init ------------------------------------------------------------- */

static const nd_property binding_table[] = {
    NDX_METHOD("create", b_create, 6), NDX_METHOD("write", b_write, 3),
    NDX_METHOD("read", b_read, 2),     NDX_METHOD("run", b_run, 5),
    NDX_METHOD("params", b_params, 3), NDX_METHOD("reset", b_reset, 1),
    NDX_METHOD("close", b_close, 1),   NDX_METHOD("crc32", b_crc32, 2),
};

static nd_value init(nd_env env, nd_value exports)
{
  nd_value binding, result, ver;
  if (ndx_binding(env, binding_table, NULL, &binding) != ND_OK ||
      nd_string_utf8(env, zlibVersion(), ND_AUTO_LENGTH, &ver) != ND_OK ||
      nd_set_named(env, binding, "zlibVersion", ver) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "zlib", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("zlib", NODUS_VERSION, ND_PLUGIN_DEPS, init);
