import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AnyAuthenticatedCaller } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { listComplexity } from '../../graphql/complexity';
import { CatalogActionsArgs, CatalogServiceArgs } from './catalog.inputs';
import * as catalog from './catalog.service';
import { CatalogAction, CatalogConditionKey, CatalogResourceType, CatalogService, CustomServiceDefinition } from './catalog.type';

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
  async catalogServices(@Ctx() ctx: RequestContext): Promise<CatalogService[]> {
    return catalog.catalogServices(await ctx.serviceCatalog.catalog());
  }

  @Query(() => CatalogService)
  @AnyAuthenticatedCaller()
  async catalogService(@Args(() => CatalogServiceArgs) args: CatalogServiceArgs, @Ctx() ctx: RequestContext): Promise<CatalogService> {
    return catalog.catalogService(await ctx.serviceCatalog.catalog(), args.prefix);
  }

  @Query(() => [CatalogConditionKey], { complexity: listComplexity(maxTypesOrKeysPerService), description: 'The global aws: condition keys.' })
  @AnyAuthenticatedCaller()
  async catalogGlobalConditionKeys(@Ctx() ctx: RequestContext): Promise<CatalogConditionKey[]> {
    return catalog.catalogConditionKeys(await ctx.serviceCatalog.catalog(), undefined);
  }

  @Query(() => [CustomServiceDefinition], { complexity: listComplexity(maxServices), description: 'The services the operator imported (`gatehouse service import`).' })
  @AnyAuthenticatedCaller()
  customServices(@Ctx() ctx: RequestContext): Promise<CustomServiceDefinition[]> {
    return catalog.customServiceDefinitions(ctx);
  }

  @FieldResolver(() => [CatalogAction], { complexity: listComplexity(maxActionsPerService) })
  async actions(@Root() service: CatalogService, @Args(() => CatalogActionsArgs) args: CatalogActionsArgs, @Ctx() ctx: RequestContext): Promise<CatalogAction[]> {
    return catalog.catalogActions(await ctx.serviceCatalog.catalog(), service.prefix, args.accessLevel);
  }

  @FieldResolver(() => [CatalogResourceType], { complexity: listComplexity(maxTypesOrKeysPerService) })
  async resourceTypes(@Root() service: CatalogService, @Ctx() ctx: RequestContext): Promise<CatalogResourceType[]> {
    return catalog.catalogResourceTypes(await ctx.serviceCatalog.catalog(), service.prefix);
  }

  @FieldResolver(() => [CatalogConditionKey], { complexity: listComplexity(maxTypesOrKeysPerService) })
  async conditionKeys(@Root() service: CatalogService, @Ctx() ctx: RequestContext): Promise<CatalogConditionKey[]> {
    return catalog.catalogConditionKeys(await ctx.serviceCatalog.catalog(), service.prefix);
  }
}
