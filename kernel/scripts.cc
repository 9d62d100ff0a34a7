/* scripts.cc — running global code, compiling functions, a plugin's
 * embedded JavaScript as a module, fresh globals (vm), and require(). */

#include "engine.hh"

/* ---- scripts ------------------------------------------------------------- */

bool eval_utf8(JSContext *cx, const char *src, size_t len, const char *filename, int line,
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
JSFunction *compile_fn16(JSContext *cx, JS::HandleString src, const char *filename,
                         const char *params)
{
  std::vector<std::string> names;
  std::string cur;
  for (const char *p = params ? params : "";; p++) {
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

JSFunction *compile_fn(JSContext *cx, const char *src, size_t len, const char *filename,
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
  JSFunction *fn =
      compile_fn(cx, src, len, filename, "exports, require, module, binding, process, global");
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

static const JSClass global_class_ctx = {"global", JSCLASS_GLOBAL_FLAGS,
                                         &JS::DefaultGlobalClassOps};

nd_status nd_run_script_in_new_global(nd_env env, const char *src, size_t len, const char *filename,
                                      nd_value sandbox, nd_value *r)
{
  CHECK_ARG(src);
  JSContext *cx = env->cx;
  if (len == ND_AUTO_LENGTH) len = strlen(src);
  JS::RootedObject box(cx);
  if (sandbox && !nd_is_nullish(env, sandbox) && !to_object(env, sandbox, &box))
    return ND_OBJECT_EXPECTED;
  /* Same compartment as the main global: objects pass between the two
   * without wrappers, as the copies in and out need. */
  JS::RealmOptions opts;
  opts.creationOptions().setExistingCompartment(env->global->get());
  JS::RootedObject g(
      cx, JS_NewGlobalObject(cx, &global_class_ctx, nullptr, JS::DontFireOnNewGlobalHook, opts));
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
