// path — owns require('path'): the POSIX path functions node 20 exposes
// (normalize, join, resolve, relative, dirname, basename, extname,
// isAbsolute, parse, format, toNamespacedPath, matchesGlob, sep, delimiter),
// the same set for Windows paths under path.win32, and the v0.2 helpers that
// nodus keeps (normalizeArray, exists, existsSync).
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// Everything here is string work; only exists/existsSync touch the file
// system, through require('fs') loaded when they are first called.

'use strict';

// ---------------------------------------------------------------------------
// Argument errors, worded as node words them

var errors = require('internal/errors');
var checkString = errors.validateString;
var checkObject = errors.validateObject;

// ---------------------------------------------------------------------------
// Shared pieces

// Resolves '.' and '..' among the segments of `parts` (already split on the
// separators, empty strings being the runs of separators). A relative path
// keeps the '..' that climb above its start; an absolute one drops them.
function collapseSegments(parts, allowAboveRoot) {
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(part);
  }
  return out;
}

// The extension and the stem of a file name (no separators in it): the
// extension starts at the last dot unless that dot begins the name.
function splitExtension(base) {
  var dot = base.lastIndexOf('.');
  // a leading dot starts a hidden name, not an extension; '..' has none
  if (dot <= 0 || base === '..') return { name: base, ext: '' };
  return { name: base.slice(0, dot), ext: base.slice(dot) };
}

// Strips `suffix` from the last component `base` as node's basename(p, suffix)
// does. `whole` is the path, `start` where the last component begins in it.
function stripSuffix(whole, start, base, suffix) {
  if (suffix === undefined || suffix.length === 0 || suffix.length > whole.length) return base;
  if (suffix === whole) return '';
  if (base.length === 0) {
    // nothing but separators: node hands the path back untouched
    return whole.slice(start);
  }
  if (suffix.length <= base.length) {
    if (base.slice(base.length - suffix.length) !== suffix || suffix.length === base.length) return base;
    return base.slice(0, base.length - suffix.length);
  }
  // The suffix is longer than the name: when the name is a tail of the suffix
  // node keeps the trailing separators too.
  if (suffix.slice(suffix.length - base.length) === base) return whole.slice(start);
  return base;
}

function formatPath(sep, pathObject) {
  checkObject(pathObject, 'pathObject');
  var dir = pathObject.dir || pathObject.root;
  var base = pathObject.base;
  if (!base) {
    var ext = pathObject.ext || '';
    if (ext && ext.charAt(0) !== '.') ext = '.' + ext;
    base = (pathObject.name || '') + ext;
  }
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + sep + base;
}

// ---------------------------------------------------------------------------
// POSIX

var posix = {};

function posixCwd() {
  return process.cwd();
}

function posixNormalizeTail(text, isAbsolute) {
  return collapseSegments(text.split('/'), !isAbsolute).join('/');
}

posix.sep = '/';
posix.delimiter = ':';

posix.normalize = function normalize(p) {
  checkString(p, 'path');
  if (p.length === 0) return '.';
  var isAbsolute = p.charCodeAt(0) === 47;
  var trailing = p.charCodeAt(p.length - 1) === 47;
  var tail = posixNormalizeTail(p, isAbsolute);
  if (tail.length === 0) {
    if (isAbsolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) tail += '/';
  return isAbsolute ? '/' + tail : tail;
};

posix.isAbsolute = function isAbsolute(p) {
  checkString(p, 'path');
  return p.length > 0 && p.charCodeAt(0) === 47;
};

posix.join = function join() {
  if (arguments.length === 0) return '.';
  var pieces = [];
  for (var i = 0; i < arguments.length; i++) {
    var arg = arguments[i];
    checkString(arg, 'path');
    if (arg.length > 0) pieces.push(arg);
  }
  if (pieces.length === 0) return '.';
  return posix.normalize(pieces.join('/'));
};

posix.resolve = function resolve() {
  var resolved = '';
  var absolute = false;
  for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
    var p;
    if (i >= 0) {
      p = arguments[i];
      checkString(p, 'paths[' + i + ']');
    } else {
      p = posixCwd();
    }
    if (p.length === 0) continue;
    resolved = resolved.length > 0 ? p + '/' + resolved : p;
    absolute = p.charCodeAt(0) === 47;
  }
  var tail = posixNormalizeTail(resolved, absolute);
  if (absolute) return '/' + tail;
  return tail.length > 0 ? tail : '.';
};

posix.relative = function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  from = posix.resolve(from);
  to = posix.resolve(to);
  if (from === to) return '';
  var fromParts = from === '/' ? [] : from.slice(1).split('/');
  var toParts = to === '/' ? [] : to.slice(1).split('/');
  var common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  var out = [];
  for (var i = common; i < fromParts.length; i++) out.push('..');
  return out.concat(toParts.slice(common)).join('/');
};

posix.toNamespacedPath = function toNamespacedPath(p) {
  return p;
};

posix.dirname = function dirname(p) {
  checkString(p, 'path');
  if (p.length === 0) return '.';
  var hasRoot = p.charCodeAt(0) === 47;
  // skip the separators that end the path, then the last component; the
  // directory is what precedes the separator found there (only the one
  // right before the component is dropped)
  var i = p.length - 1;
  while (i >= 1 && p.charCodeAt(i) === 47) i--;
  while (i >= 1 && p.charCodeAt(i) !== 47) i--;
  if (i < 1) return hasRoot ? '/' : '.';
  if (hasRoot && i === 1) return '//';
  return p.slice(0, i);
};

posix.basename = function basename(p, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(p, 'path');
  var end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  var start = p.lastIndexOf('/', end - 1) + 1;
  if (end === 0) start = 0;
  return stripSuffix(p, start, p.slice(start, end), suffix);
};

posix.extname = function extname(p) {
  checkString(p, 'path');
  return splitExtension(posixLastComponent(p)).ext;
};

function posixLastComponent(p) {
  var end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  return p.slice(p.lastIndexOf('/', end - 1) + 1, end);
}

posix.format = function format(pathObject) {
  return formatPath('/', pathObject);
};

posix.parse = function parse(p) {
  checkString(p, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  var isAbsolute = p.charCodeAt(0) === 47;
  if (isAbsolute) ret.root = '/';
  var end = p.length;
  while (end > 1 && p.charCodeAt(end - 1) === 47) end--;
  var slash = p.lastIndexOf('/', end - 1);
  var base = p.slice(slash + 1, end);
  if (isAbsolute && end === 1) {
    // only separators
    ret.dir = '/';
    return ret;
  }
  var parts = splitExtension(base);
  // node reads '/..' (the name right after the root) as '.' plus '.'
  if (slash === 0 && base === '..') parts = { name: '.', ext: '.' };
  ret.base = base;
  ret.name = parts.name;
  ret.ext = parts.ext;
  if (slash > 0) ret.dir = p.slice(0, slash);
  else if (isAbsolute) ret.dir = '/';
  return ret;
};

// ---------------------------------------------------------------------------
// Windows

var win32 = {};

function isSep(code) {
  return code === 47 || code === 92;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Splits off the root of a Windows path. Returns
//   device:    'C:' or '\\\\server\\share' (separators normalised), or ''
//   rootEnd:   index where the rest of the path starts
//   absolute:  whether the root ends with a separator (or is a UNC share)
//   unc:       the root is '\\\\server\\share'
//   shareOnly: ... with nothing after the share name
// With `namespaces`, '\\\\.\\' and '\\\\?\\' (the device and the verbatim
// namespaces) are roots of their own, as normalize() and resolve() treat
// them: '..' never climbs out of them.
function win32Root(p, namespaces) {
  var len = p.length;
  var res = { device: '', rootEnd: 0, absolute: false, unc: false, shareOnly: false };
  if (len === 0) return res;
  var c0 = p.charCodeAt(0);
  if (isSep(c0)) {
    res.absolute = true;
    res.rootEnd = 1;
    if (len > 1 && isSep(p.charCodeAt(1))) {
      // maybe \\server\share
      var j = 2;
      while (j < len && !isSep(p.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        var server = p.slice(2, j);
        var afterServer = j;
        while (j < len && isSep(p.charCodeAt(j))) j++;
        if (namespaces && j < len && (server === '.' || server === '?')) {
          res.device = '\\\\' + server;
          res.rootEnd = afterServer + 1;
          return res;
        }
        if (j < len) {
          var shareStart = j;
          while (j < len && !isSep(p.charCodeAt(j))) j++;
          res.device = '\\\\' + server + '\\' + p.slice(shareStart, j);
          res.rootEnd = j;
          res.unc = true;
          res.shareOnly = j === len;
        }
      }
    }
    return res;
  }
  if (len > 1 && isDriveLetter(c0) && p.charCodeAt(1) === 58) {
    res.device = p.slice(0, 2);
    res.rootEnd = 2;
    if (len > 2 && isSep(p.charCodeAt(2))) {
      res.absolute = true;
      res.rootEnd = 3;
    }
  }
  return res;
}

function win32NormalizeTail(text, isAbsolute) {
  return collapseSegments(text.split(/[\\/]/), !isAbsolute).join('\\');
}

// Windows reads 'CON:', 'COM1:'... as devices: node normalises them like a
// drive and marks the result as relative ('.\\').
var reservedDevice = /^(?:con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3]):/i;

// A relative result that Windows could read as a drive ('C:x' after '..'
// removed what preceded it) or as a stream of something ('a\\b:' or 'b:\\x')
// gets a '.\\' prefix.
function needsDotPrefix(original, tail) {
  if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === 58) return true;
  for (var i = original.indexOf(':'); i !== -1; i = original.indexOf(':', i + 1)) {
    if (i === original.length - 1 || isSep(original.charCodeAt(i + 1))) return true;
  }
  return false;
}

win32.sep = '\\';
win32.delimiter = ';';

win32.normalize = function normalize(p) {
  checkString(p, 'path');
  var len = p.length;
  if (len === 0) return '.';
  if (len === 1) return p === '/' ? '\\' : p;
  var device = reservedDevice.exec(p);
  if (device) {
    var rest = win32NormalizeTail(p.slice(device[0].length), false) || '.';
    return '.\\' + device[0] + rest + (isSep(p.charCodeAt(len - 1)) ? '\\' : '');
  }
  var root = win32Root(p, true);
  if (root.shareOnly) return root.device + '\\';
  var tail = root.rootEnd < len ? win32NormalizeTail(p.slice(root.rootEnd), root.absolute) : '';
  if (tail.length === 0 && !root.absolute) tail = '.';
  if (tail.length > 0 && isSep(p.charCodeAt(len - 1))) tail += '\\';
  if (!root.absolute && root.device === '' && p.indexOf(':') !== -1 && needsDotPrefix(p, tail)) {
    return '.\\' + tail;
  }
  if (root.device === '') return root.absolute ? '\\' + tail : tail;
  return root.absolute ? root.device + '\\' + tail : root.device + tail;
};

win32.isAbsolute = function isAbsolute(p) {
  checkString(p, 'path');
  var len = p.length;
  if (len === 0) return false;
  var c0 = p.charCodeAt(0);
  return isSep(c0) ||
    (len > 2 && isDriveLetter(c0) && p.charCodeAt(1) === 58 && isSep(p.charCodeAt(2)));
};

win32.join = function join() {
  if (arguments.length === 0) return '.';
  var joined;
  var firstPart;
  for (var i = 0; i < arguments.length; i++) {
    var arg = arguments[i];
    checkString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = firstPart = arg;
      else joined += '\\' + arg;
    }
  }
  if (joined === undefined) return '.';
  // A first argument starting with two separators may have been meant as a
  // UNC root ('\\\\server'); a first argument starting with a single one must
  // not become one once joined (collapse the extra separators).
  var needsReplace = true;
  var slashCount = 0;
  if (isSep(firstPart.charCodeAt(0))) {
    slashCount++;
    var firstLen = firstPart.length;
    if (firstLen > 1 && isSep(firstPart.charCodeAt(1))) {
      slashCount++;
      if (firstLen > 2) {
        if (isSep(firstPart.charCodeAt(2))) slashCount++;
        else needsReplace = false;
      }
    }
  }
  if (needsReplace) {
    while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
    if (slashCount >= 2) joined = '\\' + joined.slice(slashCount);
  }
  return win32.normalize(joined);
};

function win32Cwd() {
  var cwd = process.cwd();
  if (process.platform !== 'win32') cwd = cwd.replace(/\//g, '\\');
  return cwd;
}

win32.resolve = function resolve() {
  var device = '';
  var tail = '';
  var absolute = false;
  for (var i = arguments.length - 1; i >= -1; i--) {
    var p;
    if (i >= 0) {
      p = arguments[i];
      checkString(p, 'paths[' + i + ']');
      if (p.length === 0) continue;
    } else if (device.length === 0) {
      p = win32Cwd();
    } else {
      // The current directory of the drive named by the paths: Windows keeps
      // one per drive in the hidden '=C:' variables. When what we find names
      // another drive, the drive's root stands in for it.
      p = (process.env && process.env['=' + device]) || win32Cwd();
      if (p === undefined ||
          (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p.charCodeAt(2) === 92)) {
        p = device + '\\';
      }
    }
    var root = win32Root(p, true);
    if (root.device.length > 0) {
      if (device.length === 0) device = root.device;
      else if (root.device.toLowerCase() !== device.toLowerCase()) continue; // another drive
    }
    if (absolute) {
      if (device.length > 0) break;
      continue;
    }
    tail = p.slice(root.rootEnd) + '\\' + tail;
    absolute = root.absolute;
    if (absolute && device.length > 0) break;
  }
  tail = win32NormalizeTail(tail, absolute);
  if (absolute) return device + '\\' + tail;
  return (device + tail) || '.';
};

// Node compares the two resolved paths as lower-cased strings, with the
// leading separators (and the trailing ones of a UNC root) set aside, and
// walks back to the last separator they share. Paths that differ before any
// common separator (other drives, other servers) have no relative form: the
// target is returned whole. A shared prefix of exactly two characters is
// taken for a drive ('c:').
win32.relative = function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  var fromOrig = win32.resolve(from);
  var toOrig = win32.resolve(to);
  if (fromOrig === toOrig) return '';
  var f = trimForRelative(fromOrig.toLowerCase());
  var t = trimForRelative(toOrig.toLowerCase());
  if (fromOrig.toLowerCase() === toOrig.toLowerCase()) return '';
  var fs = f.text;
  var ts = t.text;
  var shortest = Math.min(fs.length, ts.length);
  var i = 0;
  var cut = -1;
  while (i < shortest && fs.charCodeAt(i) === ts.charCodeAt(i)) {
    if (fs.charCodeAt(i) === 92) cut = i;
    i++;
  }
  var toText = toOrig.slice(t.start, t.start + ts.length);
  if (i < shortest) {
    if (cut === -1) return toOrig;
  } else {
    if (ts.length > i) {
      if (ts.charCodeAt(i) === 92) return toText.slice(i + 1); // from is an ancestor of to
      if (i === 2) return toText.slice(i); // from is a drive root
    }
    if (fs.length > i) {
      if (fs.charCodeAt(i) === 92) cut = i;
      else if (i === 2) cut = 3;
    }
    if (cut === -1) cut = 0;
  }
  var ups = [];
  if (cut + 1 <= fs.length) {
    ups.push('..');
    for (var k = cut + 1; k < fs.length; k++) if (fs.charCodeAt(k) === 92) ups.push('..');
  }
  var rest = toText.slice(cut);
  if (ups.length > 0) return ups.join('\\') + rest;
  return rest.charCodeAt(0) === 92 ? rest.slice(1) : rest;
};

function trimForRelative(p) {
  var start = 0;
  while (start < p.length && p.charCodeAt(start) === 92) start++;
  var end = p.length;
  while (end - 1 > start && p.charCodeAt(end - 1) === 92) end--;
  return { start: start, text: p.slice(start, end) };
}

// The resolved path in its long ('\\\\?\\') form when it has a drive or a
// UNC root; otherwise the resolved path (the given one when that is too
// short to be anything).
win32.toNamespacedPath = function toNamespacedPath(p) {
  if (typeof p !== 'string' || p.length === 0) return p;
  var resolved = win32.resolve(p);
  if (resolved.length <= 2) return p;
  if (resolved.charCodeAt(0) === 92) {
    if (resolved.charCodeAt(1) === 92) {
      var c2 = resolved.charCodeAt(2);
      if (c2 !== 63 && c2 !== 46) return '\\\\?\\UNC\\' + resolved.slice(2);
    }
    return resolved;
  }
  if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === 58 && resolved.charCodeAt(2) === 92) {
    return '\\\\?\\' + resolved;
  }
  return resolved;
};

win32.dirname = function dirname(p) {
  checkString(p, 'path');
  var len = p.length;
  if (len === 0) return '.';
  var root = win32Root(p);
  var rootEnd = root.rootEnd;
  if (root.unc) {
    if (root.shareOnly) return p;
    rootEnd = root.rootEnd + 1; // the separator after the share belongs to the root
  }
  if (len === 1) return isSep(p.charCodeAt(0)) ? p : '.';
  if (rootEnd >= len && root.device === '' && root.absolute) return p;
  var i = len - 1;
  while (i >= rootEnd && isSep(p.charCodeAt(i))) i--;
  while (i >= rootEnd && !isSep(p.charCodeAt(i))) i--;
  if (i < rootEnd) {
    if (rootEnd === 0) return '.';
    return p.slice(0, rootEnd);
  }
  return p.slice(0, i === 0 ? 1 : i);
};

win32.basename = function basename(p, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(p, 'path');
  var from = 0;
  if (p.length >= 2 && isDriveLetter(p.charCodeAt(0)) && p.charCodeAt(1) === 58) from = 2;
  var end = p.length;
  while (end > from && isSep(p.charCodeAt(end - 1))) end--;
  var start = end;
  while (start > from && !isSep(p.charCodeAt(start - 1))) start--;
  if (end === from) start = from;
  return stripSuffix(p, start, p.slice(start, end), suffix);
};

function win32LastComponent(p) {
  var from = 0;
  if (p.length >= 2 && isDriveLetter(p.charCodeAt(0)) && p.charCodeAt(1) === 58) from = 2;
  var end = p.length;
  while (end > from && isSep(p.charCodeAt(end - 1))) end--;
  var start = end;
  while (start > from && !isSep(p.charCodeAt(start - 1))) start--;
  return p.slice(start, end);
}

win32.extname = function extname(p) {
  checkString(p, 'path');
  return splitExtension(win32LastComponent(p)).ext;
};

win32.format = function format(pathObject) {
  return formatPath('\\', pathObject);
};

win32.parse = function parse(p) {
  checkString(p, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  var len = p.length;
  if (len === 0) return ret;
  var rootEnd = 0;
  var c0 = p.charCodeAt(0);
  if (len === 1) {
    if (isSep(c0)) {
      ret.root = ret.dir = p;
      return ret;
    }
    ret.base = ret.name = p;
    return ret;
  }
  var root = win32Root(p);
  if (root.unc) {
    rootEnd = root.shareOnly ? len : root.rootEnd + 1;
  } else if (isSep(c0)) {
    rootEnd = 1;
  } else if (root.device !== '') {
    rootEnd = root.rootEnd;
    if (len === 2 || (len === 3 && root.absolute)) {
      ret.root = ret.dir = p;
      return ret;
    }
  }
  if (rootEnd > 0) ret.root = p.slice(0, rootEnd);
  if (rootEnd >= len) {
    ret.dir = ret.root;
    return ret;
  }
  var end = len;
  while (end > rootEnd && isSep(p.charCodeAt(end - 1))) end--;
  if (end === rootEnd) {
    ret.dir = ret.root;
    return ret;
  }
  var start = end;
  while (start > rootEnd && !isSep(p.charCodeAt(start - 1))) start--;
  var base = p.slice(start, end);
  var parts = splitExtension(base);
  ret.base = base;
  ret.name = parts.name;
  ret.ext = parts.ext;
  if (start > rootEnd) ret.dir = p.slice(0, start - 1);
  else ret.dir = ret.root;
  return ret;
};

// ---------------------------------------------------------------------------
// matchesGlob: the glob syntax of node's fs.glob: '*', '?', '[...]', '**'
// as a whole segment, '{a,b}' and '{1..3}' alternatives and the extglobs
// '?(...)', '*(...)', '+(...)', '@(...)', '!(...)'. A wildcard never matches
// a leading dot; a backslash in the pattern is a separator.

var warnedGlob = false;
var GLOBSTAR = {};

// Expands the first brace group of `pattern` (recursively): 'a{b,c}d' ->
// ['abd', 'acd'], '{1..3}' -> ['1', '2', '3'].
function expandBraces(pattern) {
  var open = -1;
  var depth = 0;
  var commas = [];
  for (var i = 0; i < pattern.length; i++) {
    var c = pattern[i];
    if (c === '{') {
      if (depth === 0) { open = i; commas = []; }
      depth++;
    } else if (c === ',' && depth === 1) {
      commas.push(i);
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        var head = pattern.slice(0, open);
        var tail = pattern.slice(i + 1);
        var inner = pattern.slice(open + 1, i);
        var choices;
        if (commas.length > 0) {
          choices = [];
          var from = open + 1;
          commas.concat([i]).forEach(function (at) {
            choices.push(pattern.slice(from, at));
            from = at + 1;
          });
        } else {
          var range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(inner);
          if (!range) continue; // a literal '{...}'
          choices = [];
          var numeric = /\d/.test(range[1]);
          var lo = numeric ? parseInt(range[1], 10) : range[1].charCodeAt(0);
          var hi = numeric ? parseInt(range[2], 10) : range[2].charCodeAt(0);
          var step = lo <= hi ? 1 : -1;
          for (var v = lo; step > 0 ? v <= hi : v >= hi; v += step) {
            choices.push(numeric ? String(v) : String.fromCharCode(v));
          }
        }
        var out = [];
        var rest = expandBraces(tail);
        choices.forEach(function (choice) {
          expandBraces(head + choice).forEach(function (left) {
            rest.forEach(function (right) { out.push(left + right); });
          });
        });
        return out;
      }
    }
  }
  return [pattern];
}

var regexSpecial = /[.*+?^${}()|[\]\\/]/g;

// One pattern segment as a regular expression source (no separators in it).
function segmentSource(seg) {
  var out = '';
  var i = 0;
  var n = seg.length;
  var groups = [];
  while (i < n) {
    var c = seg[i];
    var next = seg[i + 1];
    if (next === '(' && '?*+@!'.indexOf(c) !== -1 && seg.indexOf(')', i + 2) !== -1) {
      groups.push(c);
      out += c === '!' ? '(?:(?!(?:' : '(?:';
      i += 2;
      continue;
    }
    if (c === '|' && groups.length > 0) {
      out += '|';
      i++;
      continue;
    }
    if (c === ')' && groups.length > 0) {
      var kind = groups.pop();
      if (kind === '!') out += ')$)[^/]*?)';
      else out += ')' + (kind === '@' ? '' : kind);
      i++;
      continue;
    }
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      out += '[^/]*?';
      i++;
      continue;
    }
    if (c === '?') {
      out += '[^/]';
      i++;
      continue;
    }
    if (c === '[') {
      var close = seg.indexOf(']', i + 2);
      if (close !== -1) {
        var body = seg.slice(i + 1, close);
        var negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        out += '[' + (negate ? '^/' : '') + body.replace(/[\\\]^]/g, '\\$&') + ']';
        i = close + 1;
        continue;
      }
    }
    out += c.replace(regexSpecial, '\\$&');
    i++;
  }
  while (groups.length > 0) {
    groups.pop();
    out += ')';
  }
  return out;
}

function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (!/[*?[]|[?*+@!]\(/.test(seg)) return seg;
  var src = segmentSource(seg);
  // a wildcard at the start of a segment does not match a hidden name, and a
  // segment of wildcards only matches something
  var guard = seg.charAt(0) === '.' ? '' : '(?!\\.)';
  if (/^\*+$/.test(seg)) guard += '(?=.)';
  return new RegExp('^' + guard + src + '$');
}

function splitGlobPath(text) {
  var parts = text.split('/');
  // runs of separators count as one
  return parts.filter(function (part, i) { return part !== '' || i === 0 || i === parts.length - 1; });
}

function matchSegments(file, fi, pattern, pi) {
  for (; pi < pattern.length; pi++, fi++) {
    var seg = pattern[pi];
    if (seg === GLOBSTAR) {
      if (pi === pattern.length - 1) {
        // a final '**' needs a segment, if only the '' after a separator
        if (fi >= file.length) return false;
        for (var k = fi; k < file.length; k++) {
          if (file[k] === '.' || file[k] === '..' || file[k].charAt(0) === '.') return false;
        }
        return true;
      }
      for (var fr = fi; fr <= file.length; fr++) {
        if (matchSegments(file, fr, pattern, pi + 1)) return true;
        if (fr < file.length && file[fr].charAt(0) === '.') return false;
      }
      return false;
    }
    if (fi >= file.length) return false;
    var part = file[fi];
    if (typeof seg === 'string' ? part !== seg : !seg.test(part)) return false;
  }
  if (fi === file.length) return true;
  // a trailing separator on the path is allowed
  return fi === file.length - 1 && file[fi] === '';
}

function makeMatchesGlob(windows) {
  return function matchesGlob(p, pattern) {
    if (!warnedGlob) {
      warnedGlob = true;
      if (typeof process.emitWarning === 'function') {
        process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
      }
    }
    checkString(p, 'path');
    checkString(pattern, 'pattern');
    var file = splitGlobPath(windows ? p.replace(/\\/g, '/') : p);
    return expandBraces(pattern.replace(/\\/g, '/')).some(function (alt) {
      return matchSegments(file, 0, splitGlobPath(alt).map(compileSegment), 0);
    });
  };
}

posix.matchesGlob = makeMatchesGlob(false);
win32.matchesGlob = makeMatchesGlob(true);

// ---------------------------------------------------------------------------
// The v0.2 helpers nodus keeps

// v0.2: normalizeArray(parts[, keepBlanks]) resolves '.' and '..' in an
// array of segments. A leading '' (an absolute path) stays and '..' never
// climbs above it; a trailing '' (a trailing slash) stays; other empty
// segments go unless keepBlanks.
function normalizeArray(parts, keepBlanks) {
  var out = [];
  var last = parts.length - 1;
  var absolute = parts.length > 0 && parts[0] === '';
  for (var i = 0; i <= last; i++) {
    var part = parts[i];
    if (part === '' && i !== 0 && i !== last && !keepBlanks) continue;
    if (part === '.') continue;
    if (part === '..') {
      var top = out.length > 0 ? out[out.length - 1] : undefined;
      if (top !== undefined && top !== '..' && !(top === '' && out.length === 1 && absolute)) {
        out.pop();
        continue;
      }
      if (absolute && out.length === 1) continue;
    }
    out.push(part);
  }
  return out;
}

function loadFs() {
  return require('fs');
}

function exists(p, callback) {
  var fs = loadFs();
  var done = typeof callback === 'function' ? callback : function () {};
  if (typeof fs.exists === 'function' && fs.exists !== exists) {
    fs.exists(p, function (found) { done(found); });
    return;
  }
  fs.stat(p, function (err) { done(!err); });
}

function existsSync(p) {
  var fs = loadFs();
  if (typeof fs.existsSync === 'function' && fs.existsSync !== existsSync) return fs.existsSync(p);
  try {
    fs.statSync(p);
    return true;
  } catch (e) {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Exports: path === path.posix on every platform nodus runs on

posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

posix.normalizeArray = normalizeArray;
posix.exists = exists;
posix.existsSync = existsSync;

module.exports = posix;
