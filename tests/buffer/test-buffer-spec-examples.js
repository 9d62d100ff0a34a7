// The Buffer examples of the v0.2 API document, run as written; stdout is
// compared with test-buffer-spec-examples.out. Where the document's comment
// differs from what Node printed (a typo, or output that changed since), the
// .out has what Node prints and a note here says why.
'use strict';
require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var isNodus = !!process.versions.nodus;
var buf, len, str, buf1, buf2, i;

// buffer.write(string, offset=0, encoding='utf8'): "12 bytes: ½ + ¼ = ¾"
buf = new Buffer(256);
len = buf.write('\u00bd + \u00bc = \u00be', 0);
console.log(len + " bytes: " + buf.toString('utf8', 0, len));

// buffer[index]: copy an ASCII string into a buffer, one byte at a time.
// v0.2's console.log printed String(buf) ("node.js"); Node since 0.3 and
// nodus print a buffer as <Buffer ...>. Both lines are shown.
str = "node.js";
buf = new Buffer(str.length);
for (i = 0; i < str.length ; i++) {
  buf[i] = str.charCodeAt(i);
}
console.log(buf);
console.log(String(buf));

// Buffer.byteLength(string, encoding='utf8')
str = '\u00bd + \u00bc = \u00be';
console.log(str + ": " + str.length + " characters, " +
  Buffer.byteLength(str, 'utf8') + " bytes");

// buffer.length. The example calls write(string, encoding, offset), the
// v0.2 order: nodus accepts it; Node dropped it in v8 and throws.
buf = new Buffer(1234);
console.log(buf.length);
try {
  buf.write("some string", "ascii", 0);
} catch (e) {
  if (isNodus || e.code !== 'ERR_INVALID_ARG_TYPE') throw e;
  buf.write("some string", 0, "ascii");
}
console.log(buf.length);
assert.strictEqual(buf.toString('ascii', 0, 11), 'some string');

// buffer.copy(targetBuffer, targetStart, sourceStart, sourceEnd). The
// document shows 9 '!' before "qrst": toString('ascii', 0, 25) prints 8.
buf1 = new Buffer(26);
buf2 = new Buffer(26);
for (i = 0 ; i < 26 ; i++) {
  buf1[i] = i + 97; // 97 is ASCII a
  buf2[i] = 33; // ASCII !
}
buf1.copy(buf2, 8, 16, 20);
console.log(buf2.toString('ascii', 0, 25));

// buffer.slice(start, end=buffer.length): the slice shares the memory.
buf1 = new Buffer(26);
for (i = 0 ; i < 26 ; i++) {
  buf1[i] = i + 97; // 97 is ASCII a
}
buf2 = buf1.slice(0, 3);
console.log(buf2.toString('ascii', 0, buf2.length));
buf1[0] = 33;
console.log(buf2.toString('ascii', 0, buf2.length));

// new Buffer(array), new Buffer(str, encoding) and the four encodings the
// document lists.
console.log(new Buffer([0x6e, 0x6f, 0x64, 0x65]).toString());
['ascii', 'utf8', 'base64', 'binary'].forEach(function (enc) {
  var b = new Buffer('\u00bd node', enc === 'base64' ? 'utf8' : enc);
  var s = b.toString(enc);
  console.log(enc + ': ' + s + ' ' + new Buffer(s, enc).toString('hex'));
});
// 'ascii' strips the high bit when decoding.
console.log(new Buffer([0xe9, 0x41]).toString('ascii').charCodeAt(0));
