import type { PolicyDraft } from '../model/draft';

/** How statement parts change the policy: they hand the editor a pure edit from model/edits.ts. */
export type ApplyEdit = (edit: (draft: PolicyDraft) => PolicyDraft) => void;
