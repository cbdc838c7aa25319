import { variedRequests } from './bench/varied-workload';
import { compilePolicy, evaluate, type AuthorizationRequest, type PolicyInput } from './src/index';
const varied = variedRequests();
const c = (r: AuthorizationRequest, f: (p: PolicyInput) => PolicyInput): AuthorizationRequest => ({ ...r, identityPolicies: r.identityPolicies?.map(f), resourcePolicy: r.resourcePolicy && f(r.resourcePolicy), permissionsBoundary: r.permissionsBoundary && f(r.permissionsBoundary), sessionPolicies: r.sessionPolicies?.map(f) });
const compiled = varied.map((r) => c(r, (p) => compilePolicy(p as never)));
const mode = process.argv[2] ?? 'compiled';
const list = mode === 'raw' ? varied : compiled;
let n = 0; const t = performance.now();
while (performance.now() - t < 8000) { for (let j = 0; j < 1000; j++) evaluate(list[n++ % list.length]!); }
console.log(mode, Math.round(n / 8), '/s');
