using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class AwsCliOperationTests
{
    private const string NoSuchEntity = "\nAn error occurred (NoSuchEntity) when calling the GetRole operation: Role keda-operator-role not found\n";

    [Fact]
    public void Create_role_passes_the_rendered_trust_policy_as_a_file_and_tags_the_run()
    {
        var operation = new CreateRole("keda-operator-role", "/scratch/keda/trust-policy-keda-operator.json", "kg-1");

        operation.Arguments.Should().Equal("iam", "create-role", "--role-name", "keda-operator-role",
            "--assume-role-policy-document", "file:///scratch/keda/trust-policy-keda-operator.json", "--tags", $"Key={AwsTags.RunId},Value=kg-1");
        operation.Content.Should().StartWith("aws iam create-role --role-name keda-operator-role");
        FakeAwsCli.Interpret(operation, 0, """{"Role": {"RoleName": "keda-operator-role", "Arn": "arn:aws:iam::123456789012:role/keda-operator-role"}}""")
            .Should().Be("arn:aws:iam::123456789012:role/keda-operator-role");
    }

    [Fact]
    public void Create_policy_reads_the_arn_and_fails_naming_the_path_when_it_is_missing()
    {
        var operation = new CreatePolicy("sqsgetattributes", "/scratch/keda-sqs-policy.json", "kg-1");

        FakeAwsCli.Interpret(operation, 0, """{"Policy": {"PolicyName": "sqsgetattributes", "Arn": "arn:aws:iam::123456789012:policy/sqsgetattributes"}}""")
            .Should().Be("arn:aws:iam::123456789012:policy/sqsgetattributes");
        var act = () => FakeAwsCli.Interpret(operation, 0, """{"Policy": {"PolicyName": "sqsgetattributes"}}""");
        act.Should().Throw<AwsCliException>().WithMessage("*printed no Policy.Arn*");
    }

    [Fact]
    public void Exists_checks_answer_false_on_NoSuchEntity_and_fail_on_any_other_error()
    {
        FakeAwsCli.Interpret(new IamRoleExists("keda-operator-role"), 0, """{"Role": {}}""").Should().Be(true);
        FakeAwsCli.Interpret(new IamRoleExists("keda-operator-role"), 254, "", NoSuchEntity).Should().Be(false);
        FakeAwsCli.Interpret(new IamPolicyExists("arn:aws:iam::1:policy/p"), 254, "", NoSuchEntity.Replace("GetRole", "GetPolicy")).Should().Be(false);

        var act = () => FakeAwsCli.Interpret(new IamRoleExists("keda-operator-role"), 254, "", "An error occurred (AccessDenied) when calling the GetRole operation: no");
        act.Should().Throw<AwsCliException>().WithMessage("*aws iam get-role --role-name keda-operator-role*AccessDenied*")
            .Which.ErrorCode.Should().Be("AccessDenied");
    }

    [Fact]
    public void Inverses_treat_an_already_missing_resource_as_done_but_not_other_errors()
    {
        FakeAwsCli.Interpret(new DeleteRole("r"), 254, "", NoSuchEntity).Should().Be(Done.Value);
        FakeAwsCli.Interpret(new DeletePolicy("arn:aws:iam::1:policy/p"), 254, "", NoSuchEntity).Should().Be(Done.Value);
        FakeAwsCli.Interpret(new DetachRolePolicy("r", "arn:aws:iam::1:policy/p"), 254, "", NoSuchEntity).Should().Be(Done.Value);

        var conflict = () => FakeAwsCli.Interpret(new DeletePolicy("arn:aws:iam::1:policy/p"), 254, "", "An error occurred (DeleteConflict) when calling the DeletePolicy operation: attached");
        conflict.Should().Throw<AwsCliException>().Which.ErrorCode.Should().Be("DeleteConflict");
        var attach = () => FakeAwsCli.Interpret(new AttachRolePolicy("r", "arn:aws:iam::1:policy/p"), 254, "", NoSuchEntity);
        attach.Should().Throw<AwsCliException>("attaching to a missing role is a failure, not an answer");
    }

    [Fact]
    public void Output_that_is_not_json_is_an_error_naming_what_was_printed()
    {
        var act = () => FakeAwsCli.Interpret(new CreateRole("r", "/f.json", "kg-1"), 0, "<html>not the CLI</html>");

        act.Should().Throw<AwsCliException>().WithMessage("*not JSON*<html>*");
    }

    [Fact]
    public void Planned_results_can_never_be_mistaken_for_real_arns()
    {
        new CreateRole("keda-operator-role", "/f", "kg").Planned().Should().Be("arn:aws:iam::planned:role/keda-operator-role");
        new CreatePolicy("sqsconsumer", "/f", "kg").Planned().Should().Be("arn:aws:iam::planned:policy/sqsconsumer");
    }
}
