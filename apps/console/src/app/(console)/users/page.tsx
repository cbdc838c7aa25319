import type { Metadata } from 'next';
import { UsersListPage } from '../../../features/users/users-list-page';
import { LIST_USERS_FIRST_PAGE, ListUsersQuery } from '../../../features/users/users.documents';
import { EarlyQueryScript } from '../../../graphql/early-query-script';

export const metadata: Metadata = { title: 'Users' };

export default function UsersRoute() {
  return (
    <>
      <EarlyQueryScript query={ListUsersQuery} variables={LIST_USERS_FIRST_PAGE} />
      <UsersListPage />
    </>
  );
}
