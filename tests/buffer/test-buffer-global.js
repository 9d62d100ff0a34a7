// The global Buffer (the v0.2 document: "The Buffer object is global") is
// require('buffer').Buffer, made on first use.
'use strict';
require('../common');
var assert = require('assert');

assert.strictEqual(typeof Buffer, 'function');
assert.strictEqual(Buffer, require('buffer').Buffer);
assert.strictEqual(global.Buffer, Buffer);
var b = new Buffer('global');
assert.ok(b instanceof Buffer);
assert.ok(Buffer.isBuffer(Buffer.from([1, 2])));
assert.strictEqual(b.toString('base64'), 'Z2xvYmFs');
console.log(b.toString());
