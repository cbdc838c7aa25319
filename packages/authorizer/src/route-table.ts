/**
 * What the protected service declares: for each route, the action a request to it performs and the resource it
 * performs it on. Paths use `:name` segments (`/orders/:id`), whose values the resource function receives.
 */
export interface Route {
  method: string;
  path: string;
  /** `prefix:Action`, e.g. `orders:GetOrder`. */
  action: string;
  /** The resource ARN, from the path's parameters; `*` for actions on no particular resource. */
  resource: (params: Record<string, string>) => string;
}

export interface RouteMatch {
  action: string;
  resource: string;
}

interface CompiledRoute {
  method: string;
  pattern: RegExp;
  names: string[];
  route: Route;
}

/** The routes compiled once; `match` answers the first route a request's method and path fit, or null. */
export class RouteTable {
  private readonly routes: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.routes = routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((segment) => {
          if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(segment.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { method: route.method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, route };
    });
  }

  match(method: string, path: string): RouteMatch | null {
    for (const { method: routeMethod, pattern, names, route } of this.routes) {
      if (routeMethod !== method.toUpperCase()) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
      return { action: route.action, resource: route.resource(params) };
    }
    return null;
  }
}
