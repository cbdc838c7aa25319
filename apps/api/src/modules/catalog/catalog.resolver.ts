import { Args, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AnyAuthenticatedCaller } from '../../authz/iam-operation';
import { listComplexity } from '../../graphql/complexity';
import { CatalogActionsArgs, CatalogServiceArgs } from './catalog.inputs';
import * as catalog from './catalog.service';
import { CatalogAction, CatalogConditionKey, CatalogResourceType, CatalogService } from './catalog.type';

// Bounds for the complexity estimate, from the catalog's largest service (ec2: 826 actions) rounded up.
const maxServices = 500;
const maxActionsPerService = 1000;
const maxTypesOrKeysPerService = 200;

/**
 * AWS publishes this data to everyone (the Service Authorization Reference) and no IAM action governs it, so an IAM
 * policy cannot grant or deny it; Gatehouse serves it to any signed-in caller and to no anonymous one, so that
 * nothing but sign-in is reachable without credentials.
 */
@Resolver(() => CatalogService)
export class CatalogResolver {
  @Query(() => [CatalogService], { complexity: listComplexity(maxServices) })
  @AnyAuthenticatedCaller()
  catalogServices(): CatalogService[] {
    return catalog.catalogServices();
  }

  @Query(() => CatalogService)
  @AnyAuthenticatedCaller()
  catalogService(@Args(() => CatalogServiceArgs) args: CatalogServiceArgs): CatalogService {
    return catalog.catalogService(args.prefix);
  }

  @Query(() => [CatalogConditionKey], { complexity: listComplexity(maxTypesOrKeysPerService), description: 'The global aws: condition keys.' })
  @AnyAuthenticatedCaller()
  catalogGlobalConditionKeys(): CatalogConditionKey[] {
    return catalog.catalogConditionKeys(undefined);
  }

  @FieldResolver(() => [CatalogAction], { complexity: listComplexity(maxActionsPerService) })
  actions(@Root() service: CatalogService, @Args(() => CatalogActionsArgs) args: CatalogActionsArgs): CatalogAction[] {
    return catalog.catalogActions(service.prefix, args.accessLevel);
  }

  @FieldResolver(() => [CatalogResourceType], { complexity: listComplexity(maxTypesOrKeysPerService) })
  resourceTypes(@Root() service: CatalogService): CatalogResourceType[] {
    return catalog.catalogResourceTypes(service.prefix);
  }

  @FieldResolver(() => [CatalogConditionKey], { complexity: listComplexity(maxTypesOrKeysPerService) })
  conditionKeys(@Root() service: CatalogService): CatalogConditionKey[] {
    return catalog.catalogConditionKeys(service.prefix);
  }
}
