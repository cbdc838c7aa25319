import { conditionTable } from './harness';

// AWS docs example: "ArnLike": {"aws:SourceArn": "arn:aws:cloudtrail:*:111122223333:trail/*"}; ArnEquals also takes wildcards.
conditionTable('Arn operators', [
  { operator: 'ArnLike', key: 'aws:SourceArn', policy: 'arn:aws:cloudtrail:*:111122223333:trail/*', request: 'arn:aws:cloudtrail:us-east-2:111122223333:trail/main', holds: true },
  { operator: 'ArnLike', key: 'aws:SourceArn', policy: 'arn:aws:cloudtrail:*:111122223333:trail/*', request: 'arn:aws:cloudtrail:us-east-2:444455556666:trail/main', holds: false },
  { operator: 'ArnEquals', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:111122223333:topic-?', request: 'arn:aws:sns:eu-west-1:111122223333:topic-a', holds: true },
  { operator: 'ArnEquals', key: 'aws:SourceArn', policy: 'arn:aws:sns:eu-west-1:111122223333:topic', request: 'arn:aws:sns:eu-west-1:111122223333:Topic', holds: false },
  // A `*` inside a segment does not cross a colon: the region `*` cannot swallow the account.
  { operator: 'ArnLike', key: 'aws:SourceArn', policy: 'arn:aws:s3:*:bucket', request: 'arn:aws:s3:x:y:bucket', holds: false },
  { operator: 'ArnNotEquals', key: 'aws:SourceArn', policy: 'arn:aws:iam::111122223333:role/admin', request: 'arn:aws:iam::111122223333:role/dev', holds: true },
  { operator: 'ArnNotLike', key: 'aws:PrincipalArn', policy: 'arn:aws:iam::*:role/break-glass-*', request: 'arn:aws:iam::111122223333:role/break-glass-1', holds: false },
  { operator: 'ArnNotLike', key: 'aws:PrincipalArn', policy: 'arn:aws:iam::*:role/break-glass-*', request: 'arn:aws:iam::111122223333:role/dev', holds: true },
  { operator: 'ArnLike', key: 'aws:SourceArn', policy: 'arn:aws:sns:*:*:*', request: 'not-an-arn', holds: false },
]);
