import type { ConditionalAction } from '../../authz/iam-operation';

/**
 * AWS: creating a resource with tags also needs the tagging action on it (CreateUser with Tags needs iam:TagUser),
 * so that whoever may not tag cannot tag by creating. An empty tag list tags nothing and needs nothing more.
 */
export function tagOnCreate(action: `iam:Tag${string}`): ConditionalAction<{ input: { tags?: readonly unknown[] | null } }> {
  return { action, when: (args) => (args.input.tags?.length ?? 0) > 0 };
}
