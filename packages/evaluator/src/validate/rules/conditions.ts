// Condition blocks: operators, values each operator can read, keys against the catalog, key types, set operators.
import type { ConditionKeyType } from '../../catalog';
import { CONDITION_OPERATORS, readOperator } from '../../conditions/registry';
import type { OperatorFamily } from '../../conditions/operator';
import { closestName } from '../../fuzzy-match';
import { memberPath } from '../../parse/json-path';
import { parseTemplate } from '../../variables/substitute';
import type { RuleContext } from './index';

/** `service:name`; identity providers' keys have a host for prefix (`token.actions.githubusercontent.com:sub`). */
const KEY_FORMAT = /^[A-Za-z0-9._/-]+:\S+$/;

/** Operator families that suit each key type. AWS accepts String operators on ARN keys (StringLike on aws:PrincipalArn). */
const FAMILIES_FOR_TYPE: Record<string, OperatorFamily[]> = {
  String: ['string'],
  ARN: ['arn', 'string'],
  Numeric: ['numeric'],
  Date: ['date'],
  Bool: ['bool'],
  IPAddress: ['ip-address'],
  Binary: ['binary'],
};

const elementType = (type: ConditionKeyType) => (type.startsWith('ArrayOf') ? type.slice('ArrayOf'.length) : type);

/** The operator without its set qualifier and IfExists suffix. */
const baseOperator = (name: string) => name.replace(/^(ForAllValues|ForAnyValue):/i, '').replace(/IfExists$/i, '');

export function conditionRules({ policy, out, catalog }: RuleContext): void {
  const variables = policy.version === '2012-10-17';
  for (const s of policy.statements) {
    const conditionPath = memberPath(s.path, 'Condition');
    const reportedOperators = new Set<string>();
    for (const entry of s.conditions) {
      const qualified = readOperator(entry.operator);
      if (!qualified) {
        if (!reportedOperators.has(entry.operator)) {
          reportedOperators.add(entry.operator);
          const base = baseOperator(entry.operator);
          out.add('UNKNOWN_CONDITION_OPERATOR', memberPath(conditionPath, entry.operator), `unknown condition operator \`${entry.operator}\``, {
            onKey: true,
            help: base === 'Null' ? '`Null` takes neither `IfExists` nor `ForAllValues`/`ForAnyValue`' : closestName(base, CONDITION_OPERATORS.keys()),
          });
        }
        continue;
      }
      const { operator, qualifier } = qualified;
      if (!KEY_FORMAT.test(entry.key)) {
        out.add('INVALID_CONDITION_KEY', entry.path, `invalid condition key \`${entry.key}\``, { onKey: true, help: 'a condition key is `prefix:name`, e.g. `aws:SourceIp`' });
        continue;
      }
      // Values the operator cannot read; values with variables are read per request.
      entry.values.forEach((value, i) => {
        if (operator.variables && value.includes('${')) {
          const template = parseTemplate(value);
          if (!template.ok) out.add('INVALID_POLICY_VARIABLE', entry.path, template.message);
          else if (!variables) out.add('VARIABLE_IN_OLD_VERSION', entry.path, `\`${value}\` holds a policy variable, which this policy version reads literally`, { help: 'use `"Version": "2012-10-17"`' });
          if (template.ok && variables) return;
        }
        if (operator.prepare(value) === undefined) {
          const valuePath = entry.values.length > 1 ? `${entry.path}[${i}]` : entry.path;
          out.add('INVALID_CONDITION_VALUE', valuePath, `\`${value}\` is not a valid value for \`${operator.name}\``, { help: valueHelp(operator.family) });
        }
      });
      const prefix = entry.key.slice(0, entry.key.indexOf(':'));
      const known = catalog.getConditionKey(entry.key);
      if (!known) {
        if (prefix.toLowerCase() === 'aws' || catalog.getService(prefix)) out.add('UNKNOWN_CONDITION_KEY', entry.path, `unknown condition key \`${entry.key}\``, { onKey: true });
        continue;
      }
      const type = elementType(known.type);
      const families = FAMILIES_FOR_TYPE[type];
      if (operator.family !== 'null' && families && !families.includes(operator.family)) {
        out.add('CONDITION_KEY_TYPE_MISMATCH', entry.path, `\`${operator.name}\` compares ${operator.family} values but \`${entry.key}\` is of type ${known.type}`, { onKey: true });
      }
      if (operator.family === 'null') continue;
      const multiValued = known.type.startsWith('ArrayOf');
      if (qualifier && !multiValued) {
        out.add('SET_OPERATOR_ON_SINGLE_VALUED_KEY', entry.path, `\`${qualifier}\` is meant for multi-valued keys, and \`${entry.key}\` has a single value`, {
          onKey: true,
          help: `use \`${entry.operator.slice(qualifier.length + 1)}\``,
        });
      } else if (!qualifier && multiValued) {
        out.add('MISSING_SET_OPERATOR', entry.path, `\`${entry.key}\` is multi-valued: say whether all or any of its values must match`, {
          onKey: true,
          help: `use \`ForAllValues:${entry.operator}\` or \`ForAnyValue:${entry.operator}\``,
        });
      }
    }
  }
}

function valueHelp(family: OperatorFamily): string | undefined {
  switch (family) {
    case 'numeric':
      return 'a number, e.g. `10` or `2.5`';
    case 'date':
      return 'an ISO 8601 date such as `2025-01-31T00:00:00Z`, or epoch seconds';
    case 'bool':
    case 'null':
      return '`true` or `false`';
    case 'ip-address':
      return 'an IPv4 or IPv6 address or CIDR block, e.g. `203.0.113.0/24`';
    case 'binary':
      return 'base64-encoded bytes';
    default:
      return undefined;
  }
}
