# process.title is what ps shows.
N=$1
"$N" -e 'process.title = "nodus-ps-title"; setTimeout(function () {}, 3000)' &
pid=$!
ok=1
for _ in 1 2 3 4 5 6 7 8 9 10; do
  sleep 0.2
  if ps -o args= -p $pid | grep -q '^nodus-ps-title'; then ok=0; break; fi
done
kill $pid 2>/dev/null; wait $pid 2>/dev/null
[ $ok -eq 0 ] || { echo "ps shows: $(ps -o args= -p $pid)"; exit 1; }
