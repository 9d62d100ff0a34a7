/* engine.hh — what the files of the SpiderMonkey adapter share: the
 * runtime's state (struct nd_env_s), the handle arena, references and
 * wrapped data, the job queue's shape, the handle helpers, and the few
 * functions one file of the adapter calls in another. Private to kernel/;
 * these files are the only C++ and the only mozjs includers in the tree.
 *
 * The adapter is split by what each file owns:
 *   handles.cc    scopes and references
 *   values.cc     exceptions and primitive values
 *   objects.cc    objects, properties, native functions, classes, binary data
 *   wrap.cc       wrapped native data and type tags
 *   scripts.cc    scripts, compiled functions, plugin modules, require
 *   jobs.cc       the job queue, uncaught exceptions, the loop-callback
 *                 bracket, promises
 *   natives.cc    what boot.js may ask of the kernel
 *   lifecycle.cc  runtime services and the runtime's life cycle
 *
 * Handles: an nd_value is the address of a JS::Value slot. Slots live in an
 * arena of fixed blocks (never moved) that is a PersistentRooted, so every GC,
 * minor or major, traces them and updates them when objects move. A native
 * call's arguments and `this` are the engine's own rooted vp slots. A scope is
 * a saved arena top. */
#ifndef NODUS_KERNEL_ENGINE_HH
#define NODUS_KERNEL_ENGINE_HH

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

#include <algorithm>
#include <new>
#include <string>
#include <vector>

extern "C" {
#include "internal.h"
#include "nodus-embed.h"
}
#include "boot_js.h"

using JS::Value;

constexpr size_t kBlock = 1024;

struct Arena {
  std::vector<Value *> blocks;
  size_t top = 0;

  Value *slot(size_t i)
  {
    return &blocks[i / kBlock][i % kBlock];
  }
  void trace(JSTracer *trc)
  {
    for (size_t i = 0; i < top; i++) JS::TraceRoot(trc, slot(i), "nd handle");
  }
  Value *push(const Value &v)
  {
    if (top / kBlock >= blocks.size()) {
      Value *b = static_cast<Value *>(malloc(sizeof(Value) * kBlock));
      if (!b) abort(); /* out of memory for handles: nothing sane is left */
      blocks.push_back(b);
    }
    Value *s = slot(top++);
    *s = v;
    return s;
  }
  void release()
  {
    for (Value *b : blocks) free(b);
    blocks.clear();
    top = 0;
  }
};

/* A persistent reference (nd_ref). A strong one is a root: `strong`, which
 * every GC traces and updates. A weak one holds its object in `weak`, which
 * keeps nothing alive: its post-barrier puts it in the store buffer while
 * the object is in the nursery, so a minor GC tenures the object and
 * updates the pointer; at a major GC the weak-pointer callback (handles.cc)
 * moves it with the object or clears it when the object dies. A Ref is on
 * env->refs or env->weak_refs, by its kind. */
struct Ref {
  JS::PersistentRooted<Value> strong; /* undefined while weak */
  JS::Heap<JSObject *> weak;          /* null while strong, or once collected */
  bool is_weak = false;
  Ref *prev = nullptr, *next = nullptr;
  Ref(JSContext *cx, const Value &val) : strong(cx, val) {}
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

/* What every native call reads (cx, arena, scopes, exiting) comes first. */
struct nd_env_s {
  JSContext *cx = nullptr;
  JS::PersistentRooted<Arena> *arena = nullptr;
  size_t scopes = 0; /* explicit handle scopes open now */
  bool exiting = false;
  bool in_checkpoint = false;
  int depth = 0; /* nesting of callbacks from the loop */
  int exit_code = 0;
  JS::PersistentRooted<JSObject *> *global = nullptr;
  JS::PersistentRooted<JSObject *> *boot = nullptr; /* boot.js's hook object */
  JS::PersistentRooted<JS::GCVector<JSObject *, 0, js::SystemAllocPolicy>> *rejected = nullptr;
  JobQueue *jobs = nullptr;
  nd_loop *loop = nullptr;
  Ref *refs = nullptr;                    /* live strong nd_refs (handles.cc) */
  Ref *weak_refs = nullptr;               /* live weak nd_refs */
  Ref *dead_refs = nullptr;               /* freed by finalizers, deleted after the GC */
  bool refs_detached = false;             /* shutdown: no Ref touches the GC any more */
  std::vector<const nd_plugin *> plugins; /* initialised plugins, for messages */
  std::vector<Hook> hooks;
  nd_host host{};
  nd_runtime_options opts{};
  int64_t external = 0;
  int64_t external_since_gc = 0;
};

/* The job queue: promise reactions in order, run at checkpoints (jobs.cc). */
class JobQueue : public JS::JobQueue {
public:
  explicit JobQueue(JSContext *cx) : queue_(cx) {}
  JSObject *getIncumbentGlobal(JSContext *cx) override
  {
    return JS::CurrentGlobalOrNull(cx);
  }
  bool enqueuePromiseJob(JSContext *cx, JS::HandleObject, JS::HandleObject job, JS::HandleObject,
                         JS::HandleObject) override
  {
    if (!queue_.append(job)) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
    return true;
  }
  void runJobs(JSContext *cx) override
  {
    run(cx, nullptr);
  }
  bool empty() const override
  {
    return queue_.empty();
  }
  /* Runs every job; returns false when one threw (exception pending, the
   * rest stay queued) or the process is exiting. */
  bool run(JSContext *cx, nd_env env)
  {
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
  void clear()
  {
    queue_.clear();
    head_ = 0;
  }

private:
  js::UniquePtr<SavedJobQueue> saveJobQueue(JSContext *cx) override
  {
    JS_ReportErrorASCII(cx, "job queue interruption is not supported");
    return nullptr;
  }
  JS::PersistentRooted<JS::GCVector<JSObject *, 0, js::SystemAllocPolicy>> queue_;
  size_t head_ = 0;
};

static inline Value &V(nd_value h)
{
  return *reinterpret_cast<Value *>(h);
}
static inline nd_value H(Value *p)
{
  return reinterpret_cast<nd_value>(p);
}
static inline JS::HandleValue HV(nd_value h)
{
  return JS::HandleValue::fromMarkedLocation(reinterpret_cast<Value *>(h));
}
static inline nd_value push(nd_env env, const Value &v)
{
  return H(env->arena->get().push(v));
}

#define CHECK_ARG(x)                                                                               \
  do {                                                                                             \
    if (!(x)) return ND_INVALID_ARG;                                                               \
  } while (0)

static inline nd_status pending(nd_env env)
{
  return JS_IsExceptionPending(env->cx) ? ND_PENDING_EXCEPTION : ND_GENERIC_FAILURE;
}

static inline nd_env env_of(JSContext *cx)
{
  return static_cast<nd_env>(JS_GetContextPrivate(cx));
}

/* A JSNative that fails through an SDK throw returns thrown(cx, status):
 * false must come with a pending exception, so a throw that could not even
 * build its error (ND_NO_MEMORY) reports out of memory instead. */
static inline bool thrown(JSContext *cx, nd_status st)
{
  if (st != ND_PENDING_EXCEPTION && !JS_IsExceptionPending(cx)) JS_ReportOutOfMemory(cx);
  return false;
}

/* values.cc */
JSString *new_utf8(JSContext *cx, const char *s, size_t len);

/* objects.cc */
bool to_object(nd_env env, nd_value v, JS::MutableHandleObject out);
bool finish_native(nd_env env, JS::CallArgs &args, nd_value res, size_t top);

/* wrap.cc: the class of every object that can carry native data */
extern const JSClass wrap_class;

/* scripts.cc */
bool eval_utf8(JSContext *cx, const char *src, size_t len, const char *filename, int line,
               JS::MutableHandleValue rv);
JSFunction *compile_fn16(JSContext *cx, JS::HandleString src, const char *filename,
                         const char *params);
JSFunction *compile_fn(JSContext *cx, const char *src, size_t len, const char *filename,
                       const char *params);

/* jobs.cc */
bool boot_call(nd_env env, const char *name, const JS::HandleValueArray &args,
               JS::MutableHandleValue rv);
void print_raw_exception(nd_env env, JS::HandleValue exn);
void set_exit(nd_env env, int code);
void rejection_tracker(JSContext *cx, bool, JS::HandleObject promise,
                       JS::PromiseRejectionHandlingState state, void *data);

/* handles.cc */
void refs_init(nd_env env);
/* Shutdown, before the context is destroyed: detaches every reference from
 * the GC (finalizers in the last GC may still free them). */
void refs_detach_all(nd_env env);
/* After the context is destroyed: frees the references plugins kept. */
void refs_free_all(nd_env env);
/* Aborts the process: a plugin's native function, init function or loop
 * callback left `open` scopes open (or closed -open it had not opened).
 * `what` says which call ("native function 'x'"); fn locates the plugin. */
[[noreturn]] void scopes_unbalanced(nd_env env, const std::string &what, const void *fn, long open);

/* natives.cc */
JSString *utf8(JSContext *cx, const char *s);
JSObject *make_natives(nd_env env);

#endif
