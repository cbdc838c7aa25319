// Autocomplete inside the policy JSON: actions in Action/NotAction, operators and keys in Condition, element names.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import { CONDITION_OPERATORS } from '@gatehouse/evaluator';
import type { Catalog } from '@gatehouse/evaluator/catalog';

type SyntaxNode = ReturnType<ReturnType<typeof syntaxTree>['resolveInner']>;

const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'];

/** The property names from the cursor outwards: in `{"Condition": {"StringEquals": {"|"}}}` → ['', 'StringEquals', 'Condition']. */
function enclosingProperties(state: EditorState, node: SyntaxNode): string[] {
  const names: string[] = [];
  for (let at: SyntaxNode | null = node; at; at = at.parent) {
    if (at.name !== 'Property') continue;
    const name = at.getChild('PropertyName');
    names.push(name ? unquote(state.sliceDoc(name.from, name.to)) : '');
  }
  return names;
}

function unquote(text: string): string {
  return text.replace(/^"/, '').replace(/"$/, '');
}

/** Whether the cursor's string is a property name (`{"Act|"`) rather than a value (`"Action": "s3:|"`). */
function isPropertyName(node: SyntaxNode): boolean {
  return node.name === 'PropertyName';
}

export function policyCompletions(catalog: Catalog): (context: CompletionContext) => CompletionResult | null {
  return (context) => completionsAt(context, catalog);
}

function completionsAt(context: CompletionContext, catalog: Catalog): CompletionResult | null {
  const node = syntaxTree(context.state).resolveInner(context.pos, -1);
  if (node.name !== 'String' && node.name !== 'PropertyName') return null;
  const from = node.from + 1;
  const typed = context.state.sliceDoc(from, context.pos);
  const properties = enclosingProperties(context.state, node);

  if (isPropertyName(node)) {
    // properties[0] is the name being typed; the rest say where it is.
    const [, parent, grandparent] = properties;
    if (parent === undefined) return { from, options: POLICY_ELEMENTS.map((label) => ({ label, type: 'property' })) };
    if (parent === 'Statement') return { from, options: STATEMENT_ELEMENTS.map((label) => ({ label, type: 'property' })) };
    if (parent === 'Condition') return { from, options: operatorOptions(), validFor: /^[\w:]*$/ };
    if (grandparent === 'Condition') return { from, options: conditionKeyOptions(typed, catalog), validFor: /^[\w:/-]*$/ };
    return null;
  }

  const [property] = properties;
  if (property === 'Action' || property === 'NotAction') return { from, options: actionOptions(typed, catalog), validFor: /^[\w-]*$/ };
  if (property === 'Effect') return { from, options: [{ label: 'Allow' }, { label: 'Deny' }] };
  if (property === 'Version') return { from, options: [{ label: '2012-10-17', detail: 'current' }] };
  return null;
}

/** Before the colon: service prefixes (`s3:`); after it: that service's actions with their access level. */
function actionOptions(typed: string, catalog: Catalog): Completion[] {
  const colon = typed.indexOf(':');
  if (colon < 0) {
    return catalog.listServices().map((service) => ({ label: `${service.prefix}:`, detail: service.name, type: 'namespace' }));
  }
  const prefix = typed.slice(0, colon);
  return [
    { label: `${prefix}:*`, detail: 'All actions', type: 'keyword' },
    ...catalog.listActions(prefix).map((action) => ({ label: action.action, detail: action.accessLevel, type: 'function' })),
  ];
}

let operators: Completion[] | undefined;

/** Every operator with its IfExists form, and the set forms AWS allows for multivalued keys. */
function operatorOptions(): Completion[] {
  if (!operators) {
    operators = [];
    for (const [name, operator] of CONDITION_OPERATORS) {
      operators.push({ label: name, detail: operator.family, type: 'keyword' });
      if (operator.family === 'null') continue;
      operators.push({ label: `${name}IfExists`, detail: operator.family, type: 'keyword' });
      for (const qualifier of ['ForAnyValue', 'ForAllValues']) {
        operators.push({ label: `${qualifier}:${name}`, detail: `${operator.family}, multivalued keys`, type: 'keyword' });
      }
    }
  }
  return operators;
}

/** Global `aws:` keys, then the keys of the service named before the colon. */
function conditionKeyOptions(typed: string, catalog: Catalog): Completion[] {
  const colon = typed.indexOf(':');
  const service = colon < 0 ? undefined : typed.slice(0, colon);
  const keys = service === undefined || service.toLowerCase() === 'aws' ? catalog.listConditionKeys() : catalog.listConditionKeys(service);
  return keys.map((key) => ({ label: key.name.replace(/\$\{[^}]+\}|tag-key$/, ''), detail: key.type, type: 'variable' }));
}
