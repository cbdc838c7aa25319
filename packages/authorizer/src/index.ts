// @gatehouse/authorizer: protects a Node HTTP service with Gatehouse's `authorize`, per route.
export { accessDenied, type AccessDeniedResponse } from './access-denied';
export { gatehouseFastifyHook } from './fastify-hook';
export { GatehouseClient, GatehouseRefusal, type Decision, type GatehouseCredentials } from './gatehouse-client';
export { GatehouseGuard, type AuthorizerOptions, type GuardOutcome, type IncomingSignedRequest } from './gatehouse-guard';
export { gatehouseMiddleware, type AuthorizedRequest } from './node-middleware';
export { RouteTable, type Route } from './route-table';
