// util.inherits: super_ and the prototype chain, plus argument checks.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');

function A() { this._a = 'a'; }
A.prototype.a = function () { return this._a; };

function B(value) { A.call(this); this._b = value; }
util.inherits(B, A);
B.prototype.b = function () { return this._b; };

assert.strictEqual(B.super_, A);
assert.strictEqual(Object.getPrototypeOf(B.prototype), A.prototype);
assert.strictEqual(B.prototype.constructor, B);
var b = new B('b');
assert.ok(b instanceof B);
assert.ok(b instanceof A);
assert.strictEqual(b.a(), 'a');
assert.strictEqual(b.b(), 'b');

// super_ is writable and configurable but not enumerable.
var desc = Object.getOwnPropertyDescriptor(B, 'super_');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.writable, true);
assert.strictEqual(desc.configurable, true);

// Chains of three.
function C() { B.call(this, 'c'); }
util.inherits(C, B);
var c = new C();
assert.strictEqual(c.a(), 'a');
assert.strictEqual(c.b(), 'c');
assert.strictEqual(C.super_, B);
assert.ok(c instanceof A);

// Methods added before inherits() stay available.
function D() {}
D.prototype.own = function () { return 'own'; };
util.inherits(D, A);
assert.strictEqual(new D().own(), 'own');

// Works with classes as the super constructor.
class Base { hello() { return 'hello'; } }
function Legacy() {}
util.inherits(Legacy, Base);
assert.strictEqual(new Legacy().hello(), 'hello');

// The v0.2 EventEmitter pattern.
var EventEmitter = require('events').EventEmitter;
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
var e = new Emitter();
var got;
e.on('x', function (v) { got = v; });
e.emit('x', 42);
assert.strictEqual(got, 42);

function expectCode(fn) {
  assert.throws(fn, function (err) {
    return err instanceof TypeError && err.code === 'ERR_INVALID_ARG_TYPE';
  });
}
expectCode(function () { util.inherits(A, {}); });
expectCode(function () { util.inherits(A, null); });
expectCode(function () { util.inherits(null, A); });
expectCode(function () { util.inherits(undefined, A); });
assert.throws(function () { util.inherits(A, null); },
  { message: 'The "superCtor" argument must be of type function. Received null' });
assert.throws(function () { util.inherits(null, A); },
  { message: 'The "ctor" argument must be of type function. Received null' });
