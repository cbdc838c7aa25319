// What saving the tag editor means in AWS calls: Untag<Resource> for removed keys, Tag<Resource> for new or changed values.
import type { TagEditorProps } from '@cloudscape-design/components/tag-editor';

export interface TagChanges {
  removedKeys: string[];
  upserted: Array<{ key: string; value: string }>;
}

export function tagChanges(stored: ReadonlyArray<{ key: string; value: string }>, edited: readonly TagEditorProps.Tag[]): TagChanges {
  const kept = edited.filter((tag) => !tag.markedForRemoval && tag.key.trim() !== '');
  const keptKeys = new Set(kept.map((tag) => tag.key));
  return {
    // A renamed existing tag is a removal of the old key and a new tag under the new one.
    removedKeys: stored.filter((tag) => !keptKeys.has(tag.key)).map((tag) => tag.key),
    upserted: kept
      .filter((tag) => stored.find((s) => s.key === tag.key)?.value !== (tag.value ?? ''))
      .map((tag) => ({ key: tag.key, value: tag.value ?? '' })),
  };
}
