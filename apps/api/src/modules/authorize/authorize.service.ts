import { rootArn } from '@gatehouse/db';
import { recordAuditEvents, type AuditEventFields } from '../../audit/audit-event';
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
const NO_BODY = Buffer.alloc(0);

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
  // Allows are sampled by call: each allow is recorded with the configured probability, as one draw for all of the
  // call's, so that a batch costs at most one insert when it has no denial (per allow, most batches of 30 would have one).
  const recordAllows = Math.random() < ctx.config.authorize.allowSampleRate;
  try {
    for (let i = 0; i < inputs.length; i++) {
      const { decision, event } = await decide(ctx, asker, inputs[i]!, inputs.length === 1 ? field : `${field}.${i}`, visibility, recordAllows);
      answers.push(decision);
      if (event) events.push(event);
    }
  } catch (error) {
    // A call that fails answers no decision: only its refusal is recorded, not the decisions made before it failed.
    if (error instanceof IamError) await recordAuditEvents(ctx, [refusalEvent(error)]);
    throw error;
  }
  if (events.length > 0) await recordAuditEvents(ctx, events);
  return answers;
}

async function decide(
  ctx: RequestContext,
  asker: Caller,
  input: AuthorizeInput,
  field: string,
  visibility: Map<string, Promise<boolean>>,
  recordAllows: boolean,
): Promise<{ decision: AuthorizationDecision; event?: AuditEventFields }> {
  const action = ACTION.exec(input.action);
  if (!action) throw invalidInput(`Invalid action ${input.action}: it must be prefix:ActionName.`, `${field}.action`);
  if (input.resourcePolicy != null) assertValidPolicyDocument(input.resourcePolicy, { kind: 'resource', field: `${field}.resourcePolicy` });
  if ((input.signedRequest == null) === (input.principalArn == null)) {
    throw invalidInput('Give exactly one of signedRequest and principalArn.', field);
  }
  // No `now`: the evaluator reads its clock only when a condition asks for aws:CurrentTime or aws:EpochTime, as it does
  // for every other operation; formatting both for each evaluation cost about as much as the evaluation.
  const facts: RequestFacts = { secureTransport: ctx.req.secure };
  const subject = input.signedRequest
    ? await signer(ctx, asker, input.signedRequest, action[1]!, facts)
    : await callerByArn(ctx.prisma, ctx.governingPolicies, asker.accountId, input.principalArn!, `${field}.principalArn`);
  const outcome = await authorize(ctx.governingPolicies, subject, facts, {
    action: input.action,
    resourceArn: input.resource,
    ...(input.context != null && input.context.length > 0 ? { context: toEvaluationContext(input.context) } : {}),
    ...(input.resourcePolicy != null ? { resourcePolicy: input.resourcePolicy } : {}),
  });
  // Asked only when the operation selects the statements: a service that wants the decision alone pays for one evaluation.
  let visible = false;
  if (ctx.selection.fields.has('AuthorizationDecision.matchedStatements')) {
    const asked = visibility.get(subject.principalArn) ?? mayReadPolicies(ctx, asker, subject, facts);
    visibility.set(subject.principalArn, asked);
    visible = await asked;
  }
  const decision: AuthorizationDecision = {
    decision: decisions[outcome.decision],
    principalArn: subject.principalArn,
    accountId: subject.accountId,
    matchedStatements: visible ? outcome.matchedStatements.map((statement) => ({ ...statement, sid: statement.sid ?? null })) : null,
  };
  // Every denial is recorded; allows only as sampled, so that a busy service's decisions do not flood the trail.
  if (outcome.decision === 'Allow' && !recordAllows) return { decision };
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
  // URL.parse answers null where `new URL` throws (a TypeError, which was a 500).
  const url = URL.parse(evidence.url);
  if (!url) throw invalidInput(`Invalid URL ${evidence.url.slice(0, 256)}: it must be absolute, as the client signed it.`, 'signedRequest.url');
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
    rawBody: evidence.body != null ? Buffer.from(evidence.body, 'utf8') : NO_BODY,
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
