'use strict';
// A syntax error on line 3, reported with this file's name.
var x = ;
