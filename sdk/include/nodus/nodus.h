/* nodus.h — the plugin and addon ABI of nodus: pure C, no engine types.
 *
 * Every plugin (modules/NAME/NAME.so) and every third-party addon (.node) is
 * built against this header only. Rules an author relies on:
 *
 *  - Handles (nd_value) are opaque and valid until the native call or loop
 *    callback that received or created them returns, or until the explicit
 *    scope they were created in closes. Keep a value longer with nd_ref_new.
 *  - Every call returns nd_status. ND_PENDING_EXCEPTION means a JavaScript
 *    exception is pending: return NULL from a native, or return from a loop
 *    callback, and the runtime propagates it (as Node does, an exception left
 *    pending by a loop callback is an uncaught exception).
 *  - The runtime is single-threaded: every nd_* call except nd_async_send
 *    must be made on the loop thread. Work queued with nd_work_queue runs its
 *    `execute` on a pool thread (no nd_* calls there) and its `complete` on
 *    the loop thread.
 *  - Finalizers of wrapped objects (nd_wrap, nd_wrapped_new) run on the loop
 *    thread during garbage collection or at exit: they may free C memory,
 *    free loop handles and call nd_ref_free, and must not call any other
 *    nd_* function. An external ArrayBuffer's finalizer may run on a GC
 *    helper thread: it frees memory only.
 *  - Every native call and loop callback must close the scopes it opened
 *    (nd_scope_open): the runtime checks after each one and aborts, naming
 *    the plugin and the function, when a scope was left open.
 *  - The process lives while a referenced loop handle is active (Node's rule).
 *  - Versions: a function marked (1.1) needs NODUS_ABI_MINOR 1; a plugin built
 *    with this header is refused by a runtime with an older minor.
 */
#ifndef NODUS_H
#define NODUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NODUS_ABI_MAJOR 1 /* a change here refuses every plugin built for another major */
#define NODUS_ABI_MINOR 1 /* additive: a plugin needing a newer minor is refused */
#define NODUS_PLUGIN_MAGIC 0x4e44504cu /* "NDPL" */

#if defined(__GNUC__)
#define ND_EXTERN __attribute__((visibility("default")))
/* A status that is dropped is a compile error (-Werror): every nd_status
 * says whether an exception is pending, and ignoring one loses it. Where a
 * failure really does not matter, say so with ND_IGNORE(call) (GCC does not
 * accept a (void) cast for this). */
#define ND_NODISCARD __attribute__((warn_unused_result))
#else
#define ND_EXTERN
#define ND_NODISCARD
#endif
#define ND_IGNORE(call) ((void)!(call))

typedef struct nd_env_s *nd_env;           /* the runtime a call runs in */
typedef struct nd_value_s *nd_value;       /* a scoped handle to a JS value */
typedef struct nd_ref_s *nd_ref;           /* a persistent reference, strong or weak */
typedef struct nd_scope_s *nd_scope;       /* an explicit handle scope */
typedef struct nd_deferred_s *nd_deferred; /* the resolver of a Promise */

typedef enum {
  ND_OK = 0,
  ND_INVALID_ARG,
  ND_OBJECT_EXPECTED,
  ND_STRING_EXPECTED,
  ND_NUMBER_EXPECTED,
  ND_BOOLEAN_EXPECTED,
  ND_FUNCTION_EXPECTED,
  ND_ARRAY_EXPECTED,
  ND_BUFFER_EXPECTED,
  ND_PENDING_EXCEPTION,
  ND_NO_MEMORY,
  ND_NOT_FOUND,
  ND_WRONG_THREAD,
  ND_GENERIC_FAILURE
} nd_status;

/* clang-format off */
typedef enum {
  ND_UNDEFINED, ND_NULL, ND_BOOLEAN, ND_NUMBER, ND_STRING,
  ND_SYMBOL, ND_BIGINT, ND_OBJECT, ND_FUNCTION
} nd_type;
/* clang-format on */

#define ND_AUTO_LENGTH ((size_t)-1)

/* A native function. `self` is `this` (for a constructor: the new object),
 * argv has at least the `nargs` given at creation (missing ones are
 * undefined), argc is the real count. Return the result, or NULL when an
 * exception is pending (NULL without exception returns undefined). */
typedef nd_value (*nd_native)(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data);
/* Runs during GC or shutdown: may free C memory and loop handles and call
 * nd_ref_free (with the env kept in data: a finalizer gets none); no other
 * nd_* calls (see the rules above). */
typedef void (*nd_finalize)(void *data, void *hint);

/* ---- the plugin descriptor ------------------------------------------- */

typedef nd_value (*nd_plugin_init)(nd_env env, nd_value exports);

typedef struct nd_plugin {
  uint32_t magic;      /* NODUS_PLUGIN_MAGIC */
  uint16_t abi_major;  /* NODUS_ABI_MAJOR the plugin was built with */
  uint16_t abi_minor;  /* NODUS_ABI_MINOR the plugin was built with */
  uint32_t size;       /* sizeof(nd_plugin) when built */
  const char *name;    /* builtin name ("fs"); an addon's own name */
  const char *version; /* the plugin's version string */
  const char *deps;    /* space-separated builtin names it needs, or NULL */
  nd_plugin_init init; /* returns the module's exports, NULL on exception */
  void *reserved[4];   /* zero; room for additive growth */
} nd_plugin;

/* Declares the plugin: NODUS_PLUGIN("fs", "1.0.0", "events buffer", init).
 * (Left unformatted: the fields in the descriptor's order, packed.) */
/* clang-format off */
#define NODUS_PLUGIN(NAME, VERSION, DEPS, INIT)                              \
  ND_EXTERN const nd_plugin nodus_plugin = {                                 \
      NODUS_PLUGIN_MAGIC, NODUS_ABI_MAJOR, NODUS_ABI_MINOR,                  \
      (uint32_t)sizeof(nd_plugin), NAME, VERSION, DEPS, INIT, {0, 0, 0, 0}}
/* clang-format on */

/* ---- status and exceptions ------------------------------------------- */

ND_EXTERN bool nd_exception_pending(nd_env env);
ND_EXTERN ND_NODISCARD nd_status nd_throw(nd_env env, nd_value error);
/* Throws `new Error(msg)` (TypeError, RangeError) with .code when code != NULL. */
ND_EXTERN ND_NODISCARD nd_status nd_throw_error(nd_env env, const char *code, const char *msg);
ND_EXTERN ND_NODISCARD nd_status nd_throw_type_error(nd_env env, const char *code, const char *msg);
ND_EXTERN ND_NODISCARD nd_status nd_throw_range_error(nd_env env, const char *code,
                                                      const char *msg);
/* Throws an errno error as Node shapes it: message "ENOENT: no such file or
 * directory, open 'x'", .errno (negative, as Node), .code, .syscall, .path. */
ND_EXTERN ND_NODISCARD nd_status nd_throw_errno(nd_env env, int err, const char *syscall,
                                                const char *path);
ND_EXTERN ND_NODISCARD nd_status nd_errno_error(nd_env env, int err, const char *syscall,
                                                const char *path, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_error_new(nd_env env, const char *code, const char *msg,
                                              nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_exception_take(nd_env env, nd_value *result);
/* "ENOENT" for ENOENT; "UNKNOWN" when not in the table. */
ND_EXTERN const char *nd_errno_name(int err);

/* ---- values ---------------------------------------------------------- */

ND_EXTERN ND_NODISCARD nd_status nd_undefined(nd_env env, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_null(nd_env env, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_boolean(nd_env env, bool v, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_number(nd_env env, double v, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_int32(nd_env env, int32_t v, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_string_utf8(nd_env env, const char *s, size_t len,
                                                nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_string_latin1(nd_env env, const char *s, size_t len,
                                                  nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_string_utf16(nd_env env, const uint16_t *s, size_t len,
                                                 nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_symbol(nd_env env, const char *description, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_bigint_int64(nd_env env, int64_t v, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_bigint_uint64(nd_env env, uint64_t v, nd_value *result);

ND_EXTERN ND_NODISCARD nd_status nd_typeof(nd_env env, nd_value v, nd_type *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_bool(nd_env env, nd_value v, bool *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_double(nd_env env, nd_value v, double *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_int32(nd_env env, nd_value v, int32_t *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_uint32(nd_env env, nd_value v, uint32_t *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_int64(nd_env env, nd_value v, int64_t *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_bigint_int64(nd_env env, nd_value v, int64_t *result,
                                                     bool *lossless);
/* Copies up to bufsize-1 bytes and a NUL; with buf NULL, *len is the full
 * length. Never splits a UTF-8 sequence. */
ND_EXTERN ND_NODISCARD nd_status nd_get_string_utf8(nd_env env, nd_value v, char *buf,
                                                    size_t bufsize, size_t *len);
/* Latin-1 (each UTF-16 unit truncated to 8 bits) and UTF-16 copies, same rules. */
ND_EXTERN ND_NODISCARD nd_status nd_get_string_latin1(nd_env env, nd_value v, char *buf,
                                                      size_t bufsize, size_t *len);
ND_EXTERN ND_NODISCARD nd_status nd_get_string_utf16(nd_env env, nd_value v, uint16_t *buf,
                                                     size_t bufsize, size_t *len);
/* A malloc'd NUL-terminated UTF-8 copy of a string value (free() it). */
ND_EXTERN ND_NODISCARD nd_status nd_get_string_dup(nd_env env, nd_value v, char **result,
                                                   size_t *len);

ND_EXTERN ND_NODISCARD nd_status nd_coerce_bool(nd_env env, nd_value v, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_coerce_number(nd_env env, nd_value v, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_coerce_string(nd_env env, nd_value v, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_coerce_object(nd_env env, nd_value v, nd_value *result);

ND_EXTERN bool nd_is_undefined(nd_env env, nd_value v);
ND_EXTERN bool nd_is_nullish(nd_env env, nd_value v);
ND_EXTERN bool nd_is_function(nd_env env, nd_value v);
ND_EXTERN bool nd_is_object(nd_env env, nd_value v); /* functions too */
ND_EXTERN bool nd_is_string(nd_env env, nd_value v);
ND_EXTERN bool nd_is_number(nd_env env, nd_value v);
ND_EXTERN bool nd_is_array(nd_env env, nd_value v);
ND_EXTERN bool nd_is_error(nd_env env, nd_value v);
ND_EXTERN bool nd_is_promise(nd_env env, nd_value v);
ND_EXTERN bool nd_is_arraybuffer(nd_env env, nd_value v);
ND_EXTERN bool nd_is_typedarray(nd_env env, nd_value v);
ND_EXTERN bool nd_strict_equals(nd_env env, nd_value a, nd_value b);
ND_EXTERN ND_NODISCARD nd_status nd_instanceof(nd_env env, nd_value obj, nd_value ctor,
                                               bool *result);

/* ---- objects, arrays, properties -------------------------------------- */

ND_EXTERN ND_NODISCARD nd_status nd_global(nd_env env, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_object_new(nd_env env, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_array_new(nd_env env, uint32_t length, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_array_length(nd_env env, nd_value arr, uint32_t *result);

ND_EXTERN ND_NODISCARD nd_status nd_get(nd_env env, nd_value obj, nd_value key, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_set(nd_env env, nd_value obj, nd_value key, nd_value v);
ND_EXTERN ND_NODISCARD nd_status nd_has(nd_env env, nd_value obj, nd_value key, bool *result);
ND_EXTERN ND_NODISCARD nd_status nd_delete(nd_env env, nd_value obj, nd_value key, bool *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_named(nd_env env, nd_value obj, const char *name,
                                              nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_set_named(nd_env env, nd_value obj, const char *name,
                                              nd_value v);
ND_EXTERN ND_NODISCARD nd_status nd_has_named(nd_env env, nd_value obj, const char *name,
                                              bool *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_index(nd_env env, nd_value obj, uint32_t i,
                                              nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_set_index(nd_env env, nd_value obj, uint32_t i, nd_value v);
/* Own enumerable string keys, as Object.keys. */
ND_EXTERN ND_NODISCARD nd_status nd_keys(nd_env env, nd_value obj, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_get_prototype(nd_env env, nd_value obj, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_set_prototype(nd_env env, nd_value obj, nd_value proto);

typedef enum {
  ND_DEFAULT = 0, /* not writable, not enumerable, not configurable */
  ND_WRITABLE = 1,
  ND_ENUMERABLE = 2,
  ND_CONFIGURABLE = 4,
  ND_DEFAULT_METHOD = ND_WRITABLE | ND_CONFIGURABLE, /* as class methods */
  ND_DEFAULT_PROPERTY = ND_WRITABLE | ND_ENUMERABLE | ND_CONFIGURABLE,
  ND_STATIC = 1024 /* nd_class_new: on the constructor, not the prototype */
} nd_attributes;

typedef struct {
  const char *name;
  nd_native method; /* a function property, or */
  nd_native getter; /* accessors (setter optional; its argv[0] is the value) */
  nd_native setter;
  nd_value value; /* a plain value (used when method/getter are NULL) */
  uint32_t nargs; /* for method */
  nd_attributes attributes;
  void *data; /* passed to method/getter/setter */
} nd_property;

ND_EXTERN ND_NODISCARD nd_status nd_define_properties(nd_env env, nd_value obj, size_t count,
                                                      const nd_property *props);

/* ---- functions and classes --------------------------------------------- */

ND_EXTERN ND_NODISCARD nd_status nd_function_new(nd_env env, const char *name, nd_native cb,
                                                 uint32_t nargs, void *data, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_call(nd_env env, nd_value self, nd_value fn, size_t argc,
                                         const nd_value *argv, nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_new_instance(nd_env env, nd_value ctor, size_t argc,
                                                 const nd_value *argv, nd_value *result);
/* A constructor whose instances can carry native data (nd_wrap). `ctor` is
 * called with `self` = the new object (prototype from new.target, so JS
 * subclasses work); calling it without `new` throws a TypeError. `props`
 * go on the prototype; ND_STATIC in attributes puts one on the constructor. */
ND_EXTERN ND_NODISCARD nd_status nd_class_new(nd_env env, const char *name, nd_native ctor,
                                              uint32_t nargs, void *data, size_t count,
                                              const nd_property *props, nd_value *result);

/* ---- native data on objects -------------------------------------------- */

/* An object of the wrap class holding `data`; `fin(data, hint)` runs when the
 * object is collected or at exit. */
ND_EXTERN ND_NODISCARD nd_status nd_wrapped_new(nd_env env, void *data, nd_finalize fin, void *hint,
                                                nd_value *result);
/* Attach data to an instance of an nd_class_new class or an nd_wrapped_new
 * object (ND_INVALID_ARG for other objects, or when already wrapped). */
ND_EXTERN ND_NODISCARD nd_status nd_wrap(nd_env env, nd_value obj, void *data, nd_finalize fin,
                                         void *hint);
/* The data, or NULL (with ND_INVALID_ARG) for an unwrapped object. */
ND_EXTERN ND_NODISCARD nd_status nd_unwrap(nd_env env, nd_value obj, void **result);
/* Detach: the finalizer will not run; returns the data. */
ND_EXTERN ND_NODISCARD nd_status nd_remove_wrap(nd_env env, nd_value obj, void **result);

/* ---- type tags (1.1) ---------------------------------------------------- */

/* A type tag says which native type an object's data is, so that one
 * plugin's code never reinterprets another's (Node-API's type tags, Lua's
 * luaL_checkudata). A tag's identity is its address: declare one
 * `static const nd_type_tag` per wrapped type; `name` is used in messages.
 *
 *   static const nd_type_tag socket_tag = {"Socket"};
 *   nd_wrap(env, self, s, finalize, NULL);
 *   nd_type_tag_object(env, self, &socket_tag);
 *   ...
 *   if (nd_unwrap_tagged(env, self, &socket_tag, (void **)&s) != ND_OK) return NULL;
 */
typedef struct nd_type_tag {
  const char *name;
} nd_type_tag;

/* Tags an object that can carry native data (an nd_class_new instance or an
 * nd_wrapped_new object), wrapped or not yet. A tag is set once: tagging an
 * already tagged object, or another kind of object, is ND_INVALID_ARG. The
 * tag survives nd_remove_wrap. */
ND_EXTERN ND_NODISCARD nd_status nd_type_tag_object(nd_env env, nd_value obj,
                                                    const nd_type_tag *tag);
/* *result is true when obj carries exactly `tag`. */
ND_EXTERN ND_NODISCARD nd_status nd_check_type_tag(nd_env env, nd_value obj, const nd_type_tag *tag,
                                                   bool *result);
/* nd_unwrap for an object that must carry `tag`: any other value throws a
 * TypeError with code ERR_INVALID_THIS ("Value of \"this\" must be of type
 * <name>") and returns ND_PENDING_EXCEPTION. A tagged object whose data was
 * removed gives ND_OK with *result NULL (a closed handle). */
ND_EXTERN ND_NODISCARD nd_status nd_unwrap_tagged(nd_env env, nd_value obj, const nd_type_tag *tag,
                                                  void **result);

/* ---- scopes and references --------------------------------------------- */

ND_EXTERN ND_NODISCARD nd_status nd_scope_open(nd_env env, nd_scope *result);
ND_EXTERN ND_NODISCARD nd_status nd_scope_close(nd_env env, nd_scope scope);
/* Copies v into the scope enclosing `scope` (call once, before closing). */
ND_EXTERN ND_NODISCARD nd_status nd_scope_escape(nd_env env, nd_scope scope, nd_value v,
                                                 nd_value *result);

/* A strong reference keeps its value (any value) alive until nd_ref_free. */
ND_EXTERN ND_NODISCARD nd_status nd_ref_new(nd_env env, nd_value v, nd_ref *result);
/* (1.1) A weak reference to an object or function (ND_OBJECT_EXPECTED for
 * other values): it does not keep the object alive. Once the object has
 * been collected, nd_ref_get gives undefined (ND_OK); until then it gives
 * the object, across any number of collections while something else holds
 * it. Free it with nd_ref_free like any reference. */
ND_EXTERN ND_NODISCARD nd_status nd_ref_new_weak(nd_env env, nd_value v, nd_ref *result);
/* (1.1) Makes a reference weak or strong again (Node-API's reference count
 * 0 and 1). Making weak a reference that holds no object is
 * ND_OBJECT_EXPECTED; a weak one whose object is gone becomes a strong
 * reference to undefined. */
ND_EXTERN ND_NODISCARD nd_status nd_ref_set_weak(nd_env env, nd_ref ref, bool weak);
ND_EXTERN ND_NODISCARD nd_status nd_ref_get(nd_env env, nd_ref ref, nd_value *result);
/* Replaces the value; a weak reference takes only an object (ND_OBJECT_EXPECTED). */
ND_EXTERN ND_NODISCARD nd_status nd_ref_set(nd_env env, nd_ref ref, nd_value v);
/* Safe in finalizers and at exit. */
ND_EXTERN void nd_ref_free(nd_env env, nd_ref ref);

/* ---- binary data --------------------------------------------------------- */

/* A zero-filled ArrayBuffer whose bytes never move; *data may be NULL. */
ND_EXTERN ND_NODISCARD nd_status nd_arraybuffer_new(nd_env env, size_t len, void **data,
                                                    nd_value *result);
/* An ArrayBuffer over memory the caller allocated with malloc(): ownership
 * passes to the runtime, which free()s it when the buffer is collected. */
ND_EXTERN ND_NODISCARD nd_status nd_arraybuffer_take(nd_env env, void *data, size_t len,
                                                     nd_value *result);
/* An ArrayBuffer over external memory released by fin(data, hint), which
 * may run on a GC helper thread: it may free memory, and call no nd_*. */
ND_EXTERN ND_NODISCARD nd_status nd_arraybuffer_external(nd_env env, void *data, size_t len,
                                                         nd_finalize fin, void *hint,
                                                         nd_value *result);
ND_EXTERN ND_NODISCARD nd_status nd_arraybuffer_info(nd_env env, nd_value ab, void **data,
                                                     size_t *len);
ND_EXTERN ND_NODISCARD nd_status nd_uint8array_new(nd_env env, nd_value ab, size_t offset,
                                                   size_t len, nd_value *result);
/* A typed array's or DataView's bytes. The pointer is valid until the next
 * call that may allocate (small engine-made arrays move). */
ND_EXTERN ND_NODISCARD nd_status nd_typedarray_info(nd_env env, nd_value ta, void **data,
                                                    size_t *len, nd_value *arraybuffer,
                                                    size_t *byte_offset);

/* ---- promises ---------------------------------------------------------- */

ND_EXTERN ND_NODISCARD nd_status nd_promise_new(nd_env env, nd_deferred *deferred,
                                                nd_value *promise);
/* Each frees the deferred. */
ND_EXTERN ND_NODISCARD nd_status nd_promise_resolve(nd_env env, nd_deferred deferred, nd_value v);
ND_EXTERN ND_NODISCARD nd_status nd_promise_reject(nd_env env, nd_deferred deferred, nd_value v);

/* ---- scripts and modules ------------------------------------------------ */

/* Compiles and runs global code; a syntax error names file and line. */
ND_EXTERN ND_NODISCARD nd_status nd_run_script(nd_env env, const char *src, size_t len,
                                               const char *filename, int line, nd_value *result);
/* Compiles src as the body of function(<params...>); params comma-separated. */
ND_EXTERN ND_NODISCARD nd_status nd_compile_function(nd_env env, const char *src, size_t len,
                                                     const char *filename, const char *params,
                                                     nd_value *result);
/* Runs a plugin's embedded JavaScript as a CommonJS module body with
 * (exports, require, module, binding, process, global): `binding` is any
 * value the C side prepares. *result is module.exports afterwards. */
ND_EXTERN ND_NODISCARD nd_status nd_eval_module(nd_env env, const char *src, size_t len,
                                                const char *filename, nd_value exports,
                                                nd_value binding, nd_value *result);
/* (1.1) One embedded file of a plugin: its path inside the plugin's folder
 * ("index.js", "streams/readable.js") and its UTF-8 bytes (`len` of them). */
typedef struct {
  const char *path;
  const char *src;
  size_t len;
} nd_source;

/* (1.1) Runs a plugin's JavaScript: files[0] is the main file, run now as a
 * CommonJS module body with (exports, require, module, binding, process,
 * global); the others run on their first require('./part') and are cached
 * per plugin. That `require` is the plugin's own: './x', './x.js', '../x',
 * './dir/x' resolve among `files` relative to the requiring file (never
 * outside them); other names are builtins, which must be among the plugin's
 * declared deps ("?name" declares one used lazily), and 'internal/NAME'
 * modules, which only plugins may require. A main file that sets
 * module.internal offers it to other plugins as require('internal/PLUGIN').
 * Each file is compiled under the name PLUGIN/PATH (stack traces, syntax
 * errors). The sources are copied during the call. *result is
 * module.exports of the main file afterwards. */
ND_EXTERN ND_NODISCARD nd_status nd_eval_plugin(nd_env env, const char *plugin,
                                                const nd_source *files, size_t count,
                                                nd_value exports, nd_value binding,
                                                nd_value *result);
/* (1.1) Runs src as global code in a fresh global object with its own standard
 * classes (Node's Script.runInNewContext): the own enumerable properties of
 * `sandbox` (an object, or NULL) are copied onto the new global first, and
 * the new global's own enumerable properties are copied back afterwards.
 * *result is the completion value. */
ND_EXTERN ND_NODISCARD nd_status nd_run_script_in_new_global(nd_env env, const char *src,
                                                             size_t len, const char *filename,
                                                             nd_value sandbox, nd_value *result);
/* require(name) as seen from the runtime's root (builtins and absolute paths). */
ND_EXTERN ND_NODISCARD nd_status nd_require(nd_env env, const char *name, nd_value *result);

/* ---- the event loop ------------------------------------------------------ */

typedef struct nd_watch_s nd_watch;
typedef struct nd_timer_s nd_timer;
typedef struct nd_async_s nd_async;
typedef struct nd_signal_s nd_signal;

enum { ND_READABLE = 1, ND_WRITABLE_EV = 2 };

/* Loop callbacks run in their own scope; an exception left pending is
 * reported as uncaught; nextTicks and promise jobs run after them. */
typedef void (*nd_watch_cb)(nd_env env, nd_watch *w, int revents, void *data);
typedef void (*nd_timer_cb)(nd_env env, nd_timer *t, void *data);
typedef void (*nd_async_cb)(nd_env env, nd_async *a, void *data);
typedef void (*nd_signal_cb)(nd_env env, nd_signal *s, int signum, void *data);
typedef void (*nd_work_execute)(void *data);                              /* pool thread */
typedef void (*nd_work_complete)(nd_env env, bool cancelled, void *data); /* loop */

/* A persistent watch on fd; active while started. Freeing it stops it.
 * Free is safe inside its own callback. */
ND_EXTERN nd_watch *nd_watch_new(nd_env env, int fd, nd_watch_cb cb, void *data);
ND_EXTERN ND_NODISCARD nd_status nd_watch_start(nd_watch *w, int events);
ND_EXTERN ND_NODISCARD nd_status nd_watch_stop(nd_watch *w);
ND_EXTERN void nd_watch_free(nd_watch *w);

/* One-shot after timeout_ms, then every repeat_ms when repeat_ms > 0. */
ND_EXTERN nd_timer *nd_timer_new(nd_env env, nd_timer_cb cb, void *data);
ND_EXTERN ND_NODISCARD nd_status nd_timer_start(nd_timer *t, uint64_t timeout_ms,
                                                uint64_t repeat_ms);
ND_EXTERN ND_NODISCARD nd_status nd_timer_stop(nd_timer *t);
ND_EXTERN bool nd_timer_active(nd_timer *t);
ND_EXTERN void nd_timer_free(nd_timer *t);

/* Wakes the loop from any thread; cb runs on the loop thread (coalesced). */
ND_EXTERN nd_async *nd_async_new(nd_env env, nd_async_cb cb, void *data);
ND_EXTERN ND_NODISCARD nd_status nd_async_send(nd_async *a); /* any thread */
ND_EXTERN void nd_async_free(nd_async *a);

ND_EXTERN nd_signal *nd_signal_new(nd_env env, int signum, nd_signal_cb cb, void *data);
ND_EXTERN void nd_signal_free(nd_signal *s);

/* Keep-alive: an active handle keeps the process alive unless unref'd
 * (handles start ref'd). Async handles and signals start unref'd. */
ND_EXTERN void nd_watch_ref(nd_watch *w, bool ref);
ND_EXTERN void nd_timer_ref(nd_timer *t, bool ref);
ND_EXTERN void nd_async_ref(nd_async *a, bool ref);
ND_EXTERN void nd_signal_ref(nd_signal *s, bool ref);
/* A plain counted reference for other kinds of pending work. */
ND_EXTERN void nd_loop_ref(nd_env env);
ND_EXTERN void nd_loop_unref(nd_env env);

/* Runs execute(data) on the worker pool, then complete on the loop; keeps
 * the process alive in between.
 * At exit (process.exit(), an uncaught exception, the loop running dry) the
 * runtime, in this order: refuses new work (ND_GENERIC_FAILURE); lets jobs
 * already on the pool finish (a job in a system call completes); calls
 * complete(env, true, data) on the loop thread for every job whose result
 * was not delivered, run or not (free what the job owns, call no
 * JavaScript function; settling a deferred is fine); and only then runs cleanup hooks, drops references and runs
 * finalizers. Rule: everything execute touches stays owned by the job until
 * complete has run, whatever the GC does: pin a JavaScript buffer the job
 * reads or writes with nd_ref_new, and hold a reference to an object whose
 * finalizer would free state the job uses. A job still running ten seconds
 * after the exit began ends the process without teardown (see ADDONS.md). */
ND_EXTERN ND_NODISCARD nd_status nd_work_queue(nd_env env, nd_work_execute execute,
                                               nd_work_complete complete, void *data);

/* Runs the nextTick queue and promise jobs now, as the runtime does after
 * every loop callback. For a callback that runs several user callbacks in
 * a row (timers): Node drains both between them. Only valid in the outermost
 * loop callback; ND_INVALID_ARG elsewhere. */
ND_EXTERN ND_NODISCARD nd_status nd_drain_jobs(nd_env env);

/* Monotonic milliseconds (the loop's clock). */
ND_EXTERN double nd_now_ms(nd_env env);

/* ---- runtime services ---------------------------------------------------- */

/* fn(data) runs at shutdown, before the engine is torn down, in reverse order
 * of registration; it may drop references and free handles. */
ND_EXTERN ND_NODISCARD nd_status nd_cleanup_hook(nd_env env, void (*fn)(void *data), void *data);
ND_EXTERN ND_NODISCARD nd_status nd_external_memory(nd_env env, int64_t change);

typedef struct {
  size_t heap_total; /* bytes the engine's GC heap holds */
  size_t heap_used;  /* bytes in use by live cells (approximate) */
  size_t external;   /* bytes reported by nd_external_memory */
} nd_heap_stats;
ND_EXTERN ND_NODISCARD nd_status nd_get_heap_stats(nd_env env, nd_heap_stats *result);
ND_EXTERN ND_NODISCARD nd_status nd_gc(nd_env env);

/* (1.1) A deployment option from the manifest line "module = impl key=value ...";
 * `module` is the builtin name (fs) or the implementation's own plugin name
 * (fs-sandbox reads "root" this way). NULL when unset.
 * The string lives as long as the runtime. */
ND_EXTERN const char *nd_module_option(nd_env env, const char *module, const char *key);

/* The runtime's version ("0.1.0") and ABI. */
ND_EXTERN const char *nd_version(void);
ND_EXTERN void nd_abi(uint16_t *major, uint16_t *minor);

#ifdef __cplusplus
}
#endif
#endif /* NODUS_H */
