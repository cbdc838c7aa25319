import type { Group, Role, User } from '@gatehouse/db';
import type { Tx } from '../audit/audited-transaction';
import { noSuchEntity } from '../errors/iam-error';

// Users, groups and roles are named uniquely within their account: these are the lookups by that name.

interface IdentityRows {
  user: User;
  group: Group;
  role: Role;
}

export type IdentityKind = keyof IdentityRows;

export const findIdentity: { [K in IdentityKind]: (db: Tx, accountId: string, name: string) => Promise<IdentityRows[K] | null> } = {
  user: (db, accountId, userName) => db.user.findUnique({ where: { accountId_userName: { accountId, userName } } }),
  group: (db, accountId, groupName) => db.group.findUnique({ where: { accountId_groupName: { accountId, groupName } } }),
  role: (db, accountId, roleName) => db.role.findUnique({ where: { accountId_roleName: { accountId, roleName } } }),
};

/** The identity of that kind and name in the account, or NoSuchEntity. */
export async function requireIdentity<K extends IdentityKind>(db: Tx, kind: K, accountId: string, name: string): Promise<IdentityRows[K]> {
  return identityInAccount(await findIdentity[kind](db, accountId, name), kind, accountId, name);
}

/** A row found by name elsewhere (a DataLoader keyed by name alone): NoSuchEntity unless it is in the account. */
export function identityInAccount<TRow extends { accountId: string }>(row: TRow | null | undefined, kind: IdentityKind, accountId: string, name: string): TRow {
  if (!row || row.accountId !== accountId) throw noSuchEntity(kind, name);
  return row;
}
