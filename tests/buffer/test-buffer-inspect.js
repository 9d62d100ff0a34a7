// How buffers print: console.log and util.inspect show <Buffer 68 65 ...>,
// at most INSPECT_MAX_BYTES (50) bytes then "... N more bytes", own
// properties after the bytes; stdout is compared with test-buffer-inspect.out.
'use strict';
require('../common');
var assert = require('assert');
var util = require('util');
var bufferModule = require('buffer');
var Buffer = bufferModule.Buffer;

console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.from([0, 1, 15, 16, 127, 128, 255]));
console.log(util.inspect(Buffer.alloc(50, 1)));
console.log(util.inspect(Buffer.alloc(51, 2)));
console.log(util.inspect(Buffer.alloc(60, 3)));
console.log({ data: Buffer.from('ab'), list: [Buffer.from('c')] });
console.log('%s|%j', Buffer.from('text'), Buffer.from('hi'));
console.log(String(Buffer.from('as a string')));
console.log(Buffer.from('subarray').subarray(3));

assert.strictEqual(bufferModule.INSPECT_MAX_BYTES, 50);
bufferModule.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'));
console.log(Buffer.from('abcde'));
console.log(Buffer.from('abcd'));
bufferModule.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
bufferModule.INSPECT_MAX_BYTES = 50;

var withProps = Buffer.from('xy');
withProps.name = 'extra';
withProps[Symbol('tag')] = 1;
console.log(withProps);
Object.defineProperty(withProps, 'hidden', { value: true, enumerable: false });
console.log(util.inspect(withProps));
console.log(util.inspect(withProps, { showHidden: true }));
var emptyWithProps = Buffer.alloc(0);
emptyWithProps.k = 'v';
console.log(emptyWithProps);

// the method behind it, and the v0.2-era inspect() alias
var custom = Buffer.prototype[util.inspect.custom];
assert.strictEqual(typeof custom, 'function');
assert.strictEqual(Buffer.prototype.inspect, custom);
console.log(Buffer.from('zz').inspect());
// a plain Uint8Array is not a Buffer and prints as a typed array
console.log(new Uint8Array([1, 2]));
