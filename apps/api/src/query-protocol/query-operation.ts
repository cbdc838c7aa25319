import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { QueryError } from './query-error';
import { inputOverrides, outputOverrides } from './query-overrides';
import type { ServiceModel, Shape } from './service-models';

/** A value decoded from the form by the model's input shape: strings, numbers, booleans, lists and structures. */
export type AwsValue = string | number | boolean | AwsValue[] | { [member: string]: AwsValue };

/**
 * How one member of an AWS output is read from the GraphQL result and written to XML. Built once per operation
 * from the model's output shape and the GraphQL type it is read from.
 */
export type OutputPlan =
  | { kind: 'scalar'; type: ScalarType; path: string[]; urlEncoded: boolean; wireValues?: Record<string, string> }
  | { kind: 'structure'; path: string[]; members: [name: string, plan: OutputPlan][] }
  | { kind: 'list'; path: string[]; member: OutputPlan; omitWhenEmpty?: boolean }
  | { kind: 'map'; path: string[]; value: OutputPlan };

type ScalarType = 'string' | 'integer' | 'boolean' | 'timestamp' | 'blob';

/** One AWS Query action served by one GraphQL root field. */
export interface QueryOperation {
  model: ServiceModel;
  action: string;
  input: Shape;
  /** The GraphQL document, executed with `variables(input)`: written once, cached by Apollo's document store. */
  document: string;
  /** Null for an action whose output AWS leaves empty (ResponseMetadata only). */
  resultWrapper: string | null;
  output: OutputPlan & { kind: 'structure' };
  /** Paths to the connections that Marker/MaxItems page through; their pageInfo gives IsTruncated and Marker. */
  pages: string[][];
  /** Whether the output has IsTruncated/Marker. */
  paginated: boolean;
  /** The output members in the model's order, IsTruncated and Marker included. */
  outputOrder: string[];
  /** Output members (`Shape.Member`) that GraphQL does not carry, left out of the answer as AWS leaves out absent ones. */
  unserved: string[];
  variables(input: Record<string, AwsValue>): Record<string, unknown>;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const paginationMembers = new Set(['Marker', 'MaxItems', 'IsTruncated']);
/** AWS sends policy documents URL-encoded (RFC 3986) in every response that carries one. */
const urlEncodedMembers = new Set(['PolicyDocument', 'AssumeRolePolicyDocument', 'Document']);

/**
 * The operation for an AWS action, derived from its service model and the GraphQL schema: the GraphQL root field of
 * the same name (`ListUsers` → `listUsers`), its arguments from the input members, its selection from the output
 * members. Names that differ come from the small tables in query-overrides.ts. Undefined when GraphQL has no such
 * operation.
 */
export function buildQueryOperation(schema: GraphQLSchema, model: ServiceModel, action: string): QueryOperation | undefined {
  const modelOperation = model.operations[action];
  if (!modelOperation) return undefined;
  const fieldName = lowerFirst(action);
  const queryField = schema.getQueryType()?.getFields()[fieldName];
  const mutationField = schema.getMutationType()?.getFields()[fieldName];
  const field = queryField ?? mutationField;
  if (!field) return undefined;

  const input = modelOperation.input ? model.resolveShape(modelOperation.input) : { type: 'structure' as const, members: {} };
  const outputShape = modelOperation.output ? model.resolveShape(modelOperation.output) : undefined;
  const builder = new SelectionBuilder(model, action);
  const rootHasPaging = field.args.some((arg) => arg.name === 'first') && field.args.some((arg) => arg.name === 'after');
  const outputMembers = Object.entries(outputShape?.members ?? {}).filter(([name]) => !paginationMembers.has(name));
  const resultType = getNamedType(field.type);

  const members: [string, OutputPlan][] = [];
  const selections: string[] = [];
  const pages: string[][] = [];
  if (isObjectType(resultType)) {
    if (resultType.getFields()['pageInfo']) pages.push(['result']);
    const fields = resultType.getFields();
    for (const [name, memberShape] of outputMembers) {
      const ownField = fields[outputOverrides.fields[`${resultType.name}.${name}`] ?? lowerFirst(name)];
      if (ownField) {
        const paged = !rootHasPaging && isConnection(getNamedType(ownField.type) as GraphQLNamedType);
        const built = builder.member(model.resolveShape(memberShape), ownField, paged ? `after${pages.length}` : undefined);
        if (!built) continue;
        if (paged) pages.push(['result', ownField.name]);
        selections.push(built.selection);
        members.push([name, { ...built.plan, path: ['result', ownField.name] }]);
      } else if (isConnection(resultType) ? model.resolveShape(memberShape).type === 'list' : model.resolveShape(memberShape).type === 'structure') {
        // The result is the member itself (GetUser's User), or the list of a connection (ListUsers' Users).
        const plan = builder.plan(model.resolveShape(memberShape), resultType, isConnection(resultType));
        if (!plan) continue;
        selections.push(plan.selection);
        members.push([name, { ...plan.plan, path: ['result'] }]);
      } else builder.unserved.add(`${resultType.name}.${name}`);
    }
  } else if (outputMembers.length === 1 && isListType(getNullableType(field.type))) {
    const [name, memberShape] = outputMembers[0]!;
    members.push([name, { ...builder.scalarOrList(model.resolveShape(memberShape)), path: ['result'] }]);
  }

  const variables = new Map<string, string>();
  const args = field.args.map((arg) => {
    // A variable may be left out only where the argument has a default (`first: Int! = 100`).
    variables.set(arg.name, String(arg.defaultValue === undefined ? arg.type : nullableInputType(arg.type)));
    return `${arg.name}: $${arg.name}`;
  });
  if (!rootHasPaging && pages.some((path) => path.length > 1)) {
    variables.set('first', 'Int');
    pages.forEach((_path, index) => variables.set(`after${index}`, 'String'));
  }
  const declared = [...variables].map(([name, type]) => `$${name}: ${type}`).join(', ');
  const isObjectResult = isObjectType(resultType);
  const selection = isObjectResult ? ` { ${selections.length > 0 ? selections.join(' ') : '__typename'}${pagesSelection(pages)} }` : '';
  const document = `${queryField ? 'query' : 'mutation'} ${action}${declared ? `(${declared})` : ''} { result: ${field.name}${
    args.length > 0 ? `(${args.join(', ')})` : ''
  }${selection} }`;

  return {
    model,
    action,
    input,
    document,
    resultWrapper: outputShape ? (outputShape.resultWrapper ?? `${action}Result`) : null,
    output: { kind: 'structure', path: [], members: members.map(([name, plan]) => [name, markUrlEncoded(plan, name)]) },
    pages,
    paginated: outputShape?.members?.['IsTruncated'] !== undefined,
    outputOrder: Object.keys(outputShape?.members ?? {}),
    unserved: [...builder.unserved],
    variables: (values) => toVariables(model, action, field, input, values, rootHasPaging, pages),
  };
}

/** pageInfo of the root connection; nested page connections select their own (SelectionBuilder.member). */
function pagesSelection(pages: string[][]): string {
  return pages.some((path) => path.length === 1) ? ' pageInfo { hasNextPage endCursor }' : '';
}

function isConnection(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && type.getFields()['edges'] !== undefined && type.getFields()['pageInfo'] !== undefined;
}

function nullableInputType(type: GraphQLInputType): GraphQLInputType {
  return getNullableType(type) as GraphQLInputType;
}

/** Builds the selection of each AWS output member against the GraphQL type it is read from, with its OutputPlan. */
class SelectionBuilder {
  readonly unserved = new Set<string>();

  constructor(
    private readonly model: ServiceModel,
    private readonly action: string,
  ) {}

  /**
   * `field { … }` for a member read from a field of the same meaning; `after` names a page's cursor variable. Fields
   * keep their GraphQL names (no aliases: the document stays within the API's alias and token limits).
   */
  member(shape: Shape, field: GraphQLField<unknown, unknown>, after?: string): { selection: string; plan: OutputPlan } | undefined {
    const type = getNamedType(field.type);
    const args = after ? `(first: $first, after: $${after})` : '';
    if (isObjectType(type)) {
      const inner = this.plan(shape, type, isConnection(type));
      if (!inner) return undefined;
      const paging = after ? ' pageInfo { hasNextPage endCursor }' : '';
      return { selection: `${field.name}${args} { ${inner.selection}${paging} }`, plan: inner.plan };
    }
    return { selection: `${field.name}${args}`, plan: this.scalarOrList(shape, isEnumType(type) ? type.name : undefined) };
  }

  /**
   * The selection inside an object type (or, for a connection, inside `edges { node { … } }`) for a structure,
   * a list of structures, a map (a list of key/value objects) or a list of strings read from objects' one field.
   */
  plan(shape: Shape, type: GraphQLObjectType, connection: boolean): { selection: string; plan: OutputPlan } | undefined {
    const wrap = (inner: string) => (connection ? `edges { node { ${inner} } }` : inner);
    if (shape.type === 'list' || connection) {
      const memberShape = this.model.resolveShape(shape.member ?? shape);
      const nodeType = connection ? (getNamedType(type.getFields()['edges']!.type) as GraphQLObjectType) : type;
      const node = connection ? (getNamedType(nodeType.getFields()['node']!.type) as GraphQLObjectType) : type;
      if (memberShape.type === 'structure') {
        const inner = this.structure(memberShape, node, outputOverrides.isListing(this.action));
        return { selection: wrap(inner.selection), plan: { kind: 'list', path: [], member: inner.plan } };
      }
      // A list of names read from objects (ListUserPolicies' PolicyNames from UserPolicy.policyName).
      const fieldName = outputOverrides.listItemFields[this.action] ?? outputOverrides.listItemFields[node.name];
      if (!fieldName) return undefined;
      return {
        selection: wrap(fieldName),
        plan: { kind: 'list', path: [], member: { kind: 'scalar', type: 'string', path: [fieldName], urlEncoded: false } },
      };
    }
    if (shape.type === 'map') {
      const value = this.scalarOrList(this.model.resolveShape(shape.value ?? {}));
      return { selection: 'key value', plan: { kind: 'map', path: [], value } };
    }
    if (shape.type === 'structure' || shape.type === undefined) {
      const inner = this.structure(shape, type);
      return { selection: wrap(inner.selection), plan: inner.plan };
    }
    return undefined;
  }

  private structure(shape: Shape, type: GraphQLObjectType, listed = false): { selection: string; plan: OutputPlan & { kind: 'structure' } } {
    const fields = type.getFields();
    const selections: string[] = [];
    const members: [string, OutputPlan][] = [];
    for (const [name, reference] of Object.entries(shape.members ?? {})) {
      if (listed && outputOverrides.notListed.has(name)) continue;
      const field = fields[outputOverrides.fields[`${type.name}.${name}`] ?? lowerFirst(name)];
      if (!field || field.args.some((arg) => getNullableType(arg.type) !== arg.type && arg.defaultValue === undefined)) {
        this.unserved.add(`${type.name}.${name}`);
        continue;
      }
      const built = this.member(this.model.resolveShape(reference), field);
      if (!built) continue;
      selections.push(built.selection);
      const omitWhenEmpty = outputOverrides.omittedWhenEmpty.has(name) && !shape.required?.includes(name);
      members.push([name, { ...built.plan, path: [field.name], ...(omitWhenEmpty ? { omitWhenEmpty } : {}) }]);
    }
    return { selection: selections.length > 0 ? selections.join(' ') : '__typename', plan: { kind: 'structure', path: [], members } };
  }

  scalarOrList(shape: Shape, enumName?: string): OutputPlan {
    if (shape.type === 'list') {
      return { kind: 'list', path: [], member: { ...this.scalarOrList(this.model.resolveShape(shape.member ?? {}), enumName), path: [] } };
    }
    const type: ScalarType =
      shape.type === 'integer' || shape.type === 'long'
        ? 'integer'
        : shape.type === 'boolean' || shape.type === 'timestamp' || shape.type === 'blob'
          ? shape.type
          : 'string';
    return { kind: 'scalar', type, path: [], urlEncoded: false, wireValues: enumName ? outputOverrides.enumValues[enumName] : undefined };
  }
}

/** The URL-encoded members are marked once the plan is built, by name (AWS encodes every policy document). */
function markUrlEncoded(plan: OutputPlan, name = ''): OutputPlan {
  switch (plan.kind) {
    case 'scalar':
      return { ...plan, urlEncoded: urlEncodedMembers.has(name) };
    case 'structure':
      return { ...plan, members: plan.members.map(([member, inner]) => [member, markUrlEncoded(inner, member)]) };
    case 'list':
      return { ...plan, member: markUrlEncoded(plan.member, name) };
    case 'map':
      return plan;
  }
}

/**
 * GraphQL variables from the decoded AWS input: each member goes to the argument (or the `input` object's field) of
 * the same name; Marker/MaxItems to `after`/`first`, of the root field or of the page connections. GraphQL then
 * coerces and validates them exactly as it does for its own clients.
 */
function toVariables(
  model: ServiceModel,
  action: string,
  field: GraphQLField<unknown, unknown>,
  input: Shape,
  values: Record<string, AwsValue>,
  rootHasPaging: boolean,
  pages: string[][],
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  const inputArg = field.args.find((arg) => arg.name === 'input');
  const inputObject: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const memberShape = model.resolveShape(input.members?.[name] ?? {});
    if (name === 'MaxItems' || name === 'Marker') {
      if (rootHasPaging) variables[name === 'MaxItems' ? 'first' : 'after'] = value;
      else if (pages.length > 0 && name === 'MaxItems') variables['first'] = value;
      else if (pages.length > 0) Object.assign(variables, splitMarker(String(value), pages.length));
      continue;
    }
    const argName = inputOverrides.members[`${action}.${name}`] ?? lowerFirst(name);
    const arg = field.args.find((candidate) => candidate.name === argName);
    if (arg) {
      variables[argName] = toGraphqlValue(model, memberShape, value, arg.type, argName);
      continue;
    }
    const inputType = inputArg ? getNamedType(inputArg.type) : undefined;
    const inputField = isInputObjectType(inputType) ? inputType.getFields()[argName] : undefined;
    if (inputField) {
      inputObject[argName] = toGraphqlValue(model, memberShape, value, inputField.type, argName);
      continue;
    }
    if (inputOverrides.ignored.has(`${action}.${name}`)) continue;
    throw new QueryError('InvalidInput', `Gatehouse does not support the parameter ${name} of ${action}.`);
  }
  if (inputArg && (Object.keys(inputObject).length > 0 || getNullableType(inputArg.type) !== inputArg.type)) variables['input'] = inputObject;
  if (pages.length > 1 && variables['first'] === undefined) variables['first'] = 100;
  return variables;
}

function toGraphqlValue(model: ServiceModel, shape: Shape, value: AwsValue, type: GraphQLInputType, member: string): unknown {
  const nullable = getNullableType(type);
  if (Array.isArray(value)) {
    const itemType = isListType(nullable) ? (nullable.ofType as GraphQLInputType) : nullable;
    const itemShape = model.resolveShape(shape.member ?? {});
    return value.map((item) => toGraphqlValue(model, itemShape, item, itemType, member));
  }
  if (typeof value === 'object') {
    if (!isInputObjectType(nullable)) return value;
    const fields = nullable.getFields();
    const result: Record<string, unknown> = {};
    for (const [name, memberValue] of Object.entries(value)) {
      const fieldName = lowerFirst(name);
      if (!fields[fieldName]) throw new QueryError('InvalidInput', `Gatehouse does not support the parameter ${name} of ${nullable.name}.`);
      result[fieldName] = toGraphqlValue(model, model.resolveShape(shape.members?.[name] ?? {}), memberValue, fields[fieldName].type, fieldName);
    }
    return result;
  }
  if (isScalarType(nullable) && nullable.name === 'String' && typeof value !== 'string') return String(value);
  if (isEnumType(nullable)) {
    // GraphQL would refuse it too, in its own words; AWS's are a ValidationError naming the member.
    const wireValues = outputOverrides.enumValues[nullable.name] ?? {};
    const graphqlValue = Object.entries(wireValues).find(([, wire]) => wire === value)?.[0] ?? value;
    const allowed = nullable.getValues().map((enumValue) => wireValues[enumValue.name] ?? enumValue.name);
    if (!nullable.getValue(String(graphqlValue))) {
      throw new QueryError(
        'ValidationError',
        `1 validation error detected: Value '${String(value).slice(0, 64)}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
      );
    }
    return graphqlValue;
  }
  return value;
}

/** One page cursor per connection; several connections (ListEntitiesForPolicy) share one Marker. */
export function joinMarker(cursors: (string | null)[]): string {
  return cursors.length === 1 ? (cursors[0] ?? '') : Buffer.from(JSON.stringify(cursors)).toString('base64url');
}

function splitMarker(marker: string, count: number): Record<string, string> {
  if (count === 1) return { after0: marker };
  let cursors: unknown;
  try {
    cursors = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8'));
  } catch {
    cursors = undefined;
  }
  if (!Array.isArray(cursors) || cursors.length !== count) throw new QueryError('InvalidInput', 'Invalid Marker.');
  const variables: Record<string, string> = {};
  cursors.forEach((cursor, index) => {
    if (typeof cursor === 'string') variables[`after${index}`] = cursor;
  });
  return variables;
}
