import { authorizeEach } from './authorize-each';
import type { IamOperationTarget, OperationAccess } from './iam-operation';
import { refuseSessionTokenWithoutMfa } from './session-token-without-mfa';

/**
 * An operation's IAM declaration applied to one call: the session-token rule, then the caller evaluated for the
 * action on each resource ARN the declaration names, and for each conditional action the request calls for
 * (`alsoRequires`); the first denial is thrown as AWS's AccessDenied. The GraphQL middleware and the JSON protocol's
 * endpoint both authorize through it.
 */
export async function authorizeOperation(access: Extract<OperationAccess, { kind: 'iam' }>, target: IamOperationTarget<any, any>): Promise<void> {
  const { args, caller, ctx } = target;
  refuseSessionTokenWithoutMfa(caller, access.action);
  const requirements = [{ action: access.action, resourceArn: access.resourceArn, context: undefined }, ...(access.alsoRequires ?? []).filter((conditional) => conditional.when?.(args) ?? true)];
  const requestKeys = access.requestConditionKeys?.(args);
  for (const requirement of requirements) {
    const resourceArns = await (requirement.resourceArn ?? access.resourceArn)(target);
    await authorizeEach(
      ctx,
      caller,
      (typeof resourceArns === 'string' ? [resourceArns] : resourceArns).map((resourceArn) => ({
        action: requirement.action,
        resourceArn,
        ...(requestKeys || requirement.context ? { context: { ...requestKeys, ...requirement.context } } : {}),
      })),
    );
  }
}
