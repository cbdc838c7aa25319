import { conditionTable } from './harness';

// AWS docs, "Multivalued context keys" and "…IfExists condition operators".
conditionTable('IfExists', [
  { operator: 'StringEqualsIfExists', key: 'ec2:InstanceType', policy: ['t2.micro', 't2.small'], request: undefined, holds: true },
  { operator: 'StringEqualsIfExists', key: 'ec2:InstanceType', policy: ['t2.micro', 't2.small'], request: 't2.small', holds: true },
  { operator: 'StringEqualsIfExists', key: 'ec2:InstanceType', policy: ['t2.micro', 't2.small'], request: 'm5.large', holds: false },
  { operator: 'StringNotEqualsIfExists', key: 'ec2:InstanceType', policy: 't2.micro', request: 'm5.large', holds: true },
  { operator: 'NumericLessThanIfExists', key: 's3:max-keys', policy: '10', request: '11', holds: false },
  { operator: 'IpAddressIfExists', key: 'aws:SourceIp', policy: '203.0.113.0/24', request: undefined, holds: true },
]);

conditionTable('ForAllValues', [
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['environment', 'cost-center'], request: ['environment', 'cost-center'], holds: true },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['environment', 'cost-center'], request: ['environment'], holds: true },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['environment', 'cost-center'], request: ['environment', 'owner'], holds: false },
  // AWS: ForAllValues holds when the key is absent or empty (which is why validation warns about it on Allow).
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['environment'], request: undefined, holds: true },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['environment'], request: [], holds: true },
  { operator: 'ForAllValues:StringLike', key: 'aws:TagKeys', policy: ['team-*'], request: ['team-a', 'team-b'], holds: true },
  // Negated inside ForAllValues: every request value must differ from every policy value.
  { operator: 'ForAllValues:StringNotEquals', key: 'aws:TagKeys', policy: ['secret'], request: ['a', 'b'], holds: true },
  { operator: 'ForAllValues:StringNotEquals', key: 'aws:TagKeys', policy: ['secret'], request: ['a', 'secret'], holds: false },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policy: ['a'], request: 'a', holds: true },
]);

conditionTable('ForAnyValue', [
  { operator: 'ForAnyValue:StringEquals', key: 'aws:TagKeys', policy: ['environment', 'cost-center'], request: ['owner', 'environment'], holds: true },
  { operator: 'ForAnyValue:StringEquals', key: 'aws:TagKeys', policy: ['environment', 'cost-center'], request: ['owner'], holds: false },
  // AWS: ForAnyValue does not hold on an absent key, unless IfExists.
  { operator: 'ForAnyValue:StringEquals', key: 'aws:TagKeys', policy: ['environment'], request: undefined, holds: false },
  { operator: 'ForAnyValue:StringEqualsIfExists', key: 'aws:TagKeys', policy: ['environment'], request: undefined, holds: true },
  // Negated inside ForAnyValue: some request value differs from all policy values.
  { operator: 'ForAnyValue:StringNotEquals', key: 'aws:TagKeys', policy: ['secret'], request: ['secret', 'public'], holds: true },
  { operator: 'ForAnyValue:StringNotEquals', key: 'aws:TagKeys', policy: ['secret'], request: ['secret'], holds: false },
  { operator: 'ForAnyValue:NumericGreaterThan', key: 'aws:TagKeys', policy: '5', request: ['1', '9'], holds: true },
]);

conditionTable('multi-valued request keys under single-valued operators', [
  { operator: 'StringEquals', key: 'aws:TagKeys', policy: 'a', request: ['b', 'a'], holds: true },
  { operator: 'StringEquals', key: 'aws:TagKeys', policy: 'a', request: ['b', 'c'], holds: false },
  { operator: 'StringNotEquals', key: 'aws:TagKeys', policy: 'a', request: ['b', 'a'], holds: false },
  { operator: 'StringNotEquals', key: 'aws:TagKeys', policy: 'a', request: ['b', 'c'], holds: true },
]);

conditionTable('unknown operators never hold', [
  { operator: 'StringEqualz', key: 'aws:username', policy: 'alice', request: 'alice', holds: false },
  { operator: 'ForSomeValues:StringEquals', key: 'aws:username', policy: 'alice', request: 'alice', holds: false },
  { operator: 'stringequals', key: 'aws:username', policy: 'alice', request: 'alice', holds: false },
]);
