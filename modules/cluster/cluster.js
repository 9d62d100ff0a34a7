// cluster.js — owns the cluster module: in the primary, the Worker objects,
// cluster.fork/settings/workers and, for round-robin scheduling, one
// listening net.Server per (address, port) whose accepted sockets it hands
// to the workers in turn; in a worker (a fork whose env names
// NODE_UNIQUE_ID), cluster.worker and the routing of server.listen() on a
// TCP port to the primary. Control messages travel on the fork's IPC channel
// as {cmd: 'NODE_CLUSTER', act, ...}, which the channel delivers as
// 'internalMessage', never as 'message'.
'use strict';

var EventEmitter = require('events');
var errors = require('internal/errors');
var invalidArgType = errors.invalidArgType;
var invalidArgValue = errors.invalidArgValue;

var SCHED_NONE = 1;
var SCHED_RR = 2;

var cluster = new EventEmitter();
module.exports = cluster;

var uniqueId = process.env.NODE_UNIQUE_ID;
// A worker is a fork (it has a channel) whose env names NODE_UNIQUE_ID.
var isWorker = uniqueId !== undefined && typeof process.send === 'function';

cluster.isWorker = isWorker;
cluster.isPrimary = !isWorker;
cluster.isMaster = !isWorker;
cluster.Worker = Worker;
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.worker = null;
cluster.workers = {};

function policyFromEnv() {
  var p = process.env.NODE_CLUSTER_SCHED_POLICY;
  if (p === 'none') return SCHED_NONE;
  return SCHED_RR; // 'rr' and the default on Linux, as Node
}
cluster.schedulingPolicy = policyFromEnv();

function internal(target, message, handle, cb) {
  message.cmd = 'NODE_CLUSTER';
  return target.send(message, handle, cb);
}

// ---- Worker (both sides) ------------------------------------------------------

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  options = options || {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  this.process = options.process || null;
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Object.defineProperty(Worker.prototype, 'suicide', {
  configurable: true,
  get: function () { return this.exitedAfterDisconnect; },
  set: function (v) { this.exitedAfterDisconnect = v; },
});

Worker.prototype.send = function () {
  return this.process.send.apply(this.process, arguments);
};

Worker.prototype.isDead = function () {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function () {
  return this.process.connected === true;
};

// ---- the primary ------------------------------------------------------------

var ids = 0;
var settings = null;
var handles = new Map(); // 'address:port' -> RoundRobin or Shared

cluster.settings = {};

cluster.setupPrimary = function (options) {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw invalidArgType('options', 'of type object', options);
  var s = Object.assign({
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
  }, cluster.settings, options || {});
  if (!Array.isArray(s.args)) throw invalidArgType('settings.args', 'an instance of Array', s.args);
  if (typeof s.exec !== 'string') throw invalidArgType('settings.exec', 'of type string', s.exec);
  if (!Array.isArray(s.execArgv)) throw invalidArgType('settings.execArgv', 'an instance of Array', s.execArgv);
  if (s.schedulingPolicy !== undefined) {
    if (s.schedulingPolicy !== SCHED_RR && s.schedulingPolicy !== SCHED_NONE)
      throw invalidArgValue('settings.schedulingPolicy', s.schedulingPolicy);
    cluster.schedulingPolicy = s.schedulingPolicy;
  }
  s.schedulingPolicy = cluster.schedulingPolicy;
  cluster.settings = s;
  settings = s;
  var first = !cluster._setupDone;
  cluster._setupDone = true;
  if (first || options) process.nextTick(function () { cluster.emit('setup', s); });
};
cluster.setupMaster = cluster.setupPrimary;

cluster.fork = function (env) {
  if (!cluster.isPrimary) throw new Error('cluster.fork() can only be called in the primary');
  if (env !== undefined && (env === null || typeof env !== 'object'))
    throw invalidArgType('env', 'of type object', env);
  if (!settings) cluster.setupPrimary();
  var id = ++ids;
  var childEnv = Object.assign({}, process.env, env || {}, { NODE_UNIQUE_ID: String(id) });
  var options = { env: childEnv, execArgv: settings.execArgv, silent: !!settings.silent };
  if (settings.cwd !== undefined) options.cwd = settings.cwd;
  if (settings.stdio !== undefined) options.stdio = settings.stdio;
  if (settings.serialization !== undefined) options.serialization = settings.serialization;
  if (cluster.schedulingPolicy === SCHED_NONE || (env && env.NODE_CLUSTER_SCHED_POLICY))
    childEnv.NODE_CLUSTER_SCHED_POLICY = cluster.schedulingPolicy === SCHED_NONE ? 'none' : 'rr';
  var child = require('child_process').fork(settings.exec, settings.args, options);
  var worker = new Worker({ id: id, process: child });
  worker.state = 'none';
  cluster.workers[id] = worker;

  child.on('internalMessage', function (msg, handle) { primaryInternal(worker, msg, handle); });
  child.on('message', function (msg, handle) {
    worker.emit('message', msg, handle);
    cluster.emit('message', worker, msg, handle);
  });
  child.once('disconnect', function () {
    worker.state = 'disconnected';
    if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
    removeFromHandles(worker);
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
    if (worker.isDead()) delete cluster.workers[id];
  });
  child.once('exit', function (code, signal) {
    worker.state = 'dead';
    if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
    removeFromHandles(worker);
    if (!worker.isConnected()) delete cluster.workers[id];
    worker.emit('exit', code, signal);
    cluster.emit('exit', worker, code, signal);
  });
  child.on('error', function (err) { worker.emit('error', err); });
  process.nextTick(function () { cluster.emit('fork', worker); });
  return worker;
};

cluster.disconnect = function (cb) {
  var list = Object.keys(cluster.workers);
  var left = list.length;
  if (typeof cb === 'function') {
    if (left === 0) process.nextTick(cb);
    else cluster.on('disconnect', function onDisc() {
      if (Object.keys(cluster.workers).every(function (k) { return !cluster.workers[k].isConnected(); })) {
        cluster.removeListener('disconnect', onDisc);
        cb();
      }
    });
  }
  list.forEach(function (k) { var w = cluster.workers[k]; if (w.isConnected()) w.disconnect(); });
};

function primaryInternal(worker, msg, fd) {
  if (typeof fd === 'number') closeFd(fd); // workers send none
  if (msg.cmd !== 'NODE_CLUSTER') return;
  if (msg.act === 'online') {
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
  } else if (msg.act === 'queryServer') {
    queryServer(worker, msg);
  } else if (msg.act === 'listening') {
    var address = { addressType: msg.addressType, address: msg.address, port: msg.port, fd: undefined };
    worker.state = 'listening';
    worker.emit('listening', address);
    cluster.emit('listening', worker, address);
  } else if (msg.act === 'close') {
    var h = handles.get(msg.key);
    if (h) h.remove(worker);
  } else if (msg.act === 'exitedAfterDisconnect') {
    worker.exitedAfterDisconnect = true;
  }
}

function removeFromHandles(worker) {
  handles.forEach(function (h) { h.remove(worker); });
}

// One listening socket in the primary per (address, port). Round-robin
// accepts here and sends each connection to the next worker; SCHED_NONE
// sends the listening socket itself and the workers accept.
function SharedListener(key, address, port, backlog, rr) {
  var net = require('net');
  var self = this;
  this.key = key;
  this.rr = rr;
  this.workers = [];
  this.next = 0;
  this.waiting = [];      // [worker, seq] until the socket listens
  this.error = null;
  this.ready = false;
  this.server = net.createServer({ pauseOnConnect: true });
  this.server.on('error', function (err) {
    self.error = err;
    handles.delete(key);
    var w = self.waiting;
    self.waiting = [];
    w.forEach(function (p) { self.reply(p[0], p[1]); });
  });
  this.server.on('listening', function () {
    self.ready = true;
    var w = self.waiting;
    self.waiting = [];
    w.forEach(function (p) { self.reply(p[0], p[1]); });
  });
  if (!rr && (address === null || net.isIP(address))) {
    // SCHED_NONE: bound here, listened on and accepted by the workers.
    var err = require('internal/net').clusterHooks(null).bind(this.server, address === null ? '0.0.0.0' : address, port);
    process.nextTick(function () { self.server.emit(err ? 'error' : 'listening', err || undefined); });
    return;
  }
  // Round-robin; and SCHED_NONE on a host name, which listens here like
  // round-robin: what the primary accepts is handed out in turn.
  this.server.on('connection', function (socket) { self.distribute(socket); });
  if (address === null || address === undefined) this.server.listen(port, backlog);
  else this.server.listen(port, address, backlog);
}

SharedListener.prototype.add = function (worker, seq) {
  if (this.ready || this.error) this.reply(worker, seq);
  else this.waiting.push([worker, seq]);
};

SharedListener.prototype.reply = function (worker, seq) {
  if (!worker.isConnected()) return;
  var e = this.error;
  if (e) {
    internal(worker.process, { act: 'queryReply', seq: seq,
      error: { message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, address: e.address, port: e.port } });
    return;
  }
  if (this.workers.indexOf(worker) < 0) this.workers.push(worker);
  var a = this.server.address();
  internal(worker.process, { act: 'queryReply', seq: seq, key: this.key, sockname: a },
           this.rr ? undefined : this.server);
};

SharedListener.prototype.remove = function (worker) {
  var i = this.workers.indexOf(worker);
  if (i < 0) return;
  this.workers.splice(i, 1);
  if (this.workers.length === 0 && this.waiting.length === 0) {
    handles.delete(this.key);
    this.server.close();
  }
};

SharedListener.prototype.distribute = function (socket) {
  socket.on('error', function () {});
  var n = this.workers.length;
  for (var tries = 0; tries < n; tries++) {
    var w = this.workers[this.next++ % n];
    if (w.isConnected()) {
      internal(w.process, { act: 'newconn', key: this.key }, socket);
      return;
    }
  }
  socket.destroy();
};

function queryServer(worker, msg) {
  var key = msg.address + ':' + msg.port;
  // Port 0 too is one key: every worker gets the same "random" port (Node).
  var h = handles.get(key);
  if (!h) {
    h = new SharedListener(key, msg.address, msg.port, msg.backlog, cluster.schedulingPolicy !== SCHED_NONE);
    handles.set(key, h);
  }
  h.add(worker, msg.seq);
}

Worker.prototype.kill = function (signal) {
  if (isWorker) {
    this.exitedAfterDisconnect = true;
    process.exit(0);
    return;
  }
  this.exitedAfterDisconnect = true;
  var child = this.process;
  var sig = signal === undefined ? 'SIGTERM' : signal;
  // As Node: the channel goes first, then the signal.
  if (this.isConnected()) {
    this.once('disconnect', function () { child.kill(sig); });
    removeFromHandles(this);
    child.disconnect();
  } else {
    child.kill(sig);
  }
};
Worker.prototype.destroy = Worker.prototype.kill;

Worker.prototype.disconnect = function () {
  this.exitedAfterDisconnect = true;
  if (isWorker) {
    workerDisconnect();
    return this;
  }
  if (this.state !== 'disconnected' && this.state !== 'dead') this.state = 'disconnecting';
  if (this.isConnected()) {
    // The worker closes its servers, then its end of the channel.
    var child = this.process;
    internal(child, { act: 'disconnect' });
  }
  removeFromHandles(this);
  return this;
};

// ---- a worker ----------------------------------------------------------------

var servers = new Map();   // key -> net.Server listening through the primary
var queries = new Map();   // seq -> callback(reply, fd)
var seqs = 0;
var netHooks = null;
function closeFd(fd) {
  if (!netHooks) netHooks = require('internal/net').clusterHooks(null);
  netHooks.closeFd(fd);
}

function workerListen(server, host, port, backlog) {
  var seq = ++seqs;
  var address = host === undefined || host === null || host === '' ? null : String(host);
  var generation = server._generation;
  queries.set(seq, function (reply, fd) {
    if (server._generation !== generation) {
      if (reply.key) internal(process, { act: 'close', key: reply.key });
      if (typeof fd === 'number') closeFd(fd);
      return;
    }
    if (reply.error) {
      var e = new Error(reply.error.message);
      Object.keys(reply.error).forEach(function (k) { if (k !== 'message') e[k] = reply.error[k]; });
      server.emit('error', e);
      return;
    }
    if (typeof fd === 'number') {
      // SCHED_NONE: our own copy of the primary's listening socket.
      var k = reply.key;
      server.once('listening', function () {
        servers.set(k, server);
        server.once('close', function () {
          if (servers.get(k) === server) servers.delete(k);
          if (process.connected) internal(process, { act: 'close', key: k });
        });
        announce(server);
      });
      server.listen({ fd: fd });
      return;
    }
    var key = reply.key;
    var sockname = reply.sockname;
    // A stand-in for the listening handle: the primary owns the socket. The
    // worker stays up on its channel (ref'd by cluster's 'disconnect'
    // listener, as in Node), so ref/unref have nothing to hold.
    var fake = {
      owner: server,
      fd: -1,
      getsockname: function () { return sockname; },
      ref: function () {},
      close: function () {
        servers.delete(key);
        if (process.connected) internal(process, { act: 'close', key: key });
      },
    };
    server._handle = fake;
    servers.set(key, server);
    process.nextTick(function () {
      if (server._handle !== fake) return;
      server.emit('listening');
      announce(server);
    });
  });
  internal(process, { act: 'queryServer', seq: seq, address: address, port: port, backlog: backlog, addressType: 4 });
}

function announce(server) {
  var a = server.address() || {};
  if (process.connected)
    internal(process, { act: 'listening', address: a.address, port: a.port, addressType: a.family === 'IPv6' ? 6 : 4 });
}

function workerInternal(msg, fd) {
  if (!msg || msg.cmd !== 'NODE_CLUSTER') {
    if (typeof fd === 'number') closeFd(fd);
    return;
  }
  if (msg.act === 'newconn') {
    var server = servers.get(msg.key);
    if (typeof fd !== 'number') return;
    if (!server) closeFd(fd);
    else netHooks.adopt(server, fd);
  } else if (msg.act === 'queryReply') {
    var cb = queries.get(msg.seq);
    queries.delete(msg.seq);
    if (cb) cb(msg, fd);
    else if (typeof fd === 'number') closeFd(fd);
  } else if (msg.act === 'disconnect') {
    cluster.worker.exitedAfterDisconnect = true;
    workerDisconnect();
  } else if (typeof fd === 'number') {
    closeFd(fd);
  }
}

// Stops listening everywhere, then drops the channel: with nothing else
// pending the worker's loop then ends and it exits.
function workerDisconnect() {
  if (cluster.worker.state === 'disconnecting' || !process.connected) return;
  cluster.worker.state = 'disconnecting';
  internal(process, { act: 'exitedAfterDisconnect' });
  var list = [];
  servers.forEach(function (s) { list.push(s); });
  var left = list.length + 1;
  function done() { if (--left === 0 && process.connected) process.disconnect(); }
  list.forEach(function (s) { s.close(done); });
  done();
}

function setupWorker() {
  delete process.env.NODE_UNIQUE_ID;
  var worker = new Worker({ id: +uniqueId, process: process, state: 'online' });
  cluster.worker = worker;
  process.on('internalMessage', workerInternal);
  process.on('message', function (msg, handle) { worker.emit('message', msg, handle); });
  process.once('disconnect', function () {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  netHooks = require('internal/net').clusterHooks(workerListen);
  internal(process, { act: 'online' });
}

if (isWorker) setupWorker();
