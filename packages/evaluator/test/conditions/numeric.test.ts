import { conditionTable } from './harness';

// AWS docs example: "NumericLessThanEquals": {"s3:max-keys": "10"}.
conditionTable('Numeric operators', [
  { operator: 'NumericLessThanEquals', key: 's3:max-keys', policy: '10', request: '10', holds: true },
  { operator: 'NumericLessThanEquals', key: 's3:max-keys', policy: '10', request: '11', holds: false },
  { operator: 'NumericLessThan', key: 's3:max-keys', policy: 10, request: '9.5', holds: true },
  { operator: 'NumericLessThan', key: 's3:max-keys', policy: '10', request: '10', holds: false },
  { operator: 'NumericGreaterThan', key: 's3:max-keys', policy: '10', request: '1e2', holds: true },
  { operator: 'NumericGreaterThanEquals', key: 's3:max-keys', policy: '-1', request: '-1', holds: true },
  { operator: 'NumericEquals', key: 's3:max-keys', policy: ['5', '10'], request: '10.0', holds: true },
  { operator: 'NumericNotEquals', key: 's3:max-keys', policy: ['5', '10'], request: '7', holds: true },
  { operator: 'NumericNotEquals', key: 's3:max-keys', policy: ['5', '10'], request: '5', holds: false },
  // A request value that is not a number matches nothing.
  { operator: 'NumericLessThan', key: 's3:max-keys', policy: '10', request: 'ten', holds: false },
  { operator: 'NumericLessThan', key: 's3:max-keys', policy: '10', request: undefined, holds: false },
  // A policy value that is not a number makes the condition unusable (and validation reports it).
  { operator: 'NumericLessThan', key: 's3:max-keys', policy: 'ten', request: '1', holds: false },
]);
