/* parser.h — the HTTPParser class of the http plugin (parser.c). */
#ifndef NODUS_HTTP_PARSER_H
#define NODUS_HTTP_PARSER_H

#include <nodus/nodus.h>

/* The constructor HTTPParser(kind: 0 request | 1 response, maxHeaderBytes,
 * requireHost: false lets an HTTP/1.1 request without Host through). */
nd_status http_parser_class(nd_env env, nd_value *result);

#endif
