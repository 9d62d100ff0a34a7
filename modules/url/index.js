// url — owns require('url'): the legacy API (url.parse, url.format,
// url.resolve, url.resolveObject and the Url objects they return, as node 20
// behaves, quirks included) and the WHATWG URL Standard classes URL and
// URLSearchParams (exported; the kernel installs them as globals), with the
// helpers around them: domainToASCII/domainToUnicode (UTS #46 mapping with
// punycode), fileURLToPath/pathToFileURL and urlToHttpOptions.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// querystring and path are required lazily, when a function needs them.
//
// index.js gathers the exports of the parts: common, idna (punycode and
// UTS #46), parser (hosts and the basic URL parser), search-params, whatwg
// (URL and its helpers) and legacy (url.parse and friends).

'use strict';

var { URLSearchParams } = require('./search-params');
var { URL, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  urlToHttpOptions } = require('./whatwg');
var { Url, urlFormat, urlParse, urlResolve, urlResolveObject } = require('./legacy');

exports.Url = Url;
exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = urlResolveObject;
exports.format = urlFormat;
exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
exports.domainToASCII = domainToASCII;
exports.domainToUnicode = domainToUnicode;
exports.pathToFileURL = pathToFileURL;
exports.fileURLToPath = fileURLToPath;
exports.urlToHttpOptions = urlToHttpOptions;
