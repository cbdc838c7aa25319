'use client';

import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import TagEditor, { type TagEditorProps } from '@cloudscape-design/components/tag-editor';
import { useState } from 'react';
import type { CreateUserState } from './wizard-state';

/** AWS: at most 50 tags per user. */
const TAGS_LIMIT = 50;

export function StepTags({ state, onChange }: { state: CreateUserState; onChange: (change: Partial<CreateUserState>) => void }) {
  // The editor keeps rows being typed or marked for removal; the wizard state holds only complete tags.
  const [rows, setRows] = useState<readonly TagEditorProps.Tag[]>(() => state.tags.map((tag) => ({ ...tag, existing: false })));
  return (
    <Container
      header={
        <Header variant="h2" description="Tags are key-value pairs that you can add to the user to identify, organize or search for it.">
          Tags - optional
        </Header>
      }
    >
      <TagEditor
        tags={rows}
        tagLimit={TAGS_LIMIT}
        onChange={({ detail }) => {
          setRows(detail.tags);
          onChange({ tags: detail.tags.filter((tag) => !tag.markedForRemoval && tag.key !== '').map(({ key, value }) => ({ key, value })) });
        }}
      />
    </Container>
  );
}
