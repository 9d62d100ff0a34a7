'use strict';
exports.name = 'b';
exports.binding = typeof binding;
