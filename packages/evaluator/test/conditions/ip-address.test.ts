import { conditionTable } from './harness';

// AWS docs examples: "IpAddress": {"aws:SourceIp": "203.0.113.0/24"} and "2001:DB8:1234:5678::/64".
conditionTable('IpAddress / NotIpAddress', [
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '203.0.113.0/24', request: '203.0.113.77', holds: true },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '203.0.113.0/24', request: '203.0.114.1', holds: false },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '203.0.113.5', request: '203.0.113.5', holds: true },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '0.0.0.0/0', request: '8.8.8.8', holds: true },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: ['198.51.100.0/24', '203.0.113.0/24'], request: '198.51.100.9', holds: true },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '2001:DB8:1234:5678::/64', request: '2001:db8:1234:5678:aaaa::1', holds: true },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '2001:DB8:1234:5678::/64', request: '2001:db8:1234:5679::1', holds: false },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '::ffff:203.0.113.0/120', request: '::ffff:203.0.113.9', holds: true },
  // An IPv6 block never contains an IPv4 address, and the other way round.
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '::/0', request: '203.0.113.9', holds: false },
  { operator: 'IpAddress', key: 'aws:SourceIp', policy: '203.0.113.0/24', request: 'not-an-ip', holds: false },
  { operator: 'NotIpAddress', key: 'aws:SourceIp', policy: ['192.0.2.0/24', '203.0.113.0/24'], request: '198.51.100.1', holds: true },
  { operator: 'NotIpAddress', key: 'aws:SourceIp', policy: ['192.0.2.0/24', '203.0.113.0/24'], request: '192.0.2.1', holds: false },
  { operator: 'NotIpAddress', key: 'aws:SourceIp', policy: '192.0.2.0/24', request: undefined, holds: true },
]);
