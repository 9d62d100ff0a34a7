/* badabi.c — a plugin descriptor for ABI 99.0, which no runtime provides. */
#include <nodus/nodus.h>

static nd_value init(nd_env env, nd_value exports) { return exports; }

ND_EXTERN const nd_plugin nodus_plugin = {
    NODUS_PLUGIN_MAGIC, 99, 0, (uint32_t)sizeof(nd_plugin), "badabi", "1.0.0", NULL, init, {0, 0, 0, 0}};
