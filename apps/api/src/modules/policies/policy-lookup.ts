import type { ManagedPolicy } from '@gatehouse/db';
import type { Tx } from '../../audit/audited-transaction';
import { IamError } from '../../errors/iam-error';

/** AWS's text for a policy ARN it cannot find or use: "Policy arn:aws:iam::123456789012:policy/x does not exist or is not attachable." */
export function noSuchPolicy(policyArn: string): IamError {
  return new IamError('NoSuchEntity', `Policy ${policyArn} does not exist or is not attachable.`);
}

/** A managed policy the account can use: its own customer managed policies and every AWS managed one. */
export async function requireVisiblePolicy(tx: Tx, accountId: string, policyArn: string): Promise<ManagedPolicy> {
  const policy = await tx.managedPolicy.findUnique({ where: { arn: policyArn } });
  if (!policy || (policy.accountId !== null && policy.accountId !== accountId)) throw noSuchPolicy(policyArn);
  return policy;
}

/** A policy the account may change: only its own customer managed policies (AWS managed ones belong to AWS). */
export async function requireCustomerPolicy(tx: Tx, accountId: string, policyArn: string): Promise<ManagedPolicy> {
  const policy = await tx.managedPolicy.findUnique({ where: { arn: policyArn } });
  // AWS refuses changes to its own policies even to an account's root user: they live in AWS's account.
  if (policy?.accountId === null) throw new IamError('AccessDenied', `Policy ${policyArn} is an AWS managed policy and cannot be changed.`);
  if (!policy || policy.accountId !== accountId) throw noSuchPolicy(policyArn);
  return policy;
}

/** A managed policy that can be attached or set as a permissions boundary. */
export async function requireAttachablePolicy(tx: Tx, accountId: string, policyArn: string): Promise<ManagedPolicy> {
  const policy = await requireVisiblePolicy(tx, accountId, policyArn);
  if (!policy.isAttachable) throw noSuchPolicy(policyArn);
  return policy;
}
