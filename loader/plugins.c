/* plugins.c — the loader's half of builtin resolution: a plugin NAME is the
 * file NAME.so (or NAME/NAME.so) in the first directory of the module path
 * that has it; it is dlopen'ed once and refused unless its descriptor says it
 * was built for this runtime's ABI. Addons (.node files) get the same checks. */
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "plugins.h"

typedef struct loaded {
  struct loaded *next;
  char *key;        /* builtin name, or the addon's real path */
  void *handle;
  const nd_plugin *plugin;
} loaded;

static loaded *loaded_list;
static char **dirs;
static size_t ndirs;

static char *fmt(const char *f, ...)
{
  va_list ap;
  va_start(ap, f);
  char *s = NULL;
  if (vasprintf(&s, f, ap) < 0) s = NULL;
  va_end(ap);
  return s;
}

static void add_dir(const char *d, size_t n)
{
  if (n == 0) return;
  char **nd = realloc(dirs, (ndirs + 1) * sizeof *dirs);
  if (!nd) return;
  dirs = nd;
  dirs[ndirs] = strndup(d, n);
  if (dirs[ndirs]) ndirs++;
}

void plugins_init(const char *default_dir)
{
  const char *env = getenv("NODUS_MODULE_PATH");
  while (env && *env) {
    const char *c = strchr(env, ':');
    size_t n = c ? (size_t)(c - env) : strlen(env);
    add_dir(env, n);
    env = c ? c + 1 : NULL;
  }
  if (default_dir) add_dir(default_dir, strlen(default_dir));
}

static bool valid_name(const char *name)
{
  if (!*name || strlen(name) > 64) return false;
  for (const char *p = name; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
      return false;
  return true;
}

static bool is_file(const char *p)
{
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The path of NAME's plugin, malloc'd, or NULL. */
static char *find_plugin(const char *name)
{
  for (size_t i = 0; i < ndirs; i++) {
    char *p = fmt("%s/%s.so", dirs[i], name);
    if (p && is_file(p)) return p;
    free(p);
    p = fmt("%s/%s/%s.so", dirs[i], name, name);
    if (p && is_file(p)) return p;
    free(p);
  }
  return NULL;
}

static loaded *find_loaded(const char *key)
{
  for (loaded *l = loaded_list; l; l = l->next)
    if (strcmp(l->key, key) == 0) return l;
  return NULL;
}

/* dlopen + descriptor checks. On failure *err is malloc'd and *code set. */
static const nd_plugin *open_checked(const char *key, const char *path, const char *want_name,
                                     char **err, const char **code)
{
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    *err = fmt("cannot load %s: %s", path, dlerror());
    *code = "ERR_DLOPEN_FAILED";
    return NULL;
  }
  const nd_plugin *p = dlsym(h, "nodus_plugin");
  const char *why = NULL;
  if (!p) why = "it does not declare a plugin (no NODUS_PLUGIN descriptor)";
  else if (p->magic != NODUS_PLUGIN_MAGIC) why = "its descriptor has a bad magic number";
  if (why) {
    *err = fmt("%s is not a nodus plugin: %s", path, why);
    *code = "ERR_PLUGIN_INVALID";
    dlclose(h);
    return NULL;
  }
  if (p->abi_major != NODUS_ABI_MAJOR || p->abi_minor > NODUS_ABI_MINOR ||
      p->size < sizeof(nd_plugin)) {
    *err = fmt("plugin '%s' (%s) was built for nodus ABI %u.%u; this runtime (nodus %s) "
               "provides ABI %u.%u",
               p->name ? p->name : want_name, path, p->abi_major, p->abi_minor, NODUS_VERSION,
               NODUS_ABI_MAJOR, NODUS_ABI_MINOR);
    *code = "ERR_PLUGIN_ABI";
    dlclose(h);
    return NULL;
  }
  if (!p->init || !p->name) {
    *err = fmt("plugin %s has no %s", path, p->init ? "name" : "init function");
    *code = "ERR_PLUGIN_INVALID";
    dlclose(h);
    return NULL;
  }
  if (want_name && strcmp(p->name, want_name) != 0) {
    *err = fmt("%s declares plugin '%s', expected '%s'", path, p->name, want_name);
    *code = "ERR_PLUGIN_INVALID";
    dlclose(h);
    return NULL;
  }
  loaded *l = calloc(1, sizeof *l);
  if (!l || !(l->key = strdup(key))) {
    free(l);
    dlclose(h);
    *err = fmt("out of memory");
    *code = "ERR_NO_MEMORY";
    return NULL;
  }
  l->handle = h;
  l->plugin = p;
  l->next = loaded_list;
  loaded_list = l;
  return p;
}

const nd_plugin *plugins_load_builtin(void *ud, const char *name, char **err, const char **code)
{
  (void)ud;
  if (!valid_name(name)) {
    *err = fmt("Cannot find module '%s'", name);
    *code = "MODULE_NOT_FOUND";
    return NULL;
  }
  loaded *l = find_loaded(name);
  if (l) return l->plugin;
  char *path = find_plugin(name);
  if (!path) {
    *err = fmt("Cannot find module '%s'", name);
    *code = "MODULE_NOT_FOUND";
    return NULL;
  }
  const nd_plugin *p = open_checked(name, path, name, err, code);
  free(path);
  return p;
}

bool plugins_is_builtin(void *ud, const char *name)
{
  (void)ud;
  if (!valid_name(name)) return false;
  if (find_loaded(name)) return true;
  char *p = find_plugin(name);
  free(p);
  return p != NULL;
}

const nd_plugin *plugins_load_addon(void *ud, const char *path, char **err, const char **code)
{
  (void)ud;
  char *real = realpath(path, NULL);
  if (!real) {
    *err = fmt("cannot load addon %s: %s", path, strerror(errno));
    *code = "ERR_DLOPEN_FAILED";
    return NULL;
  }
  loaded *l = find_loaded(real);
  const nd_plugin *p = l ? l->plugin : open_checked(real, real, NULL, err, code);
  free(real);
  return p;
}

void plugins_shutdown(void)
{
  while (loaded_list) {
    loaded *l = loaded_list;
    loaded_list = l->next;
    dlclose(l->handle);
    free(l->key);
    free(l);
  }
  for (size_t i = 0; i < ndirs; i++) free(dirs[i]);
  free(dirs);
  dirs = NULL;
  ndirs = 0;
}
