import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { verifySigV4 } from '../src/auth/sigv4';
import { deriveSigningKey } from '../src/auth/signing-keys';
const creds = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const signer = new SignatureV4({ service: 'orders', region: 'us-east-1', credentials: creds, sha256: Sha256 });
const reqs = await Promise.all(Array.from({ length: 500 }, async (_, i) => {
  const s = await signer.sign({ method: 'GET', protocol: 'https:', hostname: 'orders.example.com', path: `/orders/${i}`, query: {}, headers: { host: 'orders.example.com' } });
  return { method: 'GET', path: `/orders/${i}`, query: {}, headers: Object.fromEntries(Object.entries(s.headers).map(([k, v]) => [k.toLowerCase(), v])), body: Buffer.alloc(0) };
}));
const date = reqs[0]!.headers['x-amz-date']!.slice(0, 8);
const key = deriveSigningKey(creds.secretAccessKey, { date, region: 'us-east-1', service: 'orders' });
const lookup = async () => ({ signingKey: key });
const scope = { service: 'orders', maxAgeMs: 300000 };
for (let r = 0; r < 6; r++) {
  const n = 30000; const t = process.cpuUsage();
  for (let i = 0; i < n; i++) { const v = await verifySigV4(reqs[i % 500]!, lookup, new Date(), scope); if (!v.verified) throw new Error(JSON.stringify(v)); }
  const u = process.cpuUsage(t); console.log('verifySigV4', ((u.user + u.system) / n).toFixed(2), 'µs');
}
