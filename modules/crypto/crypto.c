/* crypto.c — the native half of the crypto plugin, over OpenSSL 3's libcrypto:
 * hash, HMAC and cipher contexts wrapped as native handles (freed by their
 * finalizers), EVP_BytesToKey for the legacy createCipher, digest signatures
 * with PEM keys, random bytes, PBKDF2 and scrypt (sync or on the worker
 * pool), the algorithm lists and a constant-time comparison.
 *
 * crypto.js owns the API: argument checks, encodings and Node's errors for
 * bad input. Byte inputs arrive here as typed-array views; their data
 * pointer is used at once, before any call that may allocate (the SDK rule),
 * so update() on a Buffer never copies. Results go back as ArrayBuffers that
 * crypto.js turns into Buffers. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <nodus/nodus_aux.h>

#include "crypto_js.h"

#define TAG_MAX 16

/* The data of every handle; its type tag says which context is live. */
typedef struct {
  EVP_MD_CTX *md;
  EVP_MAC_CTX *mac;
  EVP_CIPHER_CTX *cx;
  int encrypt;
  int aead;
  int tag_len; /* AEAD tag length (bytes) */
  unsigned char auth_tag[TAG_MAX];
  int have_tag;
  int ccm_len_set; /* CCM: the message length was declared */
  int auth_failed; /* CCM decryption: the tag did not match */
} handle;

static const nd_type_tag hash_tag = {"Hash"};
static const nd_type_tag hmac_tag = {"Hmac"};
static const nd_type_tag cipher_tag = {"Cipher"};

static void handle_free(void *data, void *hint)
{
  handle *h = data;
  EVP_MD_CTX_free(h->md);
  EVP_MAC_CTX_free(h->mac);
  EVP_CIPHER_CTX_free(h->cx);
  free(h);
}

/* The runtime's HMAC implementation (the bindings' shared data), freed at
 * its shutdown: per runtime, as a worker's runtime shuts down on its own. */
static void cleanup(void *data)
{
  EVP_MAC_free(data);
}

/* ---- helpers ---------------------------------------------------------- */

/* Throws OpenSSL's last error as Node shapes it ("error:1C800064:Provider
 * routines::bad decrypt", code ERR_OSSL_BAD_DECRYPT), or `fallback`.
 * Returns NULL. */
static void *throw_openssl(nd_env env, const char *fallback)
{
  unsigned long e = ERR_peek_error(); /* the first error: the root cause */
  if (!e) return ndx_throw_error(env, NULL, "%s", fallback);
  char msg[256], code[128] = "ERR_OSSL_";
  ERR_error_string_n(e, msg, sizeof msg);
  const char *reason = ERR_reason_error_string(e);
  size_t n = strlen(code);
  for (; reason && *reason && n + 1 < sizeof code; reason++)
    code[n++] = *reason == ' ' ? '_' : (char)toupper((unsigned char)*reason);
  code[n] = 0;
  ERR_clear_error();
  return ndx_throw_error(env, reason || n > 9 ? code : NULL, "%s", msg);
}

/* The context of a handle of the kind `tag`; anything else (another kind,
 * another plugin's object) is ERR_INVALID_THIS. */
static handle *get_handle(nd_env env, nd_value v, const nd_type_tag *tag)
{
  handle *h;
  if (nd_unwrap_tagged(env, v, tag, (void **)&h) != ND_OK) return NULL;
  if (!h) return ndx_throw_error(env, "ERR_CRYPTO_INVALID_STATE", "Invalid state");
  return h;
}

/* The bytes of a typed array or DataView: valid until the next allocation. */
static bool bytes(nd_env env, nd_value v, const unsigned char **p, size_t *len)
{
  void *data = NULL;
  if (nd_typedarray_info(env, v, &data, len, NULL, NULL) != ND_OK) {
    ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "expected a Buffer, TypedArray or DataView");
    return false;
  }
  static const unsigned char empty[1];
  *p = data ? data : empty;
  return true;
}

/* A malloc'd copy of a view's bytes (never NULL on success). */
static unsigned char *bytes_dup(nd_env env, nd_value v, size_t *len)
{
  const unsigned char *p;
  if (!bytes(env, v, &p, len)) return NULL;
  unsigned char *c = malloc(*len ? *len : 1);
  if (!c) return ndx_throw_oom(env);
  memcpy(c, p, *len);
  return c;
}

static nd_value ab_copy(nd_env env, const void *src, size_t len)
{
  void *data;
  nd_value ab;
  if (nd_arraybuffer_new(env, len, &data, &ab) != ND_OK) return NULL;
  if (len) memcpy(data, src, len);
  return ab;
}

/* An ArrayBuffer over malloc'd memory (ownership passes); frees on failure. */
static nd_value ab_take(nd_env env, unsigned char *mem, size_t len)
{
  nd_value ab;
  if (nd_arraybuffer_take(env, mem, len, &ab) != ND_OK) {
    free(mem);
    return NULL;
  }
  return ab;
}

/* A handle object of the kind `tag` owning h (freed here on failure). */
static nd_value wrap_new(nd_env env, handle *h, const nd_type_tag *tag)
{
  nd_value obj;
  nd_status st = ndx_wrapped_new(env, tag, h, handle_free, NULL, &obj);
  if (st != ND_OK) {
    handle_free(h, NULL);
    return ndx_fail(env, st);
  }
  return obj;
}

static char *string_arg(nd_env env, nd_value v)
{
  char *s = NULL;
  size_t len;
  if (nd_get_string_dup(env, v, &s, &len) != ND_OK)
    return nd_exception_pending(env)
               ? NULL
               : ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "expected a string");
  return s;
}

/* Throws 'Invalid digest: name' and frees name; returns NULL. */
static void *invalid_digest(nd_env env, char *name)
{
  ndx_throw_type_error(env, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: %s", name);
  free(name);
  return NULL;
}

/* ---- hashes -------------------------------------------------------------- */

/* hashNew(name) -> handle; throws 'Digest method not supported'. */
static nd_value b_hash_new(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  char *name = string_arg(env, argv[0]);
  if (!name) return NULL;
  const EVP_MD *md = EVP_get_digestbyname(name);
  free(name);
  handle *h = calloc(1, sizeof *h);
  if (!h) return ndx_throw_oom(env);
  if (!md || !(h->md = EVP_MD_CTX_new()) || EVP_DigestInit_ex(h->md, md, NULL) != 1) {
    handle_free(h, NULL);
    ERR_clear_error();
    return ndx_throw_error(env, NULL, "Digest method not supported");
  }
  return wrap_new(env, h, &hash_tag);
}

static nd_value b_hash_update(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &hash_tag);
  const unsigned char *p;
  size_t len;
  if (!h || !bytes(env, argv[1], &p, &len)) return NULL;
  if (EVP_DigestUpdate(h->md, p, len) != 1) return throw_openssl(env, "Hash update failed");
  return NULL;
}

/* hashDigest(handle, outputLength) -> ArrayBuffer; outputLength < 0 is the
 * default size (XOF digests take any length). */
static nd_value b_hash_digest(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &hash_tag);
  double want = -1;
  if (!h) return NULL;
  if (!nd_is_undefined(env, argv[1]) && nd_get_double(env, argv[1], &want) != ND_OK) return NULL;
  const EVP_MD *md = EVP_MD_CTX_get0_md(h->md);
  int size = EVP_MD_get_size(md);
  bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  if (want >= 0 && want != size) {
    if (!xof)
      return ndx_throw_error(env, "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
                             "error:0308010C:digital envelope routines::not XOF or invalid length");
    size_t n = (size_t)want;
    unsigned char *out = malloc(n ? n : 1);
    if (!out) return ndx_throw_oom(env);
    if (n && EVP_DigestFinalXOF(h->md, out, n) != 1) {
      free(out);
      return throw_openssl(env, "Digest failed");
    }
    return ab_take(env, out, n);
  }
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_DigestFinal_ex(h->md, out, &n) != 1) return throw_openssl(env, "Digest failed");
  return ab_copy(env, out, n);
}

static nd_value b_hash_copy(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *src = get_handle(env, argv[0], &hash_tag);
  if (!src) return NULL;
  handle *h = calloc(1, sizeof *h);
  if (!h) return ndx_throw_oom(env);
  if (!(h->md = EVP_MD_CTX_new()) || EVP_MD_CTX_copy_ex(h->md, src->md) != 1) {
    handle_free(h, NULL);
    return throw_openssl(env, "Hash copy failed");
  }
  return wrap_new(env, h, &hash_tag);
}

/* ---- HMAC ------------------------------------------------------------------ */

/* hmacNew(name, key) -> handle; a bad name throws 'Invalid digest: name'.
 * data: the runtime's EVP_MAC. */
static nd_value b_hmac_new(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  char *name = string_arg(env, argv[0]);
  if (!name) return NULL;
  const EVP_MD *md = EVP_get_digestbyname(name);
  if (!md) return invalid_digest(env, name);
  free(name);
  handle *h = calloc(1, sizeof *h);
  if (!h) return ndx_throw_oom(env);
  if (!(h->mac = EVP_MAC_CTX_new(data))) {
    handle_free(h, NULL);
    return ndx_throw_oom(env);
  }
  OSSL_PARAM params[2];
  params[0] =
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0);
  params[1] = OSSL_PARAM_construct_end();
  const unsigned char *key;
  size_t keylen;
  if (!bytes(env, argv[1], &key, &keylen)) {
    handle_free(h, NULL);
    return NULL;
  }
  if (EVP_MAC_init(h->mac, key, keylen, params) != 1) {
    handle_free(h, NULL);
    return throw_openssl(env, "HMAC initialization failed");
  }
  return wrap_new(env, h, &hmac_tag);
}

static nd_value b_hmac_update(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &hmac_tag);
  const unsigned char *p;
  size_t len;
  if (!h || !bytes(env, argv[1], &p, &len)) return NULL;
  return EVP_MAC_update(h->mac, p, len) == 1 ? NULL : throw_openssl(env, "HMAC update failed");
}

static nd_value b_hmac_digest(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &hmac_tag);
  if (!h) return NULL;
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t n = 0;
  if (EVP_MAC_final(h->mac, out, &n, sizeof out) != 1)
    return throw_openssl(env, "HMAC digest failed");
  return ab_copy(env, out, n);
}

/* ---- ciphers ---------------------------------------------------------------- */

static const EVP_CIPHER *cipher_or_throw(nd_env env, nd_value v)
{
  char *name = string_arg(env, v);
  if (!name) return NULL;
  const EVP_CIPHER *c = EVP_get_cipherbyname(name);
  free(name);
  return c ? c : ndx_throw_error(env, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
}

/* bytesToKey(cipher, password) -> [key, iv]: EVP_BytesToKey with MD5, no
 * salt and one iteration, as the legacy createCipher derives them. */
static nd_value b_bytes_to_key(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  const EVP_CIPHER *c = cipher_or_throw(env, argv[0]);
  if (!c) return NULL;
  unsigned char key[EVP_MAX_KEY_LENGTH], iv[EVP_MAX_IV_LENGTH];
  const unsigned char *p;
  size_t len;
  if (!bytes(env, argv[1], &p, &len)) return NULL;
  if (len > INT32_MAX || EVP_BytesToKey(c, EVP_md5(), NULL, p, (int)len, 1, key, iv) <= 0)
    return throw_openssl(env, "Key derivation failed");
  nd_value arr, k, i;
  if (nd_array_new(env, 2, &arr) != ND_OK ||
      !(k = ab_copy(env, key, (size_t)EVP_CIPHER_get_key_length(c))) ||
      !(i = ab_copy(env, iv, (size_t)EVP_CIPHER_get_iv_length(c))) ||
      nd_set_index(env, arr, 0, k) != ND_OK || nd_set_index(env, arr, 1, i) != ND_OK)
    return NULL;
  return arr;
}

/* cipherNew(name, key, iv|null, encrypt, authTagLength|-1) -> handle. */
static nd_value b_cipher_new(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  const EVP_CIPHER *c = cipher_or_throw(env, argv[0]);
  bool encrypt;
  int32_t tag_len = -1;
  if (!c || nd_get_bool(env, argv[3], &encrypt) != ND_OK ||
      (!nd_is_undefined(env, argv[4]) && nd_get_int32(env, argv[4], &tag_len) != ND_OK))
    return NULL;
  unsigned long mode = EVP_CIPHER_get_mode(c);
  bool aead = (EVP_CIPHER_get_flags(c) & EVP_CIPH_FLAG_AEAD_CIPHER) != 0;
  bool varlen_iv =
      mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE;
  int want_iv = EVP_CIPHER_get_iv_length(c);
  /* Copies: the key and iv views are read across allocating calls. */
  size_t klen = 0, ivlen = 0;
  unsigned char *key = bytes_dup(env, argv[1], &klen), *iv = NULL;
  if (!key) return NULL;
  bool has_iv = !nd_is_nullish(env, argv[2]);
  if (has_iv && !(iv = bytes_dup(env, argv[2], &ivlen))) {
    free(key);
    return NULL;
  }
  nd_value result = NULL;
  handle *h = NULL;
  if ((int)klen != EVP_CIPHER_get_key_length(c) &&
      !(EVP_CIPHER_get_flags(c) & EVP_CIPH_VARIABLE_LENGTH)) {
    ndx_throw_range_error(env, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
    goto out;
  }
  if ((!has_iv && want_iv > 0) || (has_iv && !varlen_iv && (int)ivlen != want_iv) ||
      (has_iv && varlen_iv && ivlen == 0)) {
    ndx_throw_type_error(env, "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
    goto out;
  }
  if (!(h = calloc(1, sizeof *h)) || !(h->cx = EVP_CIPHER_CTX_new())) {
    if (h) free(h);
    h = NULL;
    ndx_throw_oom(env);
    goto out;
  }
  h->encrypt = encrypt;
  h->aead = aead;
  h->tag_len = tag_len > 0 ? tag_len : 16;
  if (EVP_CipherInit_ex(h->cx, c, NULL, NULL, NULL, encrypt) != 1) goto ossl;
  if (varlen_iv && EVP_CIPHER_CTX_ctrl(h->cx, EVP_CTRL_AEAD_SET_IVLEN, (int)ivlen, NULL) != 1) {
    ERR_clear_error();
    ndx_throw_type_error(env, "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
    goto fail;
  }
  if (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE) {
    if (tag_len <= 0 && mode == EVP_CIPH_CCM_MODE) {
      ndx_throw_type_error(env, "ERR_CRYPTO_INVALID_AUTH_TAG", "authTagLength required for CCM");
      goto fail;
    }
    if (EVP_CIPHER_CTX_ctrl(h->cx, EVP_CTRL_AEAD_SET_TAG, h->tag_len, NULL) != 1) goto ossl;
  }
  if (EVP_CIPHER_flags(c) & EVP_CIPH_VARIABLE_LENGTH &&
      EVP_CIPHER_CTX_set_key_length(h->cx, (int)klen) != 1)
    goto ossl;
  if (EVP_CipherInit_ex(h->cx, NULL, NULL, key, iv, encrypt) != 1) goto ossl;
  result = wrap_new(env, h, &cipher_tag);
  h = NULL;
  goto out;
ossl:
  throw_openssl(env, "Cipher initialization failed");
fail:
  handle_free(h, NULL);
out:
  if (key) OPENSSL_cleanse(key, klen);
  free(key);
  free(iv);
  return result;
}

static nd_value b_cipher_update(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &cipher_tag);
  const unsigned char *p;
  size_t len;
  if (!h || !bytes(env, argv[1], &p, &len)) return NULL;
  if (len > INT32_MAX - 64)
    return ndx_throw_range_error(env, "ERR_OUT_OF_RANGE", "data is too large");
  size_t cap = len + (size_t)EVP_CIPHER_CTX_get_block_size(h->cx) + 1;
  unsigned char *out = malloc(cap); /* not an nd_* call: p stays valid */
  if (!out) return ndx_throw_oom(env);
  int n = 0;
  /* CCM needs the message length before the data (one update per message). */
  if (EVP_CIPHER_CTX_get_mode(h->cx) == EVP_CIPH_CCM_MODE && !h->ccm_len_set) {
    h->ccm_len_set = 1;
    if (EVP_CipherUpdate(h->cx, NULL, &n, NULL, (int)len) != 1) {
      free(out);
      return throw_openssl(env, "Trying to add data in unsupported state");
    }
  }
  if (EVP_CipherUpdate(h->cx, out, &n, p, (int)len) != 1) {
    if (EVP_CIPHER_CTX_get_mode(h->cx) == EVP_CIPH_CCM_MODE && !h->encrypt) {
      /* CCM checks the tag here; as Node, final() reports it. */
      ERR_clear_error();
      h->auth_failed = 1;
      return ab_take(env, out, 0);
    }
    free(out);
    return throw_openssl(env, "Trying to add data in unsupported state");
  }
  return ab_take(env, out, (size_t)n);
}

static nd_value b_cipher_final(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &cipher_tag);
  if (!h) return NULL;
  unsigned char out[EVP_MAX_BLOCK_LENGTH * 2];
  int n = 0;
  ERR_clear_error();
  if (h->auth_failed || EVP_CipherFinal_ex(h->cx, out, &n) != 1) {
    if (!h->aead || h->encrypt) return throw_openssl(env, "Unsupported state");
    ERR_clear_error();
    return ndx_throw_error(env, NULL, "Unsupported state or unable to authenticate data");
  }
  if (h->aead && h->encrypt) {
    if (EVP_CIPHER_CTX_ctrl(h->cx, EVP_CTRL_AEAD_GET_TAG, h->tag_len, h->auth_tag) == 1)
      h->have_tag = 1;
    ERR_clear_error();
  }
  return ab_copy(env, out, (size_t)n);
}

static nd_value b_cipher_set_padding(nd_env env, nd_value self, size_t argc, nd_value *argv,
                                     void *data)
{
  handle *h = get_handle(env, argv[0], &cipher_tag);
  bool on;
  if (!h || ndx_check_bool(env, argv[1], "autoPadding", &on) != ND_OK) return NULL;
  return ndx_bool(env, EVP_CIPHER_CTX_set_padding(h->cx, on) == 1);
}

/* cipherSetAAD(handle, aad, plaintextLength|-1) -> boolean */
static nd_value b_cipher_set_aad(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &cipher_tag);
  int32_t ptlen = -1;
  if (!h || (!nd_is_undefined(env, argv[2]) && nd_get_int32(env, argv[2], &ptlen) != ND_OK))
    return NULL;
  int n;
  bool ok = h->aead;
  if (ok && EVP_CIPHER_CTX_get_mode(h->cx) == EVP_CIPH_CCM_MODE) {
    ok = ptlen >= 0 && EVP_CipherUpdate(h->cx, NULL, &n, NULL, ptlen) == 1;
    h->ccm_len_set = ok;
  }
  const unsigned char *p;
  size_t len;
  if (!bytes(env, argv[1], &p, &len)) return NULL;
  ok = ok && len <= INT32_MAX && EVP_CipherUpdate(h->cx, NULL, &n, p, (int)len) == 1;
  ERR_clear_error();
  return ndx_bool(env, ok);
}

static nd_value b_cipher_get_tag(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &cipher_tag);
  if (!h) return NULL;
  if (!h->have_tag)
    return ndx_throw_error(env, "ERR_CRYPTO_INVALID_STATE",
                           "Invalid state for operation getAuthTag");
  return ab_copy(env, h->auth_tag, (size_t)h->tag_len);
}

static nd_value b_cipher_set_tag(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &cipher_tag);
  const unsigned char *p;
  size_t len;
  if (!h || !bytes(env, argv[1], &p, &len)) return NULL;
  if (!h->aead || h->encrypt)
    return ndx_throw_error(env, "ERR_CRYPTO_INVALID_STATE",
                           "Invalid state for operation setAuthTag");
  if (len < 4 || len > TAG_MAX ||
      EVP_CIPHER_CTX_ctrl(h->cx, EVP_CTRL_AEAD_SET_TAG, (int)len, (void *)p) != 1) {
    ERR_clear_error();
    return ndx_throw_type_error(env, "ERR_CRYPTO_INVALID_AUTH_TAG",
                                "Invalid authentication tag length: %zu", len);
  }
  h->tag_len = (int)len;
  return NULL;
}

/* ---- signatures ------------------------------------------------------------- */

typedef struct {
  const unsigned char *p;
  size_t len;
} pass_data;

/* Never prompts: an encrypted key without a passphrase fails to load. */
static int pass_cb(char *buf, int size, int rwflag, void *u)
{
  (void)rwflag;
  pass_data *pd = u;
  if (!pd || !pd->p || pd->len > (size_t)size) return -1;
  memcpy(buf, pd->p, pd->len);
  return (int)pd->len;
}

/* A key from PEM bytes: private (sign) or public, a certificate or a private
 * key (verify). */
static EVP_PKEY *load_key(const unsigned char *pem, size_t len, pass_data *pd, bool priv)
{
  BIO *bio = BIO_new_mem_buf(pem, (int)len);
  if (!bio) return NULL;
  EVP_PKEY *k = NULL;
  if (priv) {
    k = PEM_read_bio_PrivateKey(bio, NULL, pass_cb, pd);
  } else {
    k = PEM_read_bio_PUBKEY(bio, NULL, pass_cb, pd);
    if (!k) {
      BIO_reset(bio);
      X509 *x = PEM_read_bio_X509(bio, NULL, pass_cb, pd);
      if (x) {
        k = X509_get_pubkey(x);
        X509_free(x);
      }
    }
    if (!k) {
      BIO_reset(bio);
      k = PEM_read_bio_PrivateKey(bio, NULL, pass_cb, pd);
    }
    if (k) ERR_clear_error();
  }
  BIO_free(bio);
  return k;
}

/* Prepares a sign/verify context over the key for the hash's digest. */
static EVP_PKEY_CTX *pkey_ctx(EVP_PKEY *k, const EVP_MD *md, bool sign, int padding, int salt_len)
{
  EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(k, NULL);
  if (!pc) return NULL;
  if ((sign ? EVP_PKEY_sign_init(pc) : EVP_PKEY_verify_init(pc)) != 1 ||
      EVP_PKEY_CTX_set_signature_md(pc, md) != 1 ||
      (EVP_PKEY_base_id(k) == EVP_PKEY_RSA && padding > 0 &&
       EVP_PKEY_CTX_set_rsa_padding(pc, padding) != 1) ||
      (padding == RSA_PKCS1_PSS_PADDING && salt_len != INT32_MIN &&
       EVP_PKEY_CTX_set_rsa_pss_saltlen(pc, salt_len) != 1)) {
    EVP_PKEY_CTX_free(pc);
    return NULL;
  }
  return pc;
}

/* Finishes the hash handle's digest (the handle is spent afterwards). */
static bool finish_digest(handle *h, unsigned char *dig, unsigned int *dlen)
{
  return EVP_DigestFinal_ex(h->md, dig, dlen) == 1;
}

/* sign(hashHandle, keyPem, passphrase|null, padding, saltLength) -> ArrayBuffer */
static nd_value b_sign(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &hash_tag);
  int32_t padding = 0, salt = INT32_MIN;
  if (!h || nd_get_int32(env, argv[3], &padding) != ND_OK ||
      (!nd_is_undefined(env, argv[4]) && nd_get_int32(env, argv[4], &salt) != ND_OK))
    return NULL;
  size_t klen, plen = 0;
  unsigned char *pem = bytes_dup(env, argv[1], &klen), *pass = NULL;
  if (!pem) return NULL;
  if (!nd_is_nullish(env, argv[2]) && !(pass = bytes_dup(env, argv[2], &plen))) {
    free(pem);
    return NULL;
  }
  pass_data pd = {pass, plen};
  ERR_clear_error();
  EVP_PKEY *k = load_key(pem, klen, &pd, true);
  free(pem);
  if (pass) OPENSSL_cleanse(pass, plen);
  free(pass);
  if (!k) return throw_openssl(env, "Failed to read private key");
  const EVP_MD *md = EVP_MD_CTX_get0_md(h->md);
  unsigned char dig[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  EVP_PKEY_CTX *pc = pkey_ctx(k, md, true, padding, salt);
  size_t siglen = 0;
  unsigned char *sig = NULL;
  nd_value result = NULL;
  if (pc && finish_digest(h, dig, &dlen) && EVP_PKEY_sign(pc, NULL, &siglen, dig, dlen) == 1 &&
      (sig = malloc(siglen ? siglen : 1)) && EVP_PKEY_sign(pc, sig, &siglen, dig, dlen) == 1) {
    result = ab_take(env, sig, siglen);
    sig = NULL;
  } else {
    throw_openssl(env, "Signing failed");
  }
  free(sig);
  EVP_PKEY_CTX_free(pc);
  EVP_PKEY_free(k);
  return result;
}

/* verify(hashHandle, keyPem, passphrase|null, signature, padding, saltLength) -> boolean */
static nd_value b_verify(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  handle *h = get_handle(env, argv[0], &hash_tag);
  int32_t padding = 0, salt = INT32_MIN;
  if (!h || nd_get_int32(env, argv[4], &padding) != ND_OK ||
      (!nd_is_undefined(env, argv[5]) && nd_get_int32(env, argv[5], &salt) != ND_OK))
    return NULL;
  size_t klen, plen = 0, slen;
  unsigned char *pem = bytes_dup(env, argv[1], &klen), *pass = NULL, *sig = NULL;
  if (!pem) return NULL;
  if ((!nd_is_nullish(env, argv[2]) && !(pass = bytes_dup(env, argv[2], &plen))) ||
      !(sig = bytes_dup(env, argv[3], &slen))) {
    free(pem);
    free(pass);
    return NULL;
  }
  pass_data pd = {pass, plen};
  ERR_clear_error();
  EVP_PKEY *k = load_key(pem, klen, &pd, false);
  free(pem);
  free(pass);
  if (!k) {
    free(sig);
    return throw_openssl(env, "Failed to read public key");
  }
  const EVP_MD *md = EVP_MD_CTX_get0_md(h->md);
  unsigned char dig[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  EVP_PKEY_CTX *pc = pkey_ctx(k, md, false, padding, salt);
  nd_value result = NULL;
  if (!pc || !finish_digest(h, dig, &dlen)) {
    throw_openssl(env, "Verification failed");
  } else {
    int r = EVP_PKEY_verify(pc, sig, slen, dig, dlen);
    ERR_clear_error();
    result = ndx_bool(env, r == 1);
  }
  free(sig);
  EVP_PKEY_CTX_free(pc);
  EVP_PKEY_free(k);
  return result;
}

/* ---- jobs: random bytes, pbkdf2, scrypt ------------------------------------ */

enum { J_RANDOM, J_PBKDF2, J_SCRYPT };

typedef struct {
  int kind;
  nd_ref cb;
  unsigned char *out;
  size_t outlen;
  unsigned char *pass, *salt;
  size_t passlen, saltlen;
  const EVP_MD *md;
  int iter;
  uint64_t n, r, p, maxmem;
  int ok;
} job;

static void job_free(nd_env env, job *j)
{
  if (j->cb) nd_ref_free(env, j->cb);
  if (j->pass) OPENSSL_cleanse(j->pass, j->passlen);
  free(j->pass);
  free(j->salt);
  free(j->out);
  free(j);
}

static void job_run(void *data)
{
  job *j = data;
  switch (j->kind) {
    case J_RANDOM: j->ok = RAND_bytes(j->out, (int)j->outlen) == 1; break;
    case J_PBKDF2:
      j->ok = PKCS5_PBKDF2_HMAC((const char *)j->pass, (int)j->passlen, j->salt, (int)j->saltlen,
                                j->iter, j->md, (int)j->outlen, j->out) == 1;
      break;
    default:
      j->ok = EVP_PBE_scrypt((const char *)j->pass, j->passlen, j->salt, j->saltlen, j->n, j->r,
                             j->p, j->maxmem, j->out, j->outlen) == 1;
      break;
  }
  if (!j->ok) ERR_clear_error(); /* the pool thread's own queue */
}

/* The outcome as (err, ArrayBuffer); takes ownership of j->out on success. */
static void job_outcome(nd_env env, job *j, nd_value *err, nd_value *ab)
{
  *err = NULL;
  *ab = NULL;
  if (!j->ok) {
    const char *msg = j->kind == J_RANDOM   ? "Random bytes generation failed"
                      : j->kind == J_PBKDF2 ? "PBKDF2 failed"
                                            : "Scrypt failed";
    if (nd_error_new(env, "ERR_CRYPTO_OPERATION_FAILED", msg, err) != ND_OK) *err = NULL;
    return;
  }
  unsigned char *out = j->out;
  j->out = NULL;
  *ab = ab_take(env, out, j->outlen);
}

static void job_done(nd_env env, bool cancelled, void *data)
{
  job *j = data;
  if (!cancelled) {
    nd_value cb, args[2];
    job_outcome(env, j, &args[0], &args[1]);
    /* whatever failed while building the outcome goes to the callback */
    if (!args[0] && !args[1] && nd_exception_take(env, &args[0]) != ND_OK) args[0] = NULL;
    if (!args[0]) args[0] = ndx_null(env);
    if (!args[1]) args[1] = ndx_undefined(env);
    /* an exception the callback throws stays pending: it is uncaught */
    if (args[0] && args[1] && nd_ref_get(env, j->cb, &cb) == ND_OK)
      ND_IGNORE(nd_call(env, NULL, cb, 2, args, NULL));
  }
  job_free(env, j);
}

/* Runs j now (cb undefined: returns the ArrayBuffer or throws) or on the pool. */
static nd_value job_dispatch(nd_env env, job *j, nd_value cb)
{
  if (!j->out && !(j->out = malloc(j->outlen ? j->outlen : 1))) {
    job_free(env, j);
    return ndx_throw_oom(env);
  }
  if (nd_is_function(env, cb)) {
    if (nd_ref_new(env, cb, &j->cb) != ND_OK) {
      job_free(env, j);
      return NULL;
    }
    if (nd_work_queue(env, job_run, job_done, j) != ND_OK) {
      job_free(env, j);
      return ndx_throw_error(env, "ERR_CRYPTO_OPERATION_FAILED", "cannot queue crypto work");
    }
    return NULL;
  }
  job_run(j);
  nd_value err, ab;
  job_outcome(env, j, &err, &ab);
  job_free(env, j);
  if (err) ND_IGNORE(nd_throw(env, err)); /* pending: returned to the caller */
  return err ? NULL : ab;
}

static job *job_new(nd_env env, int kind, double outlen)
{
  job *j = calloc(1, sizeof *j);
  if (!j) return ndx_throw_oom(env);
  j->kind = kind;
  j->outlen = (size_t)outlen;
  return j;
}

/* randomBytes(size, cb|undefined) */
static nd_value b_random_bytes(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  double n;
  if (nd_get_double(env, argv[0], &n) != ND_OK) return NULL;
  job *j = job_new(env, J_RANDOM, n);
  return j ? job_dispatch(env, j, argv[1]) : NULL;
}

/* randomFillSync(view): fills the bytes in place. */
static nd_value b_random_fill(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  const unsigned char *p;
  size_t len;
  if (!bytes(env, argv[0], &p, &len)) return NULL;
  if (len && RAND_bytes((unsigned char *)p, (int)len) != 1)
    return throw_openssl(env, "Random bytes generation failed");
  return NULL;
}

/* pbkdf2(password, salt, iterations, keylen, digest, cb|undefined) */
static nd_value b_pbkdf2(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  double iter, keylen;
  if (nd_get_double(env, argv[2], &iter) != ND_OK || nd_get_double(env, argv[3], &keylen) != ND_OK)
    return NULL;
  char *name = string_arg(env, argv[4]);
  if (!name) return NULL;
  const EVP_MD *md = EVP_get_digestbyname(name);
  if (!md) return invalid_digest(env, name);
  free(name);
  job *j = job_new(env, J_PBKDF2, keylen);
  if (!j) return NULL;
  j->md = md;
  j->iter = (int)iter;
  if (!(j->pass = bytes_dup(env, argv[0], &j->passlen)) ||
      !(j->salt = bytes_dup(env, argv[1], &j->saltlen))) {
    job_free(env, j);
    return NULL;
  }
  return job_dispatch(env, j, argv[5]);
}

/* scrypt(password, salt, keylen, N, r, p, maxmem, cb|undefined) */
static nd_value b_scrypt(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  double keylen, n, r, p, maxmem;
  if (nd_get_double(env, argv[2], &keylen) != ND_OK || nd_get_double(env, argv[3], &n) != ND_OK ||
      nd_get_double(env, argv[4], &r) != ND_OK || nd_get_double(env, argv[5], &p) != ND_OK ||
      nd_get_double(env, argv[6], &maxmem) != ND_OK)
    return NULL;
  job *j = job_new(env, J_SCRYPT, keylen);
  if (!j) return NULL;
  j->n = (uint64_t)n;
  j->r = (uint64_t)r;
  j->p = (uint64_t)p;
  j->maxmem = (uint64_t)maxmem;
  if (EVP_PBE_scrypt(NULL, 0, NULL, 0, j->n, j->r, j->p, j->maxmem, NULL, 0) != 1) {
    ERR_clear_error();
    job_free(env, j);
    return ndx_throw_range_error(env, "ERR_CRYPTO_INVALID_SCRYPT_PARAMS", "Invalid scrypt params");
  }
  if (!(j->pass = bytes_dup(env, argv[0], &j->passlen)) ||
      !(j->salt = bytes_dup(env, argv[1], &j->saltlen))) {
    job_free(env, j);
    return NULL;
  }
  return job_dispatch(env, j, argv[7]);
}

/* ---- lists and comparison ------------------------------------------------- */

static const char ciphers[] = "ciphers"; /* b_names' own data: list ciphers, not hashes */

typedef struct {
  nd_env env;
  nd_value arr;
  uint32_t n;
  bool failed;
} name_list;

static void push_name(name_list *l, const char *name)
{
  nd_value s;
  if (l->failed || !name) return;
  if (nd_string_utf8(l->env, name, ND_AUTO_LENGTH, &s) != ND_OK ||
      nd_set_index(l->env, l->arr, l->n++, s) != ND_OK)
    l->failed = true;
}

static void each_md(const EVP_MD *m, const char *from, const char *to, void *x)
{
  (void)to;
  if (m) push_name(x, from);
}

static void each_cipher(const EVP_CIPHER *c, const char *from, const char *to, void *x)
{
  (void)to;
  if (c) push_name(x, from);
}

static nd_value b_names(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
{
  name_list l = {env, NULL, 0, false};
  if (nd_array_new(env, 0, &l.arr) != ND_OK) return NULL;
  if (data == ciphers) EVP_CIPHER_do_all_sorted(each_cipher, &l);
  else EVP_MD_do_all_sorted(each_md, &l);
  return l.failed ? NULL : l.arr;
}

/* timingSafeEqual(a, b): views of equal length (crypto.js checks). */
static nd_value b_timing_safe_equal(nd_env env, nd_value self, size_t argc, nd_value *argv,
                                    void *data)
{
  size_t alen, blen;
  unsigned char *a = bytes_dup(env, argv[0], &alen);
  const unsigned char *b;
  if (!a) return NULL;
  if (!bytes(env, argv[1], &b, &blen)) {
    free(a);
    return NULL;
  }
  bool eq = alen == blen && CRYPTO_memcmp(a, b, alen) == 0;
  free(a);
  return ndx_bool(env, eq);
}

/* ---- init -------------------------------------------------------------------- */

static const nd_property binding_table[] = {
    NDX_METHOD("hashNew", b_hash_new, 1),
    NDX_METHOD("hashUpdate", b_hash_update, 2),
    NDX_METHOD("hashDigest", b_hash_digest, 2),
    NDX_METHOD("hashCopy", b_hash_copy, 1),
    NDX_METHOD("hmacNew", b_hmac_new, 2),
    NDX_METHOD("hmacUpdate", b_hmac_update, 2),
    NDX_METHOD("hmacDigest", b_hmac_digest, 1),
    NDX_METHOD("bytesToKey", b_bytes_to_key, 2),
    NDX_METHOD("cipherNew", b_cipher_new, 5),
    NDX_METHOD("cipherUpdate", b_cipher_update, 2),
    NDX_METHOD("cipherFinal", b_cipher_final, 1),
    NDX_METHOD("cipherSetPadding", b_cipher_set_padding, 2),
    NDX_METHOD("cipherSetAAD", b_cipher_set_aad, 3),
    NDX_METHOD("cipherGetTag", b_cipher_get_tag, 1),
    NDX_METHOD("cipherSetTag", b_cipher_set_tag, 2),
    NDX_METHOD("sign", b_sign, 5),
    NDX_METHOD("verify", b_verify, 6),
    NDX_METHOD("randomBytes", b_random_bytes, 2),
    NDX_METHOD("randomFillSync", b_random_fill, 1),
    NDX_METHOD("pbkdf2", b_pbkdf2, 6),
    NDX_METHOD("scrypt", b_scrypt, 8),
    NDX_METHOD("getHashes", b_names, 0),
    NDX_METHOD_DATA("getCiphers", b_names, 0, (void *)ciphers),
    NDX_METHOD("timingSafeEqual", b_timing_safe_equal, 2),
};

static nd_value init(nd_env env, nd_value exports)
{
  EVP_MAC *hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  if (!hmac) return throw_openssl(env, "OpenSSL has no HMAC");
  nd_status st = nd_cleanup_hook(env, cleanup, hmac);
  if (st != ND_OK) {
    EVP_MAC_free(hmac);
    return ndx_fail(env, st);
  }
  nd_value binding, result;
  if (ndx_binding(env, binding_table, hmac, &binding) != ND_OK) return NULL;
  if (nd_eval_plugin(env, "crypto", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("crypto", NODUS_VERSION, ND_PLUGIN_DEPS, init);
