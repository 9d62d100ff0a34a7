/* stub.c — a nodus 1.0 runtime as far as loading goes: a libnodus.so.1
 * whose only version node is NODUS_1.0 and which says it provides ABI 1.0.
 * abi10-host loads plugins against it with the real loader code. */
#include <nodus/nodus.h>

void nd_abi(uint16_t *major, uint16_t *minor)
{
  if (major) *major = 1;
  if (minor) *minor = 0;
}

const char *nd_version(void)
{
  return "0.0.0-abi10";
}
