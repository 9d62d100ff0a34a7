/* plugins.h — finding, loading and checking plugins and addons. */
#ifndef NODUS_LOADER_PLUGINS_H
#define NODUS_LOADER_PLUGINS_H

#include <stdio.h>

#include "nodus-embed.h"

/* Builds the search path: NODUS_MODULE_PATH entries, then the compiled-in
 * module directory. */
void plugins_init(const char *default_dir);
const nd_plugin *plugins_load_builtin(void *ud, const char *name, char **err, const char **code);
bool plugins_is_builtin(void *ud, const char *name);
const nd_plugin *plugins_load_addon(void *ud, const char *path, char **err, const char **code);
/* Reads the deployment manifest; a missing file is fine unless required.
 * On error *err (malloc'd) names the file and line. */
bool plugins_manifest(const char *file, bool required, char **err);
/* A manifest option of a module's line ("root" of "fs = fs-sandbox root=/x"). */
const char *plugins_option(void *ud, const char *name, const char *key);
/* Found and not switched off. */
bool plugins_is_enabled(const char *name);
/* Prints the resolved module table (nodus --list-modules). */
void plugins_list(FILE *out);
/* dlclose()s everything; call after the runtime is gone. */
void plugins_shutdown(void);

#endif
