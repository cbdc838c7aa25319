import type { RequestContext as ConditionKeys } from '@gatehouse/evaluator';

/**
 * AWS: a request that sets a permissions boundary (PutUserPermissionsBoundary, CreateUser with PermissionsBoundary…)
 * is evaluated with `iam:PermissionsBoundary`, the policy's ARN: how an administrator lets others create users only
 * under a given boundary.
 */
export function permissionsBoundaryConditionKeys(permissionsBoundary: string | null | undefined): ConditionKeys {
  return permissionsBoundary ? { 'iam:PermissionsBoundary': permissionsBoundary } : {};
}
