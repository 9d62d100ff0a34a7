# The REPL on stdin: the spec's session (multi-line input, `_`, context,
# commands) with its exact output.
N=$1
out=$(printf 'a = [ 1, 2, 3];\na.forEach(function (v) {\n  console.log(v);\n});\n[ "a", "b", "c" ]\n_.length\n_ += 1\nm\n.break\n.exit\n' |
  "$N" -e 'require("repl").start().context.m = "message"')
want="Type '.help' for options.
node> [ 1, 2, 3 ]
node> ... ... 1
2
3
undefined
node> [ 'a', 'b', 'c' ]
node> 3
node> 4
node> 'message'
node> node> "
[ "$out" = "$want" ] || { echo "got:"; echo "$out"; exit 1; }
# Control-D (end of input) ends the REPL and the process
echo '1 + 1' | timeout 5 "$N" -e 'require("repl").start("> ")' >/dev/null || { echo "no exit on EOF"; exit 1; }
exit 0
