// dns.js — require('dns'): the spec's lookup/resolve*/reverse and error
// constants, plus today's lookup options ({family, all}), lookupService,
// resolveNs/Cname/Soa, setServers/getServers, Resolver and dns.promises.
// Every query runs on the worker pool (binding: lookup, lookupService,
// query); resolve* use the system resolver with the servers set here.
'use strict';

var b = binding;
var T = b.types;
var servers = [];   // [[ip, port]...]; empty means /etc/resolv.conf

// The spec's error codes (today's Node spells them the same way as err.code).
exports.NODATA = 'ENODATA';
exports.FORMERR = 'EFORMERR';
exports.SERVFAIL = 'ESERVFAIL';
exports.NOTFOUND = 'ENOTFOUND';
exports.NOTIMP = 'ENOTIMP';
exports.REFUSED = 'EREFUSED';
exports.BADQUERY = 'EBADQUERY';
exports.BADNAME = 'EBADNAME';
exports.BADFAMILY = 'EBADFAMILY';
exports.BADRESP = 'EBADRESP';
exports.CONNREFUSED = 'ECONNREFUSED';
exports.TIMEOUT = 'ETIMEOUT';
exports.EOF = 'EOF';
exports.NOMEM = 'ENOMEM';
exports.CANCELLED = 'ECANCELLED';
// v0.2 names
exports.TEMPFAIL = 'ETIMEOUT';
exports.PROTOCOL = 'EBADRESP';
exports.NXDOMAIN = 'ENOTFOUND';
exports.ADDRCONFIG = b.ADDRCONFIG;
exports.V4MAPPED = b.V4MAPPED;
exports.ALL = 0;

var errors = require('internal/errors');

function checkCallback(cb) { errors.validateFunction(cb, 'callback'); }

function checkName(name, what) { errors.validateString(name, what || 'hostname'); }

function isIP(s) {
  try { return require('net').isIP(s); } catch (e) {
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(s) ? 4 : (s.indexOf(':') >= 0 ? 6 : 0);
  }
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') { callback = options; options = 0; }
  checkCallback(callback);
  var family = 0, all = false, hints = 0, verbatim = true;
  if (typeof options === 'number') family = options;
  else if (options && typeof options === 'object') {
    family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family | 0);
    all = !!options.all;
    hints = options.hints | 0;
    if (options.verbatim === false || options.order === 'ipv4first') verbatim = false;
  } else if (options !== undefined && options !== null) {
    throw errors.invalidArgType('options', 'of type object or integer', options);
  }
  if (family !== 0 && family !== 4 && family !== 6) {
    throw errors.invalidArgValue('options.family', family, 'must be one of: 0, 4, 6');
  }
  if (hostname === null || hostname === undefined || hostname === '') {
    // Node: no name means no address
    process.nextTick(function () {
      if (all) callback(null, []);
      else callback(null, null, family === 6 ? 6 : 4);
    });
    return {};
  }
  checkName(hostname);
  var literal = isIP(hostname);
  if (literal) {
    process.nextTick(function () {
      if (all) callback(null, [{ address: hostname, family: literal }]);
      else callback(null, hostname, literal);
    });
    return {};
  }
  b.lookup(hostname, family, hints, function (err, list) {
    if (err) return callback(err);
    // duplicates (one per socket type) are collapsed
    var seen = {}, out = [];
    list.forEach(function (a) {
      if (!seen[a.address]) { seen[a.address] = true; out.push(a); }
    });
    if (!verbatim) out.sort(function (x, y) { return x.family - y.family; });
    if (!out.length) {
      var e = new Error('getaddrinfo ENOTFOUND ' + hostname);
      e.code = 'ENOTFOUND';
      e.hostname = hostname;
      e.syscall = 'getaddrinfo';
      return callback(e);
    }
    if (all) callback(null, out);
    else callback(null, out[0].address, out[0].family);
  });
  return {};
}

function lookupService(address, port, callback) {
  if (!isIP(address)) throw errors.invalidArgValue('address', address);
  checkCallback(callback);
  b.lookupService(address, port | 0, callback);
}

function reverseName(ip) {
  var fam = isIP(ip);
  if (fam === 4) return ip.split('.').reverse().join('.') + '.in-addr.arpa';
  if (fam === 6) {
    var parts = ip.split('::');
    var head = parts[0] ? parts[0].split(':') : [];
    var tail = parts.length > 1 && parts[1] ? parts[1].split(':') : [];
    var groups = head.concat(new Array(8 - head.length - tail.length).fill('0'), tail);
    var hex = groups.map(function (g) { return ('0000' + g).slice(-4); }).join('');
    return hex.split('').reverse().join('.') + '.ip6.arpa';
  }
  return null;
}

// For the callback API the spec's shapes; TXT records flatten to one string
// each (v0.2); the promises API returns today's chunk arrays.
function makeResolve(type, flattenTxt) {
  return function (name, callback) {
    checkName(name);
    checkCallback(callback);
    b.query(name, T[type], servers, function (err, records) {
      if (err) return callback(err);
      if (type === 'TXT' && flattenTxt) records = records.map(function (r) { return r.join(''); });
      if (type === 'SOA') records = records[0];
      callback(null, records);
    });
    return {};
  };
}

var resolvers = {};
['A', 'AAAA', 'MX', 'TXT', 'SRV', 'NS', 'CNAME', 'PTR', 'SOA'].forEach(function (t) {
  resolvers[t] = makeResolve(t, true);
});

function resolve(name, rrtype, callback) {
  if (typeof rrtype === 'function') { callback = rrtype; rrtype = 'A'; }
  if (rrtype === undefined) rrtype = 'A';
  var fn = resolvers[rrtype];
  if (!fn) throw errors.invalidArgValue('rrtype', rrtype);
  return fn(name, callback);
}

function reverse(ip, callback) {
  checkCallback(callback);
  var q = reverseName(ip);
  if (!q) throw errors.invalidArgValue('ip', ip);
  b.query(q, T.PTR, servers, function (err, names) {
    if (err) {
      err.hostname = ip;
      err.message = 'getHostByAddr ' + err.code + ' ' + ip;
    }
    callback(err, names);
  });
}

function setServers(list) {
  if (!Array.isArray(list)) throw errors.invalidArgType('servers', 'an instance of Array', list);
  var parsed = list.map(function (s, i) {
    errors.validateString(s, 'servers[' + i + ']');
    var ip = s, port = 53, m;
    if ((m = /^\[([^\]]+)\](?::(\d+))?$/.exec(s))) { ip = m[1]; port = m[2] ? +m[2] : 53; }
    else if ((m = /^([\d.]+):(\d+)$/.exec(s))) { ip = m[1]; port = +m[2]; }
    if (!isIP(ip)) throw errors.codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + s);
    return [ip, port];
  });
  servers = parsed;
}

function getServers() {
  if (servers.length) {
    return servers.map(function (s) {
      var v6 = s[0].indexOf(':') >= 0;
      if (s[1] === 53) return s[0];
      return v6 ? '[' + s[0] + ']:' + s[1] : s[0] + ':' + s[1];
    });
  }
  try {
    var conf = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
    return conf.split('\n').map(function (l) { return /^\s*nameserver\s+(\S+)/.exec(l); })
      .filter(Boolean).map(function (m) { return m[1]; });
  } catch (e) {
    return [];
  }
}

exports.lookup = lookup;
exports.lookupService = lookupService;
exports.resolve = resolve;
exports.resolve4 = resolvers.A;
exports.resolve6 = resolvers.AAAA;
exports.resolveMx = resolvers.MX;
exports.resolveTxt = resolvers.TXT;
exports.resolveSrv = resolvers.SRV;
exports.resolveNs = resolvers.NS;
exports.resolveCname = resolvers.CNAME;
exports.resolvePtr = resolvers.PTR;
exports.resolveSoa = resolvers.SOA;
exports.reverse = reverse;
exports.setServers = setServers;
exports.getServers = getServers;
exports.setDefaultResultOrder = function () {};
exports.getDefaultResultOrder = function () { return 'verbatim'; };

function Resolver() {
  this._servers = null;
}
['resolve', 'resolve4', 'resolve6', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'resolveCname',
  'resolvePtr', 'resolveSoa', 'reverse'].forEach(function (name) {
  Resolver.prototype[name] = function () {
    var saved = servers;
    if (this._servers) servers = this._servers;
    try { return exports[name].apply(exports, arguments); } finally { servers = saved; }
  };
});
Resolver.prototype.setServers = function (list) {
  var saved = servers;
  setServers(list);
  this._servers = servers;
  servers = saved;
};
Resolver.prototype.getServers = function () {
  var saved = servers;
  servers = this._servers || servers;
  try { return getServers(); } finally { servers = saved; }
};
Resolver.prototype.cancel = function () {};
exports.Resolver = Resolver;

function promisify(fn, multi) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, a, b2) {
        if (err) return reject(err);
        resolve(multi ? { address: a, family: b2 } : a);
      });
      fn.apply(null, args);
    });
  };
}

var promises = {
  lookup: function (hostname, options) {
    return new Promise(function (resolve, reject) {
      lookup(hostname, options, function (err, a, fam) {
        if (err) return reject(err);
        resolve(options && options.all ? a : { address: a, family: fam });
      });
    });
  },
  lookupService: function (address, port) {
    return new Promise(function (resolve, reject) {
      lookupService(address, port, function (err, hostname, service) {
        if (err) reject(err); else resolve({ hostname: hostname, service: service });
      });
    });
  },
  resolveTxt: function (name) {
    return promisify(makeResolve('TXT', false))(name);
  },
  setServers: setServers,
  getServers: getServers,
};
['resolve', 'resolve4', 'resolve6', 'resolveMx', 'resolveSrv', 'resolveNs', 'resolveCname', 'resolvePtr',
  'resolveSoa', 'reverse'].forEach(function (name) {
  promises[name] = promisify(exports[name]);
});
promises.Resolver = Resolver;
exports.promises = promises;
