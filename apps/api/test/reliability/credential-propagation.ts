import { signRequests, type SignedRequests } from '../../bench/signed-requests';
import { call } from './load-client';

/**
 * How long a second API process keeps accepting an access key after the first one answered its deactivation: each
 * process caches the keys it has seen and drops one when PostgreSQL notifies the change (LISTEN/NOTIFY). The key is
 * deactivated through one process and the other is asked with it, one signed call after another, until it refuses;
 * then it is activated again and the other asked until it accepts. The gaps are upper bounds: each includes the
 * round trip of the call that saw the change (on a loaded machine, most of it); the acceptance window is the gap
 * itself, seen from the calls the other process still accepted.
 */
export interface PropagationFigures {
  changes: number;
  /** From the writer's answer to the other process's first refusal. */
  deactivationMedianMs: number;
  deactivationP99Ms: number;
  deactivationMaxMs: number;
  /** Calls the other process accepted although they were sent after the writer answered the deactivation. */
  acceptedAfterDeactivation: number;
  /** Deactivations after which the other process accepted at least one such call. */
  changesWithAcceptance: number;
  /** The window itself: the latest a call accepted by the other process was sent after the writer's answer (0: none was). */
  acceptanceWindowMaxMs: number;
  /** From the writer's answer to the other process's first acceptance of the key activated again. */
  reactivationMedianMs: number;
  reactivationMaxMs: number;
  /** Changes the other process had not seen after 10 s (there should be none). */
  notPropagated: number;
}

const giveUpMs = 10_000;
const whoAmI = JSON.stringify({ query: '{ getCallerIdentity { arn } }' });

export async function credentialPropagation(options: { writerUrl: string; otherUrl: string; cookie: string; changes: number }): Promise<PropagationFigures> {
  const writer = `${options.writerUrl}/graphql`;
  const userName = 'propagation-probe';
  await call(writer, `mutation { createUser(input: { userName: "${userName}" }) { arn } }`, {}, { cookie: options.cookie });
  const created = await call(writer, `mutation { createAccessKey(input: { userName: "${userName}" }) { accessKeyId secretAccessKey } }`, {}, { cookie: options.cookie });
  const credentials = created.data!.createAccessKey as { accessKeyId: string; secretAccessKey: string };
  const { accessKeyId } = credentials;
  const otherUrl = `${options.otherUrl}/graphql`;

  /** Whether the other process accepts the key now, asked with `probe` (signed by the shared signer). */
  const accepted = async (probe: SignedRequests): Promise<boolean> => {
    const response = await fetch(otherUrl, { method: 'POST', headers: probe.headersFor(whoAmI), body: whoAmI, signal: AbortSignal.timeout(giveUpMs) });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    if (body.errors?.[0]?.extensions?.code === 'InvalidClientTokenId') return false;
    if (!body.data) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
    return true;
  };
  const setStatus = async (status: 'Active' | 'Inactive') => {
    const outcome = await call(writer, `mutation { updateAccessKey(input: { userName: "${userName}", accessKeyId: "${accessKeyId}", status: ${status} }) { status } }`, {}, { cookie: options.cookie });
    if (outcome.status !== 200) throw new Error(`updateAccessKey ${status}: ${outcome.status} ${JSON.stringify(outcome.errors)}`);
    return performance.now();
  };

  const deactivations: number[] = [];
  const reactivations: number[] = [];
  const figures = { acceptedAfterDeactivation: 0, changesWithAcceptance: 0, acceptanceWindowMaxMs: 0, notPropagated: 0 };
  for (let change = 0; change < options.changes; change++) {
    // One signature per change, sent as often as it takes (AWS takes a signature again within its 15 minutes): no
    // signing in the timed loops, and none outlives its 15 minutes however long the run.
    const probe = await signRequests(otherUrl, credentials, [whoAmI]);
    const deactivated = await setStatus('Inactive');
    let acceptances = 0;
    for (;;) {
      const sent = performance.now();
      if (sent - deactivated >= giveUpMs || !(await accepted(probe))) break;
      acceptances += 1;
      figures.acceptanceWindowMaxMs = Math.max(figures.acceptanceWindowMaxMs, Math.round(sent - deactivated));
    }
    const deactivationMs = performance.now() - deactivated;
    if (deactivationMs >= giveUpMs) figures.notPropagated += 1;
    deactivations.push(deactivationMs);
    figures.acceptedAfterDeactivation += acceptances;
    if (acceptances > 0) figures.changesWithAcceptance += 1;

    const reactivated = await setStatus('Active');
    while (performance.now() - reactivated < giveUpMs && !(await accepted(probe)));
    const reactivationMs = performance.now() - reactivated;
    if (reactivationMs >= giveUpMs) figures.notPropagated += 1;
    reactivations.push(reactivationMs);
  }
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const at = (values: number[], share: number) => Math.round(values[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0);
  sorted(deactivations);
  sorted(reactivations);
  return {
    changes: options.changes,
    deactivationMedianMs: at(deactivations, 0.5),
    deactivationP99Ms: at(deactivations, 0.99),
    deactivationMaxMs: at(deactivations, 1),
    ...figures,
    reactivationMedianMs: at(reactivations, 0.5),
    reactivationMaxMs: at(reactivations, 1),
  };
}
