# resolve*, reverse and errors against a real DNS server: dnsmasq (installed
# by scripts/bootstrap) on 127.0.0.1, a free port, with records of its own.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
command -v dnsmasq >/dev/null || PATH=$PATH:/usr/sbin
command -v dnsmasq >/dev/null || fail "dnsmasq missing (scripts/bootstrap installs dnsmasq-base)"
t=$(mktemp -d)
cleanup() { [ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$t"; }
trap cleanup EXIT
port=$(( 20000 + $$ % 20000 ))
dnsmasq -d -k --no-resolv --no-hosts --no-poll --bind-interfaces --listen-address=127.0.0.1 \
  --port=$port --user=root --pid-file="$t/pid" \
  --address=/www.example.test/10.1.2.3 --address=/www.example.test/fd00::1 \
  --txt-record=example.test,"v=spf1 ~all" \
  --mx-host=example.test,mail.example.test,10 \
  --srv-host=_sip._tcp.example.test,sip.example.test,5060,1,2 \
  --ptr-record=3.2.1.10.in-addr.arpa,www.example.test \
  --cname=alias.example.test,www.example.test --local=/example.test/ \
  >"$t/log" 2>&1 &
pid=$!
sleep 0.5
kill -0 $pid 2>/dev/null || fail "dnsmasq did not start: $(cat "$t/log")"
out=$("$N" -e '
var dns = require("dns");
dns.setServers(["127.0.0.1:'$port'"]);
var out = {}, left = 8;
function done(k) { return function (err, v) { out[k] = err ? "ERR " + err.code : v; if (--left === 0) console.log(JSON.stringify(["a","aaaa","txt","mx","srv","ptr","cname","missing"].map(function (k) { return out[k]; }))); }; }
dns.resolve4("www.example.test", done("a"));
dns.resolve6("www.example.test", done("aaaa"));
dns.resolveTxt("example.test", done("txt"));
dns.resolveMx("example.test", done("mx"));
dns.resolveSrv("_sip._tcp.example.test", done("srv"));
dns.reverse("10.1.2.3", done("ptr"));
dns.resolveCname("alias.example.test", done("cname"));
dns.resolve4("nothing.example.test", done("missing"));
')
want='[["10.1.2.3"],["fd00::1"],["v=spf1 ~all"],[{"exchange":"mail.example.test","priority":10}],[{"name":"sip.example.test","port":5060,"priority":1,"weight":2}],["www.example.test"],["www.example.test"],"ERR ENOTFOUND"]'
[ "$out" = "$want" ] || fail "got $out"
# promises API returns TXT as chunk arrays (today's shape)
out=$("$N" -e '
var dns = require("dns");
dns.promises.setServers(["127.0.0.1:'$port'"]);
dns.promises.resolveTxt("example.test").then(function (r) { console.log(JSON.stringify(r)); });
')
[ "$out" = '[["v=spf1 ~all"]]' ] || fail "promises txt: $out"
exit 0
