'use strict';
exports.answer = 42;
