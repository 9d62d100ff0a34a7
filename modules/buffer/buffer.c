/* buffer.c — the native half of the buffer plugin: the string codecs (utf8,
 * latin1/binary/ascii, ucs2/utf16le, hex, base64/base64url) working straight
 * on a Uint8Array's bytes, and the byte-range primitives behind compare,
 * indexOf, fill, copy, swap and the UTF-8/ASCII validators.
 *
 * buffer.js owns the API: argument checks, Node's errors and the choice of
 * encoding. Every entry here still clamps its ranges to the view it was given,
 * so a wrong call can produce a wrong answer but never touch other memory.
 *
 * Two SDK facts shape the code:
 *  - a typed array's data pointer is valid only until the next call that may
 *    allocate (small arrays live in the GC heap and move; asking an array for
 *    its ArrayBuffer may create one and move the bytes into it), so strings
 *    are made linear before the pointer is taken, small ranges go through a
 *    stack copy, and the pointer is fetched again after any such call;
 *  - nd_get_string_utf8/latin1/utf16 always store a terminating NUL after what
 *    they copy. Writes into a buffer therefore save and restore the byte the
 *    NUL lands on, and when that byte would lie past the end of the memory the
 *    last characters are encoded from a slice of the string (write_string). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <nodus/nodus_aux.h>

#include "buffer_js.h"

/* At or below this many bytes a range is copied through the stack: such data
 * may sit in the GC heap, and the copy is cheaper than the care. */
#define SMALL 2048

typedef enum { ENC_UTF8, ENC_LATIN1, ENC_UCS2, ENC_HEX, ENC_BASE64, ENC_COUNT } encoder;

typedef struct buffer_state buffer_state;

typedef struct {
  buffer_state *st;
  encoder kind;
} writer; /* the data of one xxxWrite binding */

/* Hex and base64 text is read this many characters at a time. */
#define CHUNK 65536

struct buffer_state {
  nd_env env;
  nd_ref string_slice; /* String.prototype.slice, to reach a string's tail */
  writer writers[ENC_COUNT];
  uint8_t chunk[CHUNK + 1]; /* one chunk of hex or base64 text */
};

/* ---- arguments --------------------------------------------------------- */

static bool get_view(nd_env env, nd_value v, uint8_t **data, size_t *len)
{
  void *p = NULL;
  size_t n = 0;
  if (nd_typedarray_info(env, v, &p, &n, NULL, NULL) != ND_OK) {
    ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                         "The argument must be an instance of Buffer or Uint8Array.");
    return false;
  }
  /* A detached or empty view may have no memory at all: point at a byte
   * that every zero-length memcpy/memcmp/memchr below may safely see. */
  static uint8_t none[1];
  *data = p ? p : none;
  *len = p ? n : 0;
  return true;
}

/* A search or fill pattern: a view's bytes, or a number's low byte (kept in
 * *byte). */
static bool get_pattern(nd_env env, nd_value v, uint8_t *byte, uint8_t **data, size_t *len)
{
  uint32_t n;
  if (nd_get_uint32(env, v, &n) != ND_OK) return get_view(env, v, data, len);
  *byte = (uint8_t)n;
  *data = byte;
  *len = 1;
  return true;
}

/* A JS number as an index clamped into [0, max]; NaN and non-numbers are 0. */
static size_t get_index(nd_env env, nd_value v, size_t max)
{
  double d = 0;
  if (nd_get_double(env, v, &d) != ND_OK || !(d > 0)) return 0;
  if (d >= (double)max) return max;
  return (size_t)d;
}

static bool get_string(nd_env env, nd_value v)
{
  if (nd_is_string(env, v)) return true;
  ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                       "The \"string\" argument must be of type string.");
  return false;
}

static bool no_memory(nd_env env)
{
  ndx_throw_range_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "Array buffer allocation failed");
  return false;
}

/* ---- tables -------------------------------------------------------------- */

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static const char hex_digits[] = "0123456789abcdef";

/* A base64 character's 6 bits placed for its position in a group of four,
 * or B64_INVALID for characters in neither alphabet. */
#define B64_INVALID 0x80000000u
static uint32_t b64_d0[256], b64_d1[256], b64_d2[256], b64_d3[256];
static uint8_t unhex[256]; /* 0..15, or 0x80 */
static char hex_pairs[256][2];
/* Two base64 characters for every 12-bit value, one table per alphabet. */
static char b64_pairs_std[4096][2];
static char b64_pairs_url[4096][2];

static void tables_init(void)
{
  for (int i = 0; i < 256; i++) b64_d0[i] = b64_d1[i] = b64_d2[i] = b64_d3[i] = B64_INVALID;
  for (uint32_t i = 0; i < 64; i++) {
    /* Node accepts both alphabets. */
    const uint8_t chars[2] = {(uint8_t)b64_std[i], (uint8_t)b64_url[i]};
    for (int j = 0; j < 2; j++) {
      b64_d0[chars[j]] = i << 18;
      b64_d1[chars[j]] = i << 12;
      b64_d2[chars[j]] = i << 6;
      b64_d3[chars[j]] = i;
    }
  }
  memset(unhex, 0x80, sizeof unhex);
  for (int i = 0; i < 10; i++) unhex['0' + i] = (uint8_t)i;
  for (int i = 0; i < 6; i++) {
    unhex['a' + i] = (uint8_t)(10 + i);
    unhex['A' + i] = (uint8_t)(10 + i);
  }
  for (int i = 0; i < 256; i++) {
    hex_pairs[i][0] = hex_digits[i >> 4];
    hex_pairs[i][1] = hex_digits[i & 15];
  }
  for (int i = 0; i < 4096; i++) {
    b64_pairs_std[i][0] = b64_std[i >> 6];
    b64_pairs_std[i][1] = b64_std[i & 63];
    b64_pairs_url[i][0] = b64_url[i >> 6];
    b64_pairs_url[i][1] = b64_url[i & 63];
  }
}

/* ---- codecs on plain memory ----------------------------------------------- */

static size_t base64_encoded_length(size_t n, bool url)
{
  return url ? n / 3 * 4 + (n % 3 ? n % 3 + 1 : 0) : (n + 2) / 3 * 4;
}

static void base64_encode(char *out, const uint8_t *in, size_t n, bool url)
{
  const char(*pairs)[2] = url ? b64_pairs_url : b64_pairs_std;
  const char *alpha = url ? b64_url : b64_std;
  size_t i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
    memcpy(out, pairs[v >> 12], 2);
    memcpy(out + 2, pairs[v & 0xfff], 2);
    out += 4;
  }
  if (n - i == 1) {
    *out++ = alpha[in[i] >> 2];
    *out++ = alpha[(in[i] & 3) << 4];
    if (!url) {
      *out++ = '=';
      *out++ = '=';
    }
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)in[i] << 8 | in[i + 1];
    *out++ = alpha[v >> 10];
    *out++ = alpha[(v >> 4) & 63];
    *out++ = alpha[(v << 2) & 63];
    if (!url) *out++ = '=';
  }
}

/* A decoder of text into bytes that runs over the text chunk by chunk. */
typedef struct {
  unsigned phase; /* base64: characters of the current group seen (0..3) */
  uint32_t acc;   /* base64: bits of the group not yet stored */
  bool stopped;   /* no more input will be decoded */
} text_decoder;

/* Node's base64 decoder: characters outside both alphabets (whitespace
 * among them) are skipped, '=' ends the input, a trailing partial group
 * yields the bytes it completes, and output stops when dst is full. Runs of
 * valid characters take the fast path, eight at a time. */
static size_t base64_decode(text_decoder *d, uint8_t *dst, size_t dstlen, const uint8_t *src,
                            size_t srclen)
{
  size_t i = 0, k = 0;
  while (i < srclen && k < dstlen) {
    if (d->phase == 0) {
      while (i + 8 <= srclen && k + 8 <= dstlen) {
        uint32_t x = b64_d0[src[i]] | b64_d1[src[i + 1]] | b64_d2[src[i + 2]] | b64_d3[src[i + 3]];
        uint32_t y =
            b64_d0[src[i + 4]] | b64_d1[src[i + 5]] | b64_d2[src[i + 6]] | b64_d3[src[i + 7]];
        if ((x | y) & B64_INVALID) break;
        dst[k] = (uint8_t)(x >> 16);
        dst[k + 1] = (uint8_t)(x >> 8);
        dst[k + 2] = (uint8_t)x;
        dst[k + 3] = (uint8_t)(y >> 16);
        dst[k + 4] = (uint8_t)(y >> 8);
        dst[k + 5] = (uint8_t)y;
        i += 8;
        k += 6;
      }
      if (i >= srclen) break;
    }
    uint8_t ch = src[i++];
    uint32_t v = b64_d3[ch];
    if (v & B64_INVALID) {
      if (ch == '=') {
        d->stopped = true;
        break;
      }
      continue;
    }
    switch (d->phase) {
      case 0: d->acc = v; break;
      case 1:
        dst[k++] = (uint8_t)(d->acc << 2 | v >> 4);
        d->acc = v & 15;
        break;
      case 2:
        dst[k++] = (uint8_t)(d->acc << 4 | v >> 2);
        d->acc = v & 3;
        break;
      default: dst[k++] = (uint8_t)(d->acc << 6 | v); break;
    }
    d->phase = (d->phase + 1) & 3;
  }
  if (k >= dstlen) d->stopped = true;
  return k;
}

/* Pairs of hex digits until the first pair that is not one (srclen even
 * except at the end of the text). */
static size_t hex_decode(text_decoder *d, uint8_t *dst, size_t dstlen, const uint8_t *src,
                         size_t srclen)
{
  size_t n = srclen / 2 < dstlen ? srclen / 2 : dstlen;
  for (size_t i = 0; i < n; i++) {
    unsigned a = unhex[src[2 * i]], b = unhex[src[2 * i + 1]];
    if ((a | b) & 0x80) {
      d->stopped = true;
      return i;
    }
    dst[i] = (uint8_t)(a << 4 | b);
  }
  if (n == dstlen) d->stopped = true;
  return n;
}

static void hex_encode(char *out, const uint8_t *in, size_t n)
{
  for (size_t i = 0; i < n; i++) memcpy(out + 2 * i, hex_pairs[in[i]], 2);
}

/* UTF-16 code units in a run of UTF-8 produced by the engine's encoder (a
 * four-byte sequence is a surrogate pair; a lone surrogate became three). */
static size_t utf16_units(const uint8_t *p, size_t n)
{
  const uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
  size_t units = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (!(w & high)) {
      units += 8;
      continue;
    }
    /* Per byte, bit 7 of: a continuation byte (10xxxxxx), a 4-byte lead
     * (11110xxx); summed across the word by the multiplication. */
    uint64_t cont = w & ~(w << 1) & high;
    uint64_t lead4 = w & (w << 1) & (w << 2) & (w << 3) & high;
    units += 8 - (size_t)(((cont >> 7) * ones) >> 56) + (size_t)(((lead4 >> 7) * ones) >> 56);
  }
  for (; i < n; i++) units += ((p[i] & 0xc0) != 0x80) + (p[i] >= 0xf0);
  return units;
}

/* Strict UTF-8 validation (no overlongs, surrogates or values above
 * U+10FFFF) as a state machine over byte classes; runs of ASCII are skipped
 * eight or thirty-two bytes at a time. */
enum {
  U8_ACCEPT = 0, /* between characters */
  U8_NEED1,      /* one continuation byte to go */
  U8_NEED2,      /* two */
  U8_E0,         /* after E0: A0..BF, then one more */
  U8_ED,         /* after ED: 80..9F (no surrogates), then one more */
  U8_F0,         /* after F0: 90..BF, then two more */
  U8_F1,         /* after F1..F3: 80..BF, then two more */
  U8_F4,         /* after F4: 80..8F (up to U+10FFFF), then two more */
  U8_REJECT
};
/* Byte classes: 0 ASCII, 1 80..8F, 2 90..9F, 3 A0..BF, 4 never valid,
 * 5 C2..DF, 6 E0, 7 E1..EC and EE..EF, 8 ED, 9 F0, 10 F1..F3, 11 F4. */
static uint8_t utf8_class[256];
static const uint8_t utf8_next[U8_REJECT + 1][12] = {
#define R U8_REJECT
    [U8_ACCEPT] = {U8_ACCEPT, R, R, R, R, U8_NEED1, U8_E0, U8_NEED2, U8_ED, U8_F0, U8_F1, U8_F4},
    [U8_NEED1] = {R, U8_ACCEPT, U8_ACCEPT, U8_ACCEPT, R, R, R, R, R, R, R, R},
    [U8_NEED2] = {R, U8_NEED1, U8_NEED1, U8_NEED1, R, R, R, R, R, R, R, R},
    [U8_E0] = {R, R, R, U8_NEED1, R, R, R, R, R, R, R, R},
    [U8_ED] = {R, U8_NEED1, U8_NEED1, R, R, R, R, R, R, R, R, R},
    [U8_F0] = {R, R, U8_NEED2, U8_NEED2, R, R, R, R, R, R, R, R},
    [U8_F1] = {R, U8_NEED2, U8_NEED2, U8_NEED2, R, R, R, R, R, R, R, R},
    [U8_F4] = {R, U8_NEED2, R, R, R, R, R, R, R, R, R, R},
    [U8_REJECT] = {R, R, R, R, R, R, R, R, R, R, R, R},
#undef R
};

static void utf8_classes_init(void)
{
  for (int b = 0; b < 256; b++) {
    uint8_t c;
    if (b < 0x80) c = 0;
    else if (b < 0x90) c = 1;
    else if (b < 0xa0) c = 2;
    else if (b < 0xc0) c = 3;
    else if (b < 0xc2) c = 4;
    else if (b < 0xe0) c = 5;
    else if (b == 0xe0) c = 6;
    else if (b == 0xed) c = 8;
    else if (b < 0xf0) c = 7;
    else if (b == 0xf0) c = 9;
    else if (b < 0xf4) c = 10;
    else if (b == 0xf4) c = 11;
    else c = 4;
    utf8_class[b] = c;
  }
}

static bool is_utf8(const uint8_t *p, size_t n)
{
  const uint64_t high = 0x8080808080808080ull;
  unsigned state = U8_ACCEPT;
  size_t i = 0;
  while (i < n) {
    if (state == U8_ACCEPT && p[i] < 0x80) {
      for (; i + 32 <= n; i += 32) {
        uint64_t w[4];
        memcpy(w, p + i, 32);
        if ((w[0] | w[1] | w[2] | w[3]) & high) break;
      }
      for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & high) break;
      }
      while (i < n && p[i] < 0x80) i++;
      if (i >= n) break;
    }
    state = utf8_next[state][utf8_class[p[i++]]];
    if (state == U8_REJECT) return false;
  }
  return state == U8_ACCEPT;
}

/* UTF-8 to UTF-16 as Node (the WHATWG decoder) does it: each maximal
 * subpart of an invalid or unfinished sequence becomes one U+FFFD. out has
 * room for n units; returns the units stored. */
static size_t utf8_decode_lossy(uint16_t *out, const uint8_t *p, size_t n)
{
  size_t i = 0, k = 0;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      out[k++] = b;
      i++;
      continue;
    }
    size_t need;
    uint32_t cp;
    uint8_t lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b == 0xe0) lo = 0xa0;
      else if (b == 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b == 0xf0) lo = 0x90;
      else if (b == 0xf4) hi = 0x8f;
    } else {
      out[k++] = 0xfffd;
      i++;
      continue;
    }
    size_t j = i + 1;
    bool complete = true;
    for (size_t m = 0; m < need; m++, j++) {
      if (j >= n || p[j] < lo || p[j] > hi) {
        complete = false; /* the offending byte starts the next round */
        break;
      }
      lo = 0x80;
      hi = 0xbf;
      cp = cp << 6 | (p[j] & 0x3f);
    }
    if (!complete) {
      out[k++] = 0xfffd;
    } else if (cp >= 0x10000) {
      out[k++] = (uint16_t)(0xd800 + ((cp - 0x10000) >> 10));
      out[k++] = (uint16_t)(0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else {
      out[k++] = (uint16_t)cp;
    }
    i = j;
  }
  return k;
}

static bool is_ascii(const uint8_t *p, size_t n)
{
  uint8_t acc = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; i++) acc |= p[i];
  return !(acc & 0x80);
}

static bool host_little_endian(void)
{
  const uint16_t one = 1;
  uint8_t b;
  memcpy(&b, &one, 1);
  return b == 1;
}

/* ---- strings from bytes ------------------------------------------------ */

typedef enum {
  DEC_UTF8,
  DEC_LATIN1,
  DEC_ASCII,
  DEC_UCS2,
  DEC_HEX,
  DEC_BASE64,
  DEC_BASE64URL
} decoder;

/* A string made from `n` one-byte characters in a malloc'd block (freed). */
static nd_value latin1_from_heap(nd_env env, char *s, size_t n)
{
  nd_value r;
  nd_status st = nd_string_latin1(env, s, n, &r);
  free(s);
  return st == ND_OK ? r : NULL;
}

/* SpiderMonkey's longest string, in UTF-16 units (buffer.js's kStringMaxLength). */
#define MAX_STRING_LENGTH 0x3ffffffeu

static nd_value string_too_long(nd_env env)
{
  return ndx_throw_error(env, "ERR_STRING_TOO_LONG",
                         "Cannot create a string longer than 0x3ffffffe characters");
}

static nd_value decode(nd_env env, decoder kind, const uint8_t *p, size_t n);

/* decode(), with Node's error for a result too long to be a string. */
static nd_value decode_checked(nd_env env, decoder kind, const uint8_t *p, size_t n)
{
  size_t chars = kind == DEC_HEX    ? n * 2
                 : kind == DEC_UCS2 ? n / 2
                 : kind == DEC_BASE64 || kind == DEC_BASE64URL
                     ? base64_encoded_length(n, kind == DEC_BASE64URL)
                     : n;
  if (kind == DEC_UTF8 ? n / 3 > MAX_STRING_LENGTH : chars > MAX_STRING_LENGTH)
    return string_too_long(env);
  nd_value r = decode(env, kind, p, n);
  if (!r && kind == DEC_UTF8 && n > MAX_STRING_LENGTH) {
    /* More than the limit in bytes: whether the characters fit is known
     * only once decoded; the engine's own error says it less clearly. */
    nd_value ignored;
    if (nd_exception_take(env, &ignored) == ND_OK) return string_too_long(env);
  }
  return r;
}

static nd_value decode(nd_env env, decoder kind, const uint8_t *p, size_t n)
{
  nd_value r = NULL;
  union {
    uint8_t b[SMALL];
    uint16_t u[SMALL / 2];
  } stack;
  switch (kind) {
    case DEC_UTF8:
      if (!is_utf8(p, n)) {
        /* Invalid input is decoded here: the engine's replacement rules
       * differ from Node's. */
        uint16_t *heap = NULL, *u = stack.u;
        if (n > SMALL / 2 && !(u = heap = malloc(n * 2))) return no_memory(env), NULL;
        size_t units = utf8_decode_lossy(u, p, n);
        nd_status st = nd_string_utf16(env, u, units, &r);
        free(heap);
        return st == ND_OK ? r : NULL;
      }
      if (n <= SMALL) p = memcpy(stack.b, p, n);
      return nd_string_utf8(env, (const char *)p, n, &r) == ND_OK ? r : NULL;
    case DEC_LATIN1:
      if (n <= SMALL) p = memcpy(stack.b, p, n);
      return nd_string_latin1(env, (const char *)p, n, &r) == ND_OK ? r : NULL;
    case DEC_ASCII: {
      if (is_ascii(p, n)) return decode(env, DEC_LATIN1, p, n);
      char *s = malloc(n);
      if (!s) return no_memory(env), NULL;
      for (size_t i = 0; i < n; i++) s[i] = (char)(p[i] & 0x7f);
      return latin1_from_heap(env, s, n);
    }
    case DEC_UCS2: {
      /* Little-endian 16-bit units; an odd last byte is ignored. */
      size_t units = n / 2;
      const uint16_t *src = (const uint16_t *)(const void *)p;
      uint16_t *heap = NULL;
      if (units * 2 <= SMALL || ((uintptr_t)p & 1) || !host_little_endian()) {
        uint16_t *copy = stack.u;
        if (units * 2 > SMALL) {
          copy = heap = malloc(units * 2);
          if (!heap) return no_memory(env), NULL;
        }
        for (size_t i = 0; i < units; i++) copy[i] = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
        src = copy;
      }
      nd_status st = nd_string_utf16(env, src, units, &r);
      free(heap);
      return st == ND_OK ? r : NULL;
    }
    case DEC_HEX: {
      if (n > ((size_t)-1) / 2) return no_memory(env), NULL;
      char *s = malloc(2 * n + 1);
      if (!s) return no_memory(env), NULL;
      hex_encode(s, p, n);
      return latin1_from_heap(env, s, 2 * n);
    }
    case DEC_BASE64:
    case DEC_BASE64URL: {
      bool url = kind == DEC_BASE64URL;
      size_t m = base64_encoded_length(n, url);
      char *s = malloc(m + 1);
      if (!s) return no_memory(env), NULL;
      base64_encode(s, p, n, url);
      return latin1_from_heap(env, s, m);
    }
  }
  return NULL;
}

/* slice(buf, start, end): the bytes [start, end) of buf as a string. */
static nd_value b_slice(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  uint8_t *p;
  size_t len;
  if (!get_view(env, argv[0], &p, &len)) return NULL;
  size_t end = get_index(env, argv[2], len);
  size_t start = get_index(env, argv[1], end);
  return decode_checked(env, (decoder)(intptr_t)data, p + start, end - start);
}

/* ---- strings into bytes -------------------------------------------------- */

/* The typed array's bytes from `offset` and how many of them, at most `max`,
 * may be written. Call it again after anything that allocates. */
static bool target(nd_env env, nd_value view, size_t offset, size_t max, uint8_t **dst,
                   size_t *avail)
{
  uint8_t *p;
  size_t len;
  if (!get_view(env, view, &p, &len)) return false;
  if (offset > len) offset = len;
  *dst = p + offset;
  *avail = len - offset < max ? len - offset : max;
  return true;
}

/* Whether `extra` bytes past `end` bytes from the view's start still lie in
 * its ArrayBuffer: then a terminating NUL may land there and be undone. */
static bool has_room_after(nd_env env, nd_value view, size_t end, size_t extra)
{
  nd_value ab;
  size_t byte_offset = 0, ab_len = 0;
  if (nd_typedarray_info(env, view, NULL, NULL, &ab, &byte_offset) != ND_OK) return false;
  if (nd_arraybuffer_info(env, ab, NULL, &ab_len) != ND_OK) return false;
  return byte_offset + end + extra <= ab_len;
}

/* str.slice(from, from + count) */
static nd_value string_slice(nd_env env, buffer_state *st, nd_value str, size_t from, size_t count)
{
  nd_value fn, args[2], r;
  if (nd_ref_get(env, st->string_slice, &fn) != ND_OK) return NULL;
  if (nd_number(env, (double)from, &args[0]) != ND_OK) return NULL;
  if (nd_number(env, (double)(from + count), &args[1]) != ND_OK) return NULL;
  if (nd_call(env, str, fn, 2, args, &r) != ND_OK) return NULL;
  if (!nd_is_string(env, r))
    /* Only when a program replaced String.prototype.slice before the
     * buffer module loaded. */
    return ndx_throw_error(env, "ERR_INTERNAL_ASSERTION",
                           "String.prototype.slice did not return a string");
  return r;
}

/* One SDK call: the string's first characters into dst, at most `room`
 * bytes, followed by the SDK's NUL (one byte, two for ucs2) which the
 * caller must have room for. Returns the bytes stored before the NUL (0
 * when the engine failed: its exception is pending). */
static size_t copy_prefix(nd_env env, encoder kind, nd_value str, uint8_t *dst, size_t room)
{
  size_t n = 0;
  nd_status st;
  if (kind == ENC_UTF8) {
    st = nd_get_string_utf8(env, str, (char *)dst, room + 1, &n);
  } else if (kind == ENC_LATIN1) {
    st = nd_get_string_latin1(env, str, (char *)dst, room + 1, &n);
  } else {
    st = nd_get_string_utf16(env, str, (uint16_t *)(void *)dst, room / 2 + 1, &n);
    n *= 2;
  }
  return st == ND_OK ? n : 0;
}

/* Encodes what fits of str into `room` (<= SMALL) bytes at view[offset]
 * through a stack copy; the destination is fetched after the encoding. */
static size_t write_small(nd_env env, encoder kind, nd_value view, size_t offset, nd_value str,
                          size_t room)
{
  union {
    uint8_t b[SMALL + 2];
    uint16_t u[SMALL / 2 + 1];
  } scratch;
  size_t n = copy_prefix(env, kind, str, scratch.b, room);
  if (kind == ENC_UCS2 && !host_little_endian()) {
    for (size_t i = 0; i < n / 2; i++) {
      uint16_t u = scratch.u[i];
      scratch.b[2 * i] = (uint8_t)u;
      scratch.b[2 * i + 1] = (uint8_t)(u >> 8);
    }
  }
  uint8_t *dst;
  size_t avail;
  if (!target(env, view, offset, room, &dst, &avail)) return 0;
  if (n > avail) n = avail;
  memcpy(dst, scratch.b, n);
  return n;
}

/* ucs2 to an odd address (or on a big-endian host): whole units through a
 * heap copy, stored little-endian. */
static size_t write_ucs2_bytewise(nd_env env, nd_value view, size_t offset, size_t max,
                                  nd_value str, size_t count)
{
  uint16_t *u = malloc((count + 1) * 2);
  if (!u) return no_memory(env), 0;
  size_t n = 0;
  uint8_t *dst;
  size_t avail;
  if (nd_get_string_utf16(env, str, u, count + 1, &n) != ND_OK ||
      !target(env, view, offset, max, &dst, &avail)) {
    free(u);
    return 0;
  }
  if (n > avail / 2) n = avail / 2;
  for (size_t i = 0; i < n; i++) {
    dst[2 * i] = (uint8_t)u[i];
    dst[2 * i + 1] = (uint8_t)(u[i] >> 8);
  }
  free(u);
  return n * 2;
}

/* Writes str into view[offset, offset + max) with the engine encoding
 * straight into the buffer's memory. utf8 never splits a character and ucs2
 * writes whole units. `full` is the string's utf8 length when the caller
 * knows it, else (size_t)-1. Returns the bytes written. */
static size_t write_string(nd_env env, buffer_state *st, encoder kind, nd_value view, size_t offset,
                           size_t max, nd_value str, size_t full)
{
  uint8_t *dst;
  size_t avail, units;
  /* First make the string linear (this may allocate, and move the data). */
  if (nd_get_string_utf16(env, str, NULL, 0, &units) != ND_OK) return 0;
  if (!target(env, view, offset, max, &dst, &avail)) return 0;
  if (kind == ENC_UCS2) avail &= ~(size_t)1;
  if (avail == 0 || units == 0) return 0;
  if (avail <= SMALL) return write_small(env, kind, view, offset, str, avail);

  /* The string's encoded length (the string is linear: no allocation). */
  if (kind == ENC_LATIN1) full = units;
  else if (kind == ENC_UCS2) full = units * 2;
  else if (full == (size_t)-1 && nd_get_string_utf8(env, str, NULL, 0, &full) != ND_OK) return 0;

  size_t nul = kind == ENC_UCS2 ? 2 : 1;
  /* Asking for the view's ArrayBuffer may create it, which moves the bytes
   * of an array that had none: ask first, then take the pointer again. */
  bool room_after = has_room_after(env, view, offset + avail, nul);
  if (!target(env, view, offset, max, &dst, &avail)) return 0;
  if (kind == ENC_UCS2) avail &= ~(size_t)1;
  if (kind == ENC_UCS2 && (((uintptr_t)dst & 1) || !host_little_endian()))
    return write_ucs2_bytewise(env, view, offset, max, str, (full < avail ? full : avail) / 2);

  if (full < avail) {
    /* Everything fits and the NUL lands inside the range: undo it. */
    uint8_t saved[2];
    memcpy(saved, dst + full, nul);
    size_t n = copy_prefix(env, kind, str, dst, full);
    memcpy(dst + n, saved, nul);
    return n;
  }
  /* The string fills the range: the copy stops at most 3 bytes early (a utf8
   * character is at most 4 bytes), the NUL follows it. */
  if (room_after) {
    uint8_t saved[6];
    size_t from = avail - 4;
    memcpy(saved, dst + from, 4 + nul);
    size_t n = copy_prefix(env, kind, str, dst, avail);
    memcpy(dst + n, saved + (n - from), avail + nul - n);
    return n;
  }
  /* The range ends where the memory does: encode all but the last bytes in
   * place, the rest from a slice of the string (an 16-unit slice encodes to
   * more than the room left, so it never ends early, even when it cuts a
   * surrogate pair). */
  size_t bulk = avail - 8;
  uint8_t saved[8];
  memcpy(saved, dst + bulk - 4, 8);
  size_t n = copy_prefix(env, kind, str, dst, bulk);
  memcpy(dst + n, saved + (n - (bulk - 4)), bulk + 4 - n);
  if (kind == ENC_UTF8 && full == avail) {
    /* The string ends exactly at the end (Buffer.from): what is missing is
     * the encoding of its last characters, the end of that of its last 16
     * units (15 of them give more than the <= 11 bytes needed, and only the
     * first may be half a surrogate pair). */
    uint8_t end[16 * 3 + 1];
    nd_value tail = string_slice(env, st, str, units > 16 ? units - 16 : 0, 16);
    if (!tail) return 0;
    size_t m = copy_prefix(env, kind, tail, end, sizeof end - 1);
    if (!target(env, view, offset, max, &dst, &avail)) return 0;
    memcpy(dst + n, end + m - (avail - n), avail - n);
    return avail;
  }
  size_t consumed = kind == ENC_UTF8 ? utf16_units(dst, n) : kind == ENC_UCS2 ? n / 2 : n;
  if (consumed >= units) return n;
  nd_value tail = string_slice(env, st, str, consumed, 16);
  if (!tail) return 0;
  return n + write_small(env, kind, view, offset + n, tail, avail - n);
}

/* The one-byte characters of a string of `units` UTF-16 units (each unit
 * truncated to 8 bits, as Node reads base64 and hex text) into out, which
 * has room for units + 1 bytes. ASCII text (the usual case) takes the
 * engine's fast UTF-8 encoder. False (an exception pending) on failure. */
static bool string_chars(nd_env env, nd_value str, size_t units, uint8_t *out)
{
  size_t n = 0;
  if (nd_get_string_utf8(env, str, (char *)out, units + 1, &n) == ND_OK && n == units &&
      is_ascii(out, n))
    return true;
  return nd_get_string_latin1(env, str, (char *)out, units + 1, &n) == ND_OK;
}

/* Decodes hex or base64 text into view[offset, offset + max), reading the
 * string a chunk at a time (slices share the string's characters). */
static size_t decode_string(nd_env env, buffer_state *st, encoder kind, nd_value view,
                            size_t offset, size_t max, nd_value str)
{
  size_t units, written = 0;
  text_decoder d = {0, 0, false};
  if (nd_get_string_utf16(env, str, NULL, 0, &units) != ND_OK) return 0;
  for (size_t pos = 0; pos < units && !d.stopped; pos += CHUNK) {
    size_t count = units - pos < CHUNK ? units - pos : CHUNK;
    nd_value piece = str;
    nd_scope scope; /* one slice's handle at a time */
    if (nd_scope_open(env, &scope) != ND_OK) return 0;
    bool ok = count == units || (piece = string_slice(env, st, str, pos, count)) != NULL;
    ok = ok && string_chars(env, piece, count, st->chunk);
    nd_status closed = nd_scope_close(env, scope);
    if (!ok) return 0;
    if (closed != ND_OK) {
      ndx_fail(env, closed);
      return 0;
    }
    uint8_t *dst;
    size_t avail;
    if (!target(env, view, offset, max, &dst, &avail)) return 0;
    if (written >= avail) break;
    written += kind == ENC_HEX
                   ? hex_decode(&d, dst + written, avail - written, st->chunk, count)
                   : base64_decode(&d, dst + written, avail - written, st->chunk, count);
  }
  return written;
}

/* xxxWrite(buf, string, offset, maxLength[, utf8Length]) -> bytes written. */
static nd_value b_write(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  const writer *w = data;
  uint8_t *dst;
  size_t len, n;
  if (!get_view(env, argv[0], &dst, &len) || !get_string(env, argv[1])) return NULL;
  size_t offset = get_index(env, argv[2], len);
  size_t max = get_index(env, argv[3], len - offset);
  if (w->kind == ENC_HEX || w->kind == ENC_BASE64) {
    n = decode_string(env, w->st, w->kind, argv[0], offset, max, argv[1]);
  } else {
    size_t full = (size_t)-1;
    if (w->kind == ENC_UTF8 && argc > 4 && nd_is_number(env, argv[4]))
      full = get_index(env, argv[4], (size_t)-1 / 2);
    n = write_string(env, w->st, w->kind, argv[0], offset, max, argv[1], full);
  }
  if (nd_exception_pending(env)) return NULL;
  return ndx_number(env, (double)n);
}

/* byteLengthUtf8(string) */
static nd_value b_byte_length_utf8(nd_env env, nd_value self, size_t argc, nd_value *argv,
                                   void *data)
{
  size_t n;
  if (!get_string(env, argv[0])) return NULL;
  if (nd_get_string_utf8(env, argv[0], NULL, 0, &n) != ND_OK) return NULL;
  return ndx_number(env, (double)n);
}

/* ---- byte ranges --------------------------------------------------------- */

/* compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0, 1 as memcmp, the
 * shorter range first when one is a prefix of the other. */
static nd_value b_compare(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  uint8_t *a, *b;
  size_t alen, blen;
  if (!get_view(env, argv[0], &a, &alen) || !get_view(env, argv[3], &b, &blen)) return NULL;
  size_t aend = get_index(env, argv[2], alen), astart = get_index(env, argv[1], aend);
  size_t bend = get_index(env, argv[5], blen), bstart = get_index(env, argv[4], bend);
  size_t an = aend - astart, bn = bend - bstart;
  int c = memcmp(a + astart, b + bstart, an < bn ? an : bn);
  if (c == 0) c = an < bn ? -1 : an > bn;
  nd_value r;
  return nd_int32(env, c < 0 ? -1 : c > 0, &r) == ND_OK ? r : NULL;
}

/* Last match of needle starting at or before `from` (from + m <= n). */
static ptrdiff_t search_back(const uint8_t *h, size_t from, const uint8_t *needle, size_t m,
                             bool even)
{
  for (size_t pos = from + 1; pos-- > 0;) {
    const uint8_t *hit = memrchr(h, needle[0], pos + 1);
    if (!hit) return -1;
    pos = (size_t)(hit - h);
    if ((!even || pos % 2 == 0) && memcmp(hit, needle, m) == 0) return (ptrdiff_t)pos;
  }
  return -1;
}

static ptrdiff_t search_forward(const uint8_t *h, size_t n, size_t from, const uint8_t *needle,
                                size_t m, bool even)
{
  while (from + m <= n) {
    const uint8_t *hit = memmem(h + from, n - from, needle, m);
    if (!hit) return -1;
    size_t pos = (size_t)(hit - h);
    if (!even || pos % 2 == 0) return (ptrdiff_t)pos;
    from = pos + 1;
  }
  return -1;
}

/* indexOf(haystack, needle, byteOffset, forward, ucs2) with Node's rules for
 * the start: a negative offset counts from the end; past either end the
 * search covers the whole buffer or nothing, depending on direction; an empty
 * needle matches at the adjusted offset. needle is a view or a number (a
 * byte). ucs2: 0 bytes, 1 a buffer needle in 16-bit units (matches at even
 * offsets only), 2 a string needle in units (the haystack rounded down to
 * whole units first, as Node does). */
static nd_value b_index_of(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  uint8_t *h, *needle, byte;
  size_t n, m;
  if (!get_view(env, argv[0], &h, &n) || !get_pattern(env, argv[1], &byte, &needle, &m))
    return NULL;
  /* buffer.js passes these right; anything else reads as the default */
  double d = ndx_opt_number(env, argv[2], 0);
  bool forward = ndx_opt_bool(env, argv[3], false);
  int32_t mode = ndx_opt_int32(env, argv[4], 0);
  bool ucs2 = mode != 0;
  /* A ucs2 string needle sees the haystack as whole units from the start. */
  if (mode == 2) n &= ~(size_t)1;
  /* The offset as an integer, truncated toward zero and kept in range. */
  if (d != d) d = 0;
  if (d > 9e15) d = 9e15;
  if (d < -9e15) d = -9e15;
  int64_t off = (int64_t)d, len = (int64_t)n, start;
  if (off < 0) {
    if (off + len >= 0) start = len + off;
    else if (forward || m == 0) start = 0;
    else start = -1;
  } else if (off + (int64_t)m <= len) {
    start = off;
  } else if (m == 0) {
    start = len;
  } else if (forward) {
    start = -1;
  } else {
    start = len - 1;
  }
  double result = -1;
  if (m == 0) {
    result = (double)start;
  } else if (n > 0 && start >= 0 && m <= n && !(forward && (size_t)start + m > n)) {
    ptrdiff_t at;
    size_t from = (size_t)start;
    if (ucs2) {
      /* The haystack as whole 16-bit units. */
      n &= ~(size_t)1;
      from &= ~(size_t)1;
      if (n < 2 || m < 2) goto done;
      m &= ~(size_t)1;
    }
    if (forward) {
      at = search_forward(h, n, from, needle, m, ucs2);
    } else {
      if (from > n - m) from = n - m;
      if (ucs2) from &= ~(size_t)1;
      at = search_back(h, from, needle, m, ucs2);
    }
    result = (double)at;
  }
done:
  return ndx_number(env, result);
}

/* fill(buf, pattern, start, end): pattern (a non-empty view, or a number:
 * its low byte) repeated. */
static nd_value b_fill(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  uint8_t *p, *pat, byte;
  size_t len, m;
  if (!get_view(env, argv[0], &p, &len) || !get_pattern(env, argv[1], &byte, &pat, &m)) return NULL;
  size_t end = get_index(env, argv[3], len), start = get_index(env, argv[2], end);
  size_t n = end - start;
  if (m == 0 || n == 0) return NULL;
  uint8_t *d = p + start;
  if (m == 1) {
    memset(d, pat[0], n);
    return NULL;
  }
  size_t done = m < n ? m : n;
  memmove(d, pat, done);
  while (done < n) {
    size_t chunk = done < n - done ? done : n - done;
    memcpy(d + done, d, chunk);
    done += chunk;
  }
  return NULL;
}

/* copy(source, sourceStart, target, targetStart, count) -> bytes copied. */
static nd_value b_copy(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  uint8_t *s, *t;
  size_t slen, tlen;
  if (!get_view(env, argv[0], &s, &slen) || !get_view(env, argv[2], &t, &tlen)) return NULL;
  size_t ss = get_index(env, argv[1], slen), ts = get_index(env, argv[3], tlen);
  size_t count = get_index(env, argv[4], slen - ss);
  if (count > tlen - ts) count = tlen - ts;
  memmove(t + ts, s + ss, count);
  return ndx_number(env, (double)count);
}

/* swap(buf, width): reverses every group of 2, 4 or 8 bytes in place. */
static nd_value b_swap(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  uint8_t *p;
  size_t len;
  if (!get_view(env, argv[0], &p, &len)) return NULL;
  size_t w = get_index(env, argv[1], 8);
  if (w != 2 && w != 4 && w != 8) return NULL;
  len -= len % w;
  for (size_t i = 0; i < len; i += w) {
    if (w == 2) {
      uint16_t v;
      memcpy(&v, p + i, 2);
      v = __builtin_bswap16(v);
      memcpy(p + i, &v, 2);
    } else if (w == 4) {
      uint32_t v;
      memcpy(&v, p + i, 4);
      v = __builtin_bswap32(v);
      memcpy(p + i, &v, 4);
    } else {
      uint64_t v;
      memcpy(&v, p + i, 8);
      v = __builtin_bswap64(v);
      memcpy(p + i, &v, 8);
    }
  }
  return NULL;
}

static nd_value b_is_utf8(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  uint8_t *p;
  size_t len;
  nd_value r;
  if (!get_view(env, argv[0], &p, &len)) return NULL;
  bool ok = data ? is_ascii(p, len) : is_utf8(p, len);
  return nd_boolean(env, ok, &r) == ND_OK ? r : NULL;
}

/* ---- the plugin ----------------------------------------------------------- */

static void cleanup(void *data)
{
  buffer_state *st = data;
  if (st->string_slice) nd_ref_free(st->env, st->string_slice);
  free(st);
}

static bool find_string_slice(nd_env env, buffer_state *st)
{
  nd_value global, string_ctor, proto, slice;
  return nd_global(env, &global) == ND_OK &&
         nd_get_named(env, global, "String", &string_ctor) == ND_OK &&
         nd_get_named(env, string_ctor, "prototype", &proto) == ND_OK &&
         nd_get_named(env, proto, "slice", &slice) == ND_OK && nd_is_function(env, slice) &&
         nd_ref_new(env, slice, &st->string_slice) == ND_OK;
}

/* The decoders and encoders are one binding each, told apart by their data
 * (a decoder kind, or the runtime's writer for an encoding). */
#define SLICE(NAME, KIND) NDX_METHOD_DATA(NAME, b_slice, 3, (void *)(intptr_t)(KIND))
#define WRITE(NAME, KIND) NDX_METHOD_DATA(NAME, b_write, 4, &st->writers[KIND])

/* The codec tables are the same for every runtime: built once. */
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void all_tables_init(void)
{
  tables_init();
  utf8_classes_init();
}

static nd_value init(nd_env env, nd_value exports)
{
  if (pthread_once(&tables_once, all_tables_init) != 0)
    return ndx_throw_error(env, "ERR_INTERNAL_ASSERTION", "buffer tables");
  buffer_state *st = calloc(1, sizeof *st);
  if (!st || nd_cleanup_hook(env, cleanup, st) != ND_OK) {
    free(st);
    return ndx_throw_oom(env);
  }
  st->env = env;
  if (!find_string_slice(env, st))
    return nd_exception_pending(env)
               ? NULL
               : ndx_throw_error(env, NULL, "String.prototype.slice is missing");
  for (int i = 0; i < ENC_COUNT; i++) {
    st->writers[i].st = st;
    st->writers[i].kind = (encoder)i;
  }
  const nd_property props[] = {
      SLICE("utf8Slice", DEC_UTF8),
      SLICE("latin1Slice", DEC_LATIN1),
      SLICE("asciiSlice", DEC_ASCII),
      SLICE("ucs2Slice", DEC_UCS2),
      SLICE("hexSlice", DEC_HEX),
      SLICE("base64Slice", DEC_BASE64),
      SLICE("base64urlSlice", DEC_BASE64URL),
      WRITE("utf8Write", ENC_UTF8),
      WRITE("latin1Write", ENC_LATIN1),
      WRITE("ucs2Write", ENC_UCS2),
      WRITE("hexWrite", ENC_HEX),
      WRITE("base64Write", ENC_BASE64),
      NDX_METHOD("byteLengthUtf8", b_byte_length_utf8, 1),
      NDX_METHOD("compare", b_compare, 6),
      NDX_METHOD("indexOf", b_index_of, 5),
      NDX_METHOD("fill", b_fill, 4),
      NDX_METHOD("copy", b_copy, 5),
      NDX_METHOD("swap", b_swap, 2),
      NDX_METHOD("isUtf8", b_is_utf8, 1),
      NDX_METHOD_DATA("isAscii", b_is_utf8, 1, (void *)1),
  };
#undef SLICE
#undef WRITE
  nd_value binding, result;
  if (ndx_binding(env, props, NULL, &binding) != ND_OK ||
      ndx_set_bool(env, binding, "littleEndian", host_little_endian()) != ND_OK)
    return NULL;
  if (nd_eval_plugin(env, "buffer", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("buffer", NODUS_VERSION, ND_PLUGIN_DEPS, init);
