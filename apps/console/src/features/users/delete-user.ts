// AWS's console deletes a user together with what would block DeleteUser (DeleteConflict): group memberships, the
// console password, access keys and MFA devices. The user is deleted last, so a failure leaves the user in place.
import type { Client, CombinedError } from '@urql/core';
import {
  AccessKeysQuery,
  DeactivateMfaDeviceMutation,
  DeleteAccessKeyMutation,
  DeleteLoginProfileMutation,
  DeleteUserMutation,
  DeleteVirtualMfaDeviceMutation,
  GroupsForUserQuery,
  LoginProfileQuery,
  MfaDevicesQuery,
  RemoveUserFromGroupMutation,
} from './users.documents';

function isNoSuchEntity(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors[0]?.extensions?.code === 'NoSuchEntity';
}

/** Resolves with the first error the API answered, or undefined once the user is deleted. */
export async function deleteUser(client: Client, userName: string): Promise<CombinedError | undefined> {
  const fresh = { requestPolicy: 'network-only' } as const;

  const groups = await client.query(GroupsForUserQuery, { userName }, fresh).toPromise();
  if (groups.error) return groups.error;
  for (const { node } of groups.data?.listGroupsForUser.edges ?? []) {
    const removed = await client.mutation(RemoveUserFromGroupMutation, { input: { userName, groupName: node.groupName } }).toPromise();
    if (removed.error) return removed.error;
  }

  const loginProfile = await client.query(LoginProfileQuery, { userName }, fresh).toPromise();
  if (loginProfile.error && !isNoSuchEntity(loginProfile.error)) return loginProfile.error;
  if (loginProfile.data) {
    const deleted = await client.mutation(DeleteLoginProfileMutation, { input: { userName } }).toPromise();
    if (deleted.error) return deleted.error;
  }

  const accessKeys = await client.query(AccessKeysQuery, { userName }, fresh).toPromise();
  if (accessKeys.error) return accessKeys.error;
  for (const { node } of accessKeys.data?.listAccessKeys.edges ?? []) {
    const deleted = await client.mutation(DeleteAccessKeyMutation, { input: { userName, accessKeyId: node.accessKeyId } }).toPromise();
    if (deleted.error) return deleted.error;
  }

  const mfaDevices = await client.query(MfaDevicesQuery, { userName }, fresh).toPromise();
  if (mfaDevices.error) return mfaDevices.error;
  for (const { node } of mfaDevices.data?.listMFADevices.edges ?? []) {
    const deactivated = await client.mutation(DeactivateMfaDeviceMutation, { input: { userName, serialNumber: node.serialNumber } }).toPromise();
    if (deactivated.error) return deactivated.error;
    const deleted = await client.mutation(DeleteVirtualMfaDeviceMutation, { input: { serialNumber: node.serialNumber } }).toPromise();
    if (deleted.error) return deleted.error;
  }

  const deleted = await client.mutation(DeleteUserMutation, { input: { userName } }).toPromise();
  return deleted.error;
}
