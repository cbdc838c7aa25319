"""A day's IAM work through boto3, unmodified but for endpoint_url, against Gatehouse.

Run by boto3-scenario.test.ts with a profile whose credentials are the account's root key. Prints one JSON object of
what each step observed; the test asserts on it.
"""

import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
session = boto3.Session()
iam = session.client("iam", endpoint_url=endpoint)
sts = session.client("sts", endpoint_url=endpoint)
seen = {}


def refusal(call):
    """The AWS error code and HTTP status of a call expected to fail."""
    try:
        call()
    except ClientError as error:
        return {"code": error.response["Error"]["Code"], "status": error.response["ResponseMetadata"]["HTTPStatusCode"]}
    return None


def clients_for(credentials, region="eu-west-1"):
    """Clients signed with other credentials, in another region (Gatehouse accepts any region in the scope)."""
    keys = {
        "aws_access_key_id": credentials["AccessKeyId"],
        "aws_secret_access_key": credentials["SecretAccessKey"],
        "aws_session_token": credentials.get("SessionToken"),
    }
    return (
        boto3.client("iam", endpoint_url=endpoint, region_name=region, **keys),
        boto3.client("sts", endpoint_url=endpoint, region_name=region, **keys),
    )


seen["rootIdentity"] = sts.get_caller_identity()["Arn"]

# Users and tags.
user = iam.create_user(UserName="deploy", Path="/ci/", Tags=[{"Key": "team", "Value": "platform"}])["User"]
seen["createdUser"] = {"Arn": user["Arn"], "Path": user["Path"], "Tags": user.get("Tags")}
iam.tag_user(UserName="deploy", Tags=[{"Key": "env", "Value": "prod"}])
iam.untag_user(UserName="deploy", TagKeys=["team"])
seen["userTags"] = iam.list_user_tags(UserName="deploy")["Tags"]
seen["duplicateUser"] = refusal(lambda: iam.create_user(UserName="DEPLOY"))
seen["badUserName"] = refusal(lambda: iam.create_user(UserName="no spaces"))

# Groups.
iam.create_group(GroupName="deployers")
iam.add_user_to_group(GroupName="deployers", UserName="deploy")
seen["groupsForUser"] = [group["GroupName"] for group in iam.list_groups_for_user(UserName="deploy")["Groups"]]

# Customer managed policies and their versions.
role_arn = "arn:aws:iam::%s:role/release" % user["Arn"].split(":")[4]
first = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
second = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::artifacts/*"},
        {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": role_arn},
    ],
}
policy_arn = iam.create_policy(PolicyName="Deploy", PolicyDocument=json.dumps(first), Tags=[{"Key": "owner", "Value": "ci"}])["Policy"]["Arn"]
iam.create_policy_version(PolicyArn=policy_arn, PolicyDocument=json.dumps(second), SetAsDefault=True)
seen["policyVersions"] = sorted((v["VersionId"], v["IsDefaultVersion"]) for v in iam.list_policy_versions(PolicyArn=policy_arn)["Versions"])
seen["defaultDocument"] = iam.get_policy_version(PolicyArn=policy_arn, VersionId="v2")["PolicyVersion"]["Document"]
seen["policyTags"] = iam.list_policy_tags(PolicyArn=policy_arn)["Tags"]
seen["malformedPolicy"] = refusal(lambda: iam.create_policy(PolicyName="Bad", PolicyDocument='{"Statement": 1}'))
iam.attach_group_policy(GroupName="deployers", PolicyArn=policy_arn)
seen["attachedToGroup"] = [p["PolicyName"] for p in iam.list_attached_group_policies(GroupName="deployers")["AttachedPolicies"]]
seen["deleteAttachedPolicy"] = refusal(lambda: iam.delete_policy(PolicyArn=policy_arn))

# The simulator, on the user's policies (through the group).
simulation = iam.simulate_principal_policy(
    PolicySourceArn=user["Arn"], ActionNames=["s3:GetObject", "s3:PutObject"], ResourceArns=["arn:aws:s3:::artifacts/app.zip"]
)
seen["simulation"] = {result["EvalActionName"]: result["EvalDecision"] for result in simulation["EvaluationResults"]}

# Access keys: the user's new key signs at once; its own policies decide what it may do.
key = iam.create_access_key(UserName="deploy")["AccessKey"]
seen["accessKeys"] = [(k["AccessKeyId"] == key["AccessKeyId"], k["Status"]) for k in iam.list_access_keys(UserName="deploy")["AccessKeyMetadata"]]
deploy_iam, deploy_sts = clients_for(key)
seen["deployIdentity"] = deploy_sts.get_caller_identity()["Arn"]
seen["deployListUsers"] = refusal(lambda: deploy_iam.list_users())

# Roles: created with a trust policy, an inline policy and tags, then assumed by the user.
trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": user["Arn"]}, "Action": "sts:AssumeRole"}]}
iam.create_role(RoleName="release", AssumeRolePolicyDocument=json.dumps(trust), Tags=[{"Key": "stage", "Value": "release"}])
read_users = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
iam.put_role_policy(RoleName="release", PolicyName="read-users", PolicyDocument=json.dumps(read_users))
role = iam.get_role(RoleName="release")["Role"]
seen["roleTrust"] = role["AssumeRolePolicyDocument"]
seen["roleTags"] = iam.list_role_tags(RoleName="release")["Tags"]
assumed = deploy_sts.assume_role(RoleArn=role_arn, RoleSessionName="ci-run", DurationSeconds=900)
role_iam, role_sts = clients_for(assumed["Credentials"], region="ap-southeast-2")
seen["assumedRoleUser"] = assumed["AssumedRoleUser"]["Arn"]
seen["assumedIdentity"] = role_sts.get_caller_identity()["Arn"]
seen["roleListsUsers"] = sorted(u["UserName"] for u in role_iam.list_users()["Users"])
seen["roleCreatesUser"] = refusal(lambda: role_iam.create_user(UserName="intruder"))

# Pagination: boto3's paginator collects every user exactly once, pages of 7.
for n in range(23):
    iam.create_user(UserName="bulk-%02d" % n)
pages = list(iam.get_paginator("list_users").paginate(PaginationConfig={"PageSize": 7}))
seen["pageSizes"] = [len(page["Users"]) for page in pages]
seen["paginatedUsers"] = [u["UserName"] for page in pages for u in page["Users"]]

# Deleting: a role with an inline policy is refused, then emptied and deleted.
seen["deleteRoleWithPolicy"] = refusal(lambda: iam.delete_role(RoleName="release"))
iam.delete_role_policy(RoleName="release", PolicyName="read-users")
iam.delete_role(RoleName="release")
seen["deletedRole"] = refusal(lambda: iam.get_role(RoleName="release"))

print(json.dumps(seen, default=str))
