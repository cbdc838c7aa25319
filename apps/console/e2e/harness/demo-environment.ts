// The seeded demo accounts the browser tests sign in to (prisma/seed's demo environment).
import { demoAccounts, PRODUCTION_ACCOUNT_ID } from '@gatehouse/seed';

/** acme-production: root user, alice (Admins), bob (Developers), carol (must change her password). */
export const production = demoAccounts.find((account) => account.accountId === PRODUCTION_ACCOUNT_ID)!;
