// events — owns the EventEmitter class (require('events')): listener
// registration (on/addListener/prependListener, once/prependOnceListener),
// removal (removeListener/off/removeAllListeners), emit with the special
// 'error' and 'newListener'/'removeListener' events, the max-listeners leak
// warning, introspection (listeners/rawListeners/listenerCount/eventNames)
// and the static helpers EventEmitter.listenerCount and EventEmitter.once.
//
// Evaluated as a CommonJS module body; free variables:
//   exports, require, module, binding, process, global
// Listener storage matches node: this._events is a null-prototype object
// mapping an event name to either a single function or an array of them,
// this._eventsCount counts the names, this._maxListeners overrides the default.

'use strict';

var kDefaultMaxListeners = 10;
var defaultMaxListeners = kDefaultMaxListeners;
var errorMonitor = typeof Symbol === 'function' ? Symbol('events.errorMonitor') : '__events_errorMonitor';

// ---------------------------------------------------------------------------
// Argument errors (internal/errors words them as node does)

// Loaded at boot: internal/errors is required on the first error only.
function errors() { return require('internal/errors'); }

function checkListener(listener) {
  if (typeof listener !== 'function') throw errors().invalidArgType('listener', 'of type function', listener);
}

function checkMaxListeners(n, name) {
  if (typeof n !== 'number') throw errors().invalidArgType(name, 'of type number', n);
  if (n < 0 || n !== n) throw errors().outOfRange(name, 'a non-negative number', n);
}

// ---------------------------------------------------------------------------
// Constructor

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.errorMonitor = errorMonitor;
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  configurable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    checkMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }
});

EventEmitter.init = function init() {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
};

function eventsOf(target) {
  var events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  }
  return events;
}

// ---------------------------------------------------------------------------
// Max listeners

function maxListenersOf(target) {
  return target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'n');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function leakWarning(count) {
  var text = '(node) warning: possible EventEmitter memory leak detected. ' + count +
             ' listeners added. Use emitter.setMaxListeners() to increase limit.\n';
  if (typeof process === 'object' && process !== null && process.stderr &&
      typeof process.stderr.write === 'function') {
    try {
      process.stderr.write(text);
    } catch (e) {
      // a broken stderr must not break listener registration
    }
  }
}

// ---------------------------------------------------------------------------
// Emitting

function callListener(fn, self, argc, a1, a2, a3, args) {
  switch (argc) {
    case 0: fn.call(self); break;
    case 1: fn.call(self, a1); break;
    case 2: fn.call(self, a1, a2); break;
    case 3: fn.call(self, a1, a2, a3); break;
    default: fn.apply(self, args); break;
  }
}

function unhandledError(er) {
  if (er instanceof Error) return er;
  var err = new Error("Uncaught, unspecified 'error' event.");
  err.code = 'ERR_UNHANDLED_ERROR';
  err.context = er;
  return err;
}

EventEmitter.prototype.emit = function emit(type, a1, a2, a3) {
  var events = this._events;
  var argc = arguments.length - 1;
  var args;
  if (argc > 3) {
    // Collected in place: `arguments` never escapes, which keeps it cheap.
    args = new Array(argc);
    for (var i = 0; i < argc; i++) args[i] = arguments[i + 1];
  }

  if (type === 'error') {
    if (events !== undefined && events[errorMonitor] !== undefined) {
      emitList(this, events[errorMonitor], argc, a1, a2, a3, args);
      events = this._events;
    }
    if (events === undefined || events.error === undefined) throw unhandledError(a1);
  } else if (events === undefined) {
    return false;
  }

  var handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    // Common case, one listener: call it directly.
    switch (argc) {
      case 0: handler.call(this); break;
      case 1: handler.call(this, a1); break;
      case 2: handler.call(this, a1, a2); break;
      case 3: handler.call(this, a1, a2, a3); break;
      default: handler.apply(this, args); break;
    }
  } else {
    emitList(this, handler, argc, a1, a2, a3, args);
  }
  return true;
};

function emitList(self, handler, argc, a1, a2, a3, args) {
  if (typeof handler === 'function') {
    callListener(handler, self, argc, a1, a2, a3, args);
    return;
  }
  // Snapshot: listeners added or removed during this emit do not change who
  // is called now (a removed listener that was already captured still runs).
  var n = handler.length;
  var list = new Array(n);
  var i;
  for (i = 0; i < n; i++) list[i] = handler[i];
  for (i = 0; i < n; i++) callListener(list[i], self, argc, a1, a2, a3, args);
}

// ---------------------------------------------------------------------------
// Adding listeners

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  var events = eventsOf(target);

  // 'newListener' is emitted before the listener is added, so a
  // 'newListener' handler registering the same event goes first.
  if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = eventsOf(target);
  }

  var existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  var m = maxListenersOf(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    leakWarning(existing.length);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function makeOnceWrapper(target, type, listener) {
  var fired = false;
  function onceWrapper() {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, onceWrapper);
    switch (arguments.length) {
      case 0: return listener.call(target);
      case 1: return listener.call(target, arguments[0]);
      case 2: return listener.call(target, arguments[0], arguments[1]);
      case 3: return listener.call(target, arguments[0], arguments[1], arguments[2]);
      default: return listener.apply(target, arguments);
    }
  }
  onceWrapper.listener = listener;
  return onceWrapper;
}

// Through this.on / this.prependListener, so that subclasses overriding them
// (a Readable starts flowing on 'data') see once-listeners too.
EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, makeOnceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, makeOnceWrapper(this, type, listener));
  return this;
};

// ---------------------------------------------------------------------------
// Removing listeners

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  var events = this._events;
  if (events === undefined) return this;
  var list = events[type];
  if (list === undefined) return this;

  var removed;
  if (list === listener || list.listener === listener) {
    removed = list;
    if (--this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
    }
  } else if (typeof list !== 'function') {
    // Remove the most recently added matching registration.
    var position = -1;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    removed = list[position];
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
  } else {
    return this;
  }

  if (events.removeListener !== undefined) {
    this.emit('removeListener', type, removed.listener || removed);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  if (events === undefined) return this;
  var all = arguments.length === 0;

  // Without 'removeListener' observers nothing needs to be announced.
  if (events.removeListener === undefined) {
    if (all) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }

  if (all) {
    var keys = Reflect.ownKeys(events);
    for (var k = 0; k < keys.length; k++) {
      if (keys[k] === 'removeListener') continue;
      this.removeAllListeners(keys[k]);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }

  var listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out, so observers see the reverse order of addition.
    for (var i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// ---------------------------------------------------------------------------
// Introspection

function listenersOf(target, type, unwrap) {
  var events = target._events;
  if (events === undefined) return [];
  var list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  var out = new Array(list.length);
  for (var i = 0; i < list.length; i++) out[i] = unwrap ? (list[i].listener || list[i]) : list[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  var events = this._events;
  if (events === undefined) return 0;
  var list = events[type];
  if (list === undefined) return 0;
  if (typeof list === 'function') {
    if (listener === undefined || listener === null) return 1;
    return list === listener || list.listener === listener ? 1 : 0;
  }
  if (listener === undefined || listener === null) return list.length;
  var n = 0;
  for (var i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) n++;
  }
  return n;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 && this._events !== undefined ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Static helpers

// Resolves with the argument array of the next `name` event; rejects if
// 'error' is emitted first (unless waiting for 'error' itself).
EventEmitter.once = function once(emitter, name) {
  return new Promise(function (resolve, reject) {
    function onError(err) {
      emitter.removeListener(name, onEvent);
      reject(err);
    }
    function onEvent() {
      if (name !== 'error') emitter.removeListener('error', onError);
      var args = new Array(arguments.length);
      for (var i = 0; i < args.length; i++) args[i] = arguments[i];
      resolve(args);
    }
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
  });
};

EventEmitter.getEventListeners = function getEventListeners(emitter, name) {
  return emitter.listeners(name);
};

module.exports = EventEmitter;
