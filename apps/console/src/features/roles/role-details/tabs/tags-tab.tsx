'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor, { type TagEditorProps } from '@cloudscape-design/components/tag-editor';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../../components/console-layout/notifications';
import { TagRoleMutation, UntagRoleMutation } from '../../roles.documents';
import type { RoleDetails } from '../role-details';
import { tagChanges } from './tag-changes';

/** AWS: up to 50 tags on a role. */
const TAG_LIMIT = 50;

/** The role's tags, edited in place: removed keys go through UntagRole, new and changed ones through TagRole. */
export function TagsTab({ role, onSaved }: { role: RoleDetails; onSaved: () => void }) {
  const { notify } = useNotifications();
  const [tags, setTags] = useState<TagEditorProps.Tag[]>(() => role.tags.map((tag) => ({ ...tag, existing: true })));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const [, tagRole] = useMutation(TagRoleMutation);
  const [, untagRole] = useMutation(UntagRoleMutation);
  const changes = tagChanges(role.tags, tags);

  const save = async () => {
    setSaving(true);
    const untagged = changes.removedKeys.length > 0 ? await untagRole({ input: { roleName: role.roleName, tagKeys: changes.removedKeys } }) : undefined;
    const tagged = !untagged?.error && changes.upserted.length > 0 ? await tagRole({ input: { roleName: role.roleName, tags: changes.upserted } }) : undefined;
    setSaving(false);
    const failure = untagged?.error ?? tagged?.error;
    setError(failure);
    if (failure) return;
    notify({ type: 'success', content: `Tags of ${role.roleName} saved.` });
    onSaved();
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources."
          actions={
            <Button variant="primary" loading={saving} disabled={changes.removedKeys.length === 0 && changes.upserted.length === 0} onClick={() => void save()}>
              Save changes
            </Button>
          }
        >
          Tags ({role.tags.length})
        </Header>
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo={`save the tags of ${role.roleName}`} />}
        <TagEditor tags={tags} tagLimit={TAG_LIMIT} onChange={({ detail }) => setTags([...detail.tags])} />
      </SpaceBetween>
    </Container>
  );
}
