// Permission errors. A file with mode 000 and a read-only (0555) directory
// refuse an ordinary user with EACCES, in both the sync and the async form.
// Root bypasses file permission bits (CAP_DAC_OVERRIDE), so run as root the
// same calls succeed, which is checked instead; test-fs-permissions.sh runs
// this file again as `nobody` (via setpriv) so the EACCES paths run in CI too.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var isRoot = process.getuid() === 0;
var dir = fs.mkdtempSync(common.tmpDir + '/fs-perm-');
process.prependListener('exit', function () { // before common.js's exit checks
  try { fs.chmodSync(dir + '/ro', 0o755); } catch (e) { /* already gone */ }
  fs.rmSync(dir, { recursive: true, force: true });
});

var locked = dir + '/locked';
fs.writeFileSync(locked, 'secret');
fs.chmodSync(locked, 0);
var ro = dir + '/ro';
fs.mkdirSync(ro);
fs.writeFileSync(ro + '/e1', 'x');
fs.writeFileSync(ro + '/e2', 'x');
fs.chmodSync(ro, 0o555);

function expectDenied(err, syscall, path) {
  assert.ok(err, syscall + ' ' + path + ' should fail');
  assert.strictEqual(err.code, 'EACCES');
  assert.strictEqual(err.errno, -13);
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.path, path);
  assert.strictEqual(err.message, "EACCES: permission denied, " + syscall + " '" + path + "'");
}

// [description, sync call, async call(cb), syscall, path]
var cases = [
  ['read a mode-000 file', function () { return fs.readFileSync(locked, 'utf8'); },
    function (cb) { fs.readFile(locked, 'utf8', cb); }, 'open', locked, 'secret'],
  ['open a mode-000 file for writing', function () { fs.closeSync(fs.openSync(locked, 'r+')); },
    function (cb) { fs.open(locked, 'r+', function (e, fd) { if (!e) fs.closeSync(fd); cb(e); }); }, 'open', locked],
  ['create a file in a read-only directory', function () { fs.writeFileSync(ro + '/new', 'x'); fs.unlinkSync(ro + '/new'); },
    function (cb) { fs.writeFile(ro + '/new2', 'x', function (e) { if (!e) fs.unlinkSync(ro + '/new2'); cb(e); }); }, 'open', null],
  ['mkdir in a read-only directory', function () { fs.mkdirSync(ro + '/d'); fs.rmdirSync(ro + '/d'); },
    function (cb) { fs.mkdir(ro + '/d2', function (e) { if (!e) fs.rmdirSync(ro + '/d2'); cb(e); }); }, 'mkdir', null],
  ['unlink from a read-only directory',
    function () { fs.unlinkSync(ro + '/e1'); fs.writeFileSync(ro + '/e1', 'x'); },
    function (cb) { fs.unlink(ro + '/e1', function (e) { if (!e) fs.writeFileSync(ro + '/e1', 'x'); cb(e); }); },
    'unlink', ro + '/e1'],
  ['rename inside a read-only directory',
    function () { fs.renameSync(ro + '/e2', ro + '/m1'); fs.renameSync(ro + '/m1', ro + '/e2'); },
    function (cb) { fs.rename(ro + '/e2', ro + '/m2', function (e) { if (!e) fs.renameSync(ro + '/m2', ro + '/e2'); cb(e); }); },
    'rename', null],
  ['access for reading', function () { fs.accessSync(locked, fs.constants.R_OK); },
    function (cb) { fs.access(locked, fs.constants.R_OK, cb); }, 'access', locked],
];

cases.forEach(function (c) {
  var desc = c[0], sync = c[1], async = c[2], syscall = c[3];
  if (isRoot) {
    // root: the permission bits do not stop it
    var out = sync();
    if (c[5] !== undefined) assert.strictEqual(out, c[5], desc);
    async(common.mustCall(function (err, data) {
      assert.strictEqual(err, null, desc);
      if (c[5] !== undefined) assert.strictEqual(data, c[5], desc);
    }));
    return;
  }
  assert.throws(sync, function (e) {
    assert.strictEqual(e.code, 'EACCES', desc);
    assert.strictEqual(e.syscall, syscall, desc);
    if (c[4]) expectDenied(e, syscall, c[4]);
    return true;
  }, desc);
  async(common.mustCall(function (err) {
    assert.ok(err, desc + ': async form should fail');
    assert.strictEqual(err.code, 'EACCES', desc);
    assert.strictEqual(err.syscall, syscall, desc);
    if (c[4]) expectDenied(err, syscall, c[4]);
  }));
});

// existsSync and access(F_OK) only need the directory to be searchable
assert.strictEqual(fs.existsSync(locked), true);
assert.strictEqual(fs.statSync(locked).mode & 0o777, 0);
console.log(isRoot ? 'ran as root: permission bits bypassed' : 'ran as uid ' + process.getuid() + ': EACCES as expected');
