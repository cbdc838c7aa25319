import { conditionTable } from './harness';

// AWS docs example: "Null": {"aws:TokenIssueTime": "true"} holds when the request was not signed with temporary credentials.
conditionTable('Null', [
  { operator: 'Null', key: 'aws:TokenIssueTime', policy: 'true', request: undefined, holds: true },
  { operator: 'Null', key: 'aws:TokenIssueTime', policy: 'true', request: '2024-01-01T00:00:00Z', holds: false },
  { operator: 'Null', key: 'aws:TokenIssueTime', policy: 'false', request: '2024-01-01T00:00:00Z', holds: true },
  { operator: 'Null', key: 'aws:TokenIssueTime', policy: false, request: undefined, holds: false },
  // An empty list counts as absent.
  { operator: 'Null', key: 'aws:TagKeys', policy: 'true', request: [], holds: true },
  // Null takes neither IfExists nor a set qualifier: such a condition never holds.
  { operator: 'NullIfExists', key: 'aws:TokenIssueTime', policy: 'true', request: undefined, holds: false },
  { operator: 'ForAnyValue:Null', key: 'aws:TagKeys', policy: 'true', request: undefined, holds: false },
]);
