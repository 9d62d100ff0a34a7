/* jobs.cc — the job queue (promise reactions) and its checkpoints, calls
 * into boot.js, uncaught exceptions and unhandled rejections, the bracket
 * around every callback from the loop, and promises made by plugins. */

#include "engine.hh"

/* ---- unhandled rejections ---------------------------------------------- */

/* Keeps the promises rejected with no handler yet; the checkpoint reports
 * those still unhandled. */
void rejection_tracker(JSContext *cx, bool, JS::HandleObject promise,
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

bool boot_call(nd_env env, const char *name, const JS::HandleValueArray &args,
               JS::MutableHandleValue rv)
{
  JSContext *cx = env->cx;
  JS::RootedObject boot(cx, env->boot->get());
  return JS_CallFunctionName(cx, boot, name, args, rv);
}

/* Prints a value (an exception boot.js could not handle) to stderr. */
void print_raw_exception(nd_env env, JS::HandleValue exn)
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

void set_exit(nd_env env, int code)
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

extern "C" void nd__callback_enter(nd_env env, nd_cbframe *frame, const char *what, const void *fn)
{
  frame->top = env->arena->get().top;
  frame->scopes = env->scopes;
  frame->what = what;
  frame->fn = fn;
  env->depth++;
}

extern "C" void nd__callback_leave(nd_env env, nd_cbframe *frame)
{
  JSContext *cx = env->cx;
  if (MOZ_UNLIKELY(env->scopes != frame->scopes))
    scopes_unbalanced(env, frame->what, frame->fn, static_cast<long>(env->scopes - frame->scopes));
  if (JS_IsExceptionPending(cx)) handle_uncaught(env);
  env->arena->get().top = frame->top;
  if (--env->depth == 0) checkpoint(env);
  env->arena->get().top = frame->top;
}

extern "C" bool nd__exiting(nd_env env)
{
  return env->exiting;
}

nd_status nd_drain_jobs(nd_env env)
{
  if (env->depth != 1 || env->in_checkpoint) return ND_INVALID_ARG;
  if (JS_IsExceptionPending(env->cx)) handle_uncaught(env);
  checkpoint(env);
  return env->exiting ? ND_PENDING_EXCEPTION : ND_OK;
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
  JS::RootedObject p(env->cx, &ref->strong.get().toObject());
  bool done = ok ? JS::ResolvePromise(env->cx, p, HV(v)) : JS::RejectPromise(env->cx, p, HV(v));
  nd_ref_free(env, reinterpret_cast<nd_ref>(d));
  return done ? ND_OK : pending(env);
}

nd_status nd_promise_resolve(nd_env env, nd_deferred d, nd_value v)
{
  return settle(env, d, v, true);
}
nd_status nd_promise_reject(nd_env env, nd_deferred d, nd_value v)
{
  return settle(env, d, v, false);
}
