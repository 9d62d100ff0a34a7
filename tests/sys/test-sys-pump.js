// sys.pump(readable, writable, cb): data flows across, the reader pauses
// while write() returns false and resumes on 'drain', the writer is ended
// and cb runs once. Skipped where sys.pump does not exist (node >= 5).
'use strict';
var common = require('../common');
var assert = require('assert');
var sys = require('sys');
var EventEmitter = require('events').EventEmitter;

function Reader() {
  EventEmitter.call(this);
  this.paused = 0;
  this.resumed = 0;
  this.destroyed = false;
}
sys.inherits(Reader, EventEmitter);
Reader.prototype.pause = function () { this.paused++; };
Reader.prototype.resume = function () { this.resumed++; };
Reader.prototype.destroy = function () { this.destroyed = true; };

function Writer(limit) {
  EventEmitter.call(this);
  this.chunks = [];
  this.ended = false;
  this.limit = limit;
}
sys.inherits(Writer, EventEmitter);
Writer.prototype.write = function (chunk) {
  this.chunks.push(chunk);
  return this.chunks.length < this.limit;
};
Writer.prototype.end = function () { this.ended = true; };

if (typeof sys.pump === 'function') {
  // Normal flow with back-pressure.
  var r = new Reader();
  var w = new Writer(2);
  sys.pump(r, w, common.mustCall(function (err) {
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(w.chunks, ['a', 'b', 'c']);
    assert.strictEqual(w.ended, true);
    assert.strictEqual(r.paused, 2);   // 'b' and 'c' filled the writer
    assert.strictEqual(r.resumed, 1);
  }));
  r.emit('data', 'a');
  assert.strictEqual(r.paused, 0);
  r.emit('data', 'b');
  assert.strictEqual(r.paused, 1);
  w.emit('drain');
  assert.strictEqual(r.resumed, 1);
  r.emit('data', 'c');
  r.emit('end');
  r.emit('close');   // the callback must not run twice

  // A read error ends the writer and reaches the callback.
  var r2 = new Reader();
  var w2 = new Writer(10);
  var boom = new Error('read failed');
  sys.pump(r2, w2, common.mustCall(function (err) {
    assert.strictEqual(err, boom);
    assert.strictEqual(w2.ended, true);
  }));
  r2.emit('data', 'x');
  r2.emit('error', boom);

  // A write error destroys the reader.
  var r3 = new Reader();
  var w3 = new Writer(10);
  var wboom = new Error('write failed');
  sys.pump(r3, w3, common.mustCall(function (err) {
    assert.strictEqual(err, wboom);
    assert.strictEqual(r3.destroyed, true);
  }));
  w3.emit('error', wboom);

  // Streams without pause/resume get ones that emit events; the callback is optional.
  var r4 = new EventEmitter();
  var w4 = new Writer(1);
  var events = [];
  r4.on('pause', function () { events.push('pause'); });
  r4.on('resume', function () { events.push('resume'); });
  sys.pump(r4, w4);
  r4.emit('data', 'only');
  w4.emit('drain');
  r4.emit('end');
  assert.deepStrictEqual(events, ['pause', 'resume']);
  assert.strictEqual(w4.ended, true);

  // Closing the writer also completes the pump.
  var r5 = new Reader();
  var w5 = new Writer(10);
  sys.pump(r5, w5, common.mustCall(function (err) { assert.strictEqual(err, undefined); }));
  w5.emit('close');
  r5.emit('end');
}
