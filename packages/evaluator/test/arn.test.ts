import { formatArn, parseArn } from '../src/index';

describe('ARNs', () => {
  test.each([
    ['arn:aws:iam::111122223333:user/path/alice', { partition: 'aws', service: 'iam', region: '', accountId: '111122223333', resource: 'user/path/alice' }],
    ['arn:aws:s3:::bucket/a:b', { partition: 'aws', service: 's3', region: '', accountId: '', resource: 'bucket/a:b' }],
    ['arn:aws-cn:sqs:cn-north-1:111122223333:queue', { partition: 'aws-cn', service: 'sqs', region: 'cn-north-1', accountId: '111122223333', resource: 'queue' }],
    ['arn:aws:lambda:eu-west-1:111122223333:function:f:1', { partition: 'aws', service: 'lambda', region: 'eu-west-1', accountId: '111122223333', resource: 'function:f:1' }],
  ])('parseArn(%s)', (text, parts) => {
    expect(parseArn(text)).toEqual(parts);
    expect(formatArn(parts)).toBe(text);
  });

  test.each([['*'], ['arn:aws:s3'], ['arn::s3:::b'], ['arn:aws::::x'], ['ec2.amazonaws.com'], ['']])('%s is not an ARN', (text) => {
    expect(parseArn(text)).toBeUndefined();
  });

  test('formatArn defaults the partition, region and account', () => {
    expect(formatArn({ service: 's3', resource: 'bucket' })).toBe('arn:aws:s3:::bucket');
  });
});
