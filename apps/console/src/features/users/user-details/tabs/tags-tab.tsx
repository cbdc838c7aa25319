'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TagEditor, { type TagEditorProps } from '@cloudscape-design/components/tag-editor';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../../../components/api-error/api-error-flashbar';
import { TagUserMutation, UntagUserMutation } from '../../users.documents';
import { ModalFooter } from '../../../../components/modal-footer';

interface Tag {
  key: string;
  value: string;
}

/** The edits to send: keys removed (UntagUser), then keys added or changed (TagUser). */
function tagChanges(before: readonly Tag[], rows: readonly TagEditorProps.Tag[]) {
  const kept = rows.filter((row) => !row.markedForRemoval && row.key !== '');
  const keptKeys = new Set(kept.map((row) => row.key));
  const removedKeys = before.filter((tag) => !keptKeys.has(tag.key)).map((tag) => tag.key);
  const changed = kept
    .filter((row) => before.find((tag) => tag.key === row.key)?.value !== row.value)
    .map(({ key, value }) => ({ key, value }));
  return { removedKeys, changed };
}

function ManageTagsModal({ userName, tags, visible, onDismiss }: { userName: string; tags: readonly Tag[]; visible: boolean; onDismiss: () => void }) {
  const client = useClient();
  const [rows, setRows] = useState<readonly TagEditorProps.Tag[]>(() => tags.map((tag) => ({ ...tag, existing: true })));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();

  const save = async () => {
    setSaving(true);
    setError(undefined);
    const { removedKeys, changed } = tagChanges(tags, rows);
    const untagged = removedKeys.length > 0 ? await client.mutation(UntagUserMutation, { input: { userName, tagKeys: removedKeys } }).toPromise() : undefined;
    const tagged = !untagged?.error && changed.length > 0 ? await client.mutation(TagUserMutation, { input: { userName, tags: changed } }).toPromise() : undefined;
    setSaving(false);
    const failed = untagged?.error ?? tagged?.error;
    if (failed) setError(failed);
    else onDismiss();
  };

  return (
    <Modal
      visible={visible}
      onDismiss={onDismiss}
      size="large"
      header="Manage tags"
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Save changes" onAction={() => void save()} loading={saving} />
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo="save the tags" />}
        <TagEditor tags={rows} tagLimit={50} onChange={({ detail }) => setRows(detail.tags)} />
      </SpaceBetween>
    </Modal>
  );
}

export function TagsTab({ userName, tags }: { userName: string; tags: readonly Tag[] }) {
  const [manageVisible, setManageVisible] = useState(false);
  return (
    <>
      <Table<Tag>
        items={[...tags]}
        header={
          <Header counter={`(${tags.length})`} actions={<Button onClick={() => setManageVisible(true)}>Manage tags</Button>}>
            Tags
          </Header>
        }
        columnDefinitions={[
          { id: 'key', header: 'Key', cell: (tag) => tag.key, isRowHeader: true },
          { id: 'value', header: 'Value', cell: (tag) => tag.value || '-' },
        ]}
        empty={<Box textAlign="center">No tags associated with the resource.</Box>}
      />
      {manageVisible && <ManageTagsModal userName={userName} tags={tags} visible onDismiss={() => setManageVisible(false)} />}
    </>
  );
}
