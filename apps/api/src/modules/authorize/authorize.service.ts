import { rootArn } from '@gatehouse/db';
import { auditEventRow, type AuditEventFields } from '../../audit/audit-event';
import { authenticate } from '../../auth/authenticate';
import { authorize, type AuthorizationOutcome } from '../../authz/authorize';
import type { RequestContext } from '../../context';
import { IamError, invalidInput } from '../../errors/iam-error';
import type { ClientRequest } from '../../http/client-request';
import type { Caller } from '../../principals/caller';
import { callerByArn } from '../../principals/caller-by-arn';
import type { RequestFacts } from '../../principals/request-context';
import { assertValidPolicyDocument } from '../policies/policy-document';
import { toEvaluationContext } from '../simulator/simulation';
import { EvalDecision } from '../simulator/simulator.type';
import type { AuthorizeInput, SignedRequestInput } from './authorize.inputs';
import type { AuthorizationDecision } from './authorize.type';

/** A request passed on to `authorize` is refused once its signature is older than this: replay gets a short window. */
export const signedEvidenceMaxAgeMs = 5 * 60 * 1000;

const ACTION = /^([a-z][a-z0-9-]{0,62}):([A-Za-z0-9]+)$/;

const decisions: Record<AuthorizationOutcome['decision'], EvalDecision> = {
  Allow: EvalDecision.allowed,
  ExplicitDeny: EvalDecision.explicitDeny,
  ImplicitDeny: EvalDecision.implicitDeny,
};

/** `arn:aws:gatehouse::ACCOUNT:service/PREFIX`: what `gatehouse:Authorize` is granted on, per protected service. */
export function authorizeResourceArn(accountId: string, action: string): string {
  return `arn:aws:gatehouse::${accountId}:service/${action.split(':')[0]}`;
}

/**
 * Decides each request for the service that asks (`asker`, allowed `gatehouse:Authorize` on each service by the
 * operation's declaration), in order. A refused signature or a malformed input fails the whole call with its code.
 */
export async function authorizeRequests(ctx: RequestContext, asker: Caller, inputs: readonly AuthorizeInput[], field: string): Promise<AuthorizationDecision[]> {
  const answers: AuthorizationDecision[] = [];
  const events: AuditEventFields[] = [];
  // Whether the asker may see a principal's statements, asked once per principal of the call.
  const visibility = new Map<string, Promise<boolean>>();
  try {
    for (const [i, input] of inputs.entries()) {
      const { decision, event } = await decide(ctx, asker, input, inputs.length === 1 ? field : `${field}.${i}`, visibility);
      answers.push(decision);
      if (event) events.push(event);
    }
  } catch (error) {
    if (error instanceof IamError) events.push(refusalEvent(error));
    throw error;
  } finally {
    if (events.length > 0) await ctx.prisma.auditEvent.createMany({ data: events.map((event) => auditEventRow(ctx, event)) });
  }
  return answers;
}

async function decide(
  ctx: RequestContext,
  asker: Caller,
  input: AuthorizeInput,
  field: string,
  visibility: Map<string, Promise<boolean>>,
): Promise<{ decision: AuthorizationDecision; event?: AuditEventFields }> {
  if (!ACTION.test(input.action)) throw invalidInput(`Invalid action ${input.action}: it must be prefix:ActionName.`, `${field}.action`);
  if (input.resourcePolicy != null) assertValidPolicyDocument(input.resourcePolicy, { kind: 'resource', field: `${field}.resourcePolicy` });
  if ((input.signedRequest == null) === (input.principalArn == null)) {
    throw invalidInput('Give exactly one of signedRequest and principalArn.', field);
  }
  const facts: RequestFacts = { secureTransport: ctx.req.secure, now: new Date() };
  const subject = input.signedRequest
    ? await signer(ctx, asker, input.signedRequest, input.action.split(':')[0]!, facts)
    : await callerByArn(ctx.prisma, ctx.governingPolicies, asker.accountId, input.principalArn!, `${field}.principalArn`);
  const outcome = await authorize(ctx.governingPolicies, subject, facts, {
    action: input.action,
    resourceArn: input.resource,
    context: toEvaluationContext(input.context ?? []),
    ...(input.resourcePolicy != null ? { resourcePolicy: input.resourcePolicy } : {}),
  });
  // Asked only when the operation selects the statements: a service that wants the decision alone pays for one evaluation.
  const visible = ctx.selection.fields.has('AuthorizationDecision.matchedStatements')
    ? (visibility.get(subject.principalArn) ?? mayReadPolicies(ctx, asker, subject, facts))
    : Promise.resolve(false);
  visibility.set(subject.principalArn, visible);
  const decision: AuthorizationDecision = {
    decision: decisions[outcome.decision],
    principalArn: subject.principalArn,
    accountId: subject.accountId,
    matchedStatements: (await visible) ? outcome.matchedStatements.map((statement) => ({ ...statement, sid: statement.sid ?? null })) : null,
  };
  // Every denial is recorded; allows only as sampled, so that a busy service's decisions do not flood the trail.
  const recorded = outcome.decision !== 'Allow' || Math.random() < ctx.config.authorize.allowSampleRate;
  if (!recorded) return { decision };
  return {
    decision,
    event: {
      eventSource: 'gatehouse',
      eventName: 'Authorize',
      resources: [input.resource],
      readOnly: true,
      requestParameters: { action: input.action, resource: input.resource, principalArn: subject.principalArn },
      responseElements: { decision: decision.decision },
      ...(outcome.decision !== 'Allow' ? { errorCode: 'AccessDenied', errorMessage: outcome.error.message } : {}),
    },
  };
}

/**
 * The principal that signed the request the protected service received: verified by the API's own SigV4 check, for
 * the service's signing name (its prefix) in any region, and no older than `signedEvidenceMaxAgeMs`.
 */
async function signer(ctx: RequestContext, asker: Caller, evidence: SignedRequestInput, service: string, facts: RequestFacts): Promise<Caller> {
  const url = new URL(evidence.url);
  const headers: Record<string, string> = { host: url.host };
  for (const { name, value } of evidence.headers) {
    const key = name.toLowerCase();
    headers[key] = key in headers && key !== 'host' ? `${headers[key]},${value}` : value;
  }
  if (evidence.body != null && evidence.bodySha256 != null) throw invalidInput('Give the body or its SHA-256, not both.', 'signedRequest.bodySha256');
  const request: ClientRequest = {
    method: evidence.method,
    url: `${url.pathname}${url.search}`,
    headers,
    rawBody: Buffer.from(evidence.body ?? '', 'utf8'),
    ...(evidence.bodySha256 != null ? { bodySha256: evidence.bodySha256 } : {}),
    ip: evidence.sourceIpAddress ?? undefined,
    forwardedBy: asker.principalArn,
    secure: url.protocol === 'https:',
  };
  facts.secureTransport = request.secure;
  const caller = await authenticate(request, ctx, { sessionCookie: false, signingScope: { service, maxAgeMs: signedEvidenceMaxAgeMs } });
  if (!caller) throw new IamError('MissingAuthenticationToken', 'Request is missing Authentication Token');
  return caller;
}

/** The statements behind a decision are the principal's policies: shown to an asker that may simulate them. */
async function mayReadPolicies(ctx: RequestContext, asker: Caller, subject: Caller, facts: RequestFacts): Promise<boolean> {
  const policySource = subject.kind === 'assumed-role' ? subject.roleArn : subject.kind === 'root' ? rootArn(subject.accountId) : subject.principalArn;
  const outcome = await authorize(ctx.governingPolicies, asker, facts, { action: 'iam:SimulatePrincipalPolicy', resourceArn: policySource });
  return outcome.decision === 'Allow';
}

/** A refused signature or input is recorded as the denial it is, with its code and nothing of the evidence. */
function refusalEvent(error: IamError): AuditEventFields {
  return { eventSource: 'gatehouse', eventName: 'Authorize', resources: [], readOnly: true, errorCode: error.code, errorMessage: error.message };
}
