// The EventEmitter examples of the v0.2 API document, with their output.
var common = require('../common');
var assert = require('assert');
var events = require('events');

var server = new events.EventEmitter();

// emitter.on(event, listener)
server.on('stream', function (stream) {
  console.log('someone connected!');
});
server.emit('stream', {});

// emitter.removeListener(event, listener)
var callback = function (stream) {
  console.log('callback: someone connected!');
};
server.on('stream', callback);
server.emit('stream', {});
server.removeListener('stream', callback);
server.emit('stream', {});

// emitter.listeners(event)
var listeners = server.listeners('stream');
assert.ok(Array.isArray(listeners));
console.log('listeners: ' + listeners.length + ' ' + typeof listeners[0]);

// 'newListener' is emitted when listeners are added
server.on('newListener', function (event, listener) {
  console.log('newListener: ' + event + ' ' + (listener === callback));
});
server.on('stream', callback);

// emitter.removeAllListeners(event)
server.removeAllListeners('stream');
console.log('after removeAllListeners: ' + server.listeners('stream').length);
console.log('emit returns ' + server.emit('stream', {}));

// emitter.emit(event, [arg1], [arg2], [...]) calls listeners in order
server.on('data', function (a, b) { console.log('first ' + a + ' ' + b); });
server.on('data', function (a, b) { console.log('second ' + a + ' ' + b); });
console.log('emit returns ' + server.emit('data', 'x', 'y'));

// 'error' with a listener is delivered, not thrown
server.on('error', function (exception) {
  console.log('error event: ' + exception.message);
});
server.emit('error', new Error('boom'));
