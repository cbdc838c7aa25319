// AWS's rules for an account alias (CreateAccountAlias), checked before sending so the modal can say what is wrong.

/** The error shown under the alias field, or undefined when AWS would accept the alias. */
export function accountAliasError(alias: string): string | undefined {
  if (alias.length < 3 || alias.length > 63) return 'The alias must have 3 to 63 characters.';
  if (!/^[a-z0-9-]+$/.test(alias)) return 'Use only lowercase letters, digits and hyphens.';
  if (alias.startsWith('-') || alias.endsWith('-')) return 'The alias cannot start or end with a hyphen.';
  // AWS: an alias that looks like an account ID would make sign-in ambiguous.
  if (/^\d{12}$/.test(alias)) return 'The alias cannot be a 12-digit number.';
  return undefined;
}
