'use client';

import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor, { type TagEditorProps } from '@cloudscape-design/components/tag-editor';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { ApiErrorFlashbar } from '../api-error/api-error-flashbar';
import { useNotifications } from '../console-layout/notifications';
import { tagChanges, type TagChanges } from './tag-changes';

/** AWS: up to 50 tags on a user, role or managed policy. */
const TAG_LIMIT = 50;

/**
 * A resource's Tags tab, edited in place: `save` sends the removed keys (Untag*) and then the new and changed
 * values (Tag*) and answers the first failure. Mount it with a `key` of the stored tags so a save starts afresh.
 */
export function ResourceTagsEditor({
  resourceName,
  tags: stored,
  save,
  onSaved,
}: {
  /** How the resource is named in the success and failure messages, e.g. `ReportsReader`. */
  resourceName: string;
  tags: ReadonlyArray<{ key: string; value: string }>;
  save: (changes: TagChanges) => Promise<CombinedError | undefined>;
  onSaved: () => void;
}) {
  const { notify } = useNotifications();
  const [tags, setTags] = useState<TagEditorProps.Tag[]>(() => stored.map((tag) => ({ ...tag, existing: true })));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const changes = tagChanges(stored, tags);

  const saveChanges = async () => {
    setSaving(true);
    const failure = await save(changes);
    setSaving(false);
    setError(failure);
    if (failure) return;
    notify({ type: 'success', content: `Tags of ${resourceName} saved.` });
    onSaved();
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources."
          actions={
            <Button variant="primary" loading={saving} disabled={changes.removedKeys.length === 0 && changes.upserted.length === 0} onClick={() => void saveChanges()}>
              Save changes
            </Button>
          }
        >
          Tags ({stored.length})
        </Header>
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo={`save the tags of ${resourceName}`} />}
        <TagEditor tags={tags} tagLimit={TAG_LIMIT} onChange={({ detail }) => setTags([...detail.tags])} />
      </SpaceBetween>
    </Container>
  );
}
