/* plugins.h — finding, loading and checking plugins and addons. */
#ifndef NODUS_LOADER_PLUGINS_H
#define NODUS_LOADER_PLUGINS_H

#include "nodus-embed.h"

/* Builds the search path: NODUS_MODULE_PATH entries, then the compiled-in
 * module directory. */
void plugins_init(const char *default_dir);
const nd_plugin *plugins_load_builtin(void *ud, const char *name, char **err, const char **code);
bool plugins_is_builtin(void *ud, const char *name);
const nd_plugin *plugins_load_addon(void *ud, const char *path, char **err, const char **code);
/* dlclose()s everything; call after the runtime is gone. */
void plugins_shutdown(void);

#endif
