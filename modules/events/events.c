/* events — EventEmitter. The API is JavaScript (events.js); this file embeds it. */
#include <nodus/nodus.h>

#include "events_js.h"

static nd_value init(nd_env env, nd_value exports)
{
  nd_value result;
  if (nd_eval_module(env, events_js, events_js_len, "events.js", exports, NULL, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN("events", "0.1.0", NULL, init);
