import { policyDetailsHref } from '../policies-table/policy-row';

/** One version's page: its JSON, "Set as default", "Compare with default". */
export function policyVersionHref(policyArn: string, versionId: string): string {
  return `${policyDetailsHref(policyArn)}/versions/${encodeURIComponent(versionId)}`;
}

/** The side-by-side comparison of two versions, the older (`left`) first. */
export function compareVersionsHref(policyArn: string, left: string, right: string): string {
  return `${policyDetailsHref(policyArn)}/compare?${new URLSearchParams({ left, right }).toString()}`;
}

/** `v2` before `v10`: version ids by their number. */
export function byVersionNumber(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
