import { catalogWithServices, parseServiceReference, type Catalog, type CatalogServiceData } from '@gatehouse/evaluator/catalog';
import type { ChangeNotifications, ChangeSubscriber, PrismaClient } from '@gatehouse/db';

/**
 * The catalog every request validates and browses with: AWS's services and those the operator imported
 * (`gatehouse service import`, table CustomService). It is kept in memory while the process listens for change
 * notifications; an import or removal, in any process, drops it and the next use reads the table again. Until the
 * process listens, every use reads the table (it holds a handful of rows).
 */
export class ServiceCatalog implements ChangeSubscriber {
  private current: Catalog | undefined;
  private generation = 0;

  constructor(
    private readonly db: PrismaClient,
    private readonly notifications: Pick<ChangeNotifications, 'listening' | 'subscribe'>,
  ) {
    notifications.subscribe(this);
  }

  async catalog(): Promise<Catalog> {
    const cacheable = this.notifications.listening;
    if (cacheable && this.current) return this.current;
    const generation = this.generation;
    const rows = await this.db.customService.findMany({ orderBy: { prefix: 'asc' }, select: { serviceReference: true } });
    // Each was checked when imported; one that no longer parses (a newer, stricter reader) is left out, not fatal.
    const services = rows.flatMap((row): CatalogServiceData[] => {
      const parsed = parseServiceReference(row.serviceReference);
      return parsed.ok ? [parsed.service] : [];
    });
    const catalog = catalogWithServices(services);
    if (cacheable && generation === this.generation && this.notifications.listening) this.current = catalog;
    return catalog;
  }

  changed(table: string): void {
    if (table !== 'CustomService') return;
    this.generation++;
    this.current = undefined;
  }

  reset(): void {
    this.generation++;
    this.current = undefined;
  }
}
