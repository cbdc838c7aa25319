import { conditionTable } from './harness';

// AWS docs, "IAM policy elements: Variables and tags": substitution, defaults, escapes, missing values, Version.
conditionTable('policy variables in condition values', [
  { operator: 'StringEquals', key: 's3:prefix', policy: 'home/${aws:username}', request: 'home/alice', holds: true },
  { operator: 'StringEquals', key: 's3:prefix', policy: 'home/${aws:PrincipalTag/team}', request: 'home/data', context: { 'aws:PrincipalTag/team': 'data' }, holds: true },
  { operator: 'StringEquals', key: 's3:prefix', policy: '${aws:PrincipalAccount}/x', request: '111122223333/x', holds: true },
  // A default applies when the key has no value.
  { operator: 'StringEquals', key: 's3:prefix', policy: "home/${aws:PrincipalTag/team, 'shared'}", request: 'home/shared', holds: true },
  // A variable without a value and without a default: the value is null, which nothing equals (no-value.test.ts).
  { operator: 'StringEquals', key: 's3:prefix', policy: 'home/${aws:PrincipalTag/team}', request: 'home/', holds: false },
  { operator: 'StringNotEquals', key: 's3:prefix', policy: 'home/${aws:PrincipalTag/team}', request: 'x', holds: true },
  // Escapes: ${*}, ${?} and ${$} are literal characters, never wildcards.
  { operator: 'StringLike', key: 's3:prefix', policy: 'a${*}b', request: 'a*b', holds: true },
  { operator: 'StringLike', key: 's3:prefix', policy: 'a${*}b', request: 'axb', holds: false },
  { operator: 'StringLike', key: 's3:prefix', policy: 'cost${?}', request: 'cost?', holds: true },
  { operator: 'StringEquals', key: 's3:prefix', policy: '${$}{literal}', request: '${literal}', holds: true },
  // A substituted value is literal too: a `*` in a tag value does not become a wildcard.
  { operator: 'StringLike', key: 's3:prefix', policy: '${aws:PrincipalTag/team}/*', request: 'anything/x', context: { 'aws:PrincipalTag/team': '*' }, holds: false },
  { operator: 'StringLike', key: 's3:prefix', policy: '${aws:PrincipalTag/team}/*', request: '*/x', context: { 'aws:PrincipalTag/team': '*' }, holds: true },
  // A multi-valued key cannot be substituted ("You can't use a multivalued condition key as a variable"): no value.
  { operator: 'StringEquals', key: 's3:prefix', policy: '${aws:TagKeys}', request: 'a', context: { 'aws:TagKeys': ['a'] }, holds: false },
  { operator: 'StringNotEquals', key: 's3:prefix', policy: '${aws:TagKeys}', request: 'a', context: { 'aws:TagKeys': ['a'] }, holds: true },
  // Version 2008-10-17 (or none) reads `${…}` literally.
  { operator: 'StringEquals', key: 's3:prefix', policy: 'home/${aws:username}', request: 'home/${aws:username}', version: '2008-10-17', holds: true },
  { operator: 'StringEquals', key: 's3:prefix', policy: 'home/${aws:username}', request: 'home/alice', version: '2008-10-17', holds: false },
  // Variables are not substituted for operators that take none (numbers, dates…).
  { operator: 'NumericEquals', key: 's3:max-keys', policy: '${aws:PrincipalTag/n}', request: '1', context: { 'aws:PrincipalTag/n': '1' }, holds: false },
]);

