// Every wrapped native class refuses every other plugin's native object:
// each native method, reached through the public API with the object's own
// handle swapped for a foreign one, throws a TypeError with code
// ERR_INVALID_THIS ('Value of "this" must be of type <Class>') and never
// reads the foreign memory as its own (issue #11: dgram's close() on a zlib
// handle used to write over zlib's state).
//
// Two tables, for adding rows as plugins gain wrapped classes:
//  - donors: how to get a native object of one class (its `type`);
//  - classes: for one class, how to run each native method with `h` in
//    place of its own handle. A method taking (h, done) is asynchronous:
//    its error reaches done (from a callback or as an uncaught exception).
// Every class is run against every donor of another type.
var common = require('../common');
var assert = require('assert');
var childProcess = require('child_process');
var crypto = require('crypto');
var dgram = require('dgram');
var http = require('http');
var net = require('net');
var zlib = require('zlib');

var cleanups = [];

// The value of a Symbol-keyed slot, found by the symbol's description.
function symbolOf(obj, description) {
  var found = Object.getOwnPropertySymbols(obj).filter(function (s) { return s.description === description; });
  assert.strictEqual(found.length, 1, 'one ' + description + ' symbol');
  return found[0];
}

function cryptoHandle(obj) { return obj[symbolOf(obj, 'kHandle')]; }

function httpParser() {
  var server = http.createServer();
  var socket = new net.Socket();
  server.emit('connection', socket);
  cleanups.push(function () { socket.destroy(); });
  return socket._httpConn.parser;
}

// child_process: the parent's end of a child's stdout.
function childPipe() {
  var child = childProcess.spawn('cat');
  cleanups.push(function () { child.kill(); });
  return child.stdout._handle;
}

// Every method and getter of a stream class (net's Handle, child_process's
// Pipe: both on libnodus_aux's stream core) called with h as `this`. They
// are reached through the prototype: net.js and child_process.js only call
// them on their own handles, and a foreign handle lacks the method names.
function streamMethods(proto) {
  var args = {
    write: ['x'], writev: [['x']], setTimeout: [0], ref: [true], close: [false], open: [0],
    bind: ['127.0.0.1', 0], bindPipe: ['/nonexistent/x'], listen: [1], connect: ['127.0.0.1', 9],
    connectPipe: ['/nonexistent/x'], setNoDelay: [true], setKeepAlive: [true, 1],
  };
  var methods = {};
  Object.getOwnPropertyNames(proto).forEach(function (name) {
    if (name === 'constructor') return;
    var d = Object.getOwnPropertyDescriptor(proto, name);
    methods[name] = d.get ? function (h) { return d.get.call(h); }
      : function (h) { return proto[name].apply(h, args[name] || []); };
  });
  return methods;
}

var KEY = Buffer.alloc(32, 1), IV = Buffer.alloc(16, 2), GCM_IV = Buffer.alloc(12, 3);

var donors = [
  { type: 'UDP', make: function () {
    var s = dgram.createSocket('udp4');
    cleanups.push(function () { s.close(); });
    return s._handle;
  } },
  { type: 'Zlib', make: function () { return zlib.createGzip()._handle; } },
  { type: 'Hash', make: function () { return cryptoHandle(crypto.createHash('sha256')); } },
  { type: 'Hmac', make: function () { return cryptoHandle(crypto.createHmac('sha256', 'k')); } },
  { type: 'Cipher', make: function () { return cryptoHandle(crypto.createCipheriv('aes-256-cbc', KEY, IV)); } },
  { type: 'HTTPParser', make: httpParser },
  { type: 'Handle', make: function () {   /* net: a listener's handle */
    var srv = net.createServer();
    srv.listen(0, '127.0.0.1');
    cleanups.push(function () { srv.close(); });
    return srv._handle;
  } },
  { type: 'Pipe', make: childPipe },
  { type: 'Object', make: function () { return {}; } },
];

// A dgram socket whose _handle is h while fn(s) runs, or until fn(s, done)
// calls done.
function udp(fn) {
  function swap(h) {
    var s = dgram.createSocket('udp4');
    var own = s._handle;
    s._handle = h;
    return { s: s, restore: function () { s._handle = own; s.close(); } };
  }
  if (fn.length < 2) {
    return function (h) {
      var t = swap(h);
      try { fn(t.s); } finally { t.restore(); }
    };
  }
  return function (h, done) {
    var t = swap(h);
    fn(t.s, function (err) { t.restore(); done(err); });
  };
}

// A zlib stream whose handle is h while fn runs.
function gzip(fn) {
  return function (h) {
    var z = zlib.createGzip();
    var k = symbolOf(z, 'kHandle');
    var own = z[k];
    z[k] = h;
    try { fn(z); } finally { z[k] = own; z.close(); }
  };
}

// A crypto object (made by make()) whose handle is h while fn runs.
function swapped(make, fn) {
  return function (h) {
    var obj = make();
    var k = symbolOf(obj, 'kHandle');
    obj[k] = h;
    fn(obj);
  };
}

var hash = function () { return crypto.createHash('sha256'); };
var hmac = function () { return crypto.createHmac('sha256', 'k'); };
var cbc = function () { return crypto.createCipheriv('aes-256-cbc', KEY, IV); };
var gcm = function () { return crypto.createDecipheriv('aes-256-gcm', KEY, GCM_IV); };
var sign = function () { return crypto.createSign('sha256'); };
var verify = function () { return crypto.createVerify('sha256'); };

var classes = [
  { type: 'UDP', methods: {
    close: udp(function (s) { s.close(); }),
    address: udp(function (s) { s.address(); }),
    setBroadcast: udp(function (s) { s.setBroadcast(true); }),
    setTTL: udp(function (s) { s.setTTL(5); }),
    setMulticastTTL: udp(function (s) { s.setMulticastTTL(5); }),
    setMulticastLoopback: udp(function (s) { s.setMulticastLoopback(true); }),
    addMembership: udp(function (s) { s.addMembership('224.0.0.114'); }),
    dropMembership: udp(function (s) { s.dropMembership('224.0.0.114'); }),
    ref: udp(function (s) { s.ref(); }),
    unref: udp(function (s) { s.unref(); }),
    bind: udp(function (s, done) {
      s.once('error', done);
      s.bind(0, '127.0.0.1', function () { done(null); });
    }),
    send: udp(function (s, done) {
      s._bound = true; /* no implicit bind: that is the bind row */
      s.send(Buffer.from('x'), 0, 1, 9, '127.0.0.1', function (err) { done(err); });
    }),
  } },
  { type: 'Zlib', methods: {
    write: gzip(function (z) { z.write(Buffer.from('data')); }),
    reset: gzip(function (z) { z.reset(); }),
    close: gzip(function (z) { z._closeHandle(); }),
  } },
  { type: 'Hash', methods: {
    update: swapped(hash, function (o) { o.update('x'); }),
    digest: swapped(hash, function (o) { o.digest(); }),
    copy: swapped(hash, function (o) { o.copy(); }),
    signUpdate: swapped(sign, function (o) { o.update('x'); }),
    sign: swapped(sign, function (o) { o.sign('not a key'); }),
    verify: swapped(verify, function (o) { o.verify('not a key', Buffer.alloc(1)); }),
  } },
  { type: 'Hmac', methods: {
    update: swapped(hmac, function (o) { o.update('x'); }),
    digest: swapped(hmac, function (o) { o.digest(); }),
  } },
  { type: 'Cipher', methods: {
    update: swapped(cbc, function (o) { o.update('x'); }),
    final: swapped(cbc, function (o) { o.final(); }),
    setAutoPadding: swapped(cbc, function (o) { o.setAutoPadding(false); }),
    setAAD: swapped(gcm, function (o) { o.setAAD(Buffer.alloc(4)); }),
    getAuthTag: swapped(cbc, function (o) { o.getAuthTag(); }),
    setAuthTag: swapped(gcm, function (o) { o.setAuthTag(Buffer.alloc(16)); }),
  } },
  { type: 'Handle', methods: streamMethods((function () {
    var srv = net.createServer().listen(0, '127.0.0.1');
    var proto = Object.getPrototypeOf(srv._handle);
    srv.close();
    return proto;
  })()) },
  { type: 'Pipe', methods: streamMethods(Object.getPrototypeOf(childPipe())) },
  { type: 'HTTPParser', methods: (function () {
    var proto = Object.getPrototypeOf(httpParser());
    var methods = {};
    ['execute', 'finish', 'reset', 'pause', 'resume'].forEach(function (name) {
      methods[name] = function (h) { proto[name].call(h, Buffer.from('GET / HTTP/1.1\r\n\r\n')); };
    });
    return methods;
  })() },
];

function isInvalidThis(type, err) {
  assert.ok(err instanceof TypeError, 'a TypeError, not ' + err);
  assert.strictEqual(err.code, 'ERR_INVALID_THIS');
  assert.strictEqual(err.message, 'Value of "this" must be of type ' + type);
  return true;
}

// The asynchronous calls run one at a time; an error thrown in a callback
// of theirs arrives as an uncaught exception.
var pending = [];
var current = null;
process.on('uncaughtException', function (err) {
  if (!current) throw err;
  var c = current;
  current = null;
  c(err);
});

function runNext() {
  var next = pending.shift();
  if (!next) return finish();
  next();
}

var checked = 0;
classes.forEach(function (cls) {
  donors.forEach(function (donor) {
    if (donor.type === cls.type) return;
    Object.keys(cls.methods).forEach(function (name) {
      var call = cls.methods[name];
      var what = cls.type + '.' + name + ' on a ' + donor.type;
      if (call.length < 2) {
        assert.throws(function () { call(donor.make()); }, isInvalidThis.bind(null, cls.type), what);
        checked++;
        return;
      }
      pending.push(function () {
        var done = common.mustCall(function (err) {
          current = null;
          assert.ok(err, what + ' failed');
          isInvalidThis(cls.type, err);
          checked++;
          setImmediate(runNext);
        });
        current = done;
        call(donor.make(), done);
      });
    });
  });
});

// A handle still works after every foreign call (nothing was overwritten).
function finish() {
  var z = zlib.createGzip();
  assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('intact')).toString(), 'intact');
  z.close();
  assert.strictEqual(crypto.createHash('sha1').update('a').digest('hex'), '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8');
  cleanups.forEach(function (fn) { fn(); });
  assert.ok(checked > 200, 'checked ' + checked + ' calls');
}

runNext();
