// One table-driven harness for every condition operator test: each row is a Condition block and a request value,
// run through evaluate() exactly as a policy would be, so a row fails if parsing, compiling or evaluation breaks.
import { evaluate, type PolicyDocument, type RequestContext } from '../../src/index';

export const ALICE = 'arn:aws:iam::111122223333:user/alice';

export interface ConditionRow {
  /** `StringEquals`, `ForAnyValue:StringLike`, `NumericLessThanIfExists`… */
  operator: string;
  key: string;
  policy: string | number | boolean | Array<string | number | boolean>;
  /** The request's value for the key; `undefined` leaves the key out of the request. */
  request: string | string[] | undefined;
  holds: boolean;
  /** Extra request keys (for policy variables). */
  context?: RequestContext;
  version?: string;
}

export function conditionHolds(row: ConditionRow): boolean {
  const document: PolicyDocument = {
    Version: row.version ?? '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { [row.operator]: { [row.key]: row.policy } } }],
  };
  const context: RequestContext = { ...row.context };
  if (row.request !== undefined) context[row.key] = row.request;
  return evaluate({ principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key', context, identityPolicies: [document] }).allowed;
}

const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));

/** Registers one test per row, named after the row. */
export function conditionTable(title: string, rows: ConditionRow[]): void {
  describe(title, () => {
    test.each(rows.map((row) => [`${row.operator} ${row.key} ${show(row.policy)} vs ${show(row.request)} → ${row.holds}`, row] as const))('%s', (_, row) => {
      expect(conditionHolds(row)).toBe(row.holds);
    });
  });
}
