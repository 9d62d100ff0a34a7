/* engine.cc — the SpiderMonkey adapter: the SDK's values, objects, calls,
 * exceptions, references and scripts, the job queue, and the runtime's life
 * cycle. The only C++ file and the only mozjs includer in the tree.
 *
 * Handles: an nd_value is the address of a JS::Value slot. Slots live in an
 * arena of fixed blocks (never moved) that is a PersistentRooted, so every GC,
 * minor or major, traces them and updates them when objects move. A native
 * call's arguments and `this` are the engine's own rooted vp slots. A scope is
 * a saved arena top. */
#include <jsapi.h>
#include <jsfriendapi.h>
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/BigInt.h>
#include <js/CompilationAndEvaluation.h>
#include <js/Conversions.h>
#include <js/Equality.h>
#include <js/ErrorReport.h>
#include <js/Exception.h>
#include <js/GCVector.h>
#include <js/Initialization.h>
#include <js/Object.h>
#include <js/Promise.h>
#include <js/PropertyAndElement.h>
#include <js/SourceText.h>
#include <js/String.h>
#include <js/Symbol.h>
#include <js/ValueArray.h>
#include <js/experimental/TypedData.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <new>
#include <string>
#include <vector>

extern "C" {
#include "internal.h"
#include "nodus-embed.h"
}
#include "boot_js.h"

using JS::Value;

/* ---- the handle arena ------------------------------------------------- */

namespace {

constexpr size_t kBlock = 1024;

struct Arena {
  std::vector<Value *> blocks;
  size_t top = 0;

  Value *slot(size_t i) { return &blocks[i / kBlock][i % kBlock]; }
  void trace(JSTracer *trc) {
    for (size_t i = 0; i < top; i++) JS::TraceRoot(trc, slot(i), "nd handle");
  }
  Value *push(const Value &v) {
    if (top / kBlock >= blocks.size()) {
      Value *b = static_cast<Value *>(malloc(sizeof(Value) * kBlock));
      if (!b) abort(); /* out of memory for handles: nothing sane is left */
      blocks.push_back(b);
    }
    Value *s = slot(top++);
    *s = v;
    return s;
  }
  void release() {
    for (Value *b : blocks) free(b);
    blocks.clear();
    top = 0;
  }
};

struct Ref {
  JS::PersistentRooted<Value> v;
  Ref *prev, *next;
  Ref(JSContext *cx, const Value &val) : v(cx, val), prev(nullptr), next(nullptr) {}
};

struct WrapData {
  void *data;
  nd_finalize fin;
  void *hint;
};

struct Hook {
  void (*fn)(void *);
  void *data;
};

class JobQueue;

} // namespace

struct nd_env_s {
  JSContext *cx = nullptr;
  JS::PersistentRooted<JSObject *> *global = nullptr;
  JS::PersistentRooted<Arena> *arena = nullptr;
  JS::PersistentRooted<JSObject *> *boot = nullptr;    /* boot.js's hook object */
  JS::PersistentRooted<JS::GCVector<JSObject *, 0, js::SystemAllocPolicy>> *rejected = nullptr;
  JobQueue *jobs = nullptr;
  nd_loop *loop = nullptr;
  Ref *refs = nullptr;               /* every live nd_ref, freed at shutdown */
  std::vector<Hook> hooks;
  nd_host host{};
  nd_runtime_options opts{};
  int depth = 0;                     /* nesting of callbacks from the loop */
  bool exiting = false;
  int exit_code = 0;
  int64_t external = 0;
  int64_t external_since_gc = 0;
  bool in_checkpoint = false;
};

static inline Value &V(nd_value h) { return *reinterpret_cast<Value *>(h); }
static inline nd_value H(Value *p) { return reinterpret_cast<nd_value>(p); }
static inline JS::HandleValue HV(nd_value h) {
  return JS::HandleValue::fromMarkedLocation(reinterpret_cast<Value *>(h));
}
static inline nd_value push(nd_env env, const Value &v) { return H(env->arena->get().push(v)); }
static Value undefined_slot = JS::UndefinedValue();

#define CHECK_ARG(x)          \
  do {                        \
    if (!(x)) return ND_INVALID_ARG; \
  } while (0)

static nd_status pending(nd_env env)
{
  return JS_IsExceptionPending(env->cx) ? ND_PENDING_EXCEPTION : ND_GENERIC_FAILURE;
}

/* ---- the job queue: promise reactions, drained at checkpoints ----------- */

namespace {
class JobQueue : public JS::JobQueue {
 public:
  explicit JobQueue(JSContext *cx) : queue_(cx) {}
  JSObject *getIncumbentGlobal(JSContext *cx) override { return JS::CurrentGlobalOrNull(cx); }
  bool enqueuePromiseJob(JSContext *cx, JS::HandleObject, JS::HandleObject job,
                         JS::HandleObject, JS::HandleObject) override {
    if (!queue_.append(job)) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
    return true;
  }
  void runJobs(JSContext *cx) override { run(cx, nullptr); }
  bool empty() const override { return queue_.empty(); }
  /* Runs every job; returns false when one threw (exception pending, the
   * rest stay queued) or the process is exiting. */
  bool run(JSContext *cx, nd_env env) {
    JS::RootedObject job(cx);
    JS::RootedValue rv(cx);
    while (head_ < queue_.length()) {
      job = queue_[head_];
      queue_[head_++].set(nullptr);
      if (head_ == queue_.length()) {
        queue_.clear();
        head_ = 0;
      }
      if (!JS::Call(cx, JS::UndefinedHandleValue, job, JS::HandleValueArray::empty(), &rv))
        return false;
      if (env && env->exiting) return false;
    }
    return true;
  }
  void clear() { queue_.clear(); head_ = 0; }

 private:
  js::UniquePtr<SavedJobQueue> saveJobQueue(JSContext *cx) override {
    JS_ReportErrorASCII(cx, "job queue interruption is not supported");
    return nullptr;
  }
  JS::PersistentRooted<JS::GCVector<JSObject *, 0, js::SystemAllocPolicy>> queue_;
  size_t head_ = 0;
};
} // namespace

static void rejection_tracker(JSContext *cx, bool, JS::HandleObject promise,
                              JS::PromiseRejectionHandlingState state, void *data)
{
  nd_env env = static_cast<nd_env>(data);
  auto &list = env->rejected->get();
  if (state == JS::PromiseRejectionHandlingState::Unhandled) {
    if (!list.append(promise)) JS_ReportOutOfMemory(cx);
    return;
  }
  for (size_t i = 0; i < list.length(); i++) {
    if (list[i] == promise) {
      list.erase(&list[i]);
      return;
    }
  }
  /* Handled after being reported: boot.js emits 'rejectionHandled'. */
}

/* ---- calling into boot.js -------------------------------------------- */

static bool boot_call(nd_env env, const char *name, const JS::HandleValueArray &args,
                      JS::MutableHandleValue rv)
{
  JSContext *cx = env->cx;
  JS::RootedObject boot(cx, env->boot->get());
  return JS_CallFunctionName(cx, boot, name, args, rv);
}

/* Prints a value (an exception boot.js could not handle) to stderr. */
static void print_raw_exception(nd_env env, JS::HandleValue exn)
{
  JSContext *cx = env->cx;
  JS::RootedValue v(cx, exn);
  JS::ExceptionStack stack(cx, v, nullptr);
  JS::ErrorReportBuilder report(cx);
  if (report.init(cx, stack, JS::ErrorReportBuilder::WithSideEffects)) {
    JS::PrintError(stderr, report, false);
  } else {
    fputs("nodus: uncaught exception (unprintable)\n", stderr);
    JS_ClearPendingException(cx);
  }
}

static void set_exit(nd_env env, int code)
{
  env->exiting = true;
  env->exit_code = code;
  nd__loop_stop(env->loop);
}

/* Takes the pending exception and hands it to boot.fatal (uncaughtException
 * listeners, or print and exit 1). */
static void handle_uncaught(nd_env env)
{
  JSContext *cx = env->cx;
  if (env->exiting) {
    JS_ClearPendingException(cx);
    return;
  }
  JS::RootedValue exn(cx);
  if (!JS_GetPendingException(cx, &exn)) {
    /* Uncatchable termination without an exception (e.g. out of memory). */
    fputs("nodus: fatal: script terminated\n", stderr);
    set_exit(env, 1);
    return;
  }
  JS_ClearPendingException(cx);
  JS::RootedValue rv(cx);
  JS::RootedValueArray<1> args(cx);
  args[0].set(exn);
  if (!boot_call(env, "fatal", args, &rv)) {
    if (env->exiting) {
      JS_ClearPendingException(cx);
      return;
    }
    JS::RootedValue second(cx);
    if (JS_GetPendingException(cx, &second)) {
      JS_ClearPendingException(cx);
      print_raw_exception(env, second);
    }
    set_exit(env, 7); /* Node: exception handler failed */
  }
}

/* Node's order after each macrotask: the nextTick queue, then promise jobs,
 * repeated until both are empty; then unhandled rejections are reported. */
static void checkpoint(nd_env env)
{
  JSContext *cx = env->cx;
  if (env->in_checkpoint || !env->boot) return;
  env->in_checkpoint = true;
  JS::RootedValue rv(cx);
  for (;;) {
    if (env->exiting) break;
    if (!boot_call(env, "tick", JS::HandleValueArray::empty(), &rv)) {
      handle_uncaught(env);
      continue;
    }
    if (env->exiting) break;
    if (!env->jobs->empty()) {
      if (!env->jobs->run(cx, env)) handle_uncaught(env);
      continue;
    }
    auto &list = env->rejected->get();
    if (list.length() == 0) break;
    JS::RootedObject p(cx, list[0]);
    list.erase(&list[0]);
    JS::RootedValueArray<2> args(cx);
    args[0].set(JS::GetPromiseResult(p));
    args[1].setObject(*p);
    if (!boot_call(env, "rejection", args, &rv)) handle_uncaught(env);
  }
  env->in_checkpoint = false;
}

extern "C" void nd__callback_enter(nd_env env, nd_cbframe *frame)
{
  frame->top = env->arena->get().top;
  env->depth++;
}

extern "C" void nd__callback_leave(nd_env env, nd_cbframe *frame)
{
  JSContext *cx = env->cx;
  if (JS_IsExceptionPending(cx)) handle_uncaught(env);
  env->arena->get().top = frame->top;
  if (--env->depth == 0) checkpoint(env);
  env->arena->get().top = frame->top;
}

extern "C" bool nd__exiting(nd_env env) { return env->exiting; }

nd_status nd_drain_jobs(nd_env env)
{
  if (env->depth != 1 || env->in_checkpoint) return ND_INVALID_ARG;
  if (JS_IsExceptionPending(env->cx)) handle_uncaught(env);
  checkpoint(env);
  return env->exiting ? ND_PENDING_EXCEPTION : ND_OK;
}

/* ---- exceptions --------------------------------------------------------- */

bool nd_exception_pending(nd_env env) { return JS_IsExceptionPending(env->cx); }

nd_status nd_throw(nd_env env, nd_value error)
{
  CHECK_ARG(error);
  JS_SetPendingException(env->cx, HV(error));
  return ND_OK;
}

static nd_status make_error(nd_env env, const char *ctor, const char *code, const char *msg,
                            JS::MutableHandleValue out)
{
  JSContext *cx = env->cx;
  JS::RootedObject global(cx, env->global->get());
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, global, ctor, &fn)) return pending(env);
  JS::RootedValueArray<1> args(cx);
  JSString *s = JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(msg ? msg : "", strlen(msg ? msg : "")));
  if (!s) return pending(env);
  args[0].setString(s);
  JS::RootedObject obj(cx);
  if (!JS::Construct(cx, fn, args, &obj)) return pending(env);
  if (code) {
    JS::RootedValue c(cx);
    JSString *cs = JS_NewStringCopyZ(cx, code);
    if (!cs) return pending(env);
    c.setString(cs);
    if (!JS_DefineProperty(cx, obj, "code", c, JSPROP_ENUMERATE)) return pending(env);
  }
  out.setObject(*obj);
  return ND_OK;
}

static nd_status throw_kind(nd_env env, const char *ctor, const char *code, const char *msg)
{
  JS::RootedValue err(env->cx);
  nd_status st = make_error(env, ctor, code, msg, &err);
  if (st != ND_OK) return st;
  JS_SetPendingException(env->cx, err);
  return ND_PENDING_EXCEPTION;
}

nd_status nd_throw_error(nd_env env, const char *code, const char *msg)
{
  return throw_kind(env, "Error", code, msg);
}
nd_status nd_throw_type_error(nd_env env, const char *code, const char *msg)
{
  return throw_kind(env, "TypeError", code, msg);
}
nd_status nd_throw_range_error(nd_env env, const char *code, const char *msg)
{
  return throw_kind(env, "RangeError", code, msg);
}

nd_status nd_error_new(nd_env env, const char *code, const char *msg, nd_value *result)
{
  CHECK_ARG(result);
  JS::RootedValue err(env->cx);
  nd_status st = make_error(env, "Error", code, msg, &err);
  if (st == ND_OK) *result = push(env, err);
  return st;
}

static bool set_str_prop(JSContext *cx, JS::HandleObject obj, const char *name, const char *val)
{
  JSString *s = JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(val, strlen(val)));
  if (!s) return false;
  JS::RootedValue v(cx, JS::StringValue(s));
  return JS_DefineProperty(cx, obj, name, v, JSPROP_ENUMERATE);
}

nd_status nd_errno_error(nd_env env, int err, const char *syscall, const char *path,
                         nd_value *result)
{
  CHECK_ARG(result);
  JSContext *cx = env->cx;
  const char *name = nd_errno_name(err);
  const char *desc = nd__errno_message(err);
  size_t n = strlen(name) + strlen(desc) + (syscall ? strlen(syscall) : 0) +
             (path ? strlen(path) : 0) + 16;
  char *msg = static_cast<char *>(malloc(n));
  if (!msg) return ND_NO_MEMORY;
  if (path)
    snprintf(msg, n, "%s: %s, %s '%s'", name, desc, syscall ? syscall : "", path);
  else if (syscall)
    snprintf(msg, n, "%s: %s, %s", name, desc, syscall);
  else
    snprintf(msg, n, "%s: %s", name, desc);
  JS::RootedValue e(cx);
  nd_status st = make_error(env, "Error", nullptr, msg, &e);
  free(msg);
  if (st != ND_OK) return st;
  JS::RootedObject obj(cx, &e.toObject());
  JS::RootedValue no(cx, JS::Int32Value(-err));
  if (!JS_DefineProperty(cx, obj, "errno", no, JSPROP_ENUMERATE) ||
      !set_str_prop(cx, obj, "code", name) ||
      (syscall && !set_str_prop(cx, obj, "syscall", syscall)) ||
      (path && !set_str_prop(cx, obj, "path", path)))
    return pending(env);
  *result = push(env, e);
  return ND_OK;
}

nd_status nd_throw_errno(nd_env env, int err, const char *syscall, const char *path)
{
  nd_value e;
  nd_status st = nd_errno_error(env, err, syscall, path, &e);
  if (st != ND_OK) return st;
  JS_SetPendingException(env->cx, HV(e));
  return ND_PENDING_EXCEPTION;
}

nd_status nd_exception_take(nd_env env, nd_value *result)
{
  CHECK_ARG(result);
  JS::RootedValue exn(env->cx);
  if (!JS_GetPendingException(env->cx, &exn)) return ND_NOT_FOUND;
  JS_ClearPendingException(env->cx);
  *result = push(env, exn);
  return ND_OK;
}

/* ---- values --------------------------------------------------------------- */

nd_status nd_undefined(nd_env env, nd_value *r) { CHECK_ARG(r); *r = push(env, JS::UndefinedValue()); return ND_OK; }
nd_status nd_null(nd_env env, nd_value *r) { CHECK_ARG(r); *r = push(env, JS::NullValue()); return ND_OK; }
nd_status nd_boolean(nd_env env, bool v, nd_value *r) { CHECK_ARG(r); *r = push(env, JS::BooleanValue(v)); return ND_OK; }
nd_status nd_number(nd_env env, double v, nd_value *r) { CHECK_ARG(r); *r = push(env, JS::NumberValue(v)); return ND_OK; }
nd_status nd_int32(nd_env env, int32_t v, nd_value *r) { CHECK_ARG(r); *r = push(env, JS::Int32Value(v)); return ND_OK; }

/* UTF-8 to a JS string; invalid sequences become U+FFFD, as Node decodes. */
static JSString *new_utf8(JSContext *cx, const char *s, size_t len)
{
  JSString *str = JS_NewStringCopyUTF8N(cx, JS::UTF8Chars(s, len));
  if (str || !JS_IsExceptionPending(cx)) return str;
  JS_ClearPendingException(cx);
  size_t outlen = 0;
  JS::TwoByteCharsZ chars = JS::LossyUTF8CharsToNewTwoByteCharsZ(cx, JS::UTF8Chars(s, len), &outlen, js::MallocArena);
  if (!chars) return nullptr;
  str = JS_NewUCStringCopyN(cx, chars.get(), outlen);
  js_free(chars.get());
  return str;
}

static nd_status string_result(nd_env env, JSString *s, nd_value *r)
{
  if (!s) return pending(env);
  *r = push(env, JS::StringValue(s));
  return ND_OK;
}

nd_status nd_string_utf8(nd_env env, const char *s, size_t len, nd_value *r)
{
  CHECK_ARG(r && (s || len == 0 || len == ND_AUTO_LENGTH));
  if (!s) s = "";
  if (len == ND_AUTO_LENGTH) len = strlen(s);
  return string_result(env, new_utf8(env->cx, s, len), r);
}

nd_status nd_string_latin1(nd_env env, const char *s, size_t len, nd_value *r)
{
  CHECK_ARG(r && (s || len == 0 || len == ND_AUTO_LENGTH));
  if (!s) s = "";
  if (len == ND_AUTO_LENGTH) len = strlen(s);
  return string_result(env, JS_NewStringCopyN(env->cx, s, len), r);
}

nd_status nd_string_utf16(nd_env env, const uint16_t *s, size_t len, nd_value *r)
{
  CHECK_ARG(r && (s || len == 0));
  if (len == ND_AUTO_LENGTH) {
    len = 0;
    while (s[len]) len++;
  }
  return string_result(env, JS_NewUCStringCopyN(env->cx, s ? reinterpret_cast<const char16_t *>(s) : u"", len), r);
}

nd_status nd_symbol(nd_env env, const char *description, nd_value *r)
{
  CHECK_ARG(r);
  JSContext *cx = env->cx;
  JS::RootedString desc(cx);
  if (description) {
    desc = JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(description, strlen(description)));
    if (!desc) return pending(env);
  }
  JS::Symbol *sym = JS::NewSymbol(cx, desc);
  if (!sym) return pending(env);
  *r = push(env, JS::SymbolValue(sym));
  return ND_OK;
}

nd_status nd_bigint_int64(nd_env env, int64_t v, nd_value *r)
{
  CHECK_ARG(r);
  JS::BigInt *b = JS::NumberToBigInt(env->cx, v);
  if (!b) return pending(env);
  *r = push(env, JS::BigIntValue(b));
  return ND_OK;
}

nd_status nd_bigint_uint64(nd_env env, uint64_t v, nd_value *r)
{
  CHECK_ARG(r);
  JS::BigInt *b = JS::NumberToBigInt(env->cx, v);
  if (!b) return pending(env);
  *r = push(env, JS::BigIntValue(b));
  return ND_OK;
}

nd_status nd_typeof(nd_env env, nd_value v, nd_type *r)
{
  CHECK_ARG(v && r);
  const Value &x = V(v);
  if (x.isUndefined()) *r = ND_UNDEFINED;
  else if (x.isNull()) *r = ND_NULL;
  else if (x.isBoolean()) *r = ND_BOOLEAN;
  else if (x.isNumber()) *r = ND_NUMBER;
  else if (x.isString()) *r = ND_STRING;
  else if (x.isSymbol()) *r = ND_SYMBOL;
  else if (x.isBigInt()) *r = ND_BIGINT;
  else if (x.isObject() && JS::IsCallable(&x.toObject())) *r = ND_FUNCTION;
  else *r = ND_OBJECT;
  return ND_OK;
}

nd_status nd_get_bool(nd_env env, nd_value v, bool *r)
{
  CHECK_ARG(v && r);
  if (!V(v).isBoolean()) return ND_BOOLEAN_EXPECTED;
  *r = V(v).toBoolean();
  return ND_OK;
}

nd_status nd_get_double(nd_env env, nd_value v, double *r)
{
  CHECK_ARG(v && r);
  if (!V(v).isNumber()) return ND_NUMBER_EXPECTED;
  *r = V(v).toNumber();
  return ND_OK;
}

nd_status nd_get_int32(nd_env env, nd_value v, int32_t *r)
{
  CHECK_ARG(v && r);
  if (V(v).isInt32()) { *r = V(v).toInt32(); return ND_OK; }
  if (!V(v).isNumber()) return ND_NUMBER_EXPECTED;
  *r = JS::ToInt32(V(v).toDouble());
  return ND_OK;
}

nd_status nd_get_uint32(nd_env env, nd_value v, uint32_t *r)
{
  CHECK_ARG(v && r);
  if (V(v).isInt32()) { *r = static_cast<uint32_t>(V(v).toInt32()); return ND_OK; }
  if (!V(v).isNumber()) return ND_NUMBER_EXPECTED;
  *r = JS::ToUint32(V(v).toDouble());
  return ND_OK;
}

nd_status nd_get_int64(nd_env env, nd_value v, int64_t *r)
{
  CHECK_ARG(v && r);
  if (V(v).isInt32()) { *r = V(v).toInt32(); return ND_OK; }
  if (!V(v).isNumber()) return ND_NUMBER_EXPECTED;
  double d = V(v).toDouble();
  if (d != d) *r = 0;
  else if (d >= 9223372036854775807.0) *r = INT64_MAX;
  else if (d <= -9223372036854775808.0) *r = INT64_MIN;
  else *r = static_cast<int64_t>(d);
  return ND_OK;
}

nd_status nd_get_bigint_int64(nd_env env, nd_value v, int64_t *r, bool *lossless)
{
  CHECK_ARG(v && r);
  if (!V(v).isBigInt()) return ND_INVALID_ARG;
  JS::BigInt *b = V(v).toBigInt();
  *r = JS::ToBigInt64(b);
  bool exact = JS::BigIntFits(b, r);
  if (lossless) *lossless = exact;
  return ND_OK;
}

static JSLinearString *linear(nd_env env, nd_value v)
{
  return JS_EnsureLinearString(env->cx, V(v).toString());
}

nd_status nd_get_string_utf8(nd_env env, nd_value v, char *buf, size_t bufsize, size_t *len)
{
  CHECK_ARG(v);
  if (!V(v).isString()) return ND_STRING_EXPECTED;
  JSLinearString *ls = linear(env, v);
  if (!ls) return pending(env);
  if (!buf) {
    CHECK_ARG(len);
    *len = JS::GetDeflatedUTF8StringLength(ls);
    return ND_OK;
  }
  if (bufsize == 0) {
    if (len) *len = 0;
    return ND_OK;
  }
  auto res = JS_EncodeStringToUTF8BufferPartial(env->cx, V(v).toString(),
                                                mozilla::Span<char>(buf, bufsize - 1));
  if (!res) return pending(env);
  size_t written = mozilla::Get<1>(*res);
  buf[written] = 0;
  if (len) *len = written;
  return ND_OK;
}

/* Copies a string's code units into buf as Out (char: each unit truncated to
 * 8 bits; uint16_t: UTF-16), straight from the engine's storage. */
template <typename Out>
static nd_status copy_units(nd_env env, nd_value v, Out *buf, size_t bufsize, size_t *len)
{
  CHECK_ARG(v);
  if (!V(v).isString()) return ND_STRING_EXPECTED;
  JSLinearString *ls = linear(env, v);
  if (!ls) return pending(env);
  size_t n = JS::GetLinearStringLength(ls);
  if (!buf) {
    CHECK_ARG(len);
    *len = n;
    return ND_OK;
  }
  if (bufsize == 0) {
    if (len) *len = 0;
    return ND_OK;
  }
  size_t m = n < bufsize - 1 ? n : bufsize - 1;
  {
    JS::AutoCheckCannotGC nogc;
    if (JS::LinearStringHasLatin1Chars(ls)) {
      const JS::Latin1Char *c = JS::GetLatin1LinearStringChars(nogc, ls);
      if (sizeof(Out) == 1) memcpy(buf, c, m);
      else for (size_t i = 0; i < m; i++) buf[i] = static_cast<Out>(c[i]);
    } else {
      const char16_t *c = JS::GetTwoByteLinearStringChars(nogc, ls);
      if (sizeof(Out) == 2) memcpy(buf, c, m * sizeof(Out));
      else for (size_t i = 0; i < m; i++) buf[i] = static_cast<Out>(c[i] & 0xff);
    }
  }
  buf[m] = 0;
  if (len) *len = m;
  return ND_OK;
}

nd_status nd_get_string_latin1(nd_env env, nd_value v, char *buf, size_t bufsize, size_t *len)
{
  return copy_units(env, v, buf, bufsize, len);
}

nd_status nd_get_string_utf16(nd_env env, nd_value v, uint16_t *buf, size_t bufsize, size_t *len)
{
  return copy_units(env, v, buf, bufsize, len);
}

nd_status nd_get_string_dup(nd_env env, nd_value v, char **result, size_t *len)
{
  CHECK_ARG(v && result);
  size_t n;
  nd_status st = nd_get_string_utf8(env, v, nullptr, 0, &n);
  if (st != ND_OK) return st;
  char *p = static_cast<char *>(malloc(n + 1));
  if (!p) return ND_NO_MEMORY;
  st = nd_get_string_utf8(env, v, p, n + 1, &n);
  if (st != ND_OK) {
    free(p);
    return st;
  }
  *result = p;
  if (len) *len = n;
  return ND_OK;
}

nd_status nd_coerce_bool(nd_env env, nd_value v, nd_value *r)
{
  CHECK_ARG(v && r);
  *r = push(env, JS::BooleanValue(JS::ToBoolean(HV(v))));
  return ND_OK;
}

nd_status nd_coerce_number(nd_env env, nd_value v, nd_value *r)
{
  CHECK_ARG(v && r);
  double d;
  if (!JS::ToNumber(env->cx, HV(v), &d)) return pending(env);
  *r = push(env, JS::NumberValue(d));
  return ND_OK;
}

nd_status nd_coerce_string(nd_env env, nd_value v, nd_value *r)
{
  CHECK_ARG(v && r);
  return string_result(env, JS::ToString(env->cx, HV(v)), r);
}

nd_status nd_coerce_object(nd_env env, nd_value v, nd_value *r)
{
  CHECK_ARG(v && r);
  JSObject *o = JS::ToObject(env->cx, HV(v));
  if (!o) return pending(env);
  *r = push(env, JS::ObjectValue(*o));
  return ND_OK;
}

bool nd_is_undefined(nd_env, nd_value v) { return v && V(v).isUndefined(); }
bool nd_is_nullish(nd_env, nd_value v) { return !v || V(v).isNullOrUndefined(); }
bool nd_is_function(nd_env, nd_value v) { return v && V(v).isObject() && JS::IsCallable(&V(v).toObject()); }
bool nd_is_object(nd_env, nd_value v) { return v && V(v).isObject(); }
bool nd_is_string(nd_env, nd_value v) { return v && V(v).isString(); }
bool nd_is_number(nd_env, nd_value v) { return v && V(v).isNumber(); }

bool nd_is_array(nd_env env, nd_value v)
{
  bool is = false;
  if (!v || !V(v).isObject()) return false;
  if (!JS::IsArrayObject(env->cx, HV(v), &is)) {
    JS_ClearPendingException(env->cx);
    return false;
  }
  return is;
}

bool nd_is_error(nd_env env, nd_value v)
{
  if (!v || !V(v).isObject()) return false;
  JS::RootedObject o(env->cx, &V(v).toObject());
  js::ESClass cls;
  if (!JS::GetBuiltinClass(env->cx, o, &cls)) {
    JS_ClearPendingException(env->cx);
    return false;
  }
  return cls == js::ESClass::Error;
}

bool nd_is_promise(nd_env env, nd_value v)
{
  if (!v || !V(v).isObject()) return false;
  JS::RootedObject o(env->cx, &V(v).toObject());
  return JS::IsPromiseObject(o);
}

bool nd_is_arraybuffer(nd_env, nd_value v) { return v && V(v).isObject() && JS::IsArrayBufferObject(&V(v).toObject()); }
bool nd_is_typedarray(nd_env, nd_value v) { return v && V(v).isObject() && JS_IsArrayBufferViewObject(&V(v).toObject()); }

bool nd_strict_equals(nd_env env, nd_value a, nd_value b)
{
  bool eq = false;
  if (!a || !b) return false;
  if (!JS::StrictlyEqual(env->cx, HV(a), HV(b), &eq)) {
    JS_ClearPendingException(env->cx);
    return false;
  }
  return eq;
}

nd_status nd_instanceof(nd_env env, nd_value obj, nd_value ctor, bool *r)
{
  CHECK_ARG(obj && ctor && r);
  if (!V(ctor).isObject()) return ND_FUNCTION_EXPECTED;
  JS::RootedObject c(env->cx, &V(ctor).toObject());
  if (!JS_HasInstance(env->cx, c, HV(obj), r)) return pending(env);
  return ND_OK;
}

/* ---- objects ------------------------------------------------------------- */

nd_status nd_global(nd_env env, nd_value *r)
{
  CHECK_ARG(r);
  *r = push(env, JS::ObjectValue(*env->global->get()));
  return ND_OK;
}

nd_status nd_object_new(nd_env env, nd_value *r)
{
  CHECK_ARG(r);
  JSObject *o = JS_NewPlainObject(env->cx);
  if (!o) return pending(env);
  *r = push(env, JS::ObjectValue(*o));
  return ND_OK;
}

nd_status nd_array_new(nd_env env, uint32_t length, nd_value *r)
{
  CHECK_ARG(r);
  JSObject *o = JS::NewArrayObject(env->cx, length);
  if (!o) return pending(env);
  *r = push(env, JS::ObjectValue(*o));
  return ND_OK;
}

static bool to_object(nd_env env, nd_value v, JS::MutableHandleObject out)
{
  if (!v || !V(v).isObject()) return false;
  out.set(&V(v).toObject());
  return true;
}

nd_status nd_array_length(nd_env env, nd_value arr, uint32_t *r)
{
  CHECK_ARG(r);
  JS::RootedObject o(env->cx);
  if (!to_object(env, arr, &o)) return ND_ARRAY_EXPECTED;
  if (!JS::GetArrayLength(env->cx, o, r)) return pending(env);
  return ND_OK;
}

nd_status nd_get(nd_env env, nd_value obj, nd_value key, nd_value *r)
{
  CHECK_ARG(key && r);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  JS::RootedId id(cx);
  if (!JS_ValueToId(cx, HV(key), &id)) return pending(env);
  JS::RootedValue out(cx);
  if (!JS_GetPropertyById(cx, o, id, &out)) return pending(env);
  *r = push(env, out);
  return ND_OK;
}

nd_status nd_set(nd_env env, nd_value obj, nd_value key, nd_value v)
{
  CHECK_ARG(key && v);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  JS::RootedId id(cx);
  if (!JS_ValueToId(cx, HV(key), &id)) return pending(env);
  if (!JS_SetPropertyById(cx, o, id, HV(v))) return pending(env);
  return ND_OK;
}

nd_status nd_has(nd_env env, nd_value obj, nd_value key, bool *r)
{
  CHECK_ARG(key && r);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  JS::RootedId id(cx);
  if (!JS_ValueToId(cx, HV(key), &id)) return pending(env);
  if (!JS_HasPropertyById(cx, o, id, r)) return pending(env);
  return ND_OK;
}

nd_status nd_delete(nd_env env, nd_value obj, nd_value key, bool *r)
{
  CHECK_ARG(key);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  JS::RootedId id(cx);
  if (!JS_ValueToId(cx, HV(key), &id)) return pending(env);
  JS::ObjectOpResult res;
  if (!JS_DeletePropertyById(cx, o, id, res)) return pending(env);
  if (r) *r = res.ok();
  return ND_OK;
}

nd_status nd_get_named(nd_env env, nd_value obj, const char *name, nd_value *r)
{
  CHECK_ARG(name && r);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  JS::RootedValue out(cx);
  if (!JS_GetProperty(cx, o, name, &out)) return pending(env);
  *r = push(env, out);
  return ND_OK;
}

nd_status nd_set_named(nd_env env, nd_value obj, const char *name, nd_value v)
{
  CHECK_ARG(name && v);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  if (!JS_SetProperty(cx, o, name, HV(v))) return pending(env);
  return ND_OK;
}

nd_status nd_has_named(nd_env env, nd_value obj, const char *name, bool *r)
{
  CHECK_ARG(name && r);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  if (!JS_HasProperty(cx, o, name, r)) return pending(env);
  return ND_OK;
}

nd_status nd_get_index(nd_env env, nd_value obj, uint32_t i, nd_value *r)
{
  CHECK_ARG(r);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  JS::RootedValue out(cx);
  if (!JS_GetElement(cx, o, i, &out)) return pending(env);
  *r = push(env, out);
  return ND_OK;
}

nd_status nd_set_index(nd_env env, nd_value obj, uint32_t i, nd_value v)
{
  CHECK_ARG(v);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  if (!JS_SetElement(cx, o, i, HV(v))) return pending(env);
  return ND_OK;
}

nd_status nd_keys(nd_env env, nd_value obj, nd_value *r)
{
  CHECK_ARG(r);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  JS::Rooted<JS::IdVector> ids(cx, JS::IdVector(cx));
  if (!JS_Enumerate(cx, o, &ids)) return pending(env);
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return pending(env);
  JS::RootedValue k(cx);
  uint32_t n = 0;
  for (size_t i = 0; i < ids.length(); i++) {
    if (ids[i].isSymbol()) continue;
    if (!JS_IdToValue(cx, ids[i], &k)) return pending(env);
    JSString *s = JS::ToString(cx, k);
    if (!s) return pending(env);
    k.setString(s);
    if (!JS_SetElement(cx, arr, n++, k)) return pending(env);
  }
  *r = push(env, JS::ObjectValue(*arr));
  return ND_OK;
}

nd_status nd_get_prototype(nd_env env, nd_value obj, nd_value *r)
{
  CHECK_ARG(r);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx), proto(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  if (!JS_GetPrototype(cx, o, &proto)) return pending(env);
  *r = push(env, proto ? JS::ObjectValue(*proto) : JS::NullValue());
  return ND_OK;
}

nd_status nd_set_prototype(nd_env env, nd_value obj, nd_value proto)
{
  CHECK_ARG(proto);
  JSContext *cx = env->cx;
  JS::RootedObject o(cx), p(cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  if (!V(proto).isNull() && !to_object(env, proto, &p)) return ND_OBJECT_EXPECTED;
  if (!JS_SetPrototype(cx, o, p)) return pending(env);
  return ND_OK;
}

/* ---- native functions ---------------------------------------------------- */

static bool finish_native(nd_env env, JS::CallArgs &args, nd_value res, size_t top)
{
  JSContext *cx = env->cx;
  bool ok;
  if (env->exiting) {
    JS_ClearPendingException(cx);
    ok = false; /* uncatchable: process.exit() unwinds every frame */
  } else if (JS_IsExceptionPending(cx)) {
    ok = false;
  } else {
    args.rval().set(res ? V(res) : JS::UndefinedValue());
    ok = true;
  }
  env->arena->get().top = top;
  return ok;
}

static nd_env env_of(JSContext *cx) { return static_cast<nd_env>(JS_GetContextPrivate(cx)); }

static bool call_native(JSContext *cx, JS::CallArgs &args, nd_native cb, void *data,
                        unsigned nargs, bool construct_self)
{
  nd_env env = env_of(cx);
  size_t top = env->arena->get().top;
  size_t argc = args.length();
  size_t n = argc > nargs ? argc : nargs;
  nd_value small[8];
  nd_value *argv = n <= 8 ? small : static_cast<nd_value *>(malloc(n * sizeof(nd_value)));
  if (!argv) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  for (size_t i = 0; i < argc; i++) argv[i] = H(args.array() + i);
  for (size_t i = argc; i < n; i++) argv[i] = H(&undefined_slot);
  (void)construct_self;
  nd_value self = H(&args.mutableThisv().get());
  nd_value res = cb(env, self, argc, argv, data);
  if (argv != small) free(argv);
  return finish_native(env, args, res, top);
}

static bool fn_trampoline(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject *callee = &args.callee();
  nd_native cb = reinterpret_cast<nd_native>(js::GetFunctionNativeReserved(callee, 0).toPrivate());
  void *data = js::GetFunctionNativeReserved(callee, 1).toPrivate();
  unsigned nargs = JS_GetFunctionArity(JS_GetObjectFunction(callee));
  return call_native(cx, args, cb, data, nargs, false);
}

static JSObject *new_native(JSContext *cx, const char *name, JSNative tramp, nd_native cb,
                            unsigned nargs, unsigned flags, void *data)
{
  JSFunction *fn = js::NewFunctionWithReserved(cx, tramp, nargs, flags, name ? name : "");
  if (!fn) return nullptr;
  JSObject *obj = JS_GetFunctionObject(fn);
  js::SetFunctionNativeReserved(obj, 0, JS::PrivateValue(reinterpret_cast<void *>(cb)));
  js::SetFunctionNativeReserved(obj, 1, JS::PrivateValue(data));
  return obj;
}

nd_status nd_function_new(nd_env env, const char *name, nd_native cb, uint32_t nargs, void *data,
                          nd_value *r)
{
  CHECK_ARG(cb && r);
  JSObject *fn = new_native(env->cx, name, fn_trampoline, cb, nargs, 0, data);
  if (!fn) return pending(env);
  *r = push(env, JS::ObjectValue(*fn));
  return ND_OK;
}

nd_status nd_call(nd_env env, nd_value self, nd_value fn, size_t argc, const nd_value *argv,
                  nd_value *r)
{
  CHECK_ARG(fn && (argv || argc == 0));
  JSContext *cx = env->cx;
  if (env->exiting) return ND_PENDING_EXCEPTION;
  if (!nd_is_function(env, fn)) return ND_FUNCTION_EXPECTED;
  JS::RootedValueVector args(cx);
  if (!args.resize(argc)) return ND_NO_MEMORY;
  for (size_t i = 0; i < argc; i++) args[i].set(V(argv[i]));
  JS::RootedValue thisv(cx, self ? V(self) : JS::UndefinedValue());
  JS::RootedValue out(cx);
  if (!JS::Call(cx, thisv, HV(fn), args, &out)) return pending(env);
  if (r) *r = push(env, out);
  return ND_OK;
}

nd_status nd_new_instance(nd_env env, nd_value ctor, size_t argc, const nd_value *argv, nd_value *r)
{
  CHECK_ARG(ctor && r && (argv || argc == 0));
  JSContext *cx = env->cx;
  JS::RootedValueVector args(cx);
  if (!args.resize(argc)) return ND_NO_MEMORY;
  for (size_t i = 0; i < argc; i++) args[i].set(V(argv[i]));
  JS::RootedObject out(cx);
  if (!JS::Construct(cx, HV(ctor), args, &out)) return pending(env);
  *r = push(env, JS::ObjectValue(*out));
  return ND_OK;
}

/* ---- wrapped native data ------------------------------------------------- */

static void wrap_finalize(JS::GCContext *, JSObject *obj)
{
  Value v = JS::GetReservedSlot(obj, 0);
  if (!v.isDouble()) return; /* PrivateValue is stored as a double */
  WrapData *w = static_cast<WrapData *>(v.toPrivate());
  if (!w) return;
  if (w->fin) w->fin(w->data, w->hint);
  delete w;
}

static const JSClassOps wrap_ops = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                    nullptr, wrap_finalize, nullptr, nullptr, nullptr};
static const JSClass wrap_class = {"Object",
                                   JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
                                   &wrap_ops};

static WrapData *wrap_data(JSObject *o)
{
  if (JS::GetClass(o) != &wrap_class) return nullptr;
  Value v = JS::GetReservedSlot(o, 0);
  return v.isDouble() ? static_cast<WrapData *>(v.toPrivate()) : nullptr;
}

nd_status nd_wrapped_new(nd_env env, void *data, nd_finalize fin, void *hint, nd_value *r)
{
  CHECK_ARG(r);
  JSObject *o = JS_NewObject(env->cx, &wrap_class);
  if (!o) return pending(env);
  *r = push(env, JS::ObjectValue(*o));
  return nd_wrap(env, *r, data, fin, hint);
}

nd_status nd_wrap(nd_env env, nd_value obj, void *data, nd_finalize fin, void *hint)
{
  JS::RootedObject o(env->cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  if (JS::GetClass(o) != &wrap_class || wrap_data(o)) return ND_INVALID_ARG;
  WrapData *w = new (std::nothrow) WrapData{data, fin, hint};
  if (!w) return ND_NO_MEMORY;
  JS::SetReservedSlot(o, 0, JS::PrivateValue(w));
  return ND_OK;
}

nd_status nd_unwrap(nd_env env, nd_value obj, void **r)
{
  CHECK_ARG(r);
  *r = nullptr;
  if (!obj || !V(obj).isObject()) return ND_OBJECT_EXPECTED;
  WrapData *w = wrap_data(&V(obj).toObject());
  if (!w) return ND_INVALID_ARG;
  *r = w->data;
  return ND_OK;
}

nd_status nd_remove_wrap(nd_env env, nd_value obj, void **r)
{
  if (!obj || !V(obj).isObject()) return ND_OBJECT_EXPECTED;
  JSObject *o = &V(obj).toObject();
  WrapData *w = wrap_data(o);
  if (!w) return ND_INVALID_ARG;
  if (r) *r = w->data;
  JS::SetReservedSlot(o, 0, JS::UndefinedValue());
  delete w;
  return ND_OK;
}

/* ---- properties and classes ----------------------------------------------- */

static unsigned js_attrs(nd_attributes a, bool accessor)
{
  unsigned f = 0;
  if (a & ND_ENUMERABLE) f |= JSPROP_ENUMERATE;
  if (!(a & ND_CONFIGURABLE)) f |= JSPROP_PERMANENT;
  if (!accessor && !(a & ND_WRITABLE)) f |= JSPROP_READONLY;
  return f;
}

static bool define_one(nd_env env, JS::HandleObject obj, const nd_property *p)
{
  JSContext *cx = env->cx;
  if (p->method) {
    JS::RootedObject fn(cx, new_native(cx, p->name, fn_trampoline, p->method, p->nargs, 0, p->data));
    if (!fn) return false;
    JS::RootedValue v(cx, JS::ObjectValue(*fn));
    return JS_DefineProperty(cx, obj, p->name, v, js_attrs(p->attributes, false));
  }
  if (p->getter || p->setter) {
    JS::RootedObject g(cx), s(cx);
    if (p->getter && !(g = new_native(cx, p->name, fn_trampoline, p->getter, 0, 0, p->data)))
      return false;
    if (p->setter && !(s = new_native(cx, p->name, fn_trampoline, p->setter, 1, 0, p->data)))
      return false;
    return JS_DefineProperty(cx, obj, p->name, g, s, js_attrs(p->attributes, true));
  }
  JS::RootedValue v(cx, p->value ? V(p->value) : JS::UndefinedValue());
  return JS_DefineProperty(cx, obj, p->name, v, js_attrs(p->attributes, false));
}

nd_status nd_define_properties(nd_env env, nd_value obj, size_t count, const nd_property *props)
{
  CHECK_ARG(props || count == 0);
  JS::RootedObject o(env->cx);
  if (!to_object(env, obj, &o)) return ND_OBJECT_EXPECTED;
  for (size_t i = 0; i < count; i++) {
    CHECK_ARG(props[i].name);
    if (!define_one(env, o, &props[i])) return pending(env);
  }
  return ND_OK;
}

static bool ctor_trampoline(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject *callee = &args.callee();
  if (!args.isConstructing()) {
    JS::RootedString name(cx, JS_GetFunctionId(JS_GetObjectFunction(callee)));
    JS::UniqueChars n = name ? JS_EncodeStringToUTF8(cx, name) : nullptr;
    nd_env env = env_of(cx);
    char msg[256];
    snprintf(msg, sizeof msg, "Class constructor %s cannot be invoked without 'new'", n ? n.get() : "");
    nd_throw_type_error(env, "ERR_CONSTRUCT_CALL_REQUIRED", msg);
    return false;
  }
  nd_native cb = reinterpret_cast<nd_native>(js::GetFunctionNativeReserved(callee, 0).toPrivate());
  void *data = js::GetFunctionNativeReserved(callee, 1).toPrivate();
  unsigned nargs = JS_GetFunctionArity(JS_GetObjectFunction(callee));
  JS::RootedObject self(cx, JS_NewObjectForConstructor(cx, &wrap_class, args));
  if (!self) return false;
  args.setThis(JS::ObjectValue(*self));
  JS::RootedObject keep(cx, self);
  if (!call_native(cx, args, cb, data, nargs, true)) return false;
  if (!args.rval().isObject()) args.rval().setObject(*keep);
  return true;
}

nd_status nd_class_new(nd_env env, const char *name, nd_native ctor, uint32_t nargs, void *data,
                       size_t count, const nd_property *props, nd_value *r)
{
  CHECK_ARG(ctor && r && name && (props || count == 0));
  JSContext *cx = env->cx;
  JS::RootedObject fn(cx, new_native(cx, name, ctor_trampoline, ctor, nargs, JSFUN_CONSTRUCTOR, data));
  if (!fn) return pending(env);
  JS::RootedObject proto(cx, JS_NewPlainObject(cx));
  if (!proto) return pending(env);
  if (!JS_LinkConstructorAndPrototype(cx, fn, proto)) return pending(env);
  for (size_t i = 0; i < count; i++) {
    CHECK_ARG(props[i].name);
    nd_property p = props[i];
    bool is_static = (p.attributes & ND_STATIC) != 0;
    p.attributes = static_cast<nd_attributes>(p.attributes & ~ND_STATIC);
    if (!define_one(env, is_static ? fn : proto, &p)) return pending(env);
  }
  *r = push(env, JS::ObjectValue(*fn));
  return ND_OK;
}

/* ---- scopes and references ---------------------------------------------- */

/* A scope is the index of its escape slot, plus one (never NULL). */
nd_status nd_scope_open(nd_env env, nd_scope *r)
{
  CHECK_ARG(r);
  Arena &a = env->arena->get();
  a.push(JS::UndefinedValue());
  *r = reinterpret_cast<nd_scope>(a.top); /* escape slot index + 1 */
  return ND_OK;
}

nd_status nd_scope_close(nd_env env, nd_scope scope)
{
  Arena &a = env->arena->get();
  size_t mark = reinterpret_cast<size_t>(scope);
  CHECK_ARG(mark > 0 && mark <= a.top);
  a.top = mark;
  return ND_OK;
}

nd_status nd_scope_escape(nd_env env, nd_scope scope, nd_value v, nd_value *r)
{
  Arena &a = env->arena->get();
  size_t mark = reinterpret_cast<size_t>(scope);
  CHECK_ARG(mark > 0 && mark <= a.top && v && r);
  Value *slot = a.slot(mark - 1);
  *slot = V(v);
  *r = H(slot);
  return ND_OK;
}

nd_status nd_ref_new(nd_env env, nd_value v, nd_ref *r)
{
  CHECK_ARG(v && r);
  Ref *ref = new (std::nothrow) Ref(env->cx, V(v));
  if (!ref) return ND_NO_MEMORY;
  ref->next = env->refs;
  if (env->refs) env->refs->prev = ref;
  env->refs = ref;
  *r = reinterpret_cast<nd_ref>(ref);
  return ND_OK;
}

nd_status nd_ref_get(nd_env env, nd_ref ref, nd_value *r)
{
  CHECK_ARG(ref && r);
  *r = push(env, reinterpret_cast<Ref *>(ref)->v.get());
  return ND_OK;
}

nd_status nd_ref_set(nd_env env, nd_ref ref, nd_value v)
{
  CHECK_ARG(ref && v);
  reinterpret_cast<Ref *>(ref)->v.set(V(v));
  return ND_OK;
}

void nd_ref_free(nd_env env, nd_ref r)
{
  if (!r) return;
  Ref *ref = reinterpret_cast<Ref *>(r);
  if (ref->prev) ref->prev->next = ref->next;
  else env->refs = ref->next;
  if (ref->next) ref->next->prev = ref->prev;
  delete ref;
}

/* ---- binary data ----------------------------------------------------------- */

struct ExternalFree {
  nd_finalize fin;
  void *hint;
};

static void external_contents(void *contents, void *ud)
{
  ExternalFree *f = static_cast<ExternalFree *>(ud);
  if (f->fin) f->fin(contents, f->hint);
  delete f;
}

/* Buffers over malloc'd memory are made with NewArrayBufferWithContents, so
 * the GC counts their bytes and collects in time (this engine's JS_free is
 * free()). */
nd_status nd_arraybuffer_new(nd_env env, size_t len, void **data, nd_value *r)
{
  CHECK_ARG(r);
  if (len == 0) {
    JSObject *empty = JS::NewArrayBuffer(env->cx, 0);
    if (!empty) return pending(env);
    if (data) *data = nullptr;
    *r = push(env, JS::ObjectValue(*empty));
    return ND_OK;
  }
  void *p = calloc(len, 1);
  if (!p) return ND_NO_MEMORY;
  JSObject *ab = JS::NewArrayBufferWithContents(env->cx, len, p);
  if (!ab) {
    free(p);
    return pending(env);
  }
  if (data) *data = p;
  *r = push(env, JS::ObjectValue(*ab));
  return ND_OK;
}

nd_status nd_arraybuffer_take(nd_env env, void *data, size_t len, nd_value *r)
{
  CHECK_ARG(data && r);
  if (len == 0) {
    free(data);
    JSObject *empty = JS::NewArrayBuffer(env->cx, 0);
    if (!empty) return pending(env);
    *r = push(env, JS::ObjectValue(*empty));
    return ND_OK;
  }
  JSObject *ab = JS::NewArrayBufferWithContents(env->cx, len, data);
  if (!ab) {
    free(data);
    return pending(env);
  }
  *r = push(env, JS::ObjectValue(*ab));
  return ND_OK;
}

nd_status nd_arraybuffer_external(nd_env env, void *data, size_t len, nd_finalize fin, void *hint,
                                  nd_value *r)
{
  CHECK_ARG(data && r);
  ExternalFree *f = new (std::nothrow) ExternalFree{fin, hint};
  if (!f) return ND_NO_MEMORY;
  JSObject *ab = JS::NewExternalArrayBuffer(env->cx, len, data, external_contents, f);
  if (!ab) {
    delete f;
    return pending(env);
  }
  *r = push(env, JS::ObjectValue(*ab));
  return ND_OK;
}

nd_status nd_arraybuffer_info(nd_env env, nd_value ab, void **data, size_t *len)
{
  if (!nd_is_arraybuffer(env, ab)) return ND_BUFFER_EXPECTED;
  JSObject *o = &V(ab).toObject();
  if (len) *len = JS::GetArrayBufferByteLength(o);
  if (data) {
    bool shared;
    JS::AutoCheckCannotGC nogc;
    *data = JS::GetArrayBufferData(o, &shared, nogc);
  }
  return ND_OK;
}

nd_status nd_uint8array_new(nd_env env, nd_value ab, size_t offset, size_t len, nd_value *r)
{
  CHECK_ARG(r);
  if (!nd_is_arraybuffer(env, ab)) return ND_BUFFER_EXPECTED;
  JSContext *cx = env->cx;
  JS::RootedObject buf(cx, &V(ab).toObject());
  size_t total = JS::GetArrayBufferByteLength(buf);
  if (offset > total || len > total - offset) {
    nd_throw_range_error(env, "ERR_OUT_OF_RANGE", "offset and length are outside the buffer");
    return ND_PENDING_EXCEPTION;
  }
  JSObject *ta = JS_NewUint8ArrayWithBuffer(cx, buf, offset, static_cast<int64_t>(len));
  if (!ta) return pending(env);
  *r = push(env, JS::ObjectValue(*ta));
  return ND_OK;
}

nd_status nd_typedarray_info(nd_env env, nd_value ta, void **data, size_t *len, nd_value *arraybuffer,
                             size_t *byte_offset)
{
  if (!nd_is_typedarray(env, ta)) return ND_BUFFER_EXPECTED;
  JSObject *o = &V(ta).toObject();
  if (len) *len = JS_GetArrayBufferViewByteLength(o);
  if (byte_offset) *byte_offset = JS_GetArrayBufferViewByteOffset(o);
  if (arraybuffer) {
    bool shared;
    JS::RootedObject view(env->cx, o);
    JSObject *buf = JS_GetArrayBufferViewBuffer(env->cx, view, &shared);
    if (!buf) return pending(env);
    *arraybuffer = push(env, JS::ObjectValue(*buf));
    o = view;
  }
  if (data) {
    bool shared;
    JS::AutoCheckCannotGC nogc;
    *data = JS_GetArrayBufferViewData(o, &shared, nogc);
  }
  return ND_OK;
}

/* ---- promises ------------------------------------------------------------ */

nd_status nd_promise_new(nd_env env, nd_deferred *deferred, nd_value *promise)
{
  CHECK_ARG(deferred && promise);
  JSObject *p = JS::NewPromiseObject(env->cx, nullptr);
  if (!p) return pending(env);
  nd_value v = push(env, JS::ObjectValue(*p));
  nd_ref ref;
  nd_status st = nd_ref_new(env, v, &ref);
  if (st != ND_OK) return st;
  *deferred = reinterpret_cast<nd_deferred>(ref);
  *promise = v;
  return ND_OK;
}

static nd_status settle(nd_env env, nd_deferred d, nd_value v, bool ok)
{
  CHECK_ARG(d && v);
  Ref *ref = reinterpret_cast<Ref *>(d);
  JS::RootedObject p(env->cx, &ref->v.get().toObject());
  bool done = ok ? JS::ResolvePromise(env->cx, p, HV(v)) : JS::RejectPromise(env->cx, p, HV(v));
  nd_ref_free(env, reinterpret_cast<nd_ref>(d));
  return done ? ND_OK : pending(env);
}

nd_status nd_promise_resolve(nd_env env, nd_deferred d, nd_value v) { return settle(env, d, v, true); }
nd_status nd_promise_reject(nd_env env, nd_deferred d, nd_value v) { return settle(env, d, v, false); }

/* ---- scripts ------------------------------------------------------------- */

static bool eval_utf8(JSContext *cx, const char *src, size_t len, const char *filename, int line,
                      JS::MutableHandleValue rv)
{
  JS::CompileOptions opts(cx);
  opts.setFileAndLine(filename ? filename : "<anonymous>", line > 0 ? line : 1);
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, src, len, JS::SourceOwnership::Borrowed)) return false;
  return JS::Evaluate(cx, opts, text, rv);
}

nd_status nd_run_script(nd_env env, const char *src, size_t len, const char *filename, int line,
                        nd_value *r)
{
  CHECK_ARG(src);
  if (len == ND_AUTO_LENGTH) len = strlen(src);
  JS::RootedValue rv(env->cx);
  if (!eval_utf8(env->cx, src, len, filename, line, &rv)) return pending(env);
  if (r) *r = push(env, rv);
  return ND_OK;
}

/* Compiles src (UTF-16) as the body of function(params). The engine's UTF-8
 * CompileFunction reads its input as Latin-1 in this release, so every
 * source goes through a JS string first. */
static JSFunction *compile_fn16(JSContext *cx, JS::HandleString src, const char *filename,
                                const char *params)
{
  std::vector<std::string> names;
  std::string cur;
  for (const char *p = params ? params : ""; ; p++) {
    if (*p == ',' || *p == 0) {
      size_t b = cur.find_first_not_of(" \t"), e = cur.find_last_not_of(" \t");
      if (b != std::string::npos) names.push_back(cur.substr(b, e - b + 1));
      cur.clear();
      if (*p == 0) break;
    } else {
      cur += *p;
    }
  }
  std::vector<const char *> argv;
  for (auto &n : names) argv.push_back(n.c_str());
  size_t len = JS_GetStringLength(src);
  JS::UniqueTwoByteChars chars = JS_CopyStringCharsZ(cx, src);
  if (!chars) return nullptr;
  JS::CompileOptions opts(cx);
  /* Line 0: the body follows the engine's one-line function header. */
  opts.setFileAndLine(filename ? filename : "<anonymous>", 0);
  JS::SourceText<char16_t> text;
  if (!text.init(cx, std::move(chars), len)) return nullptr;
  JS::RootedObjectVector chain(cx);
  return JS::CompileFunction(cx, chain, opts, nullptr, argv.size(), argv.data(), text);
}

static JSFunction *compile_fn(JSContext *cx, const char *src, size_t len, const char *filename,
                              const char *params)
{
  JS::RootedString s(cx, new_utf8(cx, src, len));
  if (!s) return nullptr;
  return compile_fn16(cx, s, filename, params);
}

nd_status nd_compile_function(nd_env env, const char *src, size_t len, const char *filename,
                              const char *params, nd_value *r)
{
  CHECK_ARG(src && r);
  if (len == ND_AUTO_LENGTH) len = strlen(src);
  JSFunction *fn = compile_fn(env->cx, src, len, filename, params);
  if (!fn) return pending(env);
  *r = push(env, JS::ObjectValue(*JS_GetFunctionObject(fn)));
  return ND_OK;
}

nd_status nd_eval_module(nd_env env, const char *src, size_t len, const char *filename,
                         nd_value exports, nd_value binding, nd_value *r)
{
  CHECK_ARG(src && exports);
  JSContext *cx = env->cx;
  if (len == ND_AUTO_LENGTH) len = strlen(src);
  JSFunction *fn = compile_fn(cx, src, len, filename, "exports, require, module, binding, process, global");
  if (!fn) return pending(env);
  JS::RootedValueArray<3> args(cx);
  args[0].setObject(*JS_GetFunctionObject(fn));
  args[1].set(V(exports));
  args[2].set(binding ? V(binding) : JS::UndefinedValue());
  JS::RootedValue rv(cx);
  if (!boot_call(env, "evalPlugin", args, &rv)) return pending(env);
  if (r) *r = push(env, rv);
  return ND_OK;
}

/* The sources go to boot.js as strings [path, source, ...]; boot.js compiles
 * each on its first require and keeps the plugin-private module cache. */
nd_status nd_eval_plugin(nd_env env, const char *plugin, const nd_source *files, size_t count,
                         nd_value exports, nd_value binding, nd_value *r)
{
  CHECK_ARG(plugin && files && count > 0 && exports);
  JSContext *cx = env->cx;
  JS::RootedObject list(cx, JS::NewArrayObject(cx, 2 * count));
  if (!list) return pending(env);
  JS::RootedValue v(cx);
  for (size_t i = 0; i < count; i++) {
    CHECK_ARG(files[i].path && files[i].src);
    JSString *path = new_utf8(cx, files[i].path, strlen(files[i].path));
    if (!path) return pending(env);
    v.setString(path);
    if (!JS_SetElement(cx, list, static_cast<uint32_t>(2 * i), v)) return pending(env);
    size_t len = files[i].len == ND_AUTO_LENGTH ? strlen(files[i].src) : files[i].len;
    JSString *src = new_utf8(cx, files[i].src, len);
    if (!src) return pending(env);
    v.setString(src);
    if (!JS_SetElement(cx, list, static_cast<uint32_t>(2 * i + 1), v)) return pending(env);
  }
  JSString *name = new_utf8(cx, plugin, strlen(plugin));
  if (!name) return pending(env);
  JS::RootedValueArray<4> args(cx);
  args[0].setString(name);
  args[1].setObject(*list);
  args[2].set(V(exports));
  args[3].set(binding ? V(binding) : JS::UndefinedValue());
  JS::RootedValue rv(cx);
  if (!boot_call(env, "runPlugin", args, &rv)) return pending(env);
  if (r) *r = push(env, rv);
  return ND_OK;
}

/* Copies from's own enumerable properties onto to. */
static bool copy_own_enumerable(JSContext *cx, JS::HandleObject from, JS::HandleObject to)
{
  JS::Rooted<JS::IdVector> ids(cx, JS::IdVector(cx));
  if (!JS_Enumerate(cx, from, &ids)) return false;
  JS::RootedValue v(cx);
  JS::RootedId id(cx);
  for (size_t i = 0; i < ids.length(); i++) {
    id = ids[i];
    if (!JS_GetPropertyById(cx, from, id, &v) || !JS_SetPropertyById(cx, to, id, v)) return false;
  }
  return true;
}

static const JSClass global_class_ctx = {"global", JSCLASS_GLOBAL_FLAGS, &JS::DefaultGlobalClassOps};

nd_status nd_run_script_in_new_global(nd_env env, const char *src, size_t len, const char *filename,
                                      nd_value sandbox, nd_value *r)
{
  CHECK_ARG(src);
  JSContext *cx = env->cx;
  if (len == ND_AUTO_LENGTH) len = strlen(src);
  JS::RootedObject box(cx);
  if (sandbox && !nd_is_nullish(env, sandbox) && !to_object(env, sandbox, &box)) return ND_OBJECT_EXPECTED;
  /* Same compartment as the main global: objects pass between the two
   * without wrappers, as the copies in and out need. */
  JS::RealmOptions opts;
  opts.creationOptions().setExistingCompartment(env->global->get());
  JS::RootedObject g(cx, JS_NewGlobalObject(cx, &global_class_ctx, nullptr, JS::DontFireOnNewGlobalHook, opts));
  if (!g) return pending(env);
  JS::RootedValue rv(cx);
  bool ok;
  {
    JSAutoRealm ar(cx, g);
    ok = JS::InitRealmStandardClasses(cx) && (!box || copy_own_enumerable(cx, box, g)) &&
         eval_utf8(cx, src, len, filename ? filename : "evalmachine.<anonymous>", 1, &rv);
  }
  if (box && !env->exiting) {
    /* Copy back even after an exception, as Node does; keep the exception. */
    JS::RootedValue exn(cx);
    bool had = JS_GetPendingException(cx, &exn);
    if (had) JS_ClearPendingException(cx);
    bool copied = copy_own_enumerable(cx, g, box);
    if (had) JS_SetPendingException(cx, exn);
    if (!copied && !had) return pending(env);
  }
  if (!ok) return pending(env);
  if (r) *r = push(env, rv);
  return ND_OK;
}

nd_status nd_require(nd_env env, const char *name, nd_value *r)
{
  CHECK_ARG(name);
  JSContext *cx = env->cx;
  JS::RootedValueArray<1> args(cx);
  JSString *s = JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(name, strlen(name)));
  if (!s) return pending(env);
  args[0].setString(s);
  JS::RootedValue rv(cx);
  if (!boot_call(env, "require", args, &rv)) return pending(env);
  if (r) *r = push(env, rv);
  return ND_OK;
}

/* ---- runtime services -------------------------------------------------------- */

nd_status nd_cleanup_hook(nd_env env, void (*fn)(void *), void *data)
{
  CHECK_ARG(fn);
  env->hooks.push_back(Hook{fn, data});
  return ND_OK;
}

/* Native memory held by JS objects: the engine cannot see it, so a collection
 * is asked for after every 64 MiB of growth (finalizers then release it). */
nd_status nd_external_memory(nd_env env, int64_t change)
{
  env->external += change;
  if (env->external < 0) env->external = 0;
  if (change > 0) {
    env->external_since_gc += change;
    if (env->external_since_gc > (int64_t)64 << 20) {
      env->external_since_gc = 0;
      JS_GC(env->cx);
    }
  }
  return ND_OK;
}

nd_status nd_get_heap_stats(nd_env env, nd_heap_stats *r)
{
  CHECK_ARG(r);
  uint32_t bytes = JS_GetGCParameter(env->cx, JSGC_BYTES);
  uint32_t chunks = JS_GetGCParameter(env->cx, JSGC_TOTAL_CHUNKS);
  r->heap_used = bytes;
  r->heap_total = static_cast<size_t>(chunks) * 1024 * 1024;
  if (r->heap_total < r->heap_used) r->heap_total = r->heap_used;
  r->external = static_cast<size_t>(env->external);
  return ND_OK;
}

nd_status nd_gc(nd_env env)
{
  JS_GC(env->cx);
  return ND_OK;
}

const char *nd_version(void) { return NODUS_VERSION; }
void nd_abi(uint16_t *major, uint16_t *minor)
{
  if (major) *major = NODUS_ABI_MAJOR;
  if (minor) *minor = NODUS_ABI_MINOR;
}

nd_loop *nd__env_loop(nd_env env) { return env->loop; }

const char *nd_module_option(nd_env env, const char *module, const char *key)
{
  if (!module || !key || !env->host.option) return nullptr;
  return env->host.option(env->host.ud, module, key);
}

/* ---- natives: what boot.js may ask of the kernel ------------------------------ */

static JSString *utf8(JSContext *cx, const char *s)
{
  return JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(s, strlen(s)));
}

static bool arg_string(JSContext *cx, JS::CallArgs &args, unsigned i, JS::UniqueChars &out)
{
  JS::RootedString s(cx, JS::ToString(cx, args.get(i)));
  if (!s) return false;
  out = JS_EncodeStringToUTF8(cx, s);
  return out != nullptr;
}

static bool set_string_rval(JSContext *cx, JS::CallArgs &args, const char *s, size_t len)
{
  JSString *str = new_utf8(cx, s, len);
  if (!str) return false;
  args.rval().setString(str);
  return true;
}

static bool throw_errno_js(JSContext *cx, int err, const char *syscall, const char *path)
{
  nd_env env = env_of(cx);
  size_t top = env->arena->get().top;
  nd_throw_errno(env, err, syscall, path);
  env->arena->get().top = top;
  return false;
}

/* Reads a whole file as UTF-8 (boot.js: module sources). */
static bool nat_read_file(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::UniqueChars path;
  if (!arg_string(cx, args, 0, path)) return false;
  int fd = open(path.get(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return throw_errno_js(cx, errno, "open", path.get());
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      close(fd);
      return throw_errno_js(cx, e, "read", path.get());
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return set_string_rval(cx, args, data.data(), data.size());
}

/* 1 regular file, 2 directory, 0 anything else or missing. */
static bool nat_stat(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::UniqueChars path;
  if (!arg_string(cx, args, 0, path)) return false;
  struct stat st;
  int kind = 0;
  if (stat(path.get(), &st) == 0) kind = S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 0;
  args.rval().setInt32(kind);
  return true;
}

static bool nat_realpath(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::UniqueChars path;
  if (!arg_string(cx, args, 0, path)) return false;
  char *r = realpath(path.get(), nullptr);
  if (!r) return throw_errno_js(cx, errno, "realpath", path.get());
  bool ok = set_string_rval(cx, args, r, strlen(r));
  free(r);
  return ok;
}

static bool nat_cwd(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return throw_errno_js(cx, errno, "getcwd", nullptr);
  return set_string_rval(cx, args, buf, strlen(buf));
}

static bool nat_getenv(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::UniqueChars name;
  if (!arg_string(cx, args, 0, name)) return false;
  const char *v = getenv(name.get());
  if (!v) {
    args.rval().setUndefined();
    return true;
  }
  return set_string_rval(cx, args, v, strlen(v));
}

extern char **environ;

static bool nat_environ(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject o(cx, JS_NewPlainObject(cx));
  if (!o) return false;
  JS::RootedValue v(cx);
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    std::string name(*e, static_cast<size_t>(eq - *e));
    JSString *s = utf8(cx, eq + 1);
    if (!s) return false;
    v.setString(s);
    if (!JS_SetProperty(cx, o, name.c_str(), v)) return false;
  }
  args.rval().setObject(*o);
  return true;
}

static bool write_all(int fd, const char *p, size_t n)
{
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        select(fd + 1, nullptr, &set, nullptr, nullptr);
        continue;
      }
      return false;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

/* writeFd(fd, string): synchronous write of UTF-8, as Node writes to a tty/file. */
static bool nat_write_fd(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t fd;
  if (!JS::ToInt32(cx, args.get(0), &fd)) return false;
  JS::UniqueChars s;
  if (!arg_string(cx, args, 1, s)) return false;
  if (!write_all(fd, s.get(), strlen(s.get())) && errno != EPIPE)
    return throw_errno_js(cx, errno, "write", nullptr);
  args.rval().setUndefined();
  return true;
}

static bool nat_really_exit(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t code = 0;
  if (!JS::ToInt32(cx, args.get(0), &code)) return false;
  set_exit(env_of(cx), code & 0xff);
  JS_ClearPendingException(cx);
  return false; /* uncatchable: unwinds to the kernel */
}

/* builtinDeps(name): loads the plugin (no init) and returns its deps string,
 * or throws the loader's error. */
static bool nat_builtin_deps(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  nd_env env = env_of(cx);
  JS::UniqueChars name;
  if (!arg_string(cx, args, 0, name)) return false;
  char *err = nullptr;
  const char *code = "MODULE_NOT_FOUND";
  const nd_plugin *p = env->host.load_builtin ? env->host.load_builtin(env->host.ud, name.get(), &err, &code) : nullptr;
  if (!p) {
    size_t top = env->arena->get().top;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", err ? err : "no such builtin module");
    free(err);
    nd_throw_error(env, code, msg);
    env->arena->get().top = top;
    return false;
  }
  const char *deps = p->deps ? p->deps : "";
  return set_string_rval(cx, args, deps, strlen(deps));
}

static bool call_init(JSContext *cx, JS::CallArgs &args, const nd_plugin *p)
{
  nd_env env = env_of(cx);
  size_t top = env->arena->get().top;
  nd_value exports = push(env, args.get(1));
  nd_value res = p->init(env, exports);
  if (!res && !JS_IsExceptionPending(cx) && !env->exiting) res = exports;
  return finish_native(env, args, res, top);
}

static bool nat_builtin_init(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  nd_env env = env_of(cx);
  JS::UniqueChars name;
  if (!arg_string(cx, args, 0, name)) return false;
  char *err = nullptr;
  const char *code = "MODULE_NOT_FOUND";
  const nd_plugin *p = env->host.load_builtin(env->host.ud, name.get(), &err, &code);
  if (!p) {
    free(err);
    JS_ReportErrorUTF8(cx, "builtin %s vanished", name.get());
    return false;
  }
  return call_init(cx, args, p);
}

static bool nat_is_builtin(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  nd_env env = env_of(cx);
  JS::UniqueChars name;
  if (!arg_string(cx, args, 0, name)) return false;
  args.rval().setBoolean(env->host.is_builtin && env->host.is_builtin(env->host.ud, name.get()));
  return true;
}

/* loadAddon(path, exports): dlopen through the loader, then init. */
static bool nat_load_addon(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  nd_env env = env_of(cx);
  JS::UniqueChars path;
  if (!arg_string(cx, args, 0, path)) return false;
  char *err = nullptr;
  const char *code = "ERR_DLOPEN_FAILED";
  const nd_plugin *p = env->host.load_addon ? env->host.load_addon(env->host.ud, path.get(), &err, &code) : nullptr;
  if (!p) {
    size_t top = env->arena->get().top;
    nd_throw_error(env, code, err ? err : "cannot load addon");
    free(err);
    env->arena->get().top = top;
    return false;
  }
  return call_init(cx, args, p);
}

/* compile(src, filename, [params...]) → function; a syntax error names file:line. */
static bool nat_compile(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::UniqueChars file, params;
  JS::RootedString src(cx, JS::ToString(cx, args.get(0)));
  if (!src || !arg_string(cx, args, 1, file) || !arg_string(cx, args, 2, params)) return false;
  JSFunction *fn = compile_fn16(cx, src, file.get(), params.get());
  if (!fn) return false;
  args.rval().setObject(*JS_GetFunctionObject(fn));
  return true;
}

/* runScript(src, filename) → completion value of global code. */
static bool nat_run_script(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::UniqueChars src, file;
  if (!arg_string(cx, args, 0, src) || !arg_string(cx, args, 1, file)) return false;
  return eval_utf8(cx, src.get(), strlen(src.get()), file.get(), 1, args.rval());
}

static bool nat_read_stdin(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = read(0, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return throw_errno_js(cx, errno, "read", nullptr);
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  return set_string_rval(cx, args, data.data(), data.size());
}

static bool nat_gc(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS_GC(cx);
  args.rval().setUndefined();
  return true;
}


static JSObject *string_array(JSContext *cx, int n, char **v)
{
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return nullptr;
  JS::RootedValue s(cx);
  for (int i = 0; i < n; i++) {
    JSString *str = utf8(cx, v[i]);
    if (!str) return nullptr;
    s.setString(str);
    if (!JS_SetElement(cx, arr, static_cast<uint32_t>(i), s)) return nullptr;
  }
  return arr;
}

static const JSFunctionSpec natives_fns[] = {
    JS_FN("readFile", nat_read_file, 1, 0),
    JS_FN("stat", nat_stat, 1, 0),
    JS_FN("realpath", nat_realpath, 1, 0),
    JS_FN("cwd", nat_cwd, 0, 0),
    JS_FN("getenv", nat_getenv, 1, 0),
    JS_FN("environ", nat_environ, 0, 0),
    JS_FN("writeFd", nat_write_fd, 2, 0),
    JS_FN("reallyExit", nat_really_exit, 1, 0),
    JS_FN("builtinDeps", nat_builtin_deps, 1, 0),
    JS_FN("builtinInit", nat_builtin_init, 2, 0),
    JS_FN("isBuiltin", nat_is_builtin, 1, 0),
    JS_FN("loadAddon", nat_load_addon, 2, 0),
    JS_FN("compile", nat_compile, 3, 0),
    JS_FN("runScript", nat_run_script, 2, 0),
    JS_FN("readStdin", nat_read_stdin, 0, 0),
    JS_FN("gc", nat_gc, 0, 0),
    JS_FS_END};

static bool define_str(JSContext *cx, JS::HandleObject o, const char *name, const char *v)
{
  JSString *s = utf8(cx, v ? v : "");
  if (!s) return false;
  JS::RootedValue val(cx, JS::StringValue(s));
  return JS_DefineProperty(cx, o, name, val, JSPROP_ENUMERATE);
}

static JSObject *make_natives(nd_env env)
{
  JSContext *cx = env->cx;
  const nd_runtime_options *o = &env->opts;
  JS::RootedObject n(cx, JS_NewPlainObject(cx));
  if (!n || !JS_DefineFunctions(cx, n, natives_fns)) return nullptr;
  JS::RootedObject argv(cx, string_array(cx, o->argc, o->argv));
  JS::RootedObject exec_argv(cx, string_array(cx, o->exec_argc, o->exec_argv));
  if (!argv || !exec_argv) return nullptr;
  if (!JS_DefineProperty(cx, n, "argv", argv, JSPROP_ENUMERATE) ||
      !JS_DefineProperty(cx, n, "execArgv", exec_argv, JSPROP_ENUMERATE) ||
      !define_str(cx, n, "execPath", o->exec_path) ||
      !define_str(cx, n, "installPrefix", o->install_prefix) ||
      !define_str(cx, n, "version", o->version ? o->version : NODUS_VERSION) ||
      !define_str(cx, n, "engine", "102.15.1"))
    return nullptr;
  return n;
}

/* ---- life cycle ------------------------------------------------------------ */

static const JSClass global_class = {"global", JSCLASS_GLOBAL_FLAGS, &JS::DefaultGlobalClassOps};
static int engine_users = 0;

static size_t stack_quota(void)
{
  struct rlimit rl;
  size_t limit = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    limit = static_cast<size_t>(rl.rlim_cur);
  if (limit > (64u << 20)) limit = 64u << 20;
  /* Leave room for the frames above us and for native code called from JS. */
  size_t margin = limit / 8 > (256u << 10) ? limit / 8 : (256u << 10);
  return limit > margin * 2 ? limit - margin : limit / 2;
}

static void env_free(nd_env env);

extern "C" nd_env nd_runtime_new(const nd_runtime_options *opts)
{
  if (engine_users == 0 && !JS_Init()) {
    fputs("nodus: cannot initialise the JavaScript engine\n", stderr);
    return nullptr;
  }
  engine_users++;
  nd_env env = new nd_env_s();
  env->opts = *opts;
  env->host = opts->host;
  JSContext *cx = JS_NewContext(0xffffffffu);
  if (!cx) {
    fputs("nodus: cannot create a JavaScript context\n", stderr);
    delete env;
    if (--engine_users == 0) JS_ShutDown();
    return nullptr;
  }
  env->cx = cx;
  JS_SetContextPrivate(cx, env);
  JS_SetGCParameter(cx, JSGC_MAX_BYTES, 0xffffffffu);
  /* A server's heap is mostly short-lived garbage: start collecting early
   * (4 MB instead of 27), grow the threshold gently, and keep the nursery at
   * 2 MB. Measured with scripts/bench/http.py: peak RSS 79 -> 33 MB and more
   * requests/s; allocation-heavy scripts run as fast as before. */
  JS_SetGCParameter(cx, JSGC_ALLOCATION_THRESHOLD, 4);
  JS_SetGCParameter(cx, JSGC_LOW_FREQUENCY_HEAP_GROWTH, 120);
  JS_SetGCParameter(cx, JSGC_MAX_NURSERY_BYTES, 2u << 20);
  /* NODUS_GC_PARAMS="key=value,...": engine GC parameters by number, for
   * tuning experiments (see js/GCAPI.h). */
  if (const char *gp = getenv("NODUS_GC_PARAMS")) {
    std::string all(gp);
    size_t pos = 0;
    while (pos < all.size()) {
      size_t comma = all.find(',', pos);
      std::string item = all.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
      size_t eq = item.find('=');
      if (eq != std::string::npos)
        JS_SetGCParameter(cx, static_cast<JSGCParamKey>(atoi(item.c_str())),
                          static_cast<uint32_t>(strtoul(item.c_str() + eq + 1, nullptr, 10)));
      if (comma == std::string::npos) break;
      pos = comma + 1;
    }
  }
  /* NODUS_GC_NURSERY_KB: a small nursery makes minor GCs (which move
   * objects) frequent; the test suite uses it to check handle rooting. */
  if (const char *kb = getenv("NODUS_GC_NURSERY_KB")) {
    long n = strtol(kb, nullptr, 10);
    if (n >= 192) {
      JS_SetGCParameter(cx, JSGC_MIN_NURSERY_BYTES, static_cast<uint32_t>(n) * 1024);
      JS_SetGCParameter(cx, JSGC_MAX_NURSERY_BYTES, static_cast<uint32_t>(n) * 1024);
    }
  }
  JS_SetNativeStackQuota(cx, stack_quota());
  env->jobs = new JobQueue(cx);
  JS::SetJobQueue(cx, env->jobs);
  env->rejected = new JS::PersistentRooted<JS::GCVector<JSObject *, 0, js::SystemAllocPolicy>>(cx);
  JS::SetPromiseRejectionTrackerCallback(cx, rejection_tracker, env);
  env->arena = new JS::PersistentRooted<Arena>(cx);
  env->loop = nd__loop_new(env);
  if (!env->loop || !JS::InitSelfHostedCode(cx)) {
    fputs("nodus: engine start-up failed\n", stderr);
    env_free(env);
    return nullptr;
  }
  JS::RealmOptions ropts;
  JSObject *g = JS_NewGlobalObject(cx, &global_class, nullptr, JS::FireOnNewGlobalHook, ropts);
  if (!g) {
    env_free(env);
    return nullptr;
  }
  env->global = new JS::PersistentRooted<JSObject *>(cx, g);
  JS::EnterRealm(cx, g);
  JS::RootedObject global(cx, g);
  if (!JS::InitRealmStandardClasses(cx)) {
    env_free(env);
    return nullptr;
  }

  /* boot.js: function (natives, global) returning the kernel's hooks. */
  JS::RootedObject natives(cx, make_natives(env));
  JSFunction *bootfn = natives ? compile_fn(cx, boot_js, boot_js_len, "nodus:boot.js", "natives, global") : nullptr;
  JS::RootedValue rv(cx);
  if (bootfn) {
    JS::RootedValueArray<2> args(cx);
    args[0].setObject(*natives);
    args[1].setObject(*global);
    JS::RootedObject fo(cx, JS_GetFunctionObject(bootfn));
    if (JS::Call(cx, JS::UndefinedHandleValue, fo, args, &rv) && rv.isObject())
      env->boot = new JS::PersistentRooted<JSObject *>(cx, &rv.toObject());
  }
  if (!env->boot) {
    JS::RootedValue exn(cx);
    if (JS_GetPendingException(cx, &exn)) {
      JS_ClearPendingException(cx);
      print_raw_exception(env, exn);
    }
    fputs("nodus: boot failed\n", stderr);
    env_free(env);
    return nullptr;
  }
  return env;
}

/* Runs fn with the kernel's callback bracket: scope, uncaught handling,
 * checkpoint. */
static bool boot_step(nd_env env, const char *hook, const JS::HandleValueArray &args)
{
  nd_cbframe f;
  nd__callback_enter(env, &f);
  JS::RootedValue rv(env->cx);
  bool ok = boot_call(env, hook, args, &rv);
  nd__callback_leave(env, &f);
  return ok;
}

extern "C" bool nd_runtime_global_from(nd_env env, const char *name, const char *module,
                                       const char *property, bool lazy)
{
  JSContext *cx = env->cx;
  JS::RootedValueArray<4> args(cx);
  JSString *a = utf8(cx, name), *b = a ? utf8(cx, module) : nullptr;
  if (!b) return false;
  args[0].setString(a);
  args[1].setString(b);
  if (property) {
    JSString *c = utf8(cx, property);
    if (!c) return false;
    args[2].setString(c);
  }
  args[3].setBoolean(lazy);
  return boot_step(env, "defineGlobal", args) && !env->exiting;
}

extern "C" bool nd_runtime_preload(nd_env env, const char *module)
{
  JSContext *cx = env->cx;
  JS::RootedValueArray<1> args(cx);
  JSString *a = utf8(cx, module);
  if (!a) return false;
  args[0].setString(a);
  return boot_step(env, "require", args) && !env->exiting;
}

extern "C" int nd_runtime_run(nd_env env, nd_main_kind kind, const char *arg)
{
  JSContext *cx = env->cx;
  static const char *kinds[] = {"file", "eval", "print", "stdin"};
  if (!env->exiting) {
    JS::RootedValueArray<2> args(cx);
    JSString *k = utf8(cx, kinds[kind]);
    JSString *a = k ? utf8(cx, arg ? arg : "") : nullptr;
    if (!a) return 1;
    args[0].setString(k);
    args[1].setString(a);
    boot_step(env, "runMain", args);
  }
  if (!env->exiting) nd__loop_run(env->loop);
  if (!env->exiting) {
    /* Natural end: 'exit' with process.exitCode. */
    boot_step(env, "emitExit", JS::HandleValueArray::empty());
    if (!env->exiting) {
      JS::RootedValue rv(cx);
      JS::RootedObject boot(cx, env->boot->get());
      int32_t code = 0;
      if (JS_CallFunctionName(cx, boot, "exitCode", JS::HandleValueArray::empty(), &rv) &&
          rv.isInt32())
        code = rv.toInt32();
      JS_ClearPendingException(cx);
      return code;
    }
  }
  return env->exit_code;
}

static void env_free(nd_env env)
{
  JSContext *cx = env->cx;
  for (size_t i = env->hooks.size(); i-- > 0;) env->hooks[i].fn(env->hooks[i].data);
  env->hooks.clear();
  while (env->refs) nd_ref_free(env, reinterpret_cast<nd_ref>(env->refs));
  if (cx) JS_ClearPendingException(cx);
  delete env->boot;
  env->boot = nullptr;
  if (env->jobs) env->jobs->clear();
  delete env->rejected;
  if (env->arena) env->arena->get().release();
  delete env->arena;
  bool entered = env->global != nullptr;
  delete env->global;
  env->global = nullptr;
  if (cx && entered) JS::LeaveRealm(cx, nullptr);
  if (cx) JS::SetJobQueue(cx, nullptr);
  delete env->jobs;
  if (cx) JS_DestroyContext(cx); /* its last GC runs finalizers: loop still alive */
  if (env->loop) nd__loop_free(env->loop);
  delete env;
  if (--engine_users == 0) JS_ShutDown();
}

extern "C" void nd_runtime_free(nd_env env)
{
  if (env) env_free(env);
}
