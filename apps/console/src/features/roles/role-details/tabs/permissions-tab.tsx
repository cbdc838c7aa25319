'use client';

import { IdentityPoliciesTab } from '../../../identity-permissions/identity-policies-tab';
import { rolePolicyOwner } from '../../../identity-permissions/permission-owner';
import { PermissionsBoundaryContainer } from '../../../identity-permissions/permissions-boundary-container';
import type { RoleDetails } from '../role-details';

/** The role's managed and inline permissions policies and its permissions boundary, all editable as for groups and users. */
export function PermissionsTab({ role, onChanged }: { role: RoleDetails; onChanged: () => void }) {
  return (
    <IdentityPoliciesTab
      owner={rolePolicyOwner}
      name={role.roleName}
      attachedPolicies={role.attachedPolicies}
      onAttachmentsChanged={onChanged}
      attachedDescription="Sessions of this role get these permissions. You can attach up to 10 managed policies."
    >
      <PermissionsBoundaryContainer
        owner={rolePolicyOwner}
        name={role.roleName}
        permissionsBoundaryArn={role.permissionsBoundary?.permissionsBoundaryArn}
        onChanged={onChanged}
      />
    </IdentityPoliciesTab>
  );
}
