'use client';

import { useMutation } from 'urql';
import { ResourceTagsEditor } from '../../../components/tags/resource-tags-editor';
import type { TagChanges } from '../../../components/tags/tag-changes';
import { TagOpenIdConnectProviderMutation, UntagOpenIdConnectProviderMutation } from '../identity-providers.documents';

/** The provider's tags: removed keys through UntagOpenIDConnectProvider, new and changed ones through Tag…. */
export function ProviderTagsTab({ provider, onSaved }: { provider: { arn: string; url: string; tags: { key: string; value: string }[] }; onSaved: () => void }) {
  const [, tagProvider] = useMutation(TagOpenIdConnectProviderMutation);
  const [, untagProvider] = useMutation(UntagOpenIdConnectProviderMutation);
  const save = async ({ removedKeys, upserted }: TagChanges) => {
    const untagged = removedKeys.length > 0 ? await untagProvider({ input: { openIDConnectProviderArn: provider.arn, tagKeys: removedKeys } }) : undefined;
    if (untagged?.error) return untagged.error;
    const tagged = upserted.length > 0 ? await tagProvider({ input: { openIDConnectProviderArn: provider.arn, tags: upserted } }) : undefined;
    return tagged?.error;
  };
  return <ResourceTagsEditor resourceName={provider.url} tags={provider.tags} save={save} onSaved={onSaved} />;
}
