// The request cases of llhttp's own test suite (llhttp-requests.json, made by
// scripts/llhttp-vectors.py from nodejs/llhttp v8.1.0) sent raw to the
// server, each on its own connection ended after the bytes. A case is
// 'refused' when an answer has a 4xx status, 'served' when only 200s came
// back, 'none' when the connection closed with no answer (an upgrade nobody
// takes, or input that stops inside a request).
//
// Two passes, with requireHostHeader false (most cases are HTTP/1.1 without
// Host: this shows the parser's own verdicts) and with the defaults. nodus
// must refuse what llhttp's log refuses or leaves unfinished, what
// REFUSED_BEYOND_LOG lists, and serve the rest; the same bytes go to a
// `node` http server with the same options when node is installed: nodus
// must refuse all Node refuses, and beyond it exactly STRICTER_THAN_NODE.
var common = require('../common');
var assert = require('assert');
var child = require('child_process');
var fs = require('fs');
var http = require('http');
var net = require('net');
var path = require('path');

var data = JSON.parse(fs.readFileSync(path.join(__dirname, 'llhttp-requests.json'), 'utf8'));

// nodus's own cases beside llhttp's: where it is stricter than Node, and an
// empty value, which both serve.
data.cases.push(
  { id: 'nodus/two-hosts', name: 'two Host fields', input: 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n',
    llhttp: 'complete' },
  { id: 'nodus/two-hosts-1.0', name: 'two Host fields in HTTP/1.0',
    input: 'GET / HTTP/1.0\r\nHost: a\r\nhost: a\r\n\r\n', llhttp: 'complete' },
  { id: 'nodus/empty-value', name: 'an empty value',
    input: 'GET / HTTP/1.1\r\nHost: a\r\nCookie:\r\nX-Empty:  \r\n\r\n', llhttp: 'complete' });

// The cases refused although llhttp's log ends neither in an error nor
// inside a message (without the Host rule); Node 20 refuses them all too.
var REFUSED_BEYOND_LOG = {
  // logged with a leniency flag that neither server sets
  'request/content-length.md:219': 'Content-Length with Transfer-Encoding',
  'request/lenient-headers.md:8': 'form feed in a value',
  'request/lenient-headers.md:34': 'form feed in a value',
  'request/lenient-version.md:6': 'HTTP/5.6',
  'request/transfer-encoding.md:510': 'Content-Length with Transfer-Encoding',
  'request/transfer-encoding.md:609': 'chunked not the last coding',
  'request/transfer-encoding.md:640': 'chunked not the last coding',
  'request/connection.md:525': 'obs-fold',
  'request/content-length.md:181': 'obs-fold',
  // obs-fold, which llhttp's loose mode joins
  'request/connection.md:377': 'obs-fold',
  'request/connection.md:468': 'obs-fold',
  'request/sample.md:317': 'obs-fold',
  'request/sample.md:500': 'obs-fold',
  // errors of llhttp's strict mode only
  'request/connection.md:77': 'data after a request that closes the connection',
  'request/connection.md:248': 'data after a request that closes the connection',
  'request/uri.md:164': 'UTF-8 in the URL',
  'request/uri.md:138': 'UTF-8 in the URL',
  'request/transfer-encoding.md:828': 'bare LF after a chunk size',
  'request/transfer-encoding.md:857': 'obs-fold',
  // logged with the body skipped: the body (123 bytes) is cut short
  'request/content-length.md:393': 'body cut short',
};

// What nodus refuses that Node 20 serves, without and with the Host rule.
var STRICTER_THAN_NODE = {
  'nodus/two-hosts': 'two Host fields (RFC 9112 3.2)',
  'nodus/two-hosts-1.0': 'two Host fields (RFC 9112 3.2)',
};
var STRICTER_BY_DEFAULT = STRICTER_THAN_NODE;

function expectRefused(c) {
  if (REFUSED_BEYOND_LOG[c.id] || STRICTER_THAN_NODE[c.id]) return true;
  return (c.llhttp === 'error' || c.llhttp === 'incomplete') && c.mode !== 'strict';
}

// Every request is read to its end and answered; the client's end of the
// input ends the connection once the answers are out.
function handler(req, res) {
  req.resume();
  req.on('end', function () { res.end('ok'); });
}
var NODE_SERVER = 'var http = require("http");' +
  'var s = http.createServer(JSON.parse(process.argv[1]), ' + handler.toString() + ');' +
  's.listen(0, "127.0.0.1", function () { console.log(s.address().port); });';

function classify(out) {
  var statuses = [];
  var re = /HTTP\/1\.[01] (\d{3}) /g, m;
  while ((m = re.exec(out))) statuses.push(+m[1]);
  if (statuses.some(function (s) { return s >= 400; })) return 'refused';
  return statuses.indexOf(200) >= 0 ? 'served' : 'none';
}

function send(port, input, cb) {
  var c = net.createConnection(port, '127.0.0.1', function () { c.end(Buffer.from(input, 'utf8')); });
  var out = '';
  var done = false;
  var guard = setTimeout(function () { finish('timeout'); }, 5000);
  function finish(outcome) {
    if (done) return;
    done = true;
    clearTimeout(guard);
    c.destroy();
    cb(outcome || classify(out));
  }
  c.setEncoding('latin1');
  c.on('data', function (d) { out += d; });
  c.on('error', function () {});
  c.on('close', function () { finish(); });
}

// Runs every case against the server on `port`, 8 at a time.
function runAll(port, cb) {
  var results = {};
  var next = 0, active = 0;
  (function pump() {
    if (next === data.cases.length && active === 0) return cb(results);
    while (active < 8 && next < data.cases.length) {
      var c = data.cases[next++];
      active++;
      send(port, c.input, (function (id) {
        return function (outcome) {
          results[id] = outcome;
          active--;
          pump();
        };
      })(c.id));
    }
  })();
}

// A node server with these options, or null when node is not installed.
function startNode(options, cb) {
  var p;
  try {
    p = child.spawn('node', ['-e', NODE_SERVER, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    return cb(null);
  }
  var buf = '';
  var started = false;
  p.on('error', function () { if (!started) { started = true; cb(null); } });
  p.stdout.setEncoding('utf8');
  p.stdout.on('data', function (d) {
    buf += d;
    if (!started && buf.indexOf('\n') >= 0) {
      started = true;
      cb(p, +buf);
    }
  });
}

// Runs the cases on a nodus server and a node server with these options.
function both(options, cb) {
  var server = http.createServer(options, handler);
  server.listen(0, '127.0.0.1', function () {
    runAll(server.address().port, function (ours) {
      server.close();
      startNode(options, function (proc, port) {
        if (!proc) return cb(ours, null);
        runAll(port, function (theirs) {
          proc.kill();
          cb(ours, theirs);
        });
      });
    });
  });
}

// LLHTTP_VECTORS_DUMP=1 prints every case's outcome on both servers.
function dump(title, ours, theirs) {
  if (!process.env.LLHTTP_VECTORS_DUMP) return;
  console.log('-- ' + title);
  data.cases.forEach(function (c) {
    console.log([c.id, c.type, c.mode, c.llhttp, 'nodus=' + ours[c.id], 'node=' + (theirs ? theirs[c.id] : '-'),
      c.name, c.reason || ''].join(' | '));
  });
}

// Node refuses nothing nodus serves; nodus refuses beyond Node exactly
// `stricter`.
function againstNode(title, ours, theirs, stricter) {
  if (!theirs) {
    console.log(title + ': node is not installed, the comparison with Node is skipped');
    return;
  }
  var laxer = [], more = [];
  data.cases.forEach(function (c) {
    var a = ours[c.id] === 'refused', b = theirs[c.id] === 'refused';
    if (b && !a) laxer.push(c.id + ' (' + c.name + ')');
    if (a && !b) more.push(c.id);
  });
  assert.deepStrictEqual(laxer, [], title + ': Node refuses these; nodus must too');
  assert.deepStrictEqual(more.sort(), Object.keys(stricter).sort(), title + ': nodus refuses, Node serves');
  var count = function (r) { return data.cases.filter(function (c) { return r[c.id] === 'refused'; }).length; };
  console.log(title + ': ' + data.cases.length + ' cases; nodus refuses ' + count(ours) + ', node ' +
    count(theirs));
}

// Without the Host rule, the parser's own verdicts show.
both({ requireHostHeader: false }, common.mustCall(function (ours, theirs) {
  dump('requireHostHeader: false', ours, theirs);
  var wrong = [];
  data.cases.forEach(function (c) {
    assert.notStrictEqual(ours[c.id], 'timeout', c.id + ': no answer and no close');
    if ((ours[c.id] === 'refused') !== expectRefused(c)) wrong.push(c.id + ' (' + c.name + '): ' + ours[c.id]);
  });
  assert.deepStrictEqual(wrong, [], 'nodus against llhttp\'s verdicts');
  againstNode('requireHostHeader: false', ours, theirs, STRICTER_THAN_NODE);
  // The defaults: most cases are HTTP/1.1 without Host, refused by both.
  both({}, common.mustCall(function (ours2, theirs2) {
    dump('defaults', ours2, theirs2);
    data.cases.forEach(function (c) {
      if (ours[c.id] === 'refused') assert.strictEqual(ours2[c.id], 'refused', c.id);
    });
    againstNode('defaults', ours2, theirs2, STRICTER_BY_DEFAULT);
  }));
}));
