// "Edit" on a role's Summary: the description and the maximum session duration, as domain values, and the UpdateRole input they make.
import type { UpdateRoleInput } from '../../../gql/graphql';
import { MAX_SESSION_DURATIONS, roleDescriptionError } from '../create-role/create-role-state';

export interface EditRoleDraft {
  description: string;
  /** Seconds of one of the console's whole-hour choices, or `custom` for any other duration AWS accepts. */
  duration: number | 'custom';
  /** Seconds, as typed, when `duration` is `custom`. */
  customSeconds: string;
}

/** The draft a role opens with: a duration that is not a whole-hour choice (set through the API) shows as custom. */
export function editRoleDraft(role: { description?: string | null; maxSessionDuration: number }): EditRoleDraft {
  const preset = MAX_SESSION_DURATIONS.some((choice) => choice.seconds === role.maxSessionDuration);
  return { description: role.description ?? '', duration: preset ? role.maxSessionDuration : 'custom', customSeconds: String(role.maxSessionDuration) };
}

/** AWS UpdateRole: MaxSessionDuration from 3,600 to 43,200 seconds. */
export function customDurationError(customSeconds: string): string | undefined {
  const seconds = Number(customSeconds);
  if (!/^\d+$/.test(customSeconds.trim()) || seconds < 3600 || seconds > 43200) return 'Enter a whole number of seconds from 3,600 (1 hour) to 43,200 (12 hours).';
  return undefined;
}

export type EditRoleRequest = { kind: 'invalid'; descriptionError?: string; durationError?: string } | { kind: 'valid'; input: UpdateRoleInput };

/** The UpdateRole input for the draft, or the errors to show beside its fields. */
export function updateRoleRequest(roleName: string, draft: EditRoleDraft): EditRoleRequest {
  const descriptionError = roleDescriptionError(draft.description);
  const durationError = draft.duration === 'custom' ? customDurationError(draft.customSeconds) : undefined;
  if (descriptionError || durationError) return { kind: 'invalid', descriptionError, durationError };
  const maxSessionDuration = draft.duration === 'custom' ? Number(draft.customSeconds.trim()) : draft.duration;
  return { kind: 'valid', input: { roleName, description: draft.description, maxSessionDuration } };
}

/** "1 hour", "4 hours", "1 hour 30 minutes": a maximum session duration as the role Summary shows it. */
export function sessionDurationText(seconds: number): string {
  const parts: Array<[number, string]> = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, unit]) => `${count} ${unit}${count === 1 ? '' : 's'}`)
    .join(' ');
}
