/* wrap.cc — native data on objects: the wrap class, its finalizer, and
 * type tags that keep one plugin from reinterpreting another's data. */

#include "engine.hh"

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

static const JSClassOps wrap_ops = {nullptr, nullptr,       nullptr, nullptr, nullptr,
                                    nullptr, wrap_finalize, nullptr, nullptr, nullptr};
/* Slot 0: the WrapData (PrivateValue) or undefined; slot 1: the type tag
 * (PrivateValue of an nd_type_tag *) or undefined. */
enum { kWrapSlot = 0, kTagSlot = 1 };
const JSClass wrap_class = {"Object", JSCLASS_HAS_RESERVED_SLOTS(2) | JSCLASS_FOREGROUND_FINALIZE,
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

static const nd_type_tag *tag_of(JSObject *o)
{
  if (JS::GetClass(o) != &wrap_class) return nullptr;
  Value v = JS::GetReservedSlot(o, kTagSlot);
  return v.isDouble() ? static_cast<const nd_type_tag *>(v.toPrivate()) : nullptr;
}

nd_status nd_type_tag_object(nd_env env, nd_value obj, const nd_type_tag *tag)
{
  CHECK_ARG(tag);
  if (!obj || !V(obj).isObject()) return ND_OBJECT_EXPECTED;
  JSObject *o = &V(obj).toObject();
  if (JS::GetClass(o) != &wrap_class || tag_of(o)) return ND_INVALID_ARG;
  JS::SetReservedSlot(o, kTagSlot, JS::PrivateValue(const_cast<nd_type_tag *>(tag)));
  return ND_OK;
}

nd_status nd_check_type_tag(nd_env env, nd_value obj, const nd_type_tag *tag, bool *r)
{
  CHECK_ARG(tag && r);
  *r = obj && V(obj).isObject() && tag_of(&V(obj).toObject()) == tag;
  return ND_OK;
}

nd_status nd_unwrap_tagged(nd_env env, nd_value obj, const nd_type_tag *tag, void **r)
{
  CHECK_ARG(tag && r);
  *r = nullptr;
  if (!obj || !V(obj).isObject() || tag_of(&V(obj).toObject()) != tag) {
    std::string msg =
        std::string("Value of \"this\" must be of type ") + (tag->name ? tag->name : "?");
    return nd_throw_type_error(env, "ERR_INVALID_THIS", msg.c_str());
  }
  WrapData *w = wrap_data(&V(obj).toObject());
  if (w) *r = w->data;
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
