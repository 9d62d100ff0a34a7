// The File System section's examples, in order, on files in a temp dir
// (the spec's /tmp/hello is <tmp>/hello here); stdout is compared with
// test-fs-spec-examples.out.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync(common.tmpDir + '/fs-spec-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var hello = dir + '/hello';
var world = dir + '/world';

function asyncUnlink(next) {
  fs.writeFileSync(hello, 'hi');
  fs.unlink(hello, function (err) {
    if (err) throw err;
    console.log('successfully deleted /tmp/hello');
    next();
  });
}

function syncUnlink(next) {
  fs.writeFileSync(hello, 'hi');
  fs.unlinkSync(hello);
  console.log('successfully deleted /tmp/hello');
  next();
}

// The chained form the spec recommends over racing rename and stat.
function renameThenStat(next) {
  fs.writeFileSync(hello, 'hello world');
  fs.rename(hello, world, function (err) {
    if (err) throw err;
    console.log('renamed complete');
    fs.stat(world, function (err, stats) {
      if (err) throw err;
      var json = JSON.parse(JSON.stringify(stats));
      console.log('stats: ' + Object.keys(json).join(', '));
      console.log('size ' + json.size + ', mtime ' + typeof json.mtime + ', isFile ' + stats.isFile());
      next();
    });
  });
}

function readFileExample(next) {
  fs.writeFileSync(dir + '/passwd', 'root:x:0:0\n');
  fs.readFile(dir + '/passwd', function (err, data) {
    if (err) throw err;
    console.log(data);
    next();
  });
}

function writeFileExample(next) {
  fs.writeFile(dir + '/message.txt', 'Hello Node', function (err) {
    if (err) throw err;
    console.log('It\'s saved!');
    assert.strictEqual(fs.readFileSync(dir + '/message.txt', 'utf8'), 'Hello Node');
    next();
  });
}

function readFileSyncExample(next) {
  console.log(fs.readFileSync(dir + '/message.txt'));
  console.log(fs.readFileSync(dir + '/message.txt', 'utf8'));
  next();
}

function statsMethods(next) {
  var methods = ['isFile', 'isDirectory', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink',
    'isFIFO', 'isSocket'];
  fs.symlinkSync(dir + '/message.txt', dir + '/link');
  [dir + '/message.txt', dir].forEach(function (p, i) {
    var s = fs.statSync(p);
    console.log(['file', 'dir'][i] + ': ' + methods.filter(function (m) { return s[m](); }).join(' '));
  });
  var l = fs.lstatSync(dir + '/link');
  console.log('lstat link: ' + methods.filter(function (m) { return l[m](); }).join(' '));
  next();
}

// "the last 10 bytes of a file which is 100 bytes long"
function readStreamRange(next) {
  var text = '';
  for (var i = 0; i < 100; i++) text += String.fromCharCode(48 + i % 10);
  fs.writeFileSync(dir + '/sample.txt', text.slice(0, 90) + 'abcdefghij');
  var got = '';
  fs.createReadStream(dir + '/sample.txt', { start: 90, end: 99 })
    .on('data', function (d) { got += d; })
    .on('end', function () {
      console.log('last 10 bytes: ' + got);
      next();
    });
}

function writeStreamOpen(next) {
  var ws = fs.createWriteStream(dir + '/out.txt');
  ws.on('open', function (fd) {
    console.log('open event, fd is a ' + typeof fd);
  });
  ws.write('written ');
  ws.end('by a WriteStream');
  ws.on('close', function () {
    console.log(fs.readFileSync(dir + '/out.txt', 'utf8'));
    next();
  });
}

var steps = [asyncUnlink, syncUnlink, renameThenStat, readFileExample, writeFileExample,
  readFileSyncExample, statsMethods, readStreamRange, writeStreamOpen];
var done = common.mustCall();
(function run(i) {
  if (i === steps.length) return done();
  steps[i](function () { run(i + 1); });
})(0);
