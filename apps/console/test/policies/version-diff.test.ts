import { diffSummary, prettyPolicyDocument, sideBySideDiff } from '../../src/features/policies/policy-versions/version-diff';

const v1 = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
const v2 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListAllMyBuckets'], Resource: '*' }],
});

describe('policy version comparison', () => {
  it('compares the pretty-printed documents, so formatting alone is no difference', () => {
    const rows = sideBySideDiff(v1, JSON.stringify(JSON.parse(v1), null, 2));
    expect(rows.every((row) => row.change === 'unchanged')).toBe(true);
    expect(rows.map((row) => row.left?.text)).toEqual(prettyPolicyDocument(v1).split('\n'));
    expect(diffSummary(rows)).toBe('The two versions have the same permissions document.');
  });

  it('pairs a replaced line as changed and shows the lines added after it, numbered on each side', () => {
    const rows = sideBySideDiff(v1, v2);
    const different = rows.filter((row) => row.change !== 'unchanged');
    expect(different).toEqual([
      { change: 'changed', left: { lineNumber: 6, text: '            "Action": "s3:GetObject",' }, right: { lineNumber: 6, text: '            "Action": [' } },
      { change: 'added', right: { lineNumber: 7, text: '                "s3:GetObject",' } },
      { change: 'added', right: { lineNumber: 8, text: '                "s3:ListAllMyBuckets"' } },
      { change: 'added', right: { lineNumber: 9, text: '            ],' } },
    ]);
    // After the change both sides continue with the same line, each with its own number.
    const next = rows[rows.indexOf(different.at(-1)!) + 1]!;
    expect(next).toEqual({ change: 'unchanged', left: { lineNumber: 7, text: '            "Resource": "*"' }, right: { lineNumber: 10, text: '            "Resource": "*"' } });
    expect(diffSummary(rows)).toBe('1 line changed, 3 added');
  });

  it('shows lines only the older version has as removed', () => {
    const rows = sideBySideDiff(v2, v1);
    expect(rows.filter((row) => row.change === 'removed').map((row) => row.left?.text.trim())).toEqual(['"s3:GetObject",', '"s3:ListAllMyBuckets"', '],']);
    expect(rows.filter((row) => row.change === 'removed').every((row) => row.right === undefined)).toBe(true);
  });

  it('compares text that is not JSON as it is', () => {
    expect(sideBySideDiff('{ broken', '{ broken').map((row) => row.change)).toEqual(['unchanged']);
  });
});
