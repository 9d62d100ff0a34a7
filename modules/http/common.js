// http/common.js — what the server and the client share: the status codes
// and methods, header checks, the Date header and Node's header joining.
'use strict';

var net = require('net');
var EventEmitter = require('events');
var Stream = require('stream');
var Buffer = require('buffer').Buffer;

var HTTPParser = binding.HTTPParser;
var REQUEST = 0, RESPONSE = 1;
var CRLF = '\r\n';

var STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

var METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK',
  'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'REBIND', 'REPORT', 'SEARCH',
  'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

var errors = require('internal/errors');
var codedError = errors.codedError;

var tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
var badValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function checkHeader(name, value) {
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
    throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["' + name + '"]');
  }
  if (value === undefined) {
    throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "undefined" for header "' + name + '"');
  }
  if (badValueRe.test(String(value))) {
    throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
  }
}

// ---- the Date header, formatted at most once a second ----------------------

var dateCache = '';
var dateTimer = null;
function utcDate() {
  if (!dateCache) {
    dateCache = new Date().toUTCString();
    dateTimer = setTimeout(function () { dateCache = ''; dateTimer = null; }, 1000 - new Date().getMilliseconds());
    if (dateTimer.unref) dateTimer.unref();
  }
  return dateCache;
}

// ---- headers as Node joins them ---------------------------------------------

// Repeated headers: these keep the first value; set-cookie is an array;
// cookie joins with '; '; the rest with ', '.
var FIRST_WINS = {
  'content-type': 1, 'content-length': 1, 'user-agent': 1, 'referer': 1, 'host': 1,
  'authorization': 1, 'proxy-authorization': 1, 'if-modified-since': 1,
  'if-unmodified-since': 1, 'from': 1, 'location': 1, 'max-forwards': 1,
  'retry-after': 1, 'etag': 1, 'last-modified': 1, 'server': 1, 'age': 1, 'expires': 1,
};

function addHeader(headers, name, value) {
  var key = name.toLowerCase();
  var cur = headers[key];
  if (cur === undefined) {
    headers[key] = key === 'set-cookie' ? [value] : value;
  } else if (key === 'set-cookie') {
    cur.push(value);
  } else if (FIRST_WINS[key] !== 1) {
    headers[key] = cur + (key === 'cookie' ? '; ' : ', ') + value;
  }
}

function headersFrom(flat, msg) {
  var headers = {};
  for (var i = 0; i < flat.length; i += 2) addHeader(headers, flat[i], flat[i + 1]);
  msg.rawHeaders = flat;
  return headers;
}

exports.CRLF = CRLF;
exports.HTTPParser = HTTPParser;
exports.METHODS = METHODS;
exports.REQUEST = REQUEST;
exports.RESPONSE = RESPONSE;
exports.STATUS_CODES = STATUS_CODES;
exports.checkHeader = checkHeader;
exports.codedError = codedError;
exports.errors = errors;
exports.headersFrom = headersFrom;
exports.tokenRe = tokenRe;
exports.utcDate = utcDate;
