/* values.cc — exceptions (throwing, Node-shaped errors, errno errors) and
 * values: primitives, strings in and out, coercions and type checks. */

#include "engine.hh"

/* ---- exceptions --------------------------------------------------------- */

bool nd_exception_pending(nd_env env)
{
  return JS_IsExceptionPending(env->cx);
}

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
  JSString *s =
      JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(msg ? msg : "", strlen(msg ? msg : "")));
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
  if (path) snprintf(msg, n, "%s: %s, %s '%s'", name, desc, syscall ? syscall : "", path);
  else if (syscall) snprintf(msg, n, "%s: %s, %s", name, desc, syscall);
  else snprintf(msg, n, "%s: %s", name, desc);
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

nd_status nd_undefined(nd_env env, nd_value *r)
{
  CHECK_ARG(r);
  *r = push(env, JS::UndefinedValue());
  return ND_OK;
}
nd_status nd_null(nd_env env, nd_value *r)
{
  CHECK_ARG(r);
  *r = push(env, JS::NullValue());
  return ND_OK;
}
nd_status nd_boolean(nd_env env, bool v, nd_value *r)
{
  CHECK_ARG(r);
  *r = push(env, JS::BooleanValue(v));
  return ND_OK;
}
nd_status nd_number(nd_env env, double v, nd_value *r)
{
  CHECK_ARG(r);
  *r = push(env, JS::NumberValue(v));
  return ND_OK;
}
nd_status nd_int32(nd_env env, int32_t v, nd_value *r)
{
  CHECK_ARG(r);
  *r = push(env, JS::Int32Value(v));
  return ND_OK;
}

/* UTF-8 to a JS string; invalid sequences become U+FFFD, as Node decodes. */
JSString *new_utf8(JSContext *cx, const char *s, size_t len)
{
  JSString *str = JS_NewStringCopyUTF8N(cx, JS::UTF8Chars(s, len));
  if (str || !JS_IsExceptionPending(cx)) return str;
  JS_ClearPendingException(cx);
  size_t outlen = 0;
  JS::TwoByteCharsZ chars =
      JS::LossyUTF8CharsToNewTwoByteCharsZ(cx, JS::UTF8Chars(s, len), &outlen, js::MallocArena);
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
  return string_result(
      env, JS_NewUCStringCopyN(env->cx, s ? reinterpret_cast<const char16_t *>(s) : u"", len), r);
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
  if (V(v).isInt32()) {
    *r = V(v).toInt32();
    return ND_OK;
  }
  if (!V(v).isNumber()) return ND_NUMBER_EXPECTED;
  *r = JS::ToInt32(V(v).toDouble());
  return ND_OK;
}

nd_status nd_get_uint32(nd_env env, nd_value v, uint32_t *r)
{
  CHECK_ARG(v && r);
  if (V(v).isInt32()) {
    *r = static_cast<uint32_t>(V(v).toInt32());
    return ND_OK;
  }
  if (!V(v).isNumber()) return ND_NUMBER_EXPECTED;
  *r = JS::ToUint32(V(v).toDouble());
  return ND_OK;
}

nd_status nd_get_int64(nd_env env, nd_value v, int64_t *r)
{
  CHECK_ARG(v && r);
  if (V(v).isInt32()) {
    *r = V(v).toInt32();
    return ND_OK;
  }
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
      else
        for (size_t i = 0; i < m; i++) buf[i] = static_cast<Out>(c[i]);
    } else {
      const char16_t *c = JS::GetTwoByteLinearStringChars(nogc, ls);
      if (sizeof(Out) == 2) memcpy(buf, c, m * sizeof(Out));
      else
        for (size_t i = 0; i < m; i++) buf[i] = static_cast<Out>(c[i] & 0xff);
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

bool nd_is_undefined(nd_env, nd_value v)
{
  return v && V(v).isUndefined();
}
bool nd_is_nullish(nd_env, nd_value v)
{
  return !v || V(v).isNullOrUndefined();
}
bool nd_is_function(nd_env, nd_value v)
{
  return v && V(v).isObject() && JS::IsCallable(&V(v).toObject());
}
bool nd_is_object(nd_env, nd_value v)
{
  return v && V(v).isObject();
}
bool nd_is_string(nd_env, nd_value v)
{
  return v && V(v).isString();
}
bool nd_is_number(nd_env, nd_value v)
{
  return v && V(v).isNumber();
}

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

bool nd_is_arraybuffer(nd_env, nd_value v)
{
  return v && V(v).isObject() && JS::IsArrayBufferObject(&V(v).toObject());
}
bool nd_is_typedarray(nd_env, nd_value v)
{
  return v && V(v).isObject() && JS_IsArrayBufferViewObject(&V(v).toObject());
}

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
