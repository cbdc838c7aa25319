import type { RequestContext as ConditionKeys } from '@gatehouse/evaluator';
import type { IamOperationOptions } from '../../authz/iam-operation';
import { requestTagConditionKeys } from './tag-condition-keys';

type TaggedInput<TInput> = { input: TInput & { tags?: readonly { key: string; value: string }[] | null } };

/**
 * AWS: creating a resource with tags also needs the tagging action on it (CreateUser with Tags needs iam:TagUser),
 * so that whoever may not tag cannot tag by creating, and both actions see the tags as `aws:RequestTag/…` and
 * `aws:TagKeys`. An empty tag list tags nothing and needs nothing more. `otherKeys` adds the create's other condition
 * keys (`iam:PermissionsBoundary`).
 */
export function createWithTags<TInput extends object>(
  tagAction: `iam:Tag${string}`,
  otherKeys: (input: TInput) => ConditionKeys = () => ({}),
): IamOperationOptions<TaggedInput<TInput>> {
  return {
    alsoRequires: [{ action: tagAction, when: (args) => (args.input.tags?.length ?? 0) > 0 }],
    requestConditionKeys: (args) => ({ ...otherKeys(args.input), ...requestTagConditionKeys(args.input.tags) }),
  };
}
