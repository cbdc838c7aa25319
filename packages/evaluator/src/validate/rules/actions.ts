// Actions against the catalog: format, unknown service, unknown action (with "did you mean"), patterns that match nothing.
import { closestName } from '../../fuzzy-match';
import type { RuleContext } from './index';

const ACTION_FORMAT = /^[A-Za-z0-9*?-]+:[A-Za-z0-9*?_-]+$/;
const hasWildcard = (s: string) => s.includes('*') || s.includes('?');

export function actionRules({ policy, out, catalog }: RuleContext): void {
  for (const s of policy.statements) {
    if (!s.action) continue;
    const element = s.action.negated ? 'NotAction' : 'Action';
    s.action.values.forEach((value, i) => {
      const path = s.action!.paths[i]!;
      if (value === '*') return;
      if (!ACTION_FORMAT.test(value)) {
        out.add('INVALID_ACTION', path, `invalid action \`${value}\` in \`${element}\``, { help: 'an action is `service:ActionName`, e.g. `s3:GetObject`' });
        return;
      }
      const [prefix, name] = value.split(':') as [string, string];
      if (!hasWildcard(prefix) && !catalog.getService(prefix)) {
        out.add('UNKNOWN_SERVICE', path, `unknown service prefix \`${prefix}\``, { help: closestName(prefix, catalog.listServices().map((sv) => sv.prefix)) });
        return;
      }
      if (!hasWildcard(value)) {
        if (!catalog.getAction(value)) {
          const suggestion = closestName(name, catalog.listActions(prefix).map((a) => a.name));
          out.add('UNKNOWN_ACTION', path, `unknown action \`${value}\``, { help: suggestion?.replace(/`([^`]+)`/, `\`${prefix}:$1\``) });
        }
        return;
      }
      if (catalog.matchActions(value).length === 0) out.add('ACTION_MATCHES_NOTHING', path, `\`${value}\` matches no action`);
    });
  }
}
