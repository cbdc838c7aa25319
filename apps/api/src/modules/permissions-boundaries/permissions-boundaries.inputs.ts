import { nameRules } from '@gatehouse/iam-names';
import { Field, InputType } from 'type-graphql';
import { AwsArn, AwsName } from '../../graphql/aws-constraints';

@InputType()
export class PutUserPermissionsBoundaryInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;

  @Field(() => String, { description: 'The ARN of the managed policy that sets the boundary.' })
  @AwsArn()
  permissionsBoundary!: string;
}

@InputType()
export class DeleteUserPermissionsBoundaryInput {
  @Field(() => String)
  @AwsName(nameRules.userName)
  userName!: string;
}

@InputType()
export class PutRolePermissionsBoundaryInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;

  @Field(() => String, { description: 'The ARN of the managed policy that sets the boundary.' })
  @AwsArn()
  permissionsBoundary!: string;
}

@InputType()
export class DeleteRolePermissionsBoundaryInput {
  @Field(() => String)
  @AwsName(nameRules.roleName)
  roleName!: string;
}
