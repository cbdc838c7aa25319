import { IamError } from '../errors/iam-error';

/** Something still attached to an entity being deleted, and what AWS tells the caller to do about it. */
export interface DeleteConflictReason {
  kind: string;
  step: string;
}

/**
 * AWS refuses to delete an entity that still has subordinate entities: the message names the first thing to
 * clear ("Cannot delete entity, must detach all policies first."), `extensions.conflicts` lists every kind.
 */
export function assertNoDeleteConflict(reasons: ReadonlyArray<DeleteConflictReason | false | null | undefined>): void {
  const conflicts = reasons.filter((reason): reason is DeleteConflictReason => Boolean(reason));
  const [first] = conflicts;
  if (first) {
    throw new IamError('DeleteConflict', `Cannot delete entity, must ${first.step} first.`, {
      conflicts: conflicts.map((conflict) => conflict.kind),
    });
  }
}
