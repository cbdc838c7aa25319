import { Field, InputType } from 'type-graphql';
import { AwsArn, AwsEntityName } from '../../graphql/aws-constraints';

@InputType()
export class PutUserPermissionsBoundaryInput {
  @Field(() => String)
  @AwsEntityName(64)
  userName!: string;

  @Field(() => String, { description: 'The ARN of the managed policy that sets the boundary.' })
  @AwsArn()
  permissionsBoundary!: string;
}

@InputType()
export class DeleteUserPermissionsBoundaryInput {
  @Field(() => String)
  @AwsEntityName(64)
  userName!: string;
}

@InputType()
export class PutRolePermissionsBoundaryInput {
  @Field(() => String)
  @AwsEntityName(64)
  roleName!: string;

  @Field(() => String, { description: 'The ARN of the managed policy that sets the boundary.' })
  @AwsArn()
  permissionsBoundary!: string;
}

@InputType()
export class DeleteRolePermissionsBoundaryInput {
  @Field(() => String)
  @AwsEntityName(64)
  roleName!: string;
}
