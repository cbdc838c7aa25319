'use client';

import { useMutation } from 'urql';
import { ResourceTagsEditor } from '../../../../components/tags/resource-tags-editor';
import type { TagChanges } from '../../../../components/tags/tag-changes';
import { TagRoleMutation, UntagRoleMutation } from '../../roles.documents';
import type { RoleDetails } from '../role-details';

/** The role's tags: removed keys go through UntagRole, new and changed ones through TagRole. */
export function TagsTab({ role, onSaved }: { role: RoleDetails; onSaved: () => void }) {
  const [, tagRole] = useMutation(TagRoleMutation);
  const [, untagRole] = useMutation(UntagRoleMutation);
  const save = async ({ removedKeys, upserted }: TagChanges) => {
    const untagged = removedKeys.length > 0 ? await untagRole({ input: { roleName: role.roleName, tagKeys: removedKeys } }) : undefined;
    if (untagged?.error) return untagged.error;
    const tagged = upserted.length > 0 ? await tagRole({ input: { roleName: role.roleName, tags: upserted } }) : undefined;
    return tagged?.error;
  };
  return <ResourceTagsEditor resourceName={role.roleName} tags={role.tags} save={save} onSaved={onSaved} />;
}
