/* handles.cc — explicit handle scopes over the arena (engine.hh) and the
 * balance check that every native call and loop callback closed the scopes
 * it opened; persistent references, strong and weak, and their life across
 * garbage collections and shutdown. */

#include <dlfcn.h>

#include "engine.hh"

/* ---- scopes ---------------------------------------------------------------- */

/* A scope is the index of its escape slot, plus one (never NULL). */
nd_status nd_scope_open(nd_env env, nd_scope *r)
{
  CHECK_ARG(r);
  Arena &a = env->arena->get();
  a.push(JS::UndefinedValue());
  *r = reinterpret_cast<nd_scope>(a.top); /* escape slot index + 1 */
  env->scopes++;
  return ND_OK;
}

nd_status nd_scope_close(nd_env env, nd_scope scope)
{
  Arena &a = env->arena->get();
  size_t mark = reinterpret_cast<size_t>(scope);
  CHECK_ARG(mark > 0 && mark <= a.top);
  a.top = mark;
  env->scopes--;
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

/* The plugin whose code is at fn: the initialised plugin whose descriptor
 * lives in the same shared object, else that object's file name. Only the
 * fatal path below asks, so natives need not carry their plugin. */
static std::string plugin_of(nd_env env, const void *fn)
{
  Dl_info at;
  if (!fn || !dladdr(fn, &at) || !at.dli_fname) return "?";
  for (const nd_plugin *p : env->plugins) {
    Dl_info pi;
    if (dladdr(p, &pi) && pi.dli_fbase == at.dli_fbase && p->name) return p->name;
  }
  const char *slash = strrchr(at.dli_fname, '/');
  return slash ? slash + 1 : at.dli_fname;
}

/* Node's CallIntoModule check: a scope left open would silently pin every
 * handle made after it until some outer scope closes, and closing one that
 * was not opened frees handles a caller still uses. Both are bugs in the
 * plugin, found where they happen rather than as a crash later. */
void scopes_unbalanced(nd_env env, const std::string &what, const void *fn, long open)
{
  std::string plugin = plugin_of(env, fn);
  if (open > 0)
    fprintf(stderr, "nodus: fatal: %s of plugin '%s' returned with %ld handle scope%s left open\n",
            what.c_str(), plugin.c_str(), open, open == 1 ? "" : "s");
  else
    fprintf(stderr, "nodus: fatal: %s of plugin '%s' closed %ld handle scope%s it did not open\n",
            what.c_str(), plugin.c_str(), -open, open == -1 ? "" : "s");
  fflush(stderr);
  /* SIGABRT as abort() gives, but raised directly: libmozjs replaces abort()
   * with its own crash (a SIGSEGV). */
  signal(SIGABRT, SIG_DFL);
  raise(SIGABRT);
  _exit(134);
}

/* ---- references ------------------------------------------------------------ */

static Ref **list_of(nd_env env, Ref *ref)
{
  return ref->is_weak ? &env->weak_refs : &env->refs;
}

static void link(Ref **list, Ref *ref)
{
  ref->prev = nullptr;
  ref->next = *list;
  if (*list) (*list)->prev = ref;
  *list = ref;
}

static void unlink(Ref **list, Ref *ref)
{
  if (ref->prev) ref->prev->next = ref->next;
  else *list = ref->next;
  if (ref->next) ref->next->prev = ref->prev;
  ref->prev = ref->next = nullptr;
}

/* Called by the GC once per group of zones it sweeps, and after it moves
 * objects: each weak pointer follows its object or is cleared. */
static void update_weak_refs(JSTracer *trc, void *data)
{
  nd_env env = static_cast<nd_env>(data);
  for (Ref *r = env->weak_refs; r; r = r->next)
    if (r->weak.unbarrieredGet()) JS_UpdateWeakPointerAfterGC(trc, &r->weak);
}

static void delete_dead_refs(nd_env env)
{
  while (Ref *r = env->dead_refs) {
    env->dead_refs = r->next;
    delete r;
  }
}

/* At the end of a collection the heap is idle again: references freed by
 * finalizers can be deleted. */
static void gc_done(JSContext *, JSGCStatus status, JS::GCReason, void *data)
{
  if (status == JSGC_END) delete_dead_refs(static_cast<nd_env>(data));
}

void refs_init(nd_env env)
{
  JS_SetGCCallback(env->cx, gc_done, env);
  if (!JS_AddWeakPointerZonesCallback(env->cx, update_weak_refs, env)) {
    fputs("nodus: fatal: cannot register the weak-reference callback\n", stderr);
    abort();
  }
}

static nd_status new_ref(nd_env env, nd_value v, bool weak, nd_ref *r)
{
  CHECK_ARG(v && r);
  if (weak && !V(v).isObject()) return ND_OBJECT_EXPECTED;
  Ref *ref = new (std::nothrow) Ref(env->cx, weak ? JS::UndefinedValue() : V(v));
  if (!ref) return ND_NO_MEMORY;
  if (weak) {
    ref->is_weak = true;
    ref->weak = &V(v).toObject();
  }
  link(list_of(env, ref), ref);
  *r = reinterpret_cast<nd_ref>(ref);
  return ND_OK;
}

nd_status nd_ref_new(nd_env env, nd_value v, nd_ref *r)
{
  return new_ref(env, v, false, r);
}
nd_status nd_ref_new_weak(nd_env env, nd_value v, nd_ref *r)
{
  return new_ref(env, v, true, r);
}

nd_status nd_ref_get(nd_env env, nd_ref ref, nd_value *r)
{
  CHECK_ARG(ref && r);
  Ref *p = reinterpret_cast<Ref *>(ref);
  if (!p->is_weak) {
    *r = push(env, p->strong.get());
    return ND_OK;
  }
  /* get() is the read barrier: an object read during an incremental GC is
   * marked live, as it is about to be used. */
  JSObject *o = p->weak.get();
  *r = push(env, o ? JS::ObjectValue(*o) : JS::UndefinedValue());
  return ND_OK;
}

nd_status nd_ref_set(nd_env env, nd_ref ref, nd_value v)
{
  CHECK_ARG(ref && v);
  Ref *p = reinterpret_cast<Ref *>(ref);
  if (!p->is_weak) {
    p->strong.set(V(v));
    return ND_OK;
  }
  if (!V(v).isObject()) return ND_OBJECT_EXPECTED;
  p->weak = &V(v).toObject();
  return ND_OK;
}

nd_status nd_ref_set_weak(nd_env env, nd_ref ref, bool weak)
{
  CHECK_ARG(ref);
  Ref *p = reinterpret_cast<Ref *>(ref);
  if (p->is_weak == weak) return ND_OK;
  if (weak) {
    if (!p->strong.get().isObject()) return ND_OBJECT_EXPECTED;
    p->weak = &p->strong.get().toObject();
    p->strong.set(JS::UndefinedValue());
  } else {
    JSObject *o = p->weak.get();
    p->strong.set(o ? JS::ObjectValue(*o) : JS::UndefinedValue());
    p->weak = nullptr;
  }
  unlink(list_of(env, p), p);
  p->is_weak = weak;
  link(list_of(env, p), p);
  return ND_OK;
}

/* Safe in finalizers. While the GC runs, deleting a root or a barriered
 * pointer is not, so the Ref leaves its list now (nothing reaches it any
 * more) and is deleted when the collection ends. Its weak pointer is
 * cleared without barriers: during a major GC the nursery is empty, so no
 * store-buffer entry can name it, and its object may be dying. */
void nd_ref_free(nd_env env, nd_ref r)
{
  if (!r) return;
  Ref *ref = reinterpret_cast<Ref *>(r);
  unlink(list_of(env, ref), ref);
  if (!env->refs_detached && JS::RuntimeHeapIsBusy()) {
    ref->weak.unbarrieredSet(nullptr);
    ref->next = env->dead_refs;
    env->dead_refs = ref;
    return;
  }
  delete ref;
}

void refs_detach_all(nd_env env)
{
  delete_dead_refs(env);
  JS_SetGCCallback(env->cx, nullptr, nullptr);
  JS_RemoveWeakPointerZonesCallback(env->cx, update_weak_refs);
  for (Ref *r = env->refs; r; r = r->next) r->strong.reset();
  for (Ref *r = env->weak_refs; r; r = r->next) {
    r->strong.reset();
    r->weak = nullptr;
  }
  env->refs_detached = true;
}

void refs_free_all(nd_env env)
{
  while (env->refs) nd_ref_free(env, reinterpret_cast<nd_ref>(env->refs));
  while (env->weak_refs) nd_ref_free(env, reinterpret_cast<nd_ref>(env->weak_refs));
  delete_dead_refs(env);
}
