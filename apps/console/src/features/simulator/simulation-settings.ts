// What the simulator asks for, as domain values, and the simulatePrincipalPolicy / simulateCustomPolicy input it makes.
import { awsCatalog, type Catalog, type ConditionKeyType } from '@gatehouse/evaluator/catalog';
import type { ContextKeyTypeEnum, SimulateCustomPolicyInput, SimulatePrincipalPolicyInput } from '../../gql/graphql';

export interface ContextEntryDraft {
  id: string;
  contextKeyName: string;
  contextKeyType: ContextKeyTypeEnum;
  /** As typed: comma-separated for the list types. */
  values: string;
}

export interface SimulationSettings {
  /** The user, group or role whose policies are simulated; null: only the pasted policies. */
  policySourceArn: string | null;
  /** Policies pasted as JSON, simulated in addition to (or instead of) the principal's. */
  policyInputList: string[];
  actionNames: string[];
  resourceArns: string[];
  contextEntries: ContextEntryDraft[];
  /** A boundary document to simulate with, replacing the principal's stored one; blank: none (or the stored one). */
  permissionsBoundary: string;
  /** A resource-based policy attached to every simulated resource; blank: none. */
  resourcePolicy: string;
  /** Who makes the request; blank: the principal simulated (or, for pasted policies only, an IAM user of the account). */
  callerArn: string;
  /** The 12-digit account that owns the resources; blank: the caller's account. */
  resourceOwner: string;
  /** The principal's policies unticked to test without them, by `governingPolicyKey`. */
  excludedPolicies: string[];
}

/** What the simulator read of the principal chosen: the documents in force, its boundary and its tags. */
export interface GoverningPolicies {
  identityPolicies: ReadonlyArray<{ policyName: string; policyArn?: string | null; groupName?: string | null; policyDocument: string }>;
  permissionsBoundary?: { policyArn?: string | null; policyName: string; policyDocument: string } | null;
  tags: ReadonlyArray<{ key: string; value: string }>;
}

/** One policy of the principal's, told apart from the same managed policy reached through another group. */
export function governingPolicyKey(policy: GoverningPolicies['identityPolicies'][number]): string {
  return `${policy.groupName ?? ''}|${policy.policyArn ?? `inline:${policy.policyName}`}`;
}

/** The settings a fresh simulator opens with. */
export function initialSimulationSettings(): SimulationSettings {
  return { policySourceArn: null, policyInputList: [], actionNames: [], resourceArns: ['*'], contextEntries: [], permissionsBoundary: '', resourcePolicy: '', callerArn: '', resourceOwner: '', excludedPolicies: [] };
}

export type SimulationRequest =
  | { kind: 'principal'; input: SimulatePrincipalPolicyInput }
  | { kind: 'custom'; input: SimulateCustomPolicyInput }
  | { kind: 'incomplete'; problems: string[] };

/**
 * The request to send, or what is missing before one can be sent. With some of the principal's policies unticked, it
 * is what AWS's console sends then: simulateCustomPolicy over the documents still ticked, with the principal's
 * boundary, its tags as `aws:PrincipalTag/…` context and, for a user, the user as the caller.
 */
export function simulationRequest(settings: SimulationSettings, governing?: GoverningPolicies): SimulationRequest {
  if (settings.policySourceArn && settings.excludedPolicies.length > 0 && governing) {
    return withoutExcludedPolicies(settings, settings.policySourceArn, governing);
  }
  const policies = settings.policyInputList.map((p) => p.trim()).filter((p) => p.length > 0);
  const problems: string[] = [];
  if (!settings.policySourceArn && policies.length === 0) problems.push('Choose a user, group or role, or add a policy.');
  if (settings.actionNames.length === 0) problems.push('Choose at least one action.');
  const unnamedKey = settings.contextEntries.some((entry) => entry.contextKeyName.trim() === '');
  if (unnamedKey) problems.push('Enter a name for every context key.');
  const permissionsBoundary = settings.permissionsBoundary.trim();
  const resourcePolicy = settings.resourcePolicy.trim();
  const callerArn = settings.callerArn.trim();
  const resourceOwner = settings.resourceOwner.trim();
  // AWS: the resource policy's Principal is matched against CallerArn, which defaults only to a user simulated as.
  const userSource = settings.policySourceArn !== null && /^arn:[\w-]+:iam::\d{12}:user\//.test(settings.policySourceArn);
  if (resourcePolicy && !callerArn && !userSource) problems.push('Enter a caller ARN: a resource-based policy is matched against it.');
  if (callerArn && !/^arn:[\w-]+:(iam|sts)::\d{12}:.+/.test(callerArn)) problems.push('The caller ARN must be the ARN of an IAM user, role or assumed-role session.');
  if (resourceOwner && !/^\d{12}$/.test(resourceOwner)) problems.push('The resource owner must be a 12-digit account ID.');
  if (problems.length > 0) return { kind: 'incomplete', problems };

  const resourceArns = settings.resourceArns.map((arn) => arn.trim()).filter((arn) => arn.length > 0);
  const common = {
    actionNames: settings.actionNames,
    resourceArns: resourceArns.length > 0 ? resourceArns : ['*'],
    ...(settings.contextEntries.length > 0 ? { contextEntries: settings.contextEntries.map(contextEntryInput) } : {}),
    ...(permissionsBoundary ? { permissionsBoundaryPolicyInputList: [permissionsBoundary] } : {}),
    ...(resourcePolicy ? { resourcePolicy } : {}),
    ...(callerArn ? { callerArn } : {}),
    ...(resourceOwner ? { resourceOwner } : {}),
  };
  if (settings.policySourceArn) {
    return { kind: 'principal', input: { ...common, policySourceArn: settings.policySourceArn, ...(policies.length > 0 ? { policyInputList: policies } : {}) } };
  }
  return { kind: 'custom', input: { ...common, policyInputList: policies } };
}

function withoutExcludedPolicies(settings: SimulationSettings, policySourceArn: string, governing: GoverningPolicies): SimulationRequest {
  const ticked = governing.identityPolicies.filter((policy) => !settings.excludedPolicies.includes(governingPolicyKey(policy)));
  const user = /^arn:[\w-]+:iam::\d{12}:user\//.test(policySourceArn);
  const named = new Set(settings.contextEntries.map((entry) => entry.contextKeyName.trim().toLowerCase()));
  const tagEntries: ContextEntryDraft[] = governing.tags
    .filter((tag) => !named.has(`aws:principaltag/${tag.key.toLowerCase()}`))
    .map((tag) => ({ id: `tag-${tag.key}`, contextKeyName: `aws:PrincipalTag/${tag.key}`, contextKeyType: 'string', values: tag.value }));
  if (ticked.length === 0 && settings.policyInputList.every((p) => p.trim() === '')) {
    return { kind: 'incomplete', problems: ['Tick at least one of the policies, or add a policy.'] };
  }
  return simulationRequest({
      ...settings,
      policySourceArn: null,
      excludedPolicies: [],
      policyInputList: [...ticked.map((policy) => policy.policyDocument), ...settings.policyInputList],
      permissionsBoundary: settings.permissionsBoundary.trim() || (governing.permissionsBoundary?.policyDocument ?? ''),
      callerArn: settings.callerArn.trim() || (user ? policySourceArn : ''),
      contextEntries: [...settings.contextEntries, ...tagEntries],
  });
}

function contextEntryInput(entry: ContextEntryDraft) {
  const list = entry.contextKeyType.endsWith('List');
  const values = list ? entry.values.split(',').map((v) => v.trim()).filter((v) => v.length > 0) : [entry.values.trim()];
  return { contextKeyName: entry.contextKeyName.trim(), contextKeyType: entry.contextKeyType, contextKeyValues: values };
}

const CONTEXT_KEY_TYPES: Record<ConditionKeyType, ContextKeyTypeEnum> = {
  String: 'string',
  ArrayOfString: 'stringList',
  ARN: 'string',
  ArrayOfARN: 'stringList',
  Numeric: 'numeric',
  ArrayOfNumeric: 'numericList',
  Date: 'date',
  ArrayOfDate: 'dateList',
  Bool: 'boolean',
  ArrayOfBool: 'booleanList',
  IPAddress: 'ip',
  ArrayOfIPAddress: 'ipList',
  Binary: 'binary',
  ArrayOfBinary: 'binaryList',
};

/** The simulator's type for a condition key the catalog knows (`aws:SourceIp` → ip); `string` otherwise. */
export function contextKeyTypeFor(contextKeyName: string, catalog: Catalog = awsCatalog): ContextKeyTypeEnum {
  const key = catalog.getConditionKey(contextKeyName);
  return key ? CONTEXT_KEY_TYPES[key.type] : 'string';
}
