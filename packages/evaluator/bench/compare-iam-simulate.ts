// npx tsx bench/compare-iam-simulate.ts: decides the varied workload with Gatehouse and with iam-simulate and prints
// every disagreement class with its count and one example (request index), then each disagreement as JSON lines
// with VERBOSE=1. README, Benchmarks, says who is right per AWS's documentation.
import { compareWithIamSimulate } from './iam-simulate-classes';
import { variedRequests } from './varied-workload';

const requests = variedRequests();
const { answered, disagreements } = await compareWithIamSimulate(requests);
console.log(`iam-simulate answered ${answered}/${requests.length}; the decisions agree on ${answered - disagreements.length}/${answered}`);
const classes = new Map<string, typeof disagreements>();
for (const d of disagreements) classes.set(d.cause, [...(classes.get(d.cause) ?? []), d]);
for (const [cause, members] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
  const pairs = [...new Set(members.map((d) => `${d.gatehouse}/${d.iamSimulate}`))].join(', ');
  console.log(`${String(members.length).padStart(4)}  ${cause} (gatehouse/iam-simulate: ${pairs}; e.g. #${members[0]!.index})`);
}
if (process.env.VERBOSE) for (const d of disagreements) console.log(JSON.stringify({ ...d, request: requests[d.index] }));
