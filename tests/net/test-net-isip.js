// net.isIP/isIPv4/isIPv6 as the spec says (0, 4 or 6; true/false) and as
// node 20 answers for every IPv6 text form: compressed, mixed with dotted
// IPv4, zone ids, and the malformed neighbours of each.
var assert = require('assert');
var net = require('net');

var four = ['0.0.0.0', '127.0.0.1', '1.2.3.4', '255.255.255.255', '10.0.0.1', '192.168.100.200'];
var six = [
  '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  '1::8', '1:2::7:8', '1::2:3:4:5:6:7', 'fe80::1', 'FE80::1', 'FFFF::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  '2001:db8::ff00:42:8329', '2001:0db8:0000:0000:0000:ff00:0042:8329', '::ffff:1.2.3.4', '::FFFF:1.2.3.4',
  '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1::5:6:1.2.3.4', '64:ff9b::192.0.2.33',
  'fe80::1%eth0', 'fe80::1%1', 'fe80::%25', 'fe80::1%en0.1', 'fe80::a:b%x-y:z',
];
var none = [
  '', ' ', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04', '256.0.0.0', '1.2.3.256', '-1.2.3.4', '1.2.3.4 ',
  ' 1.2.3.4', '1.2.3.4\n', '1..2.3', 'a.b.c.d', '0x1.2.3.4', '1e2.1.1.1', '+1.2.3.4',
  ':', ':::', '1:', ':1', ':1::', '1:::2', '1::2::3', '12345::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9',
  '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3', '::1.2.3.04', '::256.1.1.1',
  '1.2.3.4::', 'g::1', '::g', 'fe80::1%', 'fe80::1%eth0%1', 'fe80::1%eth 0', '[::1]', '::1/128',
  'localhost', 'example.com', 'undefined', 'null',
];

four.forEach(function (s) {
  assert.strictEqual(net.isIP(s), 4, s);
  assert.strictEqual(net.isIPv4(s), true, s);
  assert.strictEqual(net.isIPv6(s), false, s);
});
six.forEach(function (s) {
  assert.strictEqual(net.isIP(s), 6, s);
  assert.strictEqual(net.isIPv6(s), true, s);
  assert.strictEqual(net.isIPv4(s), false, s);
});
none.forEach(function (s) {
  assert.strictEqual(net.isIP(s), 0, JSON.stringify(s));
  assert.strictEqual(net.isIPv4(s), false, JSON.stringify(s));
  assert.strictEqual(net.isIPv6(s), false, JSON.stringify(s));
});

// non-strings are read as their string form, as node does
assert.strictEqual(net.isIP(), 0);
assert.strictEqual(net.isIP(null), 0);
assert.strictEqual(net.isIP(123), 0);
assert.strictEqual(net.isIP(['::1']), 6);
assert.strictEqual(net.isIP({ toString: function () { return '127.0.0.1'; } }), 4);
