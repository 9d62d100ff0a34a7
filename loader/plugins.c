/* plugins.c — the loader's half of builtin resolution: a plugin NAME is the
 * file NAME.so (or NAME/NAME.so) in the first directory of the module path
 * that has it (internal/NAME: DIR/internal/NAME.so, required by plugins
 * only), unless the deployment manifest maps NAME to another plugin,
 * a path, or `off`. A plugin is dlopen'ed once and refused unless its
 * descriptor says it was built for this runtime's ABI. Addons (.node files)
 * get the same checks.
 *
 * Manifest (PREFIX/etc/nodus/modules.conf, --modules FILE, NODUS_MODULES):
 *   # comment
 *   fs = fs-sandbox root=/srv/app    another plugin, with options for it
 *   crypto = /opt/crypto/crypto.so   a plugin file
 *   child_process = off              absent in this deployment */
#include <dirent.h>
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
  char *key; /* builtin name, or the addon's real path */
  void *handle;
  const nd_plugin *plugin;
} loaded;

typedef struct mapping {
  struct mapping *next;
  char *name;  /* the builtin name programs require */
  char *impl;  /* plugin name or path; NULL when off */
  char **opts; /* key=value strings, NULL-terminated */
  int line;
} mapping;

static loaded *loaded_list;
static char **dirs;
static size_t ndirs;
static mapping *mappings;
static char *manifest_file;

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

/* A name is [a-z0-9_-]+, or two of those joined by one '/' (internal/errors:
 * the file DIR/internal/errors.so). No '.', so no '..', and no other slash;
 * a manifest implementation that is not a name is a path. */
static bool valid_name(const char *name)
{
  if (!*name || strlen(name) > 64) return false;
  int slashes = 0;
  for (const char *p = name; *p; p++) {
    if (*p == '/') {
      if (++slashes > 1 || p == name || p[1] == 0) return false;
    } else if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-')) {
      return false;
    }
  }
  return true;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
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
    if (strchr(name, '/')) continue;
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

/* The refusal of a plugin built for ABI major.minor, as the running
 * kernel (which may be older than this loader's header) states its own. */
static char *abi_refusal(const char *name, const char *path, unsigned major, unsigned minor)
{
  uint16_t rmajor, rminor;
  nd_abi(&rmajor, &rminor);
  return fmt("plugin '%s' (%s) was built for nodus ABI %u.%u; this runtime (nodus %s) "
             "provides ABI %u.%u",
             name, path, major, minor, nd_version(), rmajor, rminor);
}

/* A plugin that uses a function of a newer minor needs that minor's symbol
 * version, so dlopen fails before its descriptor can be read: glibc says
 * "libnodus.so.1: version `NODUS_1.1' not found (required by X)". That is
 * the same refusal as a descriptor's newer minor, so it gets its message. */
static bool newer_abi(const char *dlerr, unsigned *major, unsigned *minor)
{
  const char *v = dlerr ? strstr(dlerr, "version `NODUS_") : NULL;
  return v && sscanf(v, "version `NODUS_%u.%u' not found", major, minor) == 2;
}

/* The plugin's name before its descriptor is readable: its file name. */
static char *name_of_path(const char *path)
{
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  const char *dot = strchr(base, '.');
  return strndup(base, dot ? (size_t)(dot - base) : strlen(base));
}

/* dlopen + descriptor checks. On failure *err is malloc'd and *code set. */
static const nd_plugin *open_checked(const char *key, const char *path, const char *want_name,
                                     char **err, const char **code)
{
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char *e = dlerror();
    unsigned major, minor;
    if (newer_abi(e, &major, &minor)) {
      char *name = want_name ? NULL : name_of_path(path);
      *err = abi_refusal(want_name ? want_name : name ? name : path, path, major, minor);
      free(name);
      *code = "ERR_PLUGIN_ABI";
    } else {
      *err = fmt("cannot load %s: %s", path, e);
      *code = "ERR_DLOPEN_FAILED";
    }
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
  uint16_t rmajor, rminor;
  nd_abi(&rmajor, &rminor);
  if (p->abi_major != rmajor || p->abi_minor > rminor || p->size < sizeof(nd_plugin)) {
    *err = abi_refusal(p->name     ? p->name
                       : want_name ? want_name
                                   : path,
                       path, p->abi_major, p->abi_minor);
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

static mapping *find_mapping(const char *name)
{
  for (mapping *m = mappings; m; m = m->next)
    if (strcmp(m->name, name) == 0) return m;
  return NULL;
}

static void free_mappings(void)
{
  while (mappings) {
    mapping *m = mappings;
    mappings = m->next;
    free(m->name);
    free(m->impl);
    for (char **o = m->opts; o && *o; o++) free(*o);
    free(m->opts);
    free(m);
  }
  free(manifest_file);
  manifest_file = NULL;
}

static char *trim(char *s)
{
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
    s[--n] = 0;
  return s;
}

/* Parses one "name = impl [key=value...]" line into a mapping. */
static bool parse_line(char *text, int lineno, char **err)
{
  char *hash = strchr(text, '#');
  if (hash) *hash = 0;
  char *s = trim(text);
  if (!*s) return true;
  char *eq = strchr(s, '=');
  if (!eq) {
    *err = fmt("%s:%d: expected 'name = implementation', got '%s'", manifest_file, lineno, s);
    return false;
  }
  *eq = 0;
  char *name = trim(s), *rest = trim(eq + 1);
  if (!valid_name(name)) {
    *err = fmt("%s:%d: '%s' is not a module name", manifest_file, lineno, name);
    return false;
  }
  if (find_mapping(name)) {
    *err = fmt("%s:%d: '%s' is mapped twice", manifest_file, lineno, name);
    return false;
  }
  char *impl = strtok(rest, " \t");
  if (!impl) {
    *err = fmt("%s:%d: no implementation for '%s' (a plugin name, a path, or off)", manifest_file,
               lineno, name);
    return false;
  }
  mapping *m = calloc(1, sizeof *m);
  if (!m) {
    *err = fmt("out of memory");
    return false;
  }
  m->line = lineno;
  m->name = strdup(name);
  m->impl = strcmp(impl, "off") == 0 ? NULL : strdup(impl);
  size_t nopts = 0;
  m->opts = calloc(1, sizeof *m->opts);
  if (!m->name || !m->opts || (!m->impl && strcmp(impl, "off") != 0)) {
    free(m->name);
    free(m->impl);
    free(m->opts);
    free(m);
    *err = fmt("out of memory");
    return false;
  }
  for (char *o; (o = strtok(NULL, " \t"));) {
    if (!strchr(o, '=') || o[0] == '=') {
      *err = fmt("%s:%d: option '%s' is not key=value", manifest_file, lineno, o);
      m->next = mappings;
      mappings = m;
      return false;
    }
    char **no = realloc(m->opts, (nopts + 2) * sizeof *no);
    char *copy = no ? strdup(o) : NULL;
    if (no) m->opts = no;
    if (!copy) {
      *err = fmt("out of memory");
      m->next = mappings; /* owned by the list, freed with it */
      mappings = m;
      return false;
    }
    m->opts[nopts++] = copy;
    m->opts[nopts] = NULL;
  }
  if (!impl || (!m->impl && strcmp(impl, "off") != 0) ||
      (m->impl && !valid_name(m->impl) && !strchr(m->impl, '/'))) {
    *err =
        fmt("%s:%d: '%s' is neither a plugin name, a path, nor off", manifest_file, lineno, impl);
    m->next = mappings;
    mappings = m;
    return false;
  }
  m->next = mappings;
  mappings = m;
  return true;
}

bool plugins_manifest(const char *file, bool required, char **err)
{
  FILE *f = fopen(file, "re");
  if (!f) {
    if (!required && errno == ENOENT) return true;
    *err = fmt("cannot read the module manifest %s: %s", file, strerror(errno));
    return false;
  }
  manifest_file = strdup(file);
  if (!manifest_file) {
    fclose(f);
    *err = fmt("out of memory");
    return false;
  }
  char line[4096];
  int lineno = 0;
  bool ok = true;
  while (ok && fgets(line, sizeof line, f)) {
    lineno++;
    ok = parse_line(line, lineno, err);
  }
  fclose(f);
  return ok;
}

/* Where a failure came from, for messages: " (modules.conf:3)" or "". */
static const char *origin(const mapping *m, char *buf, size_t n)
{
  if (!m) return "";
  snprintf(buf, n, " (%s:%d)", manifest_file, m->line);
  return buf;
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
  mapping *m = find_mapping(name);
  char where[512];
  if (m && !m->impl) {
    *err =
        fmt("Module '%s' is disabled in this deployment%s", name, origin(m, where, sizeof where));
    *code = "ERR_MODULE_DISABLED";
    return NULL;
  }
  const char *impl = m ? m->impl : name;
  char *path = valid_name(impl) ? find_plugin(impl) : strdup(impl);
  if (!path || !is_file(path)) {
    if (m)
      *err = fmt("Cannot find module '%s': its implementation '%s' is not installed%s", name, impl,
                 origin(m, where, sizeof where));
    else *err = fmt("Cannot find module '%s'", name);
    *code = "MODULE_NOT_FOUND";
    free(path);
    return NULL;
  }
  /* A swapped implementation declares its own name (fs-sandbox). */
  const nd_plugin *p = open_checked(name, path, m ? NULL : name, err, code);
  if (!p && m && *err) {
    char *e = fmt("%s%s", *err, origin(m, where, sizeof where));
    free(*err);
    *err = e;
  }
  free(path);
  return p;
}

const char *plugins_option(void *ud, const char *name, const char *key)
{
  (void)ud;
  /* By the builtin name (fs) or by the implementation's own (fs-sandbox). */
  mapping *m = find_mapping(name);
  for (mapping *i = mappings; !m && i; i = i->next)
    if (i->impl && strcmp(i->impl, name) == 0) m = i;
  size_t n = strlen(key);
  for (char **o = m ? m->opts : NULL; o && *o; o++)
    if (strncmp(*o, key, n) == 0 && (*o)[n] == '=') return *o + n + 1;
  return NULL;
}

bool plugins_is_enabled(const char *name)
{
  mapping *m = find_mapping(name);
  if (m) return m->impl != NULL;
  return plugins_is_builtin(NULL, name);
}

/* Every builtin programs may require: plugins found in the module path and
 * names in the manifest, with what each resolves to (internal/NAME plugins,
 * in their own subfolder, are for plugins and not listed). */
void plugins_list(FILE *out)
{
  char **names = NULL;
  size_t n = 0;
  for (mapping *m = mappings; m; m = m->next) {
    if (strchr(m->name, '/')) continue; /* internal/NAME: for plugins, not programs */
    char **nn = realloc(names, (n + 1) * sizeof *names);
    if (!nn) break;
    names = nn;
    if (!(names[n] = strdup(m->name))) break;
    n++;
  }
  for (size_t i = 0; i < ndirs; i++) {
    DIR *d = opendir(dirs[i]);
    if (!d) continue;
    for (struct dirent *e; (e = readdir(d));) {
      char name[256];
      size_t len = strlen(e->d_name);
      if (len > 3 && strcmp(e->d_name + len - 3, ".so") == 0 && len - 3 < sizeof name) {
        memcpy(name, e->d_name, len - 3);
        name[len - 3] = 0;
      } else if (e->d_name[0] != '.' && strlen(e->d_name) < sizeof name) {
        char *p = fmt("%s/%s/%s.so", dirs[i], e->d_name, e->d_name);
        bool has = p && is_file(p);
        free(p);
        if (!has) continue;
        snprintf(name, sizeof name, "%s", e->d_name);
      } else {
        continue;
      }
      bool seen = false;
      for (size_t k = 0; k < n && !seen; k++) seen = strcmp(names[k], name) == 0;
      if (seen || !valid_name(name)) continue;
      char **nn = realloc(names, (n + 1) * sizeof *names);
      if (!nn) break;
      names = nn;
      if (!(names[n] = strdup(name))) break;
      n++;
    }
    closedir(d);
  }
  qsort(names, n, sizeof *names, cmp_str);
  fprintf(out, "%-16s %-8s %-5s %-10s %s\n", "MODULE", "VERSION", "ABI", "STATE", "IMPLEMENTATION");
  for (size_t k = 0; k < n; k++) {
    mapping *m = find_mapping(names[k]);
    char where[512];
    if (m && !m->impl) {
      fprintf(out, "%-16s %-8s %-5s %-10s %s\n", names[k], "-", "-", "off",
              origin(m, where, sizeof where) + 1);
      free(names[k]);
      continue;
    }
    const char *impl = m ? m->impl : names[k];
    char *path = valid_name(impl) ? find_plugin(impl) : strdup(impl);
    char *err = NULL;
    const char *code = NULL;
    const nd_plugin *p = path ? plugins_load_builtin(NULL, names[k], &err, &code) : NULL;
    char abi[16] = "-";
    if (p) snprintf(abi, sizeof abi, "%u.%u", p->abi_major, p->abi_minor);
    fprintf(out, "%-16s %-8s %-5s %-10s %s%s%s\n", names[k], p && p->version ? p->version : "-",
            abi, p ? (m ? "swapped" : "default") : "error", path ? path : impl, err ? ": " : "",
            err ? err : "");
    free(err);
    free(path);
    free(names[k]);
  }
  free(names);
}

bool plugins_is_builtin(void *ud, const char *name)
{
  (void)ud;
  if (!valid_name(name)) return false;
  if (find_loaded(name) || find_mapping(name)) return true;
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
  free_mappings();
  dirs = NULL;
  ndirs = 0;
}
