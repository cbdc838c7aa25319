import { conditionTable } from './harness';

// AWS docs, "Condition operators → String condition operators" and "IAM JSON policy elements: Condition".
conditionTable('StringEquals / StringNotEquals', [
  { operator: 'StringEquals', key: 'aws:PrincipalTag/job-category', policy: 'iamuser-admin', request: 'iamuser-admin', holds: true },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/job-category', policy: 'iamuser-admin', request: 'IAMUSER-ADMIN', holds: false },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/job-category', policy: ['dev', 'iamuser-admin'], request: 'iamuser-admin', holds: true },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/job-category', policy: 'iamuser-admin', request: undefined, holds: false },
  { operator: 'StringNotEquals', key: 'aws:PrincipalTag/job-category', policy: ['dev', 'ops'], request: 'sales', holds: true },
  { operator: 'StringNotEquals', key: 'aws:PrincipalTag/job-category', policy: ['dev', 'ops'], request: 'ops', holds: false },
  // AWS: a negated operator holds when the key is absent from the request.
  { operator: 'StringNotEquals', key: 'aws:PrincipalTag/job-category', policy: 'dev', request: undefined, holds: true },
]);

conditionTable('condition key names are case-insensitive, values case-sensitive', [
  { operator: 'StringEquals', key: 'AWS:PRINCIPALTAG/JOB-CATEGORY', policy: 'admin', request: undefined, context: { 'aws:PrincipalTag/job-category': 'admin' }, holds: true },
  { operator: 'StringEquals', key: 'aws:principaltag/job-category', policy: 'admin', request: undefined, context: { 'aws:PrincipalTag/Job-Category': 'Admin' }, holds: false },
]);

conditionTable('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase', [
  { operator: 'StringEqualsIgnoreCase', key: 'aws:PrincipalTag/team', policy: 'Platform', request: 'PLATFORM', holds: true },
  { operator: 'StringEqualsIgnoreCase', key: 'aws:PrincipalTag/team', policy: 'Platform', request: 'data', holds: false },
  { operator: 'StringNotEqualsIgnoreCase', key: 'aws:PrincipalTag/team', policy: 'Platform', request: 'platform', holds: false },
  { operator: 'StringNotEqualsIgnoreCase', key: 'aws:PrincipalTag/team', policy: 'Platform', request: 'data', holds: true },
]);

conditionTable('StringLike / StringNotLike', [
  { operator: 'StringLike', key: 's3:prefix', policy: ['', 'home/', 'home/${aws:username}/*'], request: 'home/alice/photos/', context: { 'aws:username': 'alice' }, holds: true },
  { operator: 'StringLike', key: 's3:prefix', policy: ['', 'home/', 'home/${aws:username}/*'], request: 'home/bob/photos/', context: { 'aws:username': 'alice' }, holds: false },
  { operator: 'StringLike', key: 's3:prefix', policy: '', request: '', holds: true },
  { operator: 'StringLike', key: 's3:prefix', policy: 'log?-*', request: 'log1-2024', holds: true },
  { operator: 'StringLike', key: 's3:prefix', policy: 'log?-*', request: 'log12-2024', holds: false },
  { operator: 'StringLike', key: 's3:prefix', policy: 'Home/*', request: 'home/x', holds: false },
  { operator: 'StringNotLike', key: 's3:prefix', policy: 'private/*', request: 'public/a', holds: true },
  { operator: 'StringNotLike', key: 's3:prefix', policy: 'private/*', request: 'private/a', holds: false },
  // StringEquals takes no wildcards: `*` is a literal character there.
  { operator: 'StringEquals', key: 's3:prefix', policy: 'home/*', request: 'home/alice', holds: false },
  { operator: 'StringEquals', key: 's3:prefix', policy: 'home/*', request: 'home/*', holds: true },
]);
