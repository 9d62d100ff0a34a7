// console methods that write to stdout; the output is compared with
// test-console-stdout.out.
'use strict';
var common = require('../common');
var assert = require('assert');

console.log('Server running at http://127.0.0.1:8124/');
console.log();
console.log('');
console.log('multiple', 'arguments', 3, true, null, undefined);
console.log('%s is %d years and %i days, %f%%', 'Bob', 42.5, 7.9, 1.5);
console.log('%j and %o and %O', { j: 1 }, [1], { O: { deep: { deeper: { deepest: 1 } } } });
console.log('%c styled', 'color: red');
console.log('unused %s', 'one', 'extra', { x: 1 });
console.log({ a: 1, b: 'two', c: [3, 4], d: { e: { f: { g: 1 } } } });
console.log([1, 2, 3], new Map([['k', 'v']]), new Set([1]));
console.log(Array.from({ length: 40 }, function (_, i) { return i * 3; }));
console.log(function named() {}, class Klass {}, Symbol('sym'), 10n, -0);
console.log('a\nb');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.dirxml('dirxml', 'too');

console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir('string via dir');
var custom = { value: 1 };
custom[Symbol.for('nodejs.util.inspect.custom')] = function () { return 'CUSTOM'; };
console.log(custom);
console.dir(custom);   // dir does not use custom inspectors

console.group('Group label', 1);
console.log('inside the group');
console.log('two\nlines');
console.group();
console.log({ nested: { obj: [1, 2] } });
console.groupEnd();
console.info('back one level');
console.groupEnd();
console.groupEnd();   // extra groupEnd is harmless
console.log('outside');
console.groupCollapsed('collapsed');
console.log('in collapsed');
console.groupEnd();

console.count();
console.count();
console.count('label');
console.count('label');
console.countReset('label');
console.count('label');
console.countReset();
console.count();

console.assert(true, 'not printed');
console.assert(1);

console.table([{ a: 1, b: 'Y' }, { a: 2, c: [1, 2, 3, 4] }]);
console.table([1, 'x', { o: 1 }]);
console.table({ row1: { col: 1 }, row2: 5 }, ['col']);
console.table(new Map([['key', { v: 1 }]]));
console.table(new Set(['s1', 's2']));
console.table([[1, 2], [3]]);
console.table('not tabular');
console.table([]);
console.table([{ wide: '\u4e2d\u6587', n: 1 }]);

// Methods are bound: they work when detached.
var log = console.log;
log('detached %s', 'log');
var info = console.info;
info('detached info');
[1, 2].forEach(console.log);
