// The spec's Script examples (process.binding('evals').Script).
var sys = require('sys');
var Script = process.binding('evals').Script;

(function () {
  var localVar = 123, usingscript, evald;
  usingscript = Script.runInThisContext('localVar = 1;', 'myfile.js');
  console.log('localVar: ' + localVar + ', usingscript: ' + usingscript);
  evald = eval('localVar = 1;');
  console.log('localVar: ' + localVar + ', evald: ' + evald);
})();

var sandbox = { animal: 'cat', count: 2 };
Script.runInNewContext('count += 1; name = "kitty"', sandbox, 'myfile.js');
console.log(sys.inspect(sandbox));

globalVar = 0;
var scriptObj = new Script('globalVar += 1', 'myfile.js');
for (var i = 0; i < 1000; i += 1) scriptObj.runInThisContext();
console.log(globalVar);

var sandbox2 = { animal: 'cat', count: 2 };
scriptObj = new Script('count += 1; name = "kitty"', 'myfile.js');
for (i = 0; i < 10; i += 1) scriptObj.runInNewContext(sandbox2);
console.log(sys.inspect(sandbox2));
