import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

// GraphiQL's UMD build and the React 18 UMD builds it runs on, served from node_modules: the page loads nothing
// from another origin.
const require = createRequire(import.meta.url);

function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

/** URL path (under /graphiql/) → file on disk. */
const assets: Record<string, string> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'start-graphiql.js': fileURLToPath(new URL('./start-graphiql.js', import.meta.url)),
};

export const graphiqlAssetsPath = '/graphiql';

export function graphiqlAssets(): Router {
  const router = Router();
  router.get(`${graphiqlAssetsPath}/:file`, (req, res, next) => {
    const file = assets[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
