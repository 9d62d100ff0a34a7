/* nodus-embed.h — how the loader (the `nodus` binary) drives the kernel.
 * Not part of the plugin SDK: plugins and addons never see this header. */
#ifndef NODUS_EMBED_H
#define NODUS_EMBED_H

#include <nodus/nodus.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The loader's side of builtin resolution. Each returns a plugin descriptor
 * the loader has dlopen'ed and checked, or NULL with *err set to a malloc'd
 * message and *code to a static error code ("MODULE_NOT_FOUND",
 * "ERR_MODULE_DISABLED", "ERR_PLUGIN_ABI"...). */
typedef struct nd_host {
  const nd_plugin *(*load_builtin)(void *ud, const char *name, char **err, const char **code);
  bool (*is_builtin)(void *ud, const char *name);
  const nd_plugin *(*load_addon)(void *ud, const char *path, char **err, const char **code);
  /* The deployment's option `key` for builtin `name`, or NULL. */
  const char *(*option)(void *ud, const char *name, const char *key);
  void *ud;
} nd_host;

typedef struct nd_runtime_options {
  int argc; /* process.argv: argv[0] is the executable name */
  char **argv;
  int exec_argc; /* process.execArgv */
  char **exec_argv;
  const char *exec_path;
  const char *install_prefix;
  const char *version;
  nd_host host;
} nd_runtime_options;

typedef enum { ND_MAIN_FILE, ND_MAIN_EVAL, ND_MAIN_PRINT, ND_MAIN_STDIN } nd_main_kind;

/* Creates the engine, the loop and the process object; NULL on failure
 * (a message was printed). */
ND_EXTERN nd_env nd_runtime_new(const nd_runtime_options *opts);
/* Loads `module` and sets global[name] (lazily on first access when lazy). */
ND_EXTERN bool nd_runtime_global_from(nd_env env, const char *name, const char *module,
                                      const char *property, bool lazy);
/* Runs a builtin for its side effects at start-up (process, timers). */
ND_EXTERN bool nd_runtime_preload(nd_env env, const char *module);
/* Runs the main module, then the loop until nothing is left, then emits
 * process 'exit'. Returns the exit code. */
ND_EXTERN int nd_runtime_run(nd_env env, nd_main_kind kind, const char *arg);
/* Tears everything down: the worker pool (running jobs finish, the rest
 * complete cancelled), cleanup hooks, engine, loop. When a pool job does
 * not finish within a bound (a read of a FIFO nobody writes), nothing it
 * may use can be freed: the process then ends here with _exit and the code
 * nd_runtime_run returned. */
ND_EXTERN void nd_runtime_free(nd_env env);

#ifdef __cplusplus
}
#endif
#endif
