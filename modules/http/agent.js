// http/agent.js — Agent: the client's pool of keep-alive connections.
'use strict';

var EventEmitter = require('events');
var net = require('net');

// ---- the client ------------------------------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  options = options || {};
  this.options = options;
  this.keepAlive = !!options.keepAlive;
  this.keepAliveMsecs = options.keepAliveMsecs || 1000;
  this.maxSockets = options.maxSockets || Infinity;
  this.maxFreeSockets = options.maxFreeSockets || 256;
  this.sockets = {};
  this.freeSockets = {};
  this.requests = {};
  this.defaultPort = 80;
  this.protocol = 'http:';
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);

Agent.prototype.getName = function (o) {
  return (o.host || o.hostname || 'localhost') + ':' + (o.port || '') + ':' + (o.localAddress || '') +
    (o.socketPath ? ':' + o.socketPath : '');
};

Agent.prototype.createConnection = function (o) {
  if (o.socketPath) return net.createConnection(o.socketPath);
  return net.createConnection({ port: o.port, host: o.hostname || o.host || 'localhost', localAddress: o.localAddress });
};

Agent.prototype.addRequest = function (req, o) {
  var name = this.getName(o);
  var free = this.freeSockets[name];
  while (free && free.length) {
    var s = free.shift();
    if (!free.length) delete this.freeSockets[name];
    if (s.destroyed) continue;
    s.removeAllListeners('agentRemove');
    if (s._agentIdle) { s.removeListener('close', s._agentIdle); s.removeListener('error', s._agentIdle); s._agentIdle = null; }
    this._track(name, s);
    s.ref && s.ref();
    req.reusedSocket = true;
    req.onSocket(s);
    return;
  }
  var active = this.sockets[name] ? this.sockets[name].length : 0;
  if (active >= this.maxSockets) {
    (this.requests[name] || (this.requests[name] = [])).push(req);
    return;
  }
  var self = this;
  var sock = this.createConnection(o);
  this._track(name, sock);
  sock.once('close', function () { self._untrack(name, sock); });
  req.onSocket(sock);
};

Agent.prototype._track = function (name, s) {
  (this.sockets[name] || (this.sockets[name] = [])).push(s);
  s._agentName = name;
};

Agent.prototype._untrack = function (name, s) {
  var list = this.sockets[name];
  var i = list ? list.indexOf(s) : -1;
  if (i >= 0) list.splice(i, 1);
  if (list && !list.length) delete this.sockets[name];
  var free = this.freeSockets[name];
  i = free ? free.indexOf(s) : -1;
  if (i >= 0) free.splice(i, 1);
  if (free && !free.length) delete this.freeSockets[name];
  this._next(name);
};

Agent.prototype._next = function (name) {
  var q = this.requests[name];
  if (q && q.length) {
    var req = q.shift();
    if (!q.length) delete this.requests[name];
    this.addRequest(req, req._agentOptions);
  }
};

// A response finished: keep the socket for the next request when we can.
Agent.prototype._release = function (s, reusable) {
  var name = s._agentName;
  var list = this.sockets[name];
  var i = list ? list.indexOf(s) : -1;
  if (i >= 0) list.splice(i, 1);
  if (list && !list.length) delete this.sockets[name];
  var q = this.requests[name];
  if (reusable && q && q.length) {
    this._track(name, s);
    var req = q.shift();
    if (!q.length) delete this.requests[name];
    req.reusedSocket = true;
    req.onSocket(s);
    return;
  }
  var free = this.freeSockets[name] || [];
  if (reusable && this.keepAlive && free.length < this.maxFreeSockets) {
    free.push(s);
    this.freeSockets[name] = free;
    var self = this;
    s._agentIdle = function () { self._untrack(name, s); };
    s.once('close', s._agentIdle);
    s.once('error', s._agentIdle);
    s.setKeepAlive && s.setKeepAlive(true, this.keepAliveMsecs);
    s.unref && s.unref();
    return;
  }
  s.destroy();
  this._next(name);
};

Agent.prototype.destroy = function () {
  var sets = [this.sockets, this.freeSockets];
  sets.forEach(function (set) {
    Object.keys(set).forEach(function (k) { set[k].slice().forEach(function (s) { s.destroy(); }); });
  });
};

var globalAgent = new Agent({ keepAlive: true });

exports.Agent = Agent;
exports.globalAgent = globalAgent;
