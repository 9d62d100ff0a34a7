// util.log: "D Mon HH:MM:SS - message" on stdout.
'use strict';
var common = require('../common');
var assert = require('assert');
var util = require('util');

var out = '';
var real = process.stdout.write;
process.stdout.write = function (s) { out += s; return true; };
try {
  util.log('Timestamped message.');
  util.log('with %s and %d', 'format', 7);
  util.log({ obj: [1] });
} finally {
  process.stdout.write = real;
}

var lines = out.split('\n');
assert.strictEqual(lines.length, 4);
assert.strictEqual(lines[3], '');
var re = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d\d):(\d\d):(\d\d) - (.*)$/;
var m = re.exec(lines[0]);
assert.ok(m, lines[0]);
assert.ok(+m[1] >= 1 && +m[1] <= 31);
assert.ok(+m[3] < 24 && +m[4] < 60 && +m[5] < 60);
assert.strictEqual(m[6], 'Timestamped message.');
assert.strictEqual(re.exec(lines[1])[6], 'with format and 7');
assert.strictEqual(re.exec(lines[2])[6], '{ obj: [ 1 ] }');
