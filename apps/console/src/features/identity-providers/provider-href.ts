/** A provider's details page: its ARN (which has slashes) is one encoded path segment. */
export function providerDetailsHref(arn: string): string {
  return `/identity-providers/${encodeURIComponent(arn)}`;
}
