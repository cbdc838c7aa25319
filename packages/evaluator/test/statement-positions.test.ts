import { statementPositions } from '../src';

describe('statementPositions', () => {
  it('locates each statement of an array by line and column, end just after its closing brace', () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },',
      '    {',
      '      "Effect": "Deny",',
      '      "Action": "s3:DeleteObject",',
      '      "Resource": "*"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    expect(statementPositions(text)).toEqual([
      { start: { line: 4, column: 5 }, end: { line: 4, column: 69 } },
      { start: { line: 5, column: 5 }, end: { line: 9, column: 6 } },
    ]);
  });

  it('gives a lone statement object index 0', () => {
    expect(statementPositions('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}')).toEqual([
      { start: { line: 1, column: 37 }, end: { line: 1, column: 83 } },
    ]);
  });

  it('has nothing to locate in text that is not JSON or has no statements', () => {
    expect(statementPositions('{"Version": ')).toEqual([]);
    expect(statementPositions('{"Version":"2012-10-17"}')).toEqual([]);
    expect(statementPositions('{"Statement":"Allow"}')).toEqual([]);
  });
});
