/* stream_addon.c — an addon built on libnodus_aux's descriptor-stream core
 * (nodus_aux_stream.h) the way a third party would: two stream classes and
 * a toy layer in the io slot where TLS would sit. test-stream-core.js drives
 * it: a Xor stream's bytes pass through the layer (XOR with a key on the
 * way out and in), the layer hands out at most SLICE bytes per read and
 * keeps the rest, so the core must come back through ndx_stream_io_kick; gc()
 * lets the test collect idle streams and see their descriptors closed. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nodus/nodus.h>
#include <nodus/nodus_aux_stream.h>

#define SLICE 100 /* bytes the layer returns per read at most */
#define RAW 16384 /* bytes it pulls from the descriptor at once */

static const nd_type_tag plain_tag = {"PlainStream"};
static const nd_type_tag xor_tag = {"XorStream"};

/* The layer's state lives in the stream's plugin data. */
typedef struct {
  unsigned char key;
  size_t off, len; /* decoded bytes waiting in buf */
  unsigned char buf[RAW];
} xor_layer;

static ssize_t xor_read(ndx_stream *s, void *layer, void *out, size_t want)
{
  xor_layer *x = layer;
  if (x->off == x->len) {
    ssize_t n = ndx_stream_raw_read(s, x->buf, sizeof x->buf);
    if (n <= 0) return n; /* EOF, -EAGAIN or -errno pass through */
    for (ssize_t i = 0; i < n; i++) x->buf[i] ^= x->key;
    x->off = 0;
    x->len = (size_t)n;
  }
  size_t n = x->len - x->off;
  if (n > want) n = want;
  if (n > SLICE) n = SLICE;
  memcpy(out, x->buf + x->off, n);
  x->off += n;
  /* Bytes the descriptor will not announce again: ask for another turn. */
  if (x->off < x->len) ndx_stream_io_kick(s);
  return (ssize_t)n;
}

static ssize_t xor_writev(ndx_stream *s, void *layer, const struct iovec *iov, int iovcnt)
{
  xor_layer *x = layer;
  unsigned char tmp[RAW];
  size_t n = 0;
  for (int i = 0; i < iovcnt && n < sizeof tmp; i++) {
    size_t k = iov[i].iov_len < sizeof tmp - n ? iov[i].iov_len : sizeof tmp - n;
    const unsigned char *p = iov[i].iov_base;
    for (size_t j = 0; j < k; j++) tmp[n + j] = p[j] ^ x->key;
    n += k;
  }
  struct iovec one = {tmp, n};
  return ndx_stream_raw_writev(s, &one, 1);
}

static const ndx_stream_io xor_io = {xor_read, xor_writev, NULL};

/* xor.layer(key): installs the layer on this stream. */
static nd_value xor_layer_method(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ndx_stream *s = ndx_stream_this(env, self, data);
  int32_t key;
  if (!s) return NULL;
  if (nd_get_int32(env, argv[0], &key) != ND_OK) {
    ND_IGNORE(
        nd_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"key\" argument must be a number"));
    return NULL;
  }
  xor_layer *x = ndx_stream_data(s);
  x->key = (unsigned char)key;
  ndx_stream_set_io(s, &xor_io, x);
  return NULL;
}

/* pair() -> [fd, fd] of a fresh socketpair */
static nd_value pair(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  int fds[2];
  nd_value arr, a, b;
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds) != 0) {
    ND_IGNORE(nd_throw_errno(env, errno, "socketpair", NULL));
    return NULL;
  }
  if (nd_array_new(env, 2, &arr) != ND_OK || nd_int32(env, fds[0], &a) != ND_OK ||
      nd_int32(env, fds[1], &b) != ND_OK || nd_set_index(env, arr, 0, a) != ND_OK ||
      nd_set_index(env, arr, 1, b) != ND_OK) {
    close(fds[0]);
    close(fds[1]);
    return NULL;
  }
  return arr;
}

static nd_value gc(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  ND_IGNORE(nd_gc(env)); /* a hint: the test checks what it collected */
  return NULL;
}

static nd_value init(nd_env env, nd_value exports)
{
  ndx_stream_class *plain, *xor;
  nd_value plain_ctor, xor_ctor;
  const nd_property xor_props[] = {
      {"layer", xor_layer_method, NULL, NULL, NULL, 1, ND_DEFAULT_METHOD, NULL},
  };
  if (ndx_stream_class_new(env, "PlainStream", &plain_tag, 0, NDX_STREAM_ADOPT, NULL, 0, NULL,
                           &plain, &plain_ctor) != ND_OK ||
      ndx_stream_class_new(env, "XorStream", &xor_tag, sizeof(xor_layer), NDX_STREAM_ADOPT, NULL, 1,
                           xor_props, &xor, &xor_ctor) != ND_OK)
    return NULL;
  nd_property plain_cb = ndx_stream_set_callbacks_property(plain),
              xor_cb = ndx_stream_set_callbacks_property(xor);
  plain_cb.name = "setPlainCallbacks";
  xor_cb.name = "setXorCallbacks";
  const nd_property props[] = {
      {"PlainStream", NULL, NULL, NULL, plain_ctor, 0, ND_DEFAULT_PROPERTY, NULL},
      {"XorStream", NULL, NULL, NULL, xor_ctor, 0, ND_DEFAULT_PROPERTY, NULL},
      plain_cb,
      xor_cb,
      {"pair", pair, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
      {"gc", gc, NULL, NULL, NULL, 0, ND_DEFAULT_PROPERTY, NULL},
  };
  if (nd_define_properties(env, exports, sizeof props / sizeof props[0], props) != ND_OK)
    return NULL;
  return exports;
}

NODUS_PLUGIN("stream_test", "1.0.0", NULL, init);
