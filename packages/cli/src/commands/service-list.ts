import { parseServiceReference } from '@gatehouse/evaluator/catalog';
import { withDatabase, withPrisma } from '../database';

/** `gatehouse service list`: the services imported with `service import`, as a JSON array in prefix order. */
export async function serviceListCommand(): Promise<void> {
  const services = await withDatabase(({ databaseUrl }) => withPrisma(databaseUrl, (prisma) => prisma.customService.findMany({ orderBy: { prefix: 'asc' } })));
  const listing = services.map((service) => {
    const parsed = parseServiceReference(service.serviceReference);
    return {
      prefix: service.prefix,
      actions: parsed.ok ? Object.keys(parsed.service.actions).length : 0,
      resourceTypes: parsed.ok ? Object.keys(parsed.service.resourceTypes).length : 0,
      conditionKeys: parsed.ok ? Object.keys(parsed.service.conditionKeys).length : 0,
      importedAt: service.importedAt.toISOString(),
    };
  });
  console.log(JSON.stringify(listing, null, 2));
}
