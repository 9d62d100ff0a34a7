// timers.js — setTimeout, setInterval, setImmediate and their clear*
// functions (also installed as globals). One binary heap of Timeout objects
// ordered by (deadline, sequence); the binding arms a single loop timer at
// the earliest deadline and keeps the process alive while a ref'd timer is
// pending.
'use strict';

var b = binding;
var TIMEOUT_MAX = 2147483647;
var heap = [];
var seq = 0;
var refed = 0;          // ref'd timers in the heap
var armedAt = Infinity; // deadline the loop timer is armed for

// Loaded at boot: internal/errors is required on the first error only.
function errors() { return require('internal/errors'); }

function Timeout(callback, after, args, repeat) {
  after = Number(after);
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
        'TimeoutOverflowWarning');
    }
    after = 1;
  }
  this._idleTimeout = after;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = repeat ? after : null;
  this._destroyed = false;
  this._refed = true;
  this._when = 0;
  this._seq = 0;
  this._index = -1;
  this._id = ++seq;
}

function less(a, c) { return a._when < c._when || (a._when === c._when && a._seq < c._seq); }

function siftUp(i) {
  var t = heap[i];
  while (i > 0) {
    var p = (i - 1) >> 1;
    if (!less(t, heap[p])) break;
    heap[i] = heap[p]; heap[i]._index = i;
    i = p;
  }
  heap[i] = t; t._index = i;
}

function siftDown(i) {
  var n = heap.length, t = heap[i];
  for (;;) {
    var l = 2 * i + 1;
    if (l >= n) break;
    var r = l + 1, c = r < n && less(heap[r], heap[l]) ? r : l;
    if (!less(heap[c], t)) break;
    heap[i] = heap[c]; heap[i]._index = i;
    i = c;
  }
  heap[i] = t; t._index = i;
}

function removeAt(i) {
  var t = heap[i];
  var last = heap.pop();
  if (i < heap.length) {
    heap[i] = last; last._index = i;
    siftDown(i); siftUp(last._index);
  }
  t._index = -1;
  if (t._refed && --refed === 0) b.ref(false);
}

function insert(t, now) {
  t._when = now + t._idleTimeout;
  t._seq = ++seq;
  heap.push(t);
  siftUp(heap.length - 1);
  if (t._refed && refed++ === 0) b.ref(true);
  rearm(now);
}

function rearm(now) {
  if (!heap.length) { armedAt = Infinity; b.stop(); return; }
  if (heap[0]._when < armedAt) {
    armedAt = heap[0]._when;
    b.start(Math.max(0, armedAt - now));
  }
}

// Called by the loop timer: runs one due timer and returns 0 (more may be
// due), the ms until the next deadline, or -1 when the heap is empty.
function onTimeout(now) {
  armedAt = Infinity;
  if (!heap.length) return -1;
  var t = heap[0];
  if (t._when > now) { armedAt = t._when; return t._when - now; }
  removeAt(0);
  if (t._repeat !== null) insert(t, now);
  else t._destroyed = true;
  armedAt = Infinity;
  var cb = t._onTimeout, args = t._timerArgs;
  if (args === undefined) cb.call(t);
  else cb.apply(t, args);
  return 0;
}

Timeout.prototype.ref = function () {
  if (!this._refed) {
    this._refed = true;
    if (this._index >= 0 && refed++ === 0) b.ref(true);
  }
  return this;
};

Timeout.prototype.unref = function () {
  if (this._refed) {
    this._refed = false;
    if (this._index >= 0 && --refed === 0) b.ref(false);
  }
  return this;
};

Timeout.prototype.hasRef = function () { return this._refed; };

Timeout.prototype.refresh = function () {
  if (this._index >= 0) {
    removeAt(this._index);
    insert(this, b.now());
  }
  return this;
};

Timeout.prototype.close = function () { clear(this); return this; };
Timeout.prototype[Symbol.toPrimitive] = function () { return this._id; };

var byId = new Map(); // numeric ids handed out via toPrimitive

function clear(t) {
  if (t === null || t === undefined) return;
  if (typeof t === 'number' || typeof t === 'string') t = byId.get(Number(t));
  if (!(t instanceof Timeout)) return;
  t._destroyed = true;
  byId.delete(t._id);
  if (t._index >= 0) {
    removeAt(t._index);
    if (!heap.length) { armedAt = Infinity; b.stop(); }
  }
}

function extraArgs(args, from) {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

function setTimeout(callback, after) {
  if (typeof callback !== 'function') throw errors().invalidArgType('callback', 'of type function', callback);
  var t = new Timeout(callback, after, extraArgs(arguments, 2), false);
  byId.set(t._id, t);
  insert(t, b.now());
  return t;
}

function setInterval(callback, repeat) {
  if (typeof callback !== 'function') throw errors().invalidArgType('callback', 'of type function', callback);
  var t = new Timeout(callback, repeat, extraArgs(arguments, 2), true);
  byId.set(t._id, t);
  insert(t, b.now());
  return t;
}

// Forget the numeric id of a one-shot timer once it has fired.
var runTimeout = onTimeout;
onTimeout = function (now) {
  var t = heap.length ? heap[0] : null;
  var r = runTimeout(now);
  if (t && t._destroyed) byId.delete(t._id);
  return r;
};

// ---- setImmediate ------------------------------------------------------------

function Immediate(callback, args) {
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this._refed = true;
}

var immediates = [];
var immediateRefed = 0;

Immediate.prototype.ref = function () {
  if (!this._refed) {
    this._refed = true;
    if (!this._destroyed && immediateRefed++ === 0) b.immediateRef(true);
  }
  return this;
};
Immediate.prototype.unref = function () {
  if (this._refed) {
    this._refed = false;
    if (!this._destroyed && --immediateRefed === 0) b.immediateRef(false);
  }
  return this;
};
Immediate.prototype.hasRef = function () { return this._refed; };

function setImmediate(callback) {
  if (typeof callback !== 'function') throw errors().invalidArgType('callback', 'of type function', callback);
  var im = new Immediate(callback, extraArgs(arguments, 1));
  immediates.push(im);
  if (immediateRefed++ === 0) b.immediateRef(true);
  b.scheduleImmediate();
  return im;
}

function clearImmediate(im) {
  if (!(im instanceof Immediate) || im._destroyed) return;
  im._destroyed = true;
  if (im._refed && --immediateRefed === 0) b.immediateRef(false);
}

// Runs the immediates queued before this turn; later ones wait for the next.
function onImmediate() {
  var list = immediates;
  immediates = [];
  for (var i = 0; i < list.length; i++) {
    var im = list[i];
    if (im._destroyed) continue;
    im._destroyed = true;
    if (im._refed && --immediateRefed === 0) b.immediateRef(false);
    try {
      if (im._argv === undefined) im._onImmediate();
      else im._onImmediate.apply(im, im._argv);
    } catch (e) {
      // The rest of this turn's immediates run on the next turn.
      immediates = list.slice(i + 1).concat(immediates);
      if (immediates.length) b.scheduleImmediate();
      throw e;
    }
    process._tickCallback();
  }
  return immediates.length > 0;
}

b.setHandlers(function (now) { return onTimeout(now); }, onImmediate);

exports.setTimeout = setTimeout;
exports.setInterval = setInterval;
exports.setImmediate = setImmediate;
exports.clearTimeout = clear;
exports.clearInterval = clear;
exports.clearImmediate = clearImmediate;
exports.active = function (t) { if (t instanceof Timeout) t.refresh(); };

// require('timers/promises'): the promise forms of setTimeout/setImmediate.
function abortError(signal) {
  var e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}

function promised(schedule, clearFn) {
  return function (delay, value, options) {
    var signal = options && options.signal;
    var ref = !options || options.ref !== false;
    return new Promise(function (resolve, reject) {
      if (signal && signal.aborted) return reject(abortError(signal));
      var onAbort;
      var handle = schedule(function () {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay);
      if (!ref && handle.unref) handle.unref();
      if (signal) {
        onAbort = function () { clearFn(handle); reject(abortError(signal)); };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  };
}

exports.promises = {
  setTimeout: promised(setTimeout, clear),
  setImmediate: function (value, options) {
    return promised(function (fn) { return setImmediate(fn); }, clearImmediate)(0, value, options);
  },
  setInterval: function (delay, value) {
    // an async iterator yielding `value` every `delay` ms
    var queue = 0, waiting = null, timer = setInterval(function () {
      if (waiting) { var w = waiting; waiting = null; w({ value: value, done: false }); } else queue++;
    }, delay);
    return {
      next: function () {
        if (queue > 0) { queue--; return Promise.resolve({ value: value, done: false }); }
        return new Promise(function (resolve) { waiting = resolve; });
      },
      return: function () { clear(timer); return Promise.resolve({ value: undefined, done: true }); },
      [Symbol.asyncIterator]: function () { return this; },
    };
  },
};

global.setTimeout = setTimeout;
global.setInterval = setInterval;
global.setImmediate = setImmediate;
global.clearTimeout = clear;
global.clearInterval = clear;
global.clearImmediate = clearImmediate;
