import {
  compilePolicy,
  describeDecision,
  evaluate,
  statementPositions,
  type AuthorizationResult,
  type CompiledPolicy,
  type Decision,
  type RequestContext as EvaluationContext,
  type StatementPosition,
} from '@gatehouse/evaluator';
import type { SourcePolicy } from './principal-policies';
import type { ContextEntryInput } from './simulator.inputs';
import { EvalDecision, type EvaluationResult, type MatchedStatement } from './simulator.type';

export interface SimulationPolicies {
  principalArn: string;
  identityPolicies: readonly SourcePolicy[];
  permissionsBoundary: SourcePolicy | undefined;
  resourcePolicy: SourcePolicy | undefined;
}

export interface SimulationRequest {
  actionNames: readonly string[];
  resourceArns: readonly string[];
  resourceOwner?: string;
  contextEntries?: readonly ContextEntryInput[];
}

const evalDecisions: Record<Decision, EvalDecision> = {
  Allow: EvalDecision.allowed,
  ExplicitDeny: EvalDecision.explicitDeny,
  ImplicitDeny: EvalDecision.implicitDeny,
};

/** AWS: list-typed context keys carry every value; the others carry one. */
export function toEvaluationContext(entries: readonly ContextEntryInput[]): EvaluationContext {
  return Object.fromEntries(
    entries.map((entry) => [entry.contextKeyName, entry.contextKeyType.endsWith('List') ? entry.contextKeyValues : (entry.contextKeyValues[0] ?? '')]),
  );
}

/**
 * Condition keys that statements which otherwise applied (action and resource matched) tested without the request
 * supplying them: AWS's `missingContextValues`, what a user must add to the simulation to get a meaningful answer.
 */
function missingContextValues(result: AuthorizationResult): string[] {
  const missing = new Set<string>();
  for (const policyType of result.trace?.policyTypes ?? []) {
    for (const policy of policyType.policies) {
      for (const statement of policy.statements) {
        if (!statement.action.matched || !statement.resource.matched) continue;
        for (const condition of statement.conditions) if (condition.requestValues === undefined) missing.add(condition.key);
      }
    }
  }
  return [...missing].sort();
}

interface CompiledSource extends SourcePolicy {
  statementPositions: StatementPosition[];
}

/** Each policy compiled once under a name unique in the simulation, so that a matched statement leads back to its source. */
function compileSources(sources: readonly SourcePolicy[], taken: Map<string, CompiledSource>): CompiledPolicy[] {
  return sources.map((source) => {
    let name = source.sourcePolicyId;
    for (let n = 2; taken.has(name); n++) name = `${source.sourcePolicyId} (${n})`;
    taken.set(name, { ...source, statementPositions: statementPositions(source.document) });
    return compilePolicy(source.document, name);
  });
}

/** Evaluates every action on every resource with the evaluator, as AWS's policy simulator does. */
export function simulate(policies: SimulationPolicies, request: SimulationRequest): EvaluationResult[] {
  const sources = new Map<string, CompiledSource>();
  const identityPolicies = compileSources(policies.identityPolicies, sources);
  const [permissionsBoundary] = compileSources(policies.permissionsBoundary ? [policies.permissionsBoundary] : [], sources);
  const [resourcePolicy] = compileSources(policies.resourcePolicy ? [policies.resourcePolicy] : [], sources);
  const context = toEvaluationContext(request.contextEntries ?? []);

  return request.actionNames.flatMap((action) =>
    request.resourceArns.map((resource) => {
      const result = evaluate(
        {
          principal: policies.principalArn,
          action,
          resource,
          ...(request.resourceOwner ? { resourceAccount: request.resourceOwner } : {}),
          context,
          identityPolicies,
          ...(permissionsBoundary ? { permissionsBoundary } : {}),
          ...(resourcePolicy ? { resourcePolicy } : {}),
        },
        { trace: true },
      );
      const matchedStatements = result.matchedStatements.map((statement): MatchedStatement => {
        const source = sources.get(statement.policy);
        // INVARIANT: every policy handed to evaluate() was registered in `sources` under its compiled name.
        if (!source) throw new Error(`matched statement of an unregistered policy ${statement.policy}`);
        // INVARIANT: a statement that matched was compiled from the text, where the parser located it.
        const position = source.statementPositions[statement.statementIndex]!;
        return {
          sourcePolicyId: source.sourcePolicyId,
          sourcePolicyType: source.sourcePolicyType,
          statementIndex: statement.statementIndex,
          sid: statement.sid ?? null,
          effect: statement.effect,
          startPosition: position.start,
          endPosition: position.end,
        };
      });
      return {
        evalActionName: action,
        evalResourceName: resource,
        evalDecision: evalDecisions[result.decision],
        matchedStatements,
        missingContextValues: missingContextValues(result),
        permissionsBoundaryDecisionDetail: permissionsBoundary ? { allowedByPermissionsBoundary: result.policyTypes.boundary === 'Allow' } : null,
        explanation: describeDecision(result),
      };
    }),
  );
}
