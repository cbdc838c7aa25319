// AWS's limits on IAM names, from the IAM API reference (each operation's Request Parameters): one table, read by the
// API's input validation and by the console's live field messages, so the two cannot drift apart.

export interface NameRule {
  /** As a field label reads in a sentence: "user name". */
  noun: string;
  minLength: number;
  maxLength: number;
  /** AWS's documented pattern for the whole value, as AWS prints it in a ValidationError. */
  pattern: string;
  /** The characters the pattern allows besides letters and digits, as the console lists them. */
  symbols: string;
}

/** `[\w+=,.@-]+`: letters, digits and `_+=,.@-`. */
const ENTITY_NAME = '[\\w+=,.@-]+';
const ENTITY_SYMBOLS = '+ = , . @ _ -';
/** AWS: tag keys and values are Unicode letters, digits, spaces and `_.:/=+-@`. */
const TAG_SYMBOLS = '_ . : / = + - @ and spaces';

export const nameRules = {
  userName: { noun: 'user name', minLength: 1, maxLength: 64, pattern: ENTITY_NAME, symbols: ENTITY_SYMBOLS },
  groupName: { noun: 'user group name', minLength: 1, maxLength: 128, pattern: ENTITY_NAME, symbols: ENTITY_SYMBOLS },
  roleName: { noun: 'role name', minLength: 1, maxLength: 64, pattern: ENTITY_NAME, symbols: ENTITY_SYMBOLS },
  policyName: { noun: 'policy name', minLength: 1, maxLength: 128, pattern: ENTITY_NAME, symbols: ENTITY_SYMBOLS },
  instanceProfileName: { noun: 'instance profile name', minLength: 1, maxLength: 128, pattern: ENTITY_NAME, symbols: ENTITY_SYMBOLS },
  virtualMFADeviceName: { noun: 'device name', minLength: 1, maxLength: 226, pattern: ENTITY_NAME, symbols: ENTITY_SYMBOLS },
  // AccessKeyIdType: also what SigV4 authentication accepts as a key id before it looks one up.
  accessKeyId: { noun: 'access key ID', minLength: 16, maxLength: 128, pattern: '[\\w]+', symbols: '_' },
  tagKey: { noun: 'tag key', minLength: 1, maxLength: 128, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+', symbols: TAG_SYMBOLS },
  tagValue: { noun: 'tag value', minLength: 0, maxLength: 256, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*', symbols: TAG_SYMBOLS },
} as const satisfies Record<string, NameRule>;

export type NameKind = keyof typeof nameRules;

/** The rule's pattern as a RegExp that must match the whole value (`u`: the tag patterns name Unicode classes). */
export function namePattern(rule: NameRule): RegExp {
  return new RegExp(`^(?:${rule.pattern})$`, 'u');
}

const characterNames: Record<string, string> = { ' ': 'a space', '\t': 'a tab', '/': '/' };

/**
 * Why a name breaks AWS's rule, in one sentence the console shows under the field as it is typed, or undefined when
 * it keeps it: empty, too short or too long (with the limit), or the first character that is not allowed.
 */
export function nameViolation(rule: NameRule, value: string): string | undefined {
  const length = [...value].length;
  if (length === 0 && rule.minLength > 0) return `Enter a ${rule.noun}.`;
  if (length < rule.minLength) return `The ${rule.noun} must have at least ${rule.minLength} characters.`;
  if (length > rule.maxLength) return `The ${rule.noun} is too long: ${length} characters, the limit is ${rule.maxLength}.`;
  const single = new RegExp(`^(?:${rule.pattern.replace(/[+*]$/, '')})$`, 'u');
  const refused = [...value].find((character) => !single.test(character));
  if (refused !== undefined) {
    const shown = characterNames[refused] ?? `“${refused}”`;
    return `The ${rule.noun} can't contain ${shown}. Use letters, numbers and ${rule.symbols}.`;
  }
  return undefined;
}

/** The constraint text under a name field: "Up to 64 characters: letters, numbers and + = , . @ _ -". */
export function nameConstraint(rule: NameRule): string {
  return `Up to ${rule.maxLength} characters: letters, numbers and ${rule.symbols}.`;
}
