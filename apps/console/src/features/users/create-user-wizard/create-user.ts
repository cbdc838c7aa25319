// Create user, as the IAM console sends it: CreateUser (with tags and the permissions boundary), CreateLoginProfile,
// then the group memberships or the directly attached policies.
// The user exists after the first call; what fails later is reported on the result page without undoing the user,
// as AWS's console does.
import type { Client, CombinedError } from '@urql/core';
import { AttachUserPolicyMutation } from '../../policies/policies.documents';
import { AddUserToGroupMutation, CreateLoginProfileMutation, CreateUserMutation, GroupsForUserQuery } from '../users.documents';
import type { CreateUserState } from './wizard-state';

export interface CreateUserOutcome {
  userName: string;
  /** The console password, shown once on the result page. */
  password?: string;
  /** The step that failed, if any, with the API's error. */
  failure?: { step: string; error: CombinedError };
}

/** The groups the new user joins: the chosen ones, or those of the user whose permissions are copied. */
async function groupsToJoin(client: Client, state: CreateUserState): Promise<{ groupNames: string[] } | { error: CombinedError }> {
  if (state.permissionsOption === 'groups') return { groupNames: state.groupNames };
  if (state.permissionsOption === 'copy' && state.copyFromUserName) {
    const groups = await client.query(GroupsForUserQuery, { userName: state.copyFromUserName }, { requestPolicy: 'network-only' }).toPromise();
    if (groups.error) return { error: groups.error };
    return { groupNames: groups.data?.listGroupsForUser.edges.map((edge) => edge.node.groupName) ?? [] };
  }
  return { groupNames: [] };
}

export async function createUser(client: Client, state: CreateUserState, password: string | undefined): Promise<CreateUserOutcome | { error: CombinedError }> {
  const { userName } = state;
  const created = await client
    .mutation(CreateUserMutation, {
      input: {
        userName,
        tags: state.tags.length > 0 ? state.tags : undefined,
        permissionsBoundary: state.useBoundary && state.permissionsBoundaryArn ? state.permissionsBoundaryArn : undefined,
      },
    })
    .toPromise();
  if (created.error) return { error: created.error };

  if (password !== undefined) {
    const profile = await client
      .mutation(CreateLoginProfileMutation, { input: { userName, password, passwordResetRequired: state.passwordResetRequired } })
      .toPromise();
    if (profile.error) return { userName, failure: { step: 'Set the console password', error: profile.error } };
  }

  const groups = await groupsToJoin(client, state);
  if ('error' in groups) return { userName, password, failure: { step: 'Read the groups to copy', error: groups.error } };
  for (const groupName of groups.groupNames) {
    const added = await client.mutation(AddUserToGroupMutation, { input: { userName, groupName } }).toPromise();
    if (added.error) return { userName, password, failure: { step: `Add to group ${groupName}`, error: added.error } };
  }
  const policyArns = state.permissionsOption === 'policies' ? state.policyArns : [];
  for (const policyArn of policyArns) {
    const attached = await client.mutation(AttachUserPolicyMutation, { input: { userName, policyArn } }).toPromise();
    if (attached.error) return { userName, password, failure: { step: `Attach policy ${policyArn}`, error: attached.error } };
  }
  return { userName, password };
}
