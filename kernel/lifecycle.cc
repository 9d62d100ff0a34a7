/* lifecycle.cc — runtime services for plugins (cleanup hooks, memory, GC,
 * versions, options) and the runtime's life cycle: engine start-up, boot,
 * running the main module and the loop, shutdown. */

#include "engine.hh"

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

const char *nd_version(void)
{
  return NODUS_VERSION;
}
void nd_abi(uint16_t *major, uint16_t *minor)
{
  if (major) *major = NODUS_ABI_MAJOR;
  if (minor) *minor = NODUS_ABI_MINOR;
}

nd_loop *nd__env_loop(nd_env env)
{
  return env->loop;
}

const char *nd_module_option(nd_env env, const char *module, const char *key)
{
  if (!module || !key || !env->host.option) return nullptr;
  return env->host.option(env->host.ud, module, key);
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
  refs_init(env);
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
      std::string item =
          all.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
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
  JSFunction *bootfn =
      natives ? compile_fn(cx, boot_js, boot_js_len, "nodus:boot.js", "natives, global") : nullptr;
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
  nd__callback_enter(env, &f, hook, nullptr);
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
      env->exit_code = code; /* kept for a shutdown that must end early */
      return code;
    }
  }
  return env->exit_code;
}

/* Shutdown, in this order (ENGINE-NOTES and nd_work_queue in nodus.h):
 * no more JavaScript runs; the worker pool takes no new work, lets running
 * jobs finish and completes every undelivered job with cancelled = true;
 * then cleanup hooks; then references stop being roots and the context is
 * destroyed (its last GC runs finalizers, so the loop still exists); then
 * the loop. Memory a pool job uses is therefore alive until its complete
 * has run, whatever the GC does. */
static void env_free(nd_env env)
{
  JSContext *cx = env->cx;
  env->exiting = true; /* completions and hooks below call no JavaScript */
  if (env->loop && !nd__loop_drain_pool(env->loop)) {
    /* A job still executes (a read of a FIFO nobody writes) and may use
     * memory the context or a plugin's state owns, so nothing more may be
     * freed; and an engine left up aborts in its static destructors. End
     * the process here, as the loader would have, with the exit code
     * nd_runtime_run returned. */
    fflush(stdout);
    fflush(stderr);
    _exit(env->exit_code);
  }
  for (size_t i = env->hooks.size(); i-- > 0;) env->hooks[i].fn(env->hooks[i].data);
  env->hooks.clear();
  /* References plugins still hold stop being roots now, so the last GC
   * collects everything; their finalizers may still free them. */
  if (cx) refs_detach_all(env);
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
  refs_free_all(env);
  if (env->loop) nd__loop_free(env->loop);
  delete env;
  if (--engine_users == 0) JS_ShutDown();
}

extern "C" void nd_runtime_free(nd_env env)
{
  if (env) env_free(env);
}
