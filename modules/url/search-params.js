// url/search-params.js — application/x-www-form-urlencoded and
// URLSearchParams.
'use strict';

var { codePoints, codedError, errors, has, inSet, inspectValue, invalidArgType, invalidThis,
  missingArgs, pctByte, qsInternal, toUSV, utf8Bytes } = require('./common');
var { stripOpaqueTrailingSpaces } = require('./parser');

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

// Node parses application/x-www-form-urlencoded text in the manner of
// querystring.parse: '+' is a space, a name or a value is only decoded when
// the scan saw '%' and two hex digits in it ('+' between them does not
// interrupt the scan), and decoding falls back, when decodeURIComponent
// refuses the text, to byte-wise %XX decoding in which every other code
// unit counts as one byte (its low eight bits).
function formDecode(s) {
  return qsInternal().unescape(s, false);
}

function formParse(input) {
  var out = [];
  var pieces = input.split('&');
  for (var i = 0; i < pieces.length; i++) {
    var piece = pieces[i];
    if (piece === '') continue;
    var eq = piece.indexOf('=');
    var name = eq === -1 ? piece : piece.slice(0, eq);
    var value = eq === -1 ? '' : piece.slice(eq + 1);
    out.push(formComponent(name), formComponent(value));
  }
  return out;
}

function formComponent(raw) {
  var text = raw.replace(/\+/g, ' ');
  // '%', hex, hex with only '+' allowed in between
  return /%[+]*[0-9a-fA-F][+]*[0-9a-fA-F]/.test(raw) ? formDecode(text) : text;
}

var FORM_KEEP = inSet('*-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');

function formEncode(s) {
  var out = '';
  var cps = codePoints(s);
  for (var i = 0; i < cps.length; i++) {
    var cp = cps[i];
    if (cp === 32) out += '+';
    else if (cp < 128 && FORM_KEEP[cp] === 1) out += String.fromCharCode(cp);
    else {
      var bytes = utf8Bytes(cp, []);
      for (var j = 0; j < bytes.length; j++) out += pctByte(bytes[j]);
    }
  }
  return out;
}

function formSerialize(list) {
  var out = '';
  for (var i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += formEncode(list[i]) + '=' + formEncode(list[i + 1]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

// Private state: params -> { list: [name, value, name, value...], url: URL|null }
var paramsState = new WeakMap();
// URL -> { url: record, params: URLSearchParams }
var urlState = new WeakMap();

var inspectCustom = Symbol.for('nodejs.util.inspect.custom');

function paramsOf(self) {
  var st = paramsState.get(self);
  if (!st) throw invalidThis('URLSearchParams');
  return st;
}

function updateURLFromParams(st) {
  if (!st.url) return;
  var ust = urlState.get(st.url);
  var serialized = formSerialize(st.list);
  ust.url.query = serialized === '' ? null : serialized;
  if (ust.url.query === null) stripOpaqueTrailingSpaces(ust.url);
}

function isIterable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v[Symbol.iterator] === 'function';
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams) || new.target === undefined) {
    throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  }
  var list = [];
  if (init === undefined || init === null) {
    // empty
  } else if (typeof init === 'object' || typeof init === 'function') {
    var iter = init[Symbol.iterator];
    if (iter !== undefined && iter !== null) {
      if (typeof iter !== 'function') throw invalidArgType('query', 'a valid iterable', init);
      var it = iter.call(init);
      for (var step = it.next(); !step.done; step = it.next()) {
        var pair = step.value;
        if (!isIterable(pair)) {
          throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
        }
        var items = Array.from(pair);
        if (items.length !== 2) {
          throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
        }
        list.push(toUSV(items[0]), toUSV(items[1]));
      }
    } else {
      var seen = Object.create(null);
      var keys = Reflect.ownKeys(init);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc === undefined || !desc.enumerable) continue;
        if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
        var name = toUSV(key);
        var value = toUSV(init[key]);
        // a record: a later duplicate key (after USV conversion) replaces the earlier one
        if (seen[name] !== undefined) {
          list[seen[name] + 1] = value;
        } else {
          seen[name] = list.length;
          list.push(name, value);
        }
      }
    }
  } else {
    var text = toUSV(init);
    if (text[0] === '?') text = text.slice(1);
    list = formParse(text);
  }
  paramsState.set(this, { list: list, url: null });
}

function defineMethods(proto, methods) {
  Object.keys(methods).forEach(function (name) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true
    });
  });
}

Object.defineProperty(URLSearchParams.prototype, 'size', {
  enumerable: true,
  configurable: true,
  get: function () {
    return paramsOf(this).list.length / 2;
  }
});

defineMethods(URLSearchParams.prototype, {
  append: function append(name, value) {
    var st = paramsOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    st.list.push(toUSV(name), toUSV(value));
    updateURLFromParams(st);
  },
  delete: function (name, value) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    var list = st.list;
    var matchValue = value !== undefined;
    if (matchValue) value = toUSV(value);
    for (var i = 0; i < list.length;) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    updateURLFromParams(st);
  },
  get: function get(name) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    for (var i = 0; i < st.list.length; i += 2) if (st.list[i] === name) return st.list[i + 1];
    return null;
  },
  getAll: function getAll(name) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    var out = [];
    for (var i = 0; i < st.list.length; i += 2) if (st.list[i] === name) out.push(st.list[i + 1]);
    return out;
  },
  has: function has(name, value) {
    var st = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    var matchValue = value !== undefined;
    if (matchValue) value = toUSV(value);
    for (var i = 0; i < st.list.length; i += 2) {
      if (st.list[i] === name && (!matchValue || st.list[i + 1] === value)) return true;
    }
    return false;
  },
  set: function set(name, value) {
    var st = paramsOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    var list = st.list;
    var found = false;
    for (var i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    updateURLFromParams(st);
  },
  sort: function sort() {
    var st = paramsOf(this);
    var pairs = [];
    for (var i = 0; i < st.list.length; i += 2) pairs.push([st.list[i], st.list[i + 1], i]);
    // stable, by UTF-16 code units of the name
    pairs.sort(function (a, b) {
      if (a[0] < b[0]) return -1;
      if (a[0] > b[0]) return 1;
      return a[2] - b[2];
    });
    var list = [];
    pairs.forEach(function (pr) { list.push(pr[0], pr[1]); });
    st.list = list;
    updateURLFromParams(st);
  },
  entries: function entries() {
    paramsOf(this);
    return new ParamsIterator(this, 'key+value');
  },
  forEach: function forEach(callback, thisArg) {
    var st = paramsOf(this);
    errors.validateFunction(callback, 'callback');
    // the list may change while we walk it: read it afresh each step
    for (var i = 0; i < st.list.length; i += 2) {
      callback.call(thisArg, st.list[i + 1], st.list[i], this);
    }
  },
  keys: function keys() {
    paramsOf(this);
    return new ParamsIterator(this, 'key');
  },
  values: function values() {
    paramsOf(this);
    return new ParamsIterator(this, 'value');
  },
  toString: function toString() {
    return formSerialize(paramsOf(this).list);
  }
});

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true
});

function stylizeOf(ctx) {
  return ctx && typeof ctx.stylize === 'function' ? ctx.stylize : function (s) { return s; };
}

function innerInspector(depth, ctx, inspect) {
  var fn = typeof inspect === 'function' ? inspect : inspectValue;
  var opts = Object.assign({}, ctx);
  if (typeof depth === 'number') opts.depth = depth - 1;
  return function (v) { return fn(v, opts); };
}

function joinInspected(name, items, ctx, open, close) {
  var breakLength = ctx && typeof ctx.breakLength === 'number' ? ctx.breakLength : 80;
  if (items.length === 0) return name + ' {' + open + close + '}';
  var length = -2;
  items.forEach(function (s) { length += s.replace(/\u001b\[\d\d?m/g, '').length + 2; });
  if (length > breakLength) return name + ' {\n  ' + items.join(',\n  ') + ' }';
  return name + ' { ' + items.join(', ') + ' }';
}

Object.defineProperty(URLSearchParams.prototype, inspectCustom, {
  configurable: true,
  writable: true,
  value: function (depth, ctx, inspect) {
    var st = paramsState.get(this);
    if (!st) return this;
    if (typeof depth === 'number' && depth < 0) return stylizeOf(ctx)('[Object]', 'special');
    var show = innerInspector(depth, ctx, inspect);
    var items = [];
    for (var i = 0; i < st.list.length; i += 2) items.push(show(st.list[i]) + ' => ' + show(st.list[i + 1]));
    var name = (this.constructor && this.constructor.name) || 'URLSearchParams';
    return joinInspected(name, items, ctx, '', '');
  }
});

// Iterators over a live list (entries added while iterating are seen).
var iteratorState = new WeakMap();

function ParamsIterator(params, kind) {
  iteratorState.set(this, { params: params, kind: kind, index: 0 });
}

var IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
ParamsIterator.prototype = Object.create(IteratorPrototype);
Object.defineProperty(ParamsIterator.prototype, 'constructor', { value: ParamsIterator, configurable: true, writable: true });

function iteratorItem(list, i, kind) {
  if (kind === 'key') return list[i];
  if (kind === 'value') return list[i + 1];
  return [list[i], list[i + 1]];
}

defineMethods(ParamsIterator.prototype, {
  next: function next() {
    var st = iteratorState.get(this);
    if (!st) throw invalidThis('URLSearchParamsIterator');
    var list = paramsState.get(st.params).list;
    if (st.index >= list.length) return { value: undefined, done: true };
    var i = st.index;
    st.index += 2;
    return { value: iteratorItem(list, i, st.kind), done: false };
  }
});
Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true
});
Object.defineProperty(ParamsIterator.prototype, inspectCustom, {
  configurable: true,
  writable: true,
  value: function (depth, ctx, inspect) {
    var st = iteratorState.get(this);
    if (!st) return this;
    if (typeof depth === 'number' && depth < 0) return stylizeOf(ctx)('[Object]', 'special');
    var show = innerInspector(depth, ctx, inspect);
    var list = paramsState.get(st.params).list;
    var items = [];
    for (var i = st.index; i < list.length; i += 2) items.push(show(iteratorItem(list, i, st.kind)));
    return joinInspected('URLSearchParams Iterator', items, ctx, ' ', ' ');
  }
});

exports.URLSearchParams = URLSearchParams;
exports.defineMethods = defineMethods;
exports.formParse = formParse;
exports.inspectCustom = inspectCustom;
exports.paramsState = paramsState;
exports.urlState = urlState;
