import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlAssetsPath } from './graphiql-assets';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Gatehouse GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${graphiqlAssetsPath}/graphiql.min.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${graphiqlAssetsPath}/react.production.min.js"></script>
    <script src="${graphiqlAssetsPath}/react-dom.production.min.js"></script>
    <script src="${graphiqlAssetsPath}/graphiql.min.js"></script>
    <script src="${graphiqlAssetsPath}/start-graphiql.js"></script>
  </body>
</html>
`;

/**
 * Apollo's landing page hook: a browser opening GET /graphql gets GraphiQL instead of Apollo's default page, which
 * loads Apollo Sandbox from a CDN. GraphQL GET requests (with `query`) still reach Apollo.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: page };
        },
      };
    },
  };
}
