// vm — today's name for the spec's Script module (evals): the same API.
module.exports = require('evals');
