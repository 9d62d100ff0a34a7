/* signals.c — the one signal table (NDX_SIGNALS): name <-> number and the
 * {SIGHUP: 1, ...} object that process and child_process expose. */
#include <signal.h>
#include <string.h>

#include <nodus/nodus_aux.h>

static const struct {
  const char *name;
  int num;
} table[] = {
#define X(s) {#s, s},
    NDX_SIGNALS(X)
#undef X
};

const char *ndx_signal_name(int signum)
{
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (table[i].num == signum) return table[i].name;
  return NULL;
}

int ndx_signal_number(const char *name)
{
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(table[i].name, name) == 0) return table[i].num;
  return 0;
}

nd_status ndx_signals_object(nd_env env, nd_value *result)
{
  nd_value o;
  nd_status st = nd_object_new(env, &o);
  for (size_t i = 0; st == ND_OK && i < sizeof table / sizeof table[0]; i++)
    st = ndx_set_number(env, o, table[i].name, table[i].num);
  if (st == ND_OK) *result = o;
  return st;
}
