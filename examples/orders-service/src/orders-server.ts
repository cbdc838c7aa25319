import { createServer, type Server } from 'node:http';
import { gatehouseMiddleware, type AuthorizedRequest, type GatehouseCredentials, type Route } from '@gatehouse/authorizer';

export interface OrdersServiceOptions {
  gatehouseUrl: string;
  /** The service's own access key: its user is allowed `gatehouse:Authorize` on `service/orders`. */
  credentials: GatehouseCredentials;
  /** The account that owns the orders (their ARNs name it). */
  accountId: string;
  region?: string;
}

/** Each route's action and resource, as orders.service-reference.json declares them. */
export function ordersRoutes(accountId: string, region = 'us-east-1'): Route[] {
  const order = ({ id }: Record<string, string>) => `arn:aws:orders:${region}:${accountId}:order/${id}`;
  return [
    { method: 'GET', path: '/orders', action: 'orders:ListOrders', resource: () => '*' },
    { method: 'GET', path: '/orders/:id', action: 'orders:GetOrder', resource: order },
    { method: 'DELETE', path: '/orders/:id', action: 'orders:CancelOrder', resource: order },
  ];
}

/** The orders service: a few orders in memory, every request decided by Gatehouse before a handler sees it. */
export function createOrdersServer(options: OrdersServiceOptions): Server {
  const orders = new Map([['42', { id: '42', item: 'book' }]]);
  const authorize = gatehouseMiddleware({ gatehouseUrl: options.gatehouseUrl, credentials: options.credentials, routes: ordersRoutes(options.accountId, options.region) });
  return createServer((req, res) => {
    void authorize(req, res, (error) => {
      if (error) {
        res.writeHead(500).end();
        return;
      }
      const { gatehouse } = req as AuthorizedRequest;
      const id = gatehouse.resource.split('/').pop()!;
      const answer = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      switch (gatehouse.action) {
        case 'orders:ListOrders':
          return answer(200, [...orders.values()]);
        case 'orders:GetOrder':
          return orders.has(id) ? answer(200, orders.get(id)) : answer(404, { message: `no order ${id}` });
        case 'orders:CancelOrder':
          return answer(200, { id, cancelled: orders.delete(id) });
        default:
          return answer(404, { message: 'no such route' });
      }
    });
  });
}
