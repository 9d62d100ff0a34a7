// Bad arguments are a thrown TypeError or RangeError with Node's code and
// message, in the async forms too (before anything is queued); never a
// crash.
require('../common');
var assert = require('assert');
var fs = require('fs');

function throwsLike(fn, ctor, code, message) {
  assert.throws(fn, function (e) {
    assert.ok(e instanceof ctor, 'expected ' + ctor.name + ', got ' + e.name + ': ' + e.message);
    assert.strictEqual(e.code, code, e.message);
    if (message !== undefined) assert.strictEqual(e.message, message);
    return true;
  });
}

var T = TypeError, R = RangeError;
var noop = function () {};
var fd = fs.openSync(__filename, 'r');

// callbacks
throwsLike(function () { fs.stat(__filename); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "cb" argument must be of type function. Received undefined');
throwsLike(function () { fs.stat(__filename, 5); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "cb" argument must be of type function. Received undefined'); // 5 is taken as options
throwsLike(function () { fs.stat(__filename, {}, 5); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "cb" argument must be of type function. Received type number (5)');
throwsLike(function () { fs.readFile(__filename, 'utf8', 'nope'); }, T, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { fs.unlink('/nonexistent/x'); }, T, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { fs.writeFile('/nonexistent/x', 'a'); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "cb" argument must be of type function. Received undefined');
throwsLike(function () { fs.read(fd, new Uint8Array(4), 0, 1, 0); }, T, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { fs.exists(__filename); }, T, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { fs.watchFile(__filename); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "listener" argument must be of type function. Received undefined');

// paths
throwsLike(function () { fs.readFileSync({}); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string or an instance of Buffer or URL. Received an instance of Object');
throwsLike(function () { fs.statSync(5.5); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5.5)');
throwsLike(function () { fs.stat(null, noop); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string or an instance of Buffer or URL. Received null');
throwsLike(function () { fs.readFileSync('a\u0000b'); }, T, 'ERR_INVALID_ARG_VALUE',
  "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'");
throwsLike(function () { fs.openSync(1.5); }, T, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { fs.renameSync('a', 7); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "newPath" argument must be of type string or an instance of Buffer or URL. Received type number (7)');
throwsLike(function () { fs.mkdtempSync(5); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "prefix" argument must be of type string or an instance of Buffer or URL. Received type number (5)');
if (typeof URL === 'function') { // file: URLs as paths, once the runtime has URL
  throwsLike(function () { fs.readFileSync(new URL('http://example.com/x')); }, T, 'ERR_INVALID_URL_SCHEME',
    'The URL must be of scheme file');
  assert.strictEqual(fs.readFileSync(new URL('file://' + __filename), 'utf8'), fs.readFileSync(__filename, 'utf8'));
}

// descriptors
throwsLike(function () { fs.closeSync('1'); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "fd" argument must be of type number. Received type string (\'1\')');
throwsLike(function () { fs.closeSync(1.5); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "fd" is out of range. It must be an integer. Received 1.5');
throwsLike(function () { fs.fstatSync(-1); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1');
throwsLike(function () { fs.closeSync(Math.pow(2, 32)); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received 4294967296');
throwsLike(function () { fs.fstat(-1, noop); }, R, 'ERR_OUT_OF_RANGE');
throwsLike(function () { fs.readFileSync(-1); }, R, 'ERR_OUT_OF_RANGE');

// read/write ranges
var buf = new Uint8Array(4);
throwsLike(function () { fs.readSync(fd, buf, 0, 5, 0); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "length" is out of range. It must be <= 4. Received 5');
throwsLike(function () { fs.readSync(fd, buf, 0, -1, 0); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "length" is out of range. It must be >= 0. Received -1');
throwsLike(function () { fs.readSync(fd, buf, 5, 1, 0); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "length" is out of range. It must be <= -1. Received 1');
throwsLike(function () { fs.readSync(fd, buf, -1, 1, 0); }, R, 'ERR_OUT_OF_RANGE');
throwsLike(function () { fs.readSync(fd, buf, 0, 1, NaN); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "position" is out of range. It must be an integer. Received NaN');
throwsLike(function () { fs.read(fd, buf, 0, 1, 1.5, noop); }, R, 'ERR_OUT_OF_RANGE');
throwsLike(function () { fs.readSync(fd, buf, 0, 1, 'x'); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "position" argument must be of type bigint or integer. Received type string (\'x\')');
throwsLike(function () { fs.readSync(fd, 'abc', 0, 1, 0); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'abc\')');
throwsLike(function () { fs.writeSync(fd, buf, 5); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "offset" is out of range. It must be <= 4. Received 5');
throwsLike(function () { fs.writeSync(fd, buf, 0, 9); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "length" is out of range. It must be <= 4. Received 9');
throwsLike(function () { fs.writeSync(fd, 5); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)');
throwsLike(function () { fs.writeFileSync('/nonexistent/x', 5); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)');
throwsLike(function () { fs.writeFileSync('/nonexistent/x', {}); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object');

// flags, modes, options, encodings
throwsLike(function () { fs.openSync(__filename, 'zz'); }, T, 'ERR_INVALID_ARG_VALUE',
  "The argument 'flags' is invalid. Received 'zz'");
throwsLike(function () { fs.openSync(__filename, 'r', 'abc'); }, T, 'ERR_INVALID_ARG_VALUE',
  "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'");
throwsLike(function () { fs.openSync(__filename, 'r', 1.5); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "mode" is out of range. It must be an integer. Received 1.5');
throwsLike(function () { fs.mkdirSync('/nonexistent/x', { mode: 'zz' }); }, T, 'ERR_INVALID_ARG_VALUE');
throwsLike(function () { fs.mkdirSync('/nonexistent/x', { recursive: 'yes' }); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "options.recursive" property must be of type boolean. Received type string (\'yes\')');
throwsLike(function () { fs.readFileSync(__filename, 5); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be one of type string or object. Received type number (5)');
throwsLike(function () { fs.readFileSync(__filename, 'bogus'); }, T, 'ERR_INVALID_ARG_VALUE',
  "The argument 'encoding' is invalid encoding. Received 'bogus'");
throwsLike(function () { fs.readdirSync(__dirname, 5); }, T, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { fs.accessSync(__filename, 99); }, R, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
throwsLike(function () { fs.copyFileSync(__filename, '/nonexistent/y', 99); }, R, 'ERR_OUT_OF_RANGE');
throwsLike(function () { fs.chownSync(__filename, 'a', 1); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "uid" argument must be of type number. Received type string (\'a\')');
throwsLike(function () { fs.chownSync(__filename, -2, 1); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2');
throwsLike(function () { fs.utimesSync(__filename, 'a', 1); }, T, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { fs.ftruncateSync(fd, 1.5); }, R, 'ERR_OUT_OF_RANGE');
throwsLike(function () { fs.rmSync('/nonexistent/x', { force: 1 }); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "options.force" property must be of type boolean. Received type number (1)');
throwsLike(function () { fs.watch(__filename, { recursive: 'x' }); }, T, 'ERR_INVALID_ARG_TYPE',
  'The "options.recursive" property must be of type boolean. Received type string (\'x\')');
throwsLike(function () { fs.createReadStream(__filename, { start: -1 }); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "start" is out of range. It must be >= 0 && <= 9007199254740991. Received -1');
throwsLike(function () { fs.createReadStream(__filename, { start: 5, end: 2 }); }, R, 'ERR_OUT_OF_RANGE',
  'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5');

// the promise API rejects instead of throwing
fs.promises.stat(42).then(function () { throw new Error('should reject'); }, function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
});

fs.closeSync(fd);
