// An entity a managed policy is attached to, and the AWS operation that attaches or detaches it.
export type PolicyEntityType = 'User' | 'Group' | 'Role';

export interface PolicyEntity {
  type: PolicyEntityType;
  name: string;
}

/** A stable key for tables and selects: `Role/DevelopmentDeploy`. */
export function entityKey(entity: PolicyEntity): string {
  return `${entity.type}/${entity.name}`;
}

export function entityOfKey(key: string): PolicyEntity {
  const slash = key.indexOf('/');
  return { type: key.slice(0, slash) as PolicyEntityType, name: key.slice(slash + 1) };
}
