// sys — the v0.2 name of the `util` module; everything lives in util.js.
module.exports = require('util');
