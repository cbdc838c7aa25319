/**
 * Prisma's `startsWith` becomes SQL `LIKE 'value%'` without escaping the value, so `_` and `%`, which IAM paths may
 * contain, would match any character. This escapes them (and the escape character) for a literal prefix.
 */
export function literalLikePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (character) => `\\${character}`);
}
