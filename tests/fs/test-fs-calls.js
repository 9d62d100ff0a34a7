// Every call's success path, sync and async: open flags, read and write in
// their buffer and string forms (with and without positions), the stat
// family and fs.Stats, links, directories, truncation, modes, owners,
// times, sync, access/exists, copyFile, rm, mkdtemp, readFile/writeFile
// with encodings, appendFile, the v0.2 string forms of read.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var Buffer = require('buffer').Buffer;

var dir = fs.mkdtempSync(common.tmpDir + '/fs-calls-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var p = function (name) { return dir + '/' + name; };

var steps = [];
function step(name, fn) { steps.push({ name: name, fn: fn }); }

step('open flags and modes', function (next) {
  var fd = fs.openSync(p('a'), 'w', 0o640);
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o640 & ~process.umask());
  assert.strictEqual(fs.writeSync(fd, 'hello'), 5);
  fs.closeSync(fd);
  assert.throws(function () { fs.openSync(p('a'), 'wx'); }, /EEXIST/);
  fd = fs.openSync(p('a'), 'a');
  fs.writeSync(fd, ' world');
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'hello world');
  fd = fs.openSync(p('a'), 'r+');
  fs.writeSync(fd, 'J', 0);
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'Jello world');
  fd = fs.openSync(p('a'), 'a+');
  var b = Buffer.alloc(5);
  assert.strictEqual(fs.readSync(fd, b, 0, 5, 0), 5);
  assert.strictEqual(b.toString(), 'Jello');
  fs.closeSync(fd);
  fd = fs.openSync(p('a'), 'w+');
  assert.strictEqual(fs.fstatSync(fd).size, 0);
  fs.closeSync(fd);
  fd = fs.openSync(p('a'), fs.constants.O_WRONLY | fs.constants.O_TRUNC, '0600');
  fs.closeSync(fd);
  fs.open(p('b'), 'w+', 0o600, common.mustCall(function (err, fd2) {
    assert.strictEqual(err, null);
    assert.strictEqual(typeof fd2, 'number');
    fs.close(fd2, common.mustCall(function (err) {
      assert.strictEqual(err, null);
      fs.open(p('b'), common.mustCall(function (err, fd3) { // flags default to 'r'
        assert.strictEqual(err, null);
        fs.closeSync(fd3);
        next();
      }));
    }));
  }));
});

step('write and read: buffer forms and positions', function (next) {
  var fd = fs.openSync(p('rw'), 'w+');
  var data = Buffer.from('0123456789');
  assert.strictEqual(fs.writeSync(fd, data), 10);
  assert.strictEqual(fs.writeSync(fd, data, 2, 3, 20), 3); // pwrite
  assert.strictEqual(fs.writeSync(fd, data, { offset: 8, length: 2, position: 30 }), 2);
  var out = Buffer.alloc(32);
  assert.strictEqual(fs.readSync(fd, out, 0, 32, 0), 32);
  assert.strictEqual(out.slice(0, 10).toString(), '0123456789');
  assert.strictEqual(out.slice(20, 23).toString(), '234');
  assert.strictEqual(out.slice(30, 32).toString(), '89');
  assert.strictEqual(out[15], 0); // the hole reads as zeros
  var small = new Uint8Array(3);
  assert.strictEqual(fs.readSync(fd, small, { position: 4 }), 3);
  assert.deepStrictEqual(Array.from(small), [52, 53, 54]);
  assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), 0, 4, 1000), 0); // past the end
  // a DataView and a Uint16Array are bytes too
  var dv = new DataView(new ArrayBuffer(4));
  assert.strictEqual(fs.readSync(fd, dv, 0, 4, 0), 4);
  assert.strictEqual(dv.getUint8(3), 51);
  fs.write(fd, Buffer.from('abc'), 0, 3, 40, common.mustCall(function (err, written, buf) {
    assert.strictEqual(err, null);
    assert.strictEqual(written, 3);
    assert.strictEqual(buf.toString(), 'abc');
    var into = Buffer.alloc(8);
    fs.read(fd, into, 2, 3, 40, common.mustCall(function (err, n, b2) {
      assert.strictEqual(err, null);
      assert.strictEqual(n, 3);
      assert.strictEqual(b2, into);
      assert.strictEqual(into.toString('latin1', 2, 5), 'abc');
      fs.read(fd, common.mustCall(function (err, n3, b3) { // (fd, cb): 16 KiB buffer, current position
        assert.strictEqual(err, null);
        assert.strictEqual(b3.length, 16384);
        assert.strictEqual(n3, 43 - 10); // the position the first write left
        fs.read(fd, { buffer: Buffer.alloc(2), position: 1 }, common.mustCall(function (err, n4, b4) {
          assert.strictEqual(n4, 2);
          assert.strictEqual(b4.toString(), '12');
          fs.read(fd, Buffer.alloc(0), 0, 0, 0, common.mustCall(function (err, n5) {
            assert.strictEqual(n5, 0);
            fs.closeSync(fd);
            next();
          }));
        }));
      }));
    }));
  }));
});

step('write: string forms and encodings', function (next) {
  var fd = fs.openSync(p('str'), 'w+');
  assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);
  assert.strictEqual(fs.writeSync(fd, 'ff00', null, 'hex'), 2);
  assert.strictEqual(fs.writeSync(fd, 'é', 10, 'latin1'), 1);
  assert.strictEqual(fs.writeSync(fd, 'AB', 12, 'utf16le'), 4);
  var b = fs.readFileSync(p('str'));
  assert.deepStrictEqual(Array.from(b), [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0xff, 0x00, 0, 0, 0xe9, 0, 0x41, 0, 0x42, 0]);
  fs.write(fd, 'tail', common.mustCall(function (err, n, s) {
    assert.strictEqual(err, null);
    assert.strictEqual(n, 4);
    assert.strictEqual(s, 'tail');
    fs.write(fd, 'XY', 0, 'utf8', common.mustCall(function (err, n2) {
      assert.strictEqual(n2, 2);
      assert.strictEqual(fs.readFileSync(p('str'), 'latin1').slice(0, 2), 'XY');
      fs.closeSync(fd);
      next();
    }));
  }));
});

// Node 20 dropped these (it throws ERR_INVALID_ARG_TYPE); nodus keeps them.
step('v0.2 string read forms', function (next) {
  fs.writeFileSync(p('legacy'), 'abcdef');
  var fd = fs.openSync(p('legacy'), 'r');
  var r;
  try {
    r = fs.readSync(fd, 3, 1, 'utf8');
  } catch (e) {
    assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
    assert.ok(!process.versions.nodus);
    fs.closeSync(fd);
    return next();
  }
  assert.deepStrictEqual(r, ['bcd', 3]);
  fs.read(fd, 4, 2, 'ascii', common.mustCall(function (err, str, n) {
    assert.strictEqual(err, null);
    assert.strictEqual(str, 'cdef');
    assert.strictEqual(n, 4);
    fs.closeSync(fd);
    next();
  }));
});

step('stat, lstat, fstat and fs.Stats', function (next) {
  fs.writeFileSync(p('s'), '12345');
  fs.symlinkSync(p('s'), p('s-link'));
  var s = fs.statSync(p('s'));
  assert.ok(s instanceof fs.Stats);
  assert.strictEqual(s.size, 5);
  assert.ok(s.isFile() && !s.isDirectory() && !s.isSymbolicLink() && !s.isFIFO() && !s.isSocket() &&
            !s.isBlockDevice() && !s.isCharacterDevice());
  ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks',
   'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].forEach(function (k) {
    assert.strictEqual(typeof s[k], 'number', k);
  });
  ['atime', 'mtime', 'ctime', 'birthtime'].forEach(function (k) {
    assert.ok(s[k] instanceof Date, k);
    assert.strictEqual(s[k].getTime(), Math.round(s[k + 'Ms']));
  });
  assert.ok(Math.abs(s.mtimeMs - Date.now()) < 60000);
  assert.ok(fs.lstatSync(p('s-link')).isSymbolicLink());
  assert.ok(fs.statSync(p('s-link')).isFile());
  assert.ok(fs.statSync(dir).isDirectory());
  if (fs.existsSync('/dev/null')) assert.ok(fs.statSync('/dev/null').isCharacterDevice()); // not in a sandbox
  var big = fs.statSync(p('s'), { bigint: true });
  assert.strictEqual(big.size, 5n);
  assert.strictEqual(typeof big.mtimeNs, 'bigint');
  assert.strictEqual(big.mtimeNs / 1000000n, big.mtimeMs);
  assert.ok(big.isFile());
  var fd = fs.openSync(p('s'), 'r');
  assert.strictEqual(fs.fstatSync(fd).ino, s.ino);
  fs.stat(p('s'), common.mustCall(function (err, s2) {
    assert.strictEqual(err, null);
    assert.strictEqual(s2.ino, s.ino);
    fs.lstat(p('s-link'), common.mustCall(function (err, l) {
      assert.ok(l.isSymbolicLink());
      fs.fstat(fd, common.mustCall(function (err, f) {
        assert.strictEqual(f.size, 5);
        fs.closeSync(fd);
        fs.stat(p('s'), { bigint: true }, common.mustCall(function (err, b) {
          assert.strictEqual(b.ino, BigInt(s.ino));
          next();
        }));
      }));
    }));
  }));
});

step('links, readlink, realpath, rename, unlink', function (next) {
  fs.writeFileSync(p('target'), 'T');
  fs.linkSync(p('target'), p('hard'));
  assert.strictEqual(fs.statSync(p('target')).nlink, 2);
  fs.symlinkSync('target', p('soft'));
  assert.strictEqual(fs.readlinkSync(p('soft')), 'target');
  assert.strictEqual(fs.readlinkSync(p('soft'), 'buffer').toString(), 'target');
  var real = fs.realpathSync(dir);
  assert.strictEqual(fs.realpathSync(p('soft')), real + '/target');
  assert.strictEqual(fs.realpathSync.native(p('soft')), real + '/target');
  assert.strictEqual(fs.realpathSync(dir + '/./soft/../target'.replace('/soft/..', '')), real + '/target');
  fs.renameSync(p('hard'), p('hard2'));
  fs.unlinkSync(p('hard2'));
  assert.strictEqual(fs.statSync(p('target')).nlink, 1);
  fs.link(p('target'), p('hard3'), common.mustCall(function (err) {
    assert.strictEqual(err, null);
    fs.symlink(p('target'), p('soft2'), 'file', common.mustCall(function (err) {
      assert.strictEqual(err, null);
      fs.readlink(p('soft2'), common.mustCall(function (err, t) {
        assert.strictEqual(t, p('target'));
        fs.realpath(p('soft2'), common.mustCall(function (err, r) {
          assert.strictEqual(r, real + '/target');
          fs.realpath.native(p('soft2'), common.mustCall(function (err, r2) {
            assert.strictEqual(r2, r);
            fs.rename(p('hard3'), p('hard4'), common.mustCall(function (err) {
              assert.strictEqual(err, null);
              fs.unlink(p('hard4'), common.mustCall(function (err) {
                assert.strictEqual(err, null);
                assert.strictEqual(fs.existsSync(p('hard4')), false);
                next();
              }));
            }));
          }));
        }));
      }));
    }));
  }));
});

step('mkdir, readdir, rmdir, mkdtemp', function (next) {
  fs.mkdirSync(p('d'));
  fs.mkdirSync(p('d/e'), 0o700);
  assert.strictEqual(fs.statSync(p('d/e')).mode & 0o777, 0o700 & ~process.umask());
  assert.strictEqual(fs.mkdirSync(p('d/x/y/z'), { recursive: true }), p('d/x'));
  assert.strictEqual(fs.mkdirSync(p('d/x/y/z'), { recursive: true }), undefined);
  fs.writeFileSync(p('d/file'), '');
  fs.symlinkSync('file', p('d/link'));
  assert.deepStrictEqual(fs.readdirSync(p('d')), ['e', 'file', 'link', 'x']);
  var ents = fs.readdirSync(p('d'), { withFileTypes: true });
  assert.deepStrictEqual(ents.map(function (e) { return e.name; }), ['e', 'file', 'link', 'x']);
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.ok(ents[0].isDirectory() && ents[1].isFile() && ents[2].isSymbolicLink());
  assert.strictEqual(ents[0].path, p('d'));
  assert.strictEqual(ents[0].parentPath, p('d'));
  assert.deepStrictEqual(fs.readdirSync(p('d'), { recursive: true }).sort(),
    ['e', 'file', 'link', 'x', 'x/y', 'x/y/z']);
  assert.ok(Buffer.isBuffer(fs.readdirSync(p('d'), 'buffer')[0]));
  fs.rmdirSync(p('d/e'));
  var t = fs.mkdtempSync(p('tmp-'));
  assert.ok(/\/tmp-[A-Za-z0-9]{6}$/.test(t), t);
  assert.ok(fs.statSync(t).isDirectory());
  fs.mkdir(p('d2'), common.mustCall(function (err) {
    assert.strictEqual(err, null);
    fs.mkdir(p('d2/a/b'), { recursive: true, mode: 0o755 }, common.mustCall(function (err, first) {
      assert.strictEqual(err, null);
      assert.strictEqual(first, p('d2/a'));
      fs.readdir(p('d2'), common.mustCall(function (err, names) {
        assert.deepStrictEqual(names, ['a']);
        fs.readdir(p('d'), { withFileTypes: true }, common.mustCall(function (err, e2) {
          assert.strictEqual(e2.length, 3);
          assert.ok(e2[2].isDirectory());
          fs.readdir(p('d2'), { recursive: true }, common.mustCall(function (err, all) {
            assert.deepStrictEqual(all, ['a', 'a/b']);
            fs.rmdir(p('d2/a/b'), common.mustCall(function (err) {
              assert.strictEqual(err, null);
              fs.mkdtemp(p('tmp2-'), common.mustCall(function (err, t2) {
                assert.ok(fs.statSync(t2).isDirectory());
                next();
              }));
            }));
          }));
        }));
      }));
    }));
  }));
});

step('truncate and ftruncate', function (next) {
  fs.writeFileSync(p('t'), '0123456789');
  fs.truncateSync(p('t'), 4);
  assert.strictEqual(fs.readFileSync(p('t'), 'utf8'), '0123');
  fs.truncateSync(p('t'));
  assert.strictEqual(fs.statSync(p('t')).size, 0);
  var fd = fs.openSync(p('t'), 'r+');
  fs.ftruncateSync(fd, 100);
  assert.strictEqual(fs.fstatSync(fd).size, 100);
  fs.truncateSync(fd, 50); // v0.2: truncate(fd, len) is ftruncate
  assert.strictEqual(fs.fstatSync(fd).size, 50);
  fs.ftruncate(fd, 7, common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.fstatSync(fd).size, 7);
    fs.truncate(fd, 3, common.mustCall(function (err) {
      assert.strictEqual(fs.fstatSync(fd).size, 3);
      fs.closeSync(fd);
      fs.truncate(p('t'), 1, common.mustCall(function (err) {
        assert.strictEqual(err, null);
        assert.strictEqual(fs.statSync(p('t')).size, 1);
        fs.truncate(p('t'), common.mustCall(function () {
          assert.strictEqual(fs.statSync(p('t')).size, 0);
          next();
        }));
      }));
    }));
  }));
});

step('chmod, chown, utimes and their f/l forms', function (next) {
  fs.writeFileSync(p('m'), 'x');
  fs.chmodSync(p('m'), 0o600);
  assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o600);
  fs.chmodSync(p('m'), '644');
  assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o644);
  var uid = process.getuid(), gid = process.getgid();
  fs.chownSync(p('m'), uid, gid);
  fs.lchownSync(p('m'), uid, gid);
  fs.utimesSync(p('m'), 1000, new Date(2000500));
  var s = fs.statSync(p('m'));
  assert.strictEqual(s.atimeMs, 1000000);
  assert.strictEqual(s.mtimeMs, 2000500);
  fs.utimesSync(p('m'), '1500', 1500.25);
  assert.strictEqual(fs.statSync(p('m')).mtimeMs, 1500250);
  fs.symlinkSync(p('m'), p('m-link'));
  fs.lutimesSync(p('m-link'), 10, 20);
  assert.strictEqual(fs.lstatSync(p('m-link')).mtimeMs, 20000);
  assert.strictEqual(fs.statSync(p('m')).mtimeMs, 1500250);
  var fd = fs.openSync(p('m'), 'r+');
  fs.fchmodSync(fd, 0o640);
  fs.fchownSync(fd, uid, gid);
  fs.futimesSync(fd, 5, 6);
  assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o640);
  assert.strictEqual(fs.fstatSync(fd).mtimeMs, 6000);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.chmod(p('m'), 0o604, common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o604);
    fs.fchmod(fd, 0o600, common.mustCall(function (err) {
      assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o600);
      fs.chown(p('m'), uid, gid, common.mustCall(function (err) {
        assert.strictEqual(err, null);
        fs.fchown(fd, uid, gid, common.mustCall(function (err) {
          assert.strictEqual(err, null);
          fs.lchown(p('m-link'), uid, gid, common.mustCall(function (err) {
            assert.strictEqual(err, null);
            fs.utimes(p('m'), 7, 8, common.mustCall(function (err) {
              assert.strictEqual(fs.statSync(p('m')).mtimeMs, 8000);
              fs.futimes(fd, 9, 10, common.mustCall(function (err) {
                assert.strictEqual(fs.statSync(p('m')).mtimeMs, 10000);
                fs.lutimes(p('m-link'), 11, 12, common.mustCall(function (err) {
                  assert.strictEqual(fs.lstatSync(p('m-link')).mtimeMs, 12000);
                  fs.fsync(fd, common.mustCall(function (err) {
                    assert.strictEqual(err, null);
                    fs.fdatasync(fd, common.mustCall(function (err) {
                      assert.strictEqual(err, null);
                      fs.closeSync(fd);
                      next();
                    }));
                  }));
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
});

step('access and exists', function (next) {
  fs.writeFileSync(p('acc'), 'x');
  fs.accessSync(p('acc'));
  fs.accessSync(p('acc'), fs.constants.R_OK | fs.constants.W_OK);
  assert.strictEqual(fs.existsSync(p('acc')), true);
  assert.strictEqual(fs.existsSync(p('nope')), false);
  assert.strictEqual(fs.existsSync(), false);
  assert.strictEqual(fs.existsSync({}), false);
  fs.access(p('acc'), fs.constants.R_OK, common.mustCall(function (err) {
    assert.strictEqual(err, null);
    fs.exists(p('acc'), common.mustCall(function (yes) {
      assert.strictEqual(yes, true);
      fs.exists(p('nope'), common.mustCall(function (no) {
        assert.strictEqual(no, false);
        next();
      }));
    }));
  }));
});

step('copyFile and rm', function (next) {
  var src = Buffer.alloc(300000);
  for (var i = 0; i < src.length; i++) src[i] = (i * 7) & 255;
  fs.writeFileSync(p('src'), src);
  fs.chmodSync(p('src'), 0o640);
  fs.copyFileSync(p('src'), p('dst'));
  assert.ok(fs.readFileSync(p('dst')).equals(src));
  assert.strictEqual(fs.statSync(p('dst')).mode & 0o777, 0o640);
  fs.writeFileSync(p('dst'), 'shorter');
  fs.copyFileSync(p('src'), p('dst')); // replaces, truncating
  assert.strictEqual(fs.statSync(p('dst')).size, src.length);
  assert.throws(function () { fs.copyFileSync(p('src'), p('dst'), fs.constants.COPYFILE_EXCL); }, /EEXIST/);
  fs.copyFileSync(p('src'), p('dst'), fs.constants.COPYFILE_FICLONE);
  fs.copyFileSync(p('src'), p('src')); // the same file: nothing to do
  assert.strictEqual(fs.statSync(p('src')).size, src.length);
  fs.mkdirSync(p('tree/a/b'), { recursive: true });
  fs.writeFileSync(p('tree/a/b/f'), 'x');
  fs.writeFileSync(p('tree/g'), 'x');
  fs.symlinkSync('/', p('tree/a/root-link')); // removed, not followed
  fs.rmSync(p('tree'), { recursive: true });
  assert.strictEqual(fs.existsSync(p('tree')), false);
  assert.ok(fs.existsSync('/'));
  fs.rmSync(p('dst'));
  fs.copyFile(p('src'), p('dst2'), common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.ok(fs.readFileSync(p('dst2')).equals(src));
    fs.copyFile(p('src'), p('dst2'), fs.constants.COPYFILE_EXCL, common.mustCall(function (err) {
      assert.strictEqual(err.code, 'EEXIST');
      fs.mkdirSync(p('tree2/x'), { recursive: true });
      fs.rm(p('tree2'), { recursive: true }, common.mustCall(function (err) {
        assert.strictEqual(err, null);
        assert.strictEqual(fs.existsSync(p('tree2')), false);
        fs.rm(p('dst2'), common.mustCall(function (err) {
          assert.strictEqual(err, null);
          fs.mkdirSync(p('old'));
          fs.writeFileSync(p('old/f'), '');
          fs.rmdir(p('old'), { recursive: true }, common.mustCall(function (err) {
            assert.strictEqual(err, null);
            assert.strictEqual(fs.existsSync(p('old')), false);
            next();
          }));
        }));
      }));
    }));
  }));
});

step('readFile, writeFile, appendFile and encodings', function (next) {
  fs.writeFileSync(p('w'), 'héllo wörld');
  assert.strictEqual(fs.readFileSync(p('w'), 'utf8'), 'héllo wörld');
  assert.strictEqual(fs.readFileSync(p('w'), { encoding: 'utf-8' }), 'héllo wörld');
  assert.strictEqual(fs.readFileSync(p('w')).length, 13);
  assert.strictEqual(fs.readFileSync(p('w'), 'hex'), Buffer.from('héllo wörld').toString('hex'));
  assert.strictEqual(fs.readFileSync(p('w'), 'base64'), Buffer.from('héllo wörld').toString('base64'));
  assert.strictEqual(fs.readFileSync(p('w'), 'latin1'), Buffer.from('héllo wörld').toString('latin1'));
  assert.strictEqual(fs.readFileSync(p('w'), 'ascii'), Buffer.from('héllo wörld').toString('ascii'));
  fs.writeFileSync(p('w'), 'aGk=', 'base64');
  assert.strictEqual(fs.readFileSync(p('w'), 'utf8'), 'hi');
  fs.writeFileSync(p('w'), 'ab', { encoding: 'utf16le' });
  assert.strictEqual(fs.readFileSync(p('w'), 'ucs2'), 'ab');
  fs.writeFileSync(p('w'), new Uint16Array([0x4241]));
  assert.strictEqual(fs.readFileSync(p('w'), 'latin1'), 'AB');
  fs.writeFileSync(p('w'), 'x', { mode: 0o600, flag: 'w' });
  fs.appendFileSync(p('w'), 'y');
  fs.appendFileSync(p('w'), Buffer.from('z'));
  assert.strictEqual(fs.readFileSync(p('w'), 'utf8'), 'xyz');
  fs.writeFileSync(p('w'), 'more', { flag: 'a' });
  assert.strictEqual(fs.readFileSync(p('w'), 'utf8'), 'xyzmore');
  assert.throws(function () { fs.writeFileSync(p('w'), 'x', { flag: 'wx' }); }, /EEXIST/);
  var fd = fs.openSync(p('w'), 'r+');
  fs.readSync(fd, Buffer.alloc(3), 0, 3, null);
  assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'more'); // from the current position
  fs.writeFileSync(fd, '!');
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(p('w'), 'utf8'), 'xyzmore!');
  var empty = fs.readFileSync(p('w'), { flag: 'w+' });
  assert.strictEqual(empty.length, 0);
  if (fs.existsSync('/proc/self/status')) { // stat size 0, yet content (not in a sandbox)
    assert.ok(fs.readFileSync('/proc/self/status', 'utf8').indexOf('Name:') === 0);
  }
  fs.writeFile(p('w2'), 'async', common.mustCall(function (err) {
    assert.strictEqual(err, null);
    fs.appendFile(p('w2'), ' more', common.mustCall(function (err) {
      assert.strictEqual(err, null);
      fs.readFile(p('w2'), 'utf8', common.mustCall(function (err, s) {
        assert.strictEqual(s, 'async more');
        fs.readFile(p('w2'), common.mustCall(function (err, b) {
          assert.ok(Buffer.isBuffer(b));
          assert.strictEqual(b.toString(), 'async more');
          fs.readFile(p('w2'), { encoding: 'hex', flag: 'r' }, common.mustCall(function (err, h) {
            assert.strictEqual(h, Buffer.from('async more').toString('hex'));
            fs.writeFile(p('w2'), Buffer.from('buf'), { mode: 0o600 }, common.mustCall(function () {
              assert.strictEqual(fs.readFileSync(p('w2'), 'utf8'), 'buf');
              next();
            }));
          }));
        }));
      }));
    }));
  }));
});

step('writev', function (next) {
  var fd = fs.openSync(p('v'), 'w+');
  assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), new Uint8Array([99])]), 3);
  fs.writev(fd, [Buffer.from('de')], 3, common.mustCall(function (err, n, bufs) {
    assert.strictEqual(n, 2);
    assert.strictEqual(bufs.length, 1);
    assert.strictEqual(fs.readFileSync(p('v'), 'utf8'), 'abcde');
    fs.closeSync(fd);
    next();
  }));
});

var done = common.mustCall();
(function run(i) {
  if (i === steps.length) return done();
  steps[i].fn(function () { run(i + 1); });
})(0);
