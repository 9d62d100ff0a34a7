// fs.promises for the main calls, and FileHandle (open, read, write, stat,
// truncate, readFile, writeFile, appendFile, sync, chmod, utimes, close),
// with async/await; errors are rejections shaped like the callback ones.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var fsp = fs.promises;
var Buffer = require('buffer').Buffer;

var dir = fs.mkdtempSync(common.tmpDir + '/fs-promises-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var p = function (n) { return dir + '/' + n; };

async function main() {
  await fsp.writeFile(p('a'), 'hello');
  assert.strictEqual(await fsp.readFile(p('a'), 'utf8'), 'hello');
  await fsp.appendFile(p('a'), ' world');
  var buf = await fsp.readFile(p('a'));
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'hello world');
  var st = await fsp.stat(p('a'));
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.size, 11);
  await fsp.access(p('a'), fs.constants.R_OK);
  await fsp.copyFile(p('a'), p('b'));
  await fsp.rename(p('b'), p('c'));
  await fsp.symlink(p('c'), p('l'));
  assert.strictEqual(await fsp.readlink(p('l')), p('c'));
  assert.ok((await fsp.lstat(p('l'))).isSymbolicLink());
  assert.strictEqual(await fsp.realpath(p('l')), fs.realpathSync(p('c')));
  await fsp.link(p('c'), p('h'));
  await fsp.unlink(p('h'));
  await fsp.chmod(p('c'), 0o600);
  assert.strictEqual((await fsp.stat(p('c'))).mode & 0o777, 0o600);
  await fsp.utimes(p('c'), 100, 200);
  assert.strictEqual((await fsp.stat(p('c'))).mtimeMs, 200000);
  await fsp.truncate(p('c'), 2);
  assert.strictEqual(await fsp.readFile(p('c'), 'utf8'), 'he');
  assert.strictEqual(await fsp.mkdir(p('d/e/f'), { recursive: true }), p('d'));
  assert.deepStrictEqual(await fsp.readdir(p('d')), ['e']);
  var ents = await fsp.readdir(p('d'), { withFileTypes: true });
  assert.ok(ents[0].isDirectory());
  await fsp.rmdir(p('d/e/f'));
  await fsp.rm(p('d'), { recursive: true });
  var t = await fsp.mkdtemp(p('t-'));
  assert.ok(fs.statSync(t).isDirectory());

  // FileHandle
  var fh = await fsp.open(p('fh'), 'w+');
  assert.strictEqual(typeof fh.fd, 'number');
  var w = await fh.write(Buffer.from('abcdef'), 0, 6, 0);
  assert.strictEqual(w.bytesWritten, 6);
  var w2 = await fh.write('XYZ', 10);
  assert.strictEqual(w2.bytesWritten, 3);
  var r = await fh.read(Buffer.alloc(4), 0, 4, 1);
  assert.strictEqual(r.bytesRead, 4);
  assert.strictEqual(r.buffer.toString(), 'bcde');
  var r2 = await fh.read({ buffer: Buffer.alloc(3), position: 10 });
  assert.strictEqual(r2.buffer.toString(), 'XYZ');
  assert.strictEqual((await fh.stat()).size, 13);
  await fh.truncate(6);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o640);
  await fh.utimes(1, 2);
  assert.strictEqual((await fh.stat()).mtimeMs, 2000);
  await fh.close();
  await fh.close(); // closing twice is harmless
  await assert.rejects(fh.stat(), { code: 'EBADF' });
  assert.strictEqual(await fsp.readFile(p('fh'), 'utf8'), 'abcdef');

  var fh2 = await fsp.open(p('fh'), 'r+');
  assert.strictEqual(await fh2.readFile('utf8'), 'abcdef');
  await fh2.writeFile('ghi');
  await fh2.appendFile('jkl');
  await fh2.close();
  assert.strictEqual(fs.readFileSync(p('fh'), 'utf8'), 'abcdefghijkl');
  var fh3 = await fsp.open(p('fh'));
  assert.strictEqual(await fsp.readFile(fh3, 'utf8'), 'abcdefghijkl');
  await fh3.close();

  // rejections
  await assert.rejects(fsp.readFile(p('missing')), function (e) {
    assert.strictEqual(e.code, 'ENOENT');
    assert.strictEqual(e.syscall, 'open');
    assert.strictEqual(e.path, p('missing'));
    return true;
  });
  await assert.rejects(fsp.rename(p('missing'), p('x')), { code: 'ENOENT', dest: p('x') });
  await assert.rejects(fsp.open(p('missing')), { code: 'ENOENT' });
  await assert.rejects(fsp.mkdir(p('c')), { code: 'EEXIST' });
  await assert.rejects(fsp.readFile(123), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.rm(dir + '/fh/x'), { code: 'ENOTDIR' });
}

main().then(common.mustCall());
