// "Permissions defined in this policy": what each statement grants or denies, per service, in IAM's words.
import type { PolicyDraft } from '../policy-editor/model/draft';
import { describeServiceAccess, serviceAccess } from '../policy-editor/model/access-levels';

export interface PermissionsSummaryRow {
  effect: 'Allow' | 'Deny' | undefined;
  serviceName: string;
  accessLevel: string;
  /** `All resources`, the ARNs, `None`, or `Not applicable` (trust policies have no Resource). */
  resources: string[];
  /** `Bool aws:SecureTransport`, one per operator and key. */
  conditions: string[];
}

export function permissionsSummary(draft: PolicyDraft): PermissionsSummaryRow[] {
  return draft.statements.flatMap((statement) => {
    const resources =
      statement.resources === undefined
        ? ['Not applicable']
        : statement.resources.includes('*')
          ? ['All resources']
          : statement.resources.length === 0
            ? ['None']
            : statement.resources;
    const conditions = statement.conditions.map((c) => `${c.operator} ${c.key}`);
    return serviceAccess(statement.actions ?? []).map((access) => ({
      effect: statement.effect,
      serviceName: access.serviceName,
      accessLevel: describeServiceAccess(access),
      resources,
      conditions,
    }));
  });
}
