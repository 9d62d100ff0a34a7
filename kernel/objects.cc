/* objects.cc — objects and arrays, property access, native functions (the
 * trampoline every call from JavaScript into a plugin goes through),
 * properties and classes, and binary data (ArrayBuffers, typed arrays). */

#include "engine.hh"

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

bool to_object(nd_env env, nd_value v, JS::MutableHandleObject out)
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

static Value undefined_slot = JS::UndefinedValue();

/* A native declared with at most kInlineArgs parameters gets argv padded
 * with undefined to kInlineArgs (the size of call_native's stack array), so
 * its trampoline needs no arity lookup: two calls into the engine saved on
 * every call. Wider natives get fn_trampoline_wide, which looks it up. */
constexpr unsigned kInlineArgs = 8;

bool finish_native(nd_env env, JS::CallArgs &args, nd_value res, size_t top)
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

/* The native's name for the scope-balance message (the callee is still in
 * place: the result is not set yet). */
[[noreturn]] static void native_unbalanced(JSContext *cx, JS::CallArgs &args, nd_native cb,
                                           long open)
{
  JS::RootedString id(cx, JS_GetFunctionId(JS_GetObjectFunction(&args.callee())));
  JS::UniqueChars name = id ? JS_EncodeStringToUTF8(cx, id) : nullptr;
  scopes_unbalanced(env_of(cx), std::string("native function '") + (name ? name.get() : "") + "'",
                    reinterpret_cast<const void *>(cb), open);
}

static bool call_native(JSContext *cx, JS::CallArgs &args, nd_native cb, void *data, unsigned nargs,
                        bool construct_self)
{
  nd_env env = env_of(cx);
  size_t top = env->arena->get().top;
  size_t scopes = env->scopes;
  size_t argc = args.length();
  size_t n = argc > nargs ? argc : nargs;
  nd_value small[kInlineArgs];
  nd_value *argv = n <= kInlineArgs ? small : static_cast<nd_value *>(malloc(n * sizeof(nd_value)));
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
  if (MOZ_UNLIKELY(env->scopes != scopes))
    native_unbalanced(cx, args, cb, static_cast<long>(env->scopes - scopes));
  return finish_native(env, args, res, top);
}

static bool fn_trampoline(JSContext *cx, unsigned argc, Value *vp)
{
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject *callee = &args.callee();
  nd_native cb = reinterpret_cast<nd_native>(js::GetFunctionNativeReserved(callee, 0).toPrivate());
  void *data = js::GetFunctionNativeReserved(callee, 1).toPrivate();
  return call_native(cx, args, cb, data, kInlineArgs, false);
}

static bool fn_trampoline_wide(JSContext *cx, unsigned argc, Value *vp)
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
  if (tramp == fn_trampoline && nargs > kInlineArgs) tramp = fn_trampoline_wide;
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
    JS::RootedObject fn(cx,
                        new_native(cx, p->name, fn_trampoline, p->method, p->nargs, 0, p->data));
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
    snprintf(msg, sizeof msg, "Class constructor %s cannot be invoked without 'new'",
             n ? n.get() : "");
    return thrown(cx, nd_throw_type_error(env, "ERR_CONSTRUCT_CALL_REQUIRED", msg));
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
  JS::RootedObject fn(cx,
                      new_native(cx, name, ctor_trampoline, ctor, nargs, JSFUN_CONSTRUCTOR, data));
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
  if (offset > total || len > total - offset)
    return nd_throw_range_error(env, "ERR_OUT_OF_RANGE",
                                "offset and length are outside the buffer");
  JSObject *ta = JS_NewUint8ArrayWithBuffer(cx, buf, offset, static_cast<int64_t>(len));
  if (!ta) return pending(env);
  *r = push(env, JS::ObjectValue(*ta));
  return ND_OK;
}

nd_status nd_typedarray_info(nd_env env, nd_value ta, void **data, size_t *len,
                             nd_value *arraybuffer, size_t *byte_offset)
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
