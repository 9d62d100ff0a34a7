// Error paths of every call, in both forms: the Error Node gives (message
// "CODE: description, syscall 'path'", code, errno, syscall, path, dest),
// thrown by the Sync form and passed to the callback by the async form,
// never thrown from it.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync(common.tmpDir + '/fs-errors-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var missing = dir + '/missing';
var file = dir + '/file';
var sub = dir + '/sub';
fs.writeFileSync(file, 'data');
fs.mkdirSync(sub);
fs.writeFileSync(sub + '/inside', 'x');

var errnos = { ENOENT: -2, EEXIST: -17, ENOTDIR: -20, EISDIR: -21, ENOTEMPTY: -39, EBADF: -9, EINVAL: -22, ELOOP: -40 };

// [call, args, code, syscall, path, dest]
var cases = [
  ['open', [missing, 'r'], 'ENOENT', 'open', missing],
  ['open', [file, 'wx'], 'EEXIST', 'open', file],
  ['open', [file + '/x', 'r'], 'ENOTDIR', 'open', file + '/x'],
  ['open', [sub, 'w'], 'EISDIR', 'open', sub],
  ['stat', [missing], 'ENOENT', 'stat', missing],
  ['lstat', [missing], 'ENOENT', 'lstat', missing],
  ['rename', [missing, dir + '/b'], 'ENOENT', 'rename', missing, dir + '/b'],
  ['truncate', [missing, 0], 'ENOENT', 'open', missing],
  ['chmod', [missing, 0o644], 'ENOENT', 'chmod', missing],
  ['chown', [missing, 0, 0], 'ENOENT', 'chown', missing],
  ['lchown', [missing, 0, 0], 'ENOENT', 'lchown', missing],
  ['utimes', [missing, 1, 1], 'ENOENT', 'utime', missing],
  ['lutimes', [missing, 1, 1], 'ENOENT', 'lutime', missing],
  ['link', [missing, dir + '/l'], 'ENOENT', 'link', missing, dir + '/l'],
  ['link', [file, file], 'EEXIST', 'link', file, file],
  ['symlink', ['target', file], 'EEXIST', 'symlink', 'target', file],
  ['readlink', [file], 'EINVAL', 'readlink', file],
  ['readlink', [missing], 'ENOENT', 'readlink', missing],
  ['realpath', [missing], 'ENOENT', 'lstat', missing],
  ['realpath', [file + '/x/y'], 'ENOTDIR', 'lstat', file + '/x'],
  ['unlink', [missing], 'ENOENT', 'unlink', missing],
  ['unlink', [sub], 'EISDIR', 'unlink', sub],
  ['rmdir', [missing], 'ENOENT', 'rmdir', missing],
  ['rmdir', [sub], 'ENOTEMPTY', 'rmdir', sub],
  ['rmdir', [file], 'ENOTDIR', 'rmdir', file],
  ['mkdir', [sub], 'EEXIST', 'mkdir', sub],
  ['mkdir', [missing + '/a'], 'ENOENT', 'mkdir', missing + '/a'],
  ['mkdir', [file + '/a', { recursive: true }], 'ENOTDIR', 'mkdir', file + '/a'],
  ['mkdtemp', [missing + '/x-'], 'ENOENT', 'mkdtemp', missing + '/x-XXXXXX'],
  ['readdir', [missing], 'ENOENT', 'scandir', missing],
  ['readdir', [file], 'ENOTDIR', 'scandir', file],
  ['access', [missing], 'ENOENT', 'access', missing],
  ['copyFile', [missing, dir + '/c'], 'ENOENT', 'copyfile', missing, dir + '/c'],
  ['copyFile', [file, sub, fs.constants.COPYFILE_EXCL], 'EEXIST', 'copyfile', file, sub],
  ['rm', [missing], 'ENOENT', 'lstat', missing],
  ['readFile', [missing], 'ENOENT', 'open', missing],
  ['readFile', [sub], 'EISDIR', 'read'],
  ['writeFile', [sub, 'x'], 'EISDIR', 'open', sub],
  ['writeFile', [missing + '/a', 'x'], 'ENOENT', 'open', missing + '/a'],
  ['appendFile', [missing + '/a', 'x'], 'ENOENT', 'open', missing + '/a'],
];

// fd calls on a descriptor that is not open (a closed one could be reused
// by the async calls above, running on other threads meanwhile)
var closedFd = 2147483640;
cases.push(
  ['close', [closedFd], 'EBADF', 'close'],
  ['fstat', [closedFd], 'EBADF', 'fstat'],
  ['ftruncate', [closedFd, 0], 'EBADF', 'ftruncate'],
  ['fchmod', [closedFd, 0o644], 'EBADF', 'fchmod'],
  ['fchown', [closedFd, 0, 0], 'EBADF', 'fchown'],
  ['futimes', [closedFd, 1, 1], 'EBADF', 'futime'],
  ['fsync', [closedFd], 'EBADF', 'fsync'],
  ['fdatasync', [closedFd], 'EBADF', 'fdatasync'],
  ['read', [closedFd, new Uint8Array(4), 0, 4, null], 'EBADF', 'read'],
  ['write', [closedFd, new Uint8Array(4), 0, 4, null], 'EBADF', 'write'],
  ['write', [closedFd, 'text'], 'EBADF', 'write']
);

var descriptions = {
  ENOENT: 'no such file or directory', EEXIST: 'file already exists', ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory', ENOTEMPTY: 'directory not empty',
  EBADF: 'bad file descriptor', EINVAL: 'invalid argument',
};

function check(err, c, form) {
  var what = form + ' ' + c[0] + '(' + c[1].map(String).join(', ') + ')';
  assert.ok(err instanceof Error, what + ': expected an Error');
  var code = c[2], syscall = c[3], path = c[4], dest = c[5];
  var msg = code + ': ' + descriptions[code] + ', ' + syscall;
  if (path !== undefined) msg += " '" + path + "'";
  if (dest !== undefined) msg += " -> '" + dest + "'";
  if (c[0] === 'mkdtemp') {
    // the template (sync) or the name tried (node's async form)
    assert.strictEqual(err.message.slice(0, -8), msg.slice(0, -8), what);
    assert.strictEqual(err.path.slice(0, -6), path.slice(0, -6), what);
  } else {
    assert.strictEqual(err.message, msg, what);
    assert.strictEqual(err.path, path, what);
  }
  assert.strictEqual(err.code, code, what);
  assert.strictEqual(err.errno, errnos[code], what);
  assert.strictEqual(err.syscall, syscall, what);
  assert.strictEqual(err.dest, dest, what);
}

cases.forEach(function (c) {
  assert.throws(function () { fs[c[0] + 'Sync'].apply(fs, c[1]); }, function (err) {
    check(err, c, 'sync');
    return true;
  });
  var args = c[1].slice();
  args.push(common.mustCall(function (err) {
    check(err, c, 'async');
    assert.strictEqual(arguments.length >= 1, true);
  }));
  // the async form reports through the callback, never by throwing
  fs[c[0]].apply(fs, args);
});

// A symlink loop
fs.symlinkSync(dir + '/loop1', dir + '/loop2');
fs.symlinkSync(dir + '/loop2', dir + '/loop1');
assert.throws(function () { fs.readFileSync(dir + '/loop1'); }, function (e) {
  return e.code === 'ELOOP' && e.syscall === 'open' && e.path === dir + '/loop1';
});
fs.stat(dir + '/loop1', common.mustCall(function (err) { assert.strictEqual(err.code, 'ELOOP'); }));

// rm of a directory without `recursive`: Node's SystemError
assert.throws(function () { fs.rmSync(sub); }, function (e) {
  assert.strictEqual(e.code, 'ERR_FS_EISDIR');
  assert.strictEqual(e.message, 'Path is a directory: rm returned EISDIR (is a directory) ' + sub);
  assert.strictEqual(e.syscall, 'rm');
  assert.strictEqual(e.errno, 21);
  assert.strictEqual(e.path, sub);
  return true;
});
fs.rm(sub, common.mustCall(function (e) { assert.strictEqual(e.code, 'ERR_FS_EISDIR'); }));

// ...and what succeeds quietly
fs.rmSync(missing, { force: true });
fs.rm(missing, { force: true, recursive: true }, common.mustCall(function (e) { assert.strictEqual(e, null); }));
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.throws(function () { fs.statSync(file + '/x', { throwIfNoEntry: false }); }, /ENOTDIR/);
assert.strictEqual(fs.existsSync(missing), false);
fs.exists(missing, common.mustCall(function (ok) { assert.strictEqual(ok, false); }));

// an exception thrown by a callback is not turned into a second callback call
var calls = 0;
process.once('uncaughtException', common.mustCall(function (e) {
  assert.strictEqual(e.message, 'from the callback');
  assert.strictEqual(calls, 1);
}));
fs.stat(file, function () {
  calls++;
  throw new Error('from the callback');
});
