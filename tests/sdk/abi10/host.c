/* host.c — the loader's plugin code (loader/plugins.c) on the 1.0 stub
 * runtime: prints the runtime's ABI, then loads each argument as an addon
 * and prints "ok NAME" or "CODE: message". */
#include <stdio.h>
#include <stdlib.h>

#include "plugins.h"

int main(int argc, char **argv)
{
  uint16_t major, minor;
  nd_abi(&major, &minor);
  printf("runtime ABI %u.%u\n", major, minor);
  plugins_init(NULL);
  for (int i = 1; i < argc; i++) {
    char *err = NULL;
    const char *code = NULL;
    const nd_plugin *p = plugins_load_addon(NULL, argv[i], &err, &code);
    if (p) printf("ok %s\n", p->name);
    else printf("%s: %s\n", code, err);
    free(err);
  }
  plugins_shutdown();
  return 0;
}
