import type { NextConfig } from 'next';

// /graphql is forwarded to the API by src/proxy.ts at request time (see there why not a rewrite here).
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Exports its TypeScript source, as the API reads it.
  transpilePackages: ['@gatehouse/iam-names'],
};

export default nextConfig;
