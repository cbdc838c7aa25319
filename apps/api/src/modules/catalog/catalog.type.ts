import { Field, ObjectType } from 'type-graphql';

// The action catalog (AWS's Service Authorization Reference) for the console's visual policy editor.

@ObjectType()
export class CatalogService {
  @Field(() => String, { description: 'The action prefix: `iam`, `s3`, `ec2`.' })
  prefix!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'True for a service the operator imported (`gatehouse service import`), not one of AWS’s.' })
  custom!: boolean;
}

@ObjectType()
export class CatalogResourceType {
  @Field(() => String)
  service!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'As AWS documents it: arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}.' })
  arnFormat!: string;
}

/** A resource type an action acts on; `required` types must be matched by the statement's Resource. */
@ObjectType()
export class CatalogActionResourceType {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => String, { nullable: true, description: 'Null for a resource type the service does not describe.' })
  arnFormat!: string | null;
}

@ObjectType()
export class CatalogAction {
  @Field(() => String)
  service!: string;

  @Field(() => String, { description: 'As AWS spells it: `GetObject`.' })
  name!: string;

  @Field(() => String, { description: '`s3:GetObject`.' })
  action!: string;

  @Field(() => String, { description: 'List, Read, Write, Permissions management or Tagging.' })
  accessLevel!: string;

  @Field(() => [CatalogActionResourceType])
  resourceTypes!: CatalogActionResourceType[];

  @Field(() => [String])
  conditionKeys!: string[];
}

@ObjectType()
export class CatalogConditionKey {
  @Field(() => String, { description: 'Tag keys appear as a pattern: aws:ResourceTag/${TagKey}.' })
  name!: string;

  @Field(() => String, { description: 'String, ARN, Numeric, Date, Bool, IPAddress, Binary, or ArrayOf… of them.' })
  type!: string;

  @Field(() => Boolean, { description: 'True for the aws: keys every service accepts.' })
  global!: boolean;
}

/** A service the operator imported, as imported: the console builds its catalog from these with the evaluator. */
@ObjectType()
export class CustomServiceDefinition {
  @Field(() => String)
  prefix!: string;

  @Field(() => String, { description: "The document in AWS's service reference format, as JSON text." })
  serviceReference!: string;
}
