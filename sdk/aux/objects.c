/* objects.c — the value half of nodus_aux: property setters, tagged wrapping with clear ownership on failure, and property
 * tables defined with a shared data pointer. No state. */
#include <stdlib.h>
#include <string.h>

#include <nodus/nodus_aux.h>

/* ---- values ---------------------------------------------------------------- */

nd_status ndx_set_number(nd_env env, nd_value obj, const char *name, double v)
{
  nd_value n;
  nd_status st = nd_number(env, v, &n);
  return st == ND_OK ? nd_set_named(env, obj, name, n) : st;
}

nd_status ndx_set_string(nd_env env, nd_value obj, const char *name, const char *s)
{
  nd_value str;
  nd_status st = nd_string_utf8(env, s, ND_AUTO_LENGTH, &str);
  return st == ND_OK ? nd_set_named(env, obj, name, str) : st;
}

nd_status ndx_set_bool(nd_env env, nd_value obj, const char *name, bool v)
{
  nd_value b;
  nd_status st = nd_boolean(env, v, &b);
  return st == ND_OK ? nd_set_named(env, obj, name, b) : st;
}

/* ---- tagged native data ------------------------------------------------------ */

nd_status ndx_wrap(nd_env env, nd_value obj, const nd_type_tag *tag, void *data, nd_finalize fin,
                   void *hint)
{
  /* Tag first: an object tagged but never wrapped reads as closed (NULL
   * data), so a failed wrap leaves nothing half-owned. */
  nd_status st = nd_type_tag_object(env, obj, tag);
  return st == ND_OK ? nd_wrap(env, obj, data, fin, hint) : st;
}

nd_status ndx_wrapped_new(nd_env env, const nd_type_tag *tag, void *data, nd_finalize fin,
                          void *hint, nd_value *result)
{
  nd_value obj;
  nd_status st = nd_wrapped_new(env, data, fin, hint, &obj);
  if (st != ND_OK) return st;
  if ((st = nd_type_tag_object(env, obj, tag)) != ND_OK) {
    void *back;
    /* give data back to the caller: the finalizer must not run on it */
    ND_IGNORE(nd_remove_wrap(env, obj, &back));
    return st;
  }
  *result = obj;
  return ND_OK;
}

/* ---- property tables ---------------------------------------------------------- */

nd_status ndx_define(nd_env env, nd_value obj, size_t count, const nd_property *props, void *data)
{
  /* Copies in slices on the stack, filling in the shared data. */
  nd_property slice[32];
  while (count > 0) {
    size_t n = count < 32 ? count : 32;
    memcpy(slice, props, n * sizeof *props);
    for (size_t i = 0; i < n; i++)
      if (!slice[i].data) slice[i].data = data;
    nd_status st = nd_define_properties(env, obj, n, slice);
    if (st != ND_OK) return st;
    props += n;
    count -= n;
  }
  return ND_OK;
}

nd_status ndx_object_new(nd_env env, size_t count, const nd_property *props, void *data,
                         nd_value *result)
{
  nd_value obj;
  nd_status st = nd_object_new(env, &obj);
  if (st == ND_OK) st = ndx_define(env, obj, count, props, data);
  if (st == ND_OK) *result = obj;
  return st;
}

nd_status ndx_class_new(nd_env env, const char *name, nd_native ctor, uint32_t nargs, void *data,
                        size_t count, const nd_property *props, nd_value *result)
{
  nd_property small[32], *all = count <= 32 ? small : malloc(count * sizeof *props);
  if (!all) return ND_NO_MEMORY;
  memcpy(all, props, count * sizeof *props);
  for (size_t i = 0; i < count; i++)
    if (!all[i].data) all[i].data = data;
  nd_status st = nd_class_new(env, name, ctor, nargs, data, count, all, result);
  if (all != small) free(all);
  return st;
}
