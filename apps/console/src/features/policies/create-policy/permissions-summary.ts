// "Permissions defined in this policy": what each statement grants or denies, per service, in IAM's words.
import type { PolicyDraft } from '../policy-editor/model/draft';
import { describeServiceAccess, serviceAccess } from '../policy-editor/model/access-levels';

export interface PermissionsSummaryRow {
  effect: 'Allow' | 'Deny' | undefined;
  serviceName: string;
  accessLevel: string;
  resources: string;
  conditions: string;
}

export function permissionsSummary(draft: PolicyDraft): PermissionsSummaryRow[] {
  return draft.statements.flatMap((statement) => {
    const resources =
      statement.resources === undefined
        ? 'Not applicable'
        : statement.resources.includes('*')
          ? 'All resources'
          : statement.resources.length === 0
            ? 'None'
            : statement.resources.join(', ');
    const conditions =
      statement.conditions.length === 0 ? 'None' : statement.conditions.map((c) => `${c.operator} ${c.key}`).join('; ');
    return serviceAccess(statement.actions ?? []).map((access) => ({
      effect: statement.effect,
      serviceName: access.serviceName,
      accessLevel: describeServiceAccess(access),
      resources,
      conditions,
    }));
  });
}
