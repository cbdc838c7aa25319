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
}

/** The settings a fresh simulator opens with. */
export function initialSimulationSettings(): SimulationSettings {
  return { policySourceArn: null, policyInputList: [], actionNames: [], resourceArns: ['*'], contextEntries: [], permissionsBoundary: '', resourcePolicy: '', callerArn: '', resourceOwner: '' };
}

export type SimulationRequest =
  | { kind: 'principal'; input: SimulatePrincipalPolicyInput }
  | { kind: 'custom'; input: SimulateCustomPolicyInput }
  | { kind: 'incomplete'; problems: string[] };

/** The request to send, or what is missing before one can be sent. */
export function simulationRequest(settings: SimulationSettings): SimulationRequest {
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
