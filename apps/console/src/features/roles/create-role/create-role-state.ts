import { nameRules, nameViolation } from '@gatehouse/iam-names';
// What "Create role" collects, as domain values, and AWS's rules for the name, description and session duration.
import { initialTrustedEntity, type TrustedEntity } from './trusted-entity';

export interface RoleTag {
  key: string;
  value: string;
}

export interface CreateRoleState {
  trustedEntity: TrustedEntity;
  /** Managed policies attached right after the role is created (AWS's console makes the same AttachRolePolicy calls). */
  policyArns: string[];
  roleName: string;
  description: string;
  /** Seconds. */
  maxSessionDuration: number;
  tags: RoleTag[];
}

export function initialCreateRoleState(): CreateRoleState {
  return { trustedEntity: initialTrustedEntity('service'), policyArns: [], roleName: '', description: '', maxSessionDuration: 3600, tags: [] };
}

/** AWS: 3,600 (the default) to 43,200 seconds; the console offers whole hours. */
export const MAX_SESSION_DURATIONS = [1, 2, 4, 8, 12].map((hours) => ({ seconds: hours * 3600, label: hours === 1 ? '1 hour' : `${hours} hours` }));

/** Why the name breaks AWS's rule for role names, or undefined when it keeps it. */
export function roleNameError(roleName: string): string | undefined {
  return nameViolation(nameRules.roleName, roleName);
}

/** AWS: up to 1,000 printable Latin-1 characters. */
export function roleDescriptionError(description: string): string | undefined {
  if (description.length > 1000) return 'The description can have up to 1,000 characters.';
  // AWS: tab, line breaks, printable ASCII and the Latin-1 supplement.
  if (!/^[\t\n\r\u0020-\u007E\u00A1-\u00FF]*$/.test(description)) return 'Use letters (A-Z and a-z), numbers (0-9), spaces and Latin-1 characters.';
  return undefined;
}
