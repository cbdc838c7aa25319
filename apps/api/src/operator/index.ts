// `@gatehouse/api/operator`: the API's services for the operator's command line (packages/cli), without the server.
// type-graphql's decorators on the input classes these load need the metadata polyfill first.
import 'reflect-metadata';

export type { RequestContext } from '../context';
export { IamError } from '../errors/iam-error';
export { createAccessKey } from '../modules/access-keys/access-keys.service';
export type { CredentialOwnerName } from '../modules/credential-owner';
export { createAccount, deleteAccount, type CreatedAccount, type DeletedAccount } from '../modules/accounts/accounts.service';
export { withOperatorContext, operatorUserAgent, type OperatorOptions } from './operator-context';
