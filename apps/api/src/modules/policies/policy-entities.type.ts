import { ObjectType } from 'type-graphql';
import type { PolicyUsageType } from './policies.inputs';

/**
 * AWS ListEntitiesForPolicy's answer: the users, groups and roles of the caller's account that use a managed policy.
 * Each kind is its own connection (`policyUsers`, `policyGroups`, `policyRoles`), paged separately.
 */
@ObjectType({ description: 'The users, groups and roles that use a managed policy.' })
export class PolicyEntities {
  policyId!: string;
  accountId!: string;
  pathPrefix!: string | undefined;
  policyUsageFilter!: PolicyUsageType | undefined;
  /** Null: every kind; otherwise only that kind's list has entries (AWS EntityFilter). */
  entityFilter!: 'User' | 'Group' | 'Role' | undefined;
}
