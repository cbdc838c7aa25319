// The IAM console's "Delete policy": AWS's DeletePolicy refuses (DeleteConflict) while the policy is attached or has
// versions besides the default, so the console detaches it and deletes those versions first, as AWS's console does.
import type { Client, CombinedError } from '@urql/core';
import {
  DeletePolicyMutation,
  DeletePolicyVersionMutation,
  DetachGroupPolicyMutation,
  DetachRolePolicyMutation,
  DetachUserPolicyMutation,
  ListEntitiesForPolicyQuery,
  ListPolicyVersionSummariesQuery,
} from '../policies.documents';

/** Detaches the policy from every user, group and role, deletes its non-default versions, then deletes it; stops at the first failure. */
export async function deletePolicyWithAttachments(client: Client, policyArn: string): Promise<CombinedError | undefined> {
  // Each pass detaches one page of entities; the next pass reads the first page again until none are left.
  const detached = new Set<string>();
  for (;;) {
    const listed = await client.query(ListEntitiesForPolicyQuery, { policyArn }, { requestPolicy: 'network-only' }).toPromise();
    if (listed.error) return listed.error;
    const entities = listed.data!.listEntitiesForPolicy;
    const detaches = [
      ...entities.policyUsers.edges.map(({ node }) => ({ arn: node.arn, detach: () => client.mutation(DetachUserPolicyMutation, { input: { policyArn, userName: node.userName } }) })),
      ...entities.policyGroups.edges.map(({ node }) => ({ arn: node.arn, detach: () => client.mutation(DetachGroupPolicyMutation, { input: { policyArn, groupName: node.groupName } }) })),
      ...entities.policyRoles.edges.map(({ node }) => ({ arn: node.arn, detach: () => client.mutation(DetachRolePolicyMutation, { input: { policyArn, roleName: node.roleName } }) })),
    ];
    // An entity listed again after its detach succeeded would loop forever: DeletePolicy then names the conflict.
    if (detaches.length === 0 || detaches.some(({ arn }) => detached.has(arn))) break;
    for (const { arn, detach } of detaches) {
      const { error } = await detach().toPromise();
      if (error) return error;
      detached.add(arn);
    }
  }

  const versions = await client.query(ListPolicyVersionSummariesQuery, { policyArn }, { requestPolicy: 'network-only' }).toPromise();
  if (versions.error) return versions.error;
  for (const { node } of versions.data!.listPolicyVersions.edges.filter(({ node }) => !node.isDefaultVersion)) {
    const { error } = await client.mutation(DeletePolicyVersionMutation, { input: { policyArn, versionId: node.versionId } }).toPromise();
    if (error) return error;
  }

  // DeletePolicy answers a Boolean, which names no type: the lists holding the policy are told to refetch.
  return (await client.mutation(DeletePolicyMutation, { input: { policyArn } }, { additionalTypenames: ['Policy'] }).toPromise()).error;
}
