/* natives.cc — the natives object boot.js receives: files, environment,
 * stdio, exit, plugin loading through the host (the loader), compiling. */

#include "engine.hh"

/* ---- natives: what boot.js may ask of the kernel ------------------------------ */

JSString *utf8(JSContext *cx, const char *s)
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
  nd_status st = nd_throw_errno(env, err, syscall, path);
  env->arena->get().top = top;
  return thrown(cx, st);
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
  const nd_plugin *p = env->host.load_builtin
                           ? env->host.load_builtin(env->host.ud, name.get(), &err, &code)
                           : nullptr;
  if (!p) {
    size_t top = env->arena->get().top;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", err ? err : "no such builtin module");
    free(err);
    nd_status st = nd_throw_error(env, code, msg);
    env->arena->get().top = top;
    return thrown(cx, st);
  }
  const char *deps = p->deps ? p->deps : "";
  return set_string_rval(cx, args, deps, strlen(deps));
}

static bool call_init(JSContext *cx, JS::CallArgs &args, const nd_plugin *p)
{
  nd_env env = env_of(cx);
  size_t top = env->arena->get().top, scopes = env->scopes;
  nd_value exports = push(env, args.get(1));
  if (std::find(env->plugins.begin(), env->plugins.end(), p) == env->plugins.end())
    env->plugins.push_back(p);
  nd_value res = p->init(env, exports);
  if (MOZ_UNLIKELY(env->scopes != scopes))
    scopes_unbalanced(env, "init function", reinterpret_cast<const void *>(p->init),
                      static_cast<long>(env->scopes - scopes));
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
  const nd_plugin *p =
      env->host.load_addon ? env->host.load_addon(env->host.ud, path.get(), &err, &code) : nullptr;
  if (!p) {
    size_t top = env->arena->get().top;
    nd_status st = nd_throw_error(env, code, err ? err : "cannot load addon");
    free(err);
    env->arena->get().top = top;
    return thrown(cx, st);
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

static const JSFunctionSpec natives_fns[] = {JS_FN("readFile", nat_read_file, 1, 0),
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

JSObject *make_natives(nd_env env)
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
