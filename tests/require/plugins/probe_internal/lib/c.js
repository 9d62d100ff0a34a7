'use strict';
var a = require('./a');
exports.sawPartialA = a.early === true && a.late === undefined;
