/* badabi.c — plugin descriptors no runtime accepts: built as badabi.so
 * (ABI 99.0, another major), newminor.so (ABI 1.99, a minor newer than the
 * runtime's) and badmagic.so (not a nodus descriptor at all). */
#include <nodus/nodus.h>

static nd_value init(nd_env env, nd_value exports)
{
  return exports;
}

ND_EXTERN const nd_plugin nodus_plugin = {
    BAD_MAGIC, BAD_MAJOR, BAD_MINOR,   (uint32_t)sizeof(nd_plugin), BAD_NAME, "1.0.0",
    NULL,      init,      {0, 0, 0, 0}};
