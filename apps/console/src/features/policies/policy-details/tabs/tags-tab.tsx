'use client';

import { useMutation } from 'urql';
import { ResourceTagsEditor } from '../../../../components/tags/resource-tags-editor';
import type { TagChanges } from '../../../../components/tags/tag-changes';
import { TagPolicyMutation, UntagPolicyMutation } from '../../policies.documents';
import type { PolicyDetails } from '../policy-details';

/** The customer managed policy's tags: removed keys go through UntagPolicy, new and changed ones through TagPolicy. */
export function TagsTab({ policy, onSaved }: { policy: PolicyDetails; onSaved: () => void }) {
  const [, tagPolicy] = useMutation(TagPolicyMutation);
  const [, untagPolicy] = useMutation(UntagPolicyMutation);
  const save = async ({ removedKeys, upserted }: TagChanges) => {
    const untagged = removedKeys.length > 0 ? await untagPolicy({ input: { policyArn: policy.arn, tagKeys: removedKeys } }) : undefined;
    if (untagged?.error) return untagged.error;
    const tagged = upserted.length > 0 ? await tagPolicy({ input: { policyArn: policy.arn, tags: upserted } }) : undefined;
    return tagged?.error;
  };
  return <ResourceTagsEditor resourceName={policy.policyName} tags={policy.tags} save={save} onSaved={onSaved} />;
}
