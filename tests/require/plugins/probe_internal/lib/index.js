'use strict';
exports.index = true;
