import { conditionTable } from './harness';

// AWS docs examples: "Bool": {"aws:SecureTransport": "true"}; BinaryEquals compares base64 values.
conditionTable('Bool', [
  { operator: 'Bool', key: 'aws:SecureTransport', policy: 'true', request: 'true', holds: true },
  { operator: 'Bool', key: 'aws:SecureTransport', policy: true, request: 'TRUE', holds: true },
  { operator: 'Bool', key: 'aws:SecureTransport', policy: 'true', request: 'false', holds: false },
  { operator: 'Bool', key: 'aws:MultiFactorAuthPresent', policy: 'false', request: undefined, holds: false },
  { operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', policy: 'false', request: undefined, holds: true },
  { operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', policy: 'false', request: 'true', holds: false },
]);

conditionTable('BinaryEquals', [
  { operator: 'BinaryEquals', key: 'key-name', policy: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', request: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', holds: true },
  { operator: 'BinaryEquals', key: 'key-name', policy: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', request: 'b3RoZXI=', holds: false },
  { operator: 'BinaryEquals', key: 'key-name', policy: 'not base64!', request: 'not base64!', holds: false },
]);
