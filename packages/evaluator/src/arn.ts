// The only code that splits ARN strings: arn:partition:service:region:account-id:resource.

export interface Arn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  /** Everything after the fifth colon, colons included: `user/path/alice`, `table/orders/stream/2024`, `bucket/key`. */
  resource: string;
}

const ARN_PREFIX = 'arn:';

/** Splits an ARN into its six parts; `undefined` when the string is not an ARN (fewer than six parts, empty service). */
export function parseArn(arn: string): Arn | undefined {
  if (typeof arn !== 'string' || !arn.startsWith(ARN_PREFIX)) return undefined;
  const p1 = arn.indexOf(':', 4);
  if (p1 < 0) return undefined;
  const p2 = arn.indexOf(':', p1 + 1);
  if (p2 < 0) return undefined;
  const p3 = arn.indexOf(':', p2 + 1);
  if (p3 < 0) return undefined;
  const p4 = arn.indexOf(':', p3 + 1);
  if (p4 < 0) return undefined;
  const partition = arn.slice(4, p1);
  const service = arn.slice(p1 + 1, p2);
  if (partition === '' || service === '') return undefined;
  return {
    partition,
    service,
    region: arn.slice(p2 + 1, p3),
    accountId: arn.slice(p3 + 1, p4),
    resource: arn.slice(p4 + 1),
  };
}

/** Builds an ARN; partition defaults to `aws`, region and account to empty (as in `arn:aws:s3:::bucket`). */
export function formatArn(parts: { partition?: string; service: string; region?: string; accountId?: string; resource: string }): string {
  return `arn:${parts.partition ?? 'aws'}:${parts.service}:${parts.region ?? ''}:${parts.accountId ?? ''}:${parts.resource}`;
}

/** Offset of the account part of an ARN (after the fourth colon), or -1 when the string is not an ARN. */
function accountOffset(arn: string): number {
  if (!arn.startsWith(ARN_PREFIX)) return -1;
  let colon = 3;
  for (let i = 0; i < 3; i++) {
    colon = arn.indexOf(':', colon + 1);
    if (colon < 0) return -1;
  }
  return colon + 1;
}

/** True when the ARN names no account or names `accountId`; cheaper than arnAccountId on every request. */
export function arnInAccount(arn: string, accountId: string): boolean {
  const at = accountOffset(arn);
  if (at < 0 || arn.charCodeAt(at) === 0x3a) return true;
  return arn.startsWith(accountId, at) && arn.charCodeAt(at + accountId.length) === 0x3a;
}

/** The account of an ARN, or `undefined` when it is not an ARN or names no account (`arn:aws:s3:::bucket`). */
export function arnAccountId(arn: string): string | undefined {
  const at = accountOffset(arn);
  if (at < 0) return undefined;
  const end = arn.indexOf(':', at);
  return end > at ? arn.slice(at, end) : undefined;
}
