import type { NextConfig } from 'next';

// The browser talks to the console's own origin; Next forwards /graphql to the API, so the session cookie is
// first-party and no CORS is needed.
const apiUrl = process.env.GATEHOUSE_API_URL ?? 'http://127.0.0.1:4000';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async rewrites() {
    return [{ source: '/graphql', destination: `${apiUrl}/graphql` }];
  },
};

export default nextConfig;
