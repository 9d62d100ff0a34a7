'use strict';
function throwHere() { throw new Error('thrown in a part'); }
throwHere();
