/* handles.cc — explicit handle scopes over the arena (engine.hh) and
 * persistent references. */

#include "engine.hh"

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
