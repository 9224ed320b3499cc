using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Tests.GuideAsData;

public sealed class GuideModelTests
{
    [Fact]
    public void Env_sh_is_read_as_exports_with_what_each_derives_from()
    {
        var script = ShellScript.Parse("setup/env.sh", """
            echo "export AWS_REGION=$(aws ec2 describe-availability-zones --output text --query 'AvailabilityZones[0].[RegionName]')" >> /home/ec2-user/.bashrc
            echo "export ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)" >> /home/ec2-user/.bashrc
            echo "export CLUSTER_NAME=eks-keda-guidance" >> /home/ec2-user/.bashrc
            source /home/ec2-user/.bashrc
            envsubst < setup/cluster.yaml > /tmp/cluster.yaml && mv /tmp/cluster.yaml setup/cluster.yaml
            """).WithMovesFolded();

        script.Exports.Select(e => (e.Name, e.Line, e.Profile)).Should().Equal(
            ("AWS_REGION", 1, "/home/ec2-user/.bashrc"), ("ACCOUNT_ID", 2, "/home/ec2-user/.bashrc"), ("CLUSTER_NAME", 3, "/home/ec2-user/.bashrc"));
        script.Export("CLUSTER_NAME")!.Value.Should().Be("eks-keda-guidance");
        script.Commands[3].Kind.Should().Be(ShellCommandKind.Source);
        script.Renders.Single().Should().Match<ShellCommand>(r => r.Input == "setup/cluster.yaml" && r.Output == "setup/cluster.yaml" && r.MovedBack && r.Line == 5);
        script.Exports.Select(e => GuideVariableDefinition.FromExport(e, "env.sh").Source)
            .Should().Equal(GuideVariableSource.Region, GuideVariableSource.Account, GuideVariableSource.Literal);
    }

    [Fact]
    public void A_stack_output_read_by_create_requirements_keeps_its_output_key_and_suffix()
    {
        var export = ShellScript.Parse("s", "echo \"export PROMETHEUS_ENDPOINT=$(aws cloudformation --region $AWS_REGION describe-stacks --stack-name keda-guidance " +
                                            "--query 'Stacks[0].Outputs[?OutputKey==`PrometheusEndpoint`].OutputValue' --output text)api/v1/remote_write\" >> /home/ec2-user/.bashrc")
            .Exports.Single();
        var definition = GuideVariableDefinition.FromExport(export, "create_requirements.sh");
        definition.Should().Match<GuideVariableDefinition>(d => d.Source == GuideVariableSource.StackOutput && d.StackName == "keda-guidance"
                                                               && d.StackOutput == "PrometheusEndpoint" && d.Suffix == "api/v1/remote_write");
    }

    [Fact]
    public void Commands_split_on_and_and_semicolon_outside_quotes_and_substitutions()
    {
        ShellValue.SplitCommands("echo \"export A=$(x && y; z)\" >> f && source f; echo 'a;b'")
            .Should().Equal("echo \"export A=$(x && y; z)\" >> f", "source f", "echo 'a;b'");
    }

    [Fact]
    public void The_guide_model_reads_its_names_from_the_files_that_define_them()
    {
        var names = GuideModel.Read(TestGuide.Root).Names;
        names.KedaNamespace!.Value.Should().Be("keda");
        names.KedaNamespace.DefinedIn.Should().Be("setup/env.sh line 4");
        names.SqsNamespace!.Value.Should().Be("keda-sqs-guidance");
        names.SqsConsumerDeployment!.Value.Should().Be("sqs-consumer-backend");
        names.SqsConsumerServiceAccount!.Value.Should().Be("sqsconsumer");
        names.PrometheusNamespace!.Value.Should().Be("keda-prometheus-guidance");
        names.SampleAppService!.Value.Should().Be("prometheus-sampleapp-svc");
        names.AdotServiceAccount!.Value.Should().Be("adot-collector");
        names.SigV4ServiceAccount!.Value.Should().Be("keda-operator");
        names.RequirementsStack!.Value.Should().Be("keda-guidance");
        names.SampleAppRepository!.Value.Should().Be("sample-app");
        names.All().Should().OnlyContain(n => n.Name.DefinedIn.Length > 0);
    }

    [Fact]
    public void The_example_environment_is_what_the_guides_own_scripts_give_on_the_example_account()
    {
        var model = GuideModel.Read(TestGuide.Root);
        var fromGuide = GuideEnvironment.ExampleFor(model);
        fromGuide.Values.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["AWS_REGION"] = "us-west-2",
            ["ACCOUNT_ID"] = "123456789012",
            ["CLUSTER_NAME"] = "eks-keda-guidance",
            ["KEDA_NAMESPACE"] = "keda",
            ["KEDA_OPERATOR_ROLENAME"] = "keda-operator-role",
            ["OIDC_ID"] = "EXAMPLED539D4633E53DE1B71EXAMPLE",
            ["QUEUE_NAME"] = "app-queue",
            ["QUEUE_URL"] = "https://sqs.us-west-2.amazonaws.com/123456789012/app-queue",
            ["SAMPLE_APP_ECR"] = "123456789012.dkr.ecr.us-west-2.amazonaws.com/sample-app",
            ["PROMETHEUS_ENDPOINT"] = "https://aps-workspaces.us-west-2.amazonaws.com/workspaces/ws-00000000-0000-0000-0000-000000000000/api/v1/remote_write",
            ["PROMETHEUS_WORKSPACE"] = "ws-00000000-0000-0000-0000-000000000000",
        }, "env.sh's literals, the queue step, and the requirements template's outputs evaluated in the example account");
        fromGuide.Variables.Single(v => v.Name == "KEDA_NAMESPACE").DefinedBy.Should().StartWith("setup/env.sh line 4");
        fromGuide.Variables.Single(v => v.Name == "PROMETHEUS_ENDPOINT").DefinedBy.Should().StartWith("scaledobject-samples/prometheus/setup/create_requirements.sh line");
    }

    [Fact]
    public void A_change_to_env_sh_changes_the_environment()
    {
        var model = GuideModel.Parse(path => path == GuideLayout.EnvScript
            ? "echo \"export KEDA_NAMESPACE=keda-system\" >> ~/.bashrc\necho \"export KEDA_OPERATOR_ROLENAME=${KEDA_NAMESPACE}-operator\" >> ~/.bashrc\n"
            : null);
        var environment = GuideEnvironment.ExampleFor(model);
        environment["KEDA_NAMESPACE"].Should().Be("keda-system");
        environment["KEDA_OPERATOR_ROLENAME"].Should().Be("keda-system-operator");
        environment.Values.Should().NotContainKey("CLUSTER_NAME", "env.sh no longer exports it");
    }

    [Fact]
    public void The_stacks_outputs_go_through_the_guides_script_and_one_it_lacks_fails_naming_it()
    {
        var model = GuideModel.Read(TestRuns.TestDataGuide);
        var outputs = new Dictionary<string, string>
        {
            ["SampleAppECR"] = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/sample-app",
            ["PrometheusEndpoint"] = "https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1/",
            ["PrometheusWorkspace"] = "ws-1",
        };

        var environment = GuideEnvironment.ExampleFor(model).WithStackOutputs(model, outputs);

        environment["PROMETHEUS_ENDPOINT"].Should().Be("https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1/api/v1/remote_write",
            "create_requirements.sh appends api/v1/remote_write to the output");
        environment["PROMETHEUS_WORKSPACE"].Should().Be("ws-1");
        environment["KEDA_NAMESPACE"].Should().Be("keda", "the other variables stay");
        var lacking = () => GuideEnvironment.ExampleFor(model).WithStackOutputs(model, new Dictionary<string, string> { ["SampleAppECR"] = "x" });
        lacking.Should().Throw<InvalidOperationException>().WithMessage("CloudFormation stack keda-guidance has no output PrometheusEndpoint*create_requirements.sh*PROMETHEUS_ENDPOINT*");
    }

    [Fact]
    public void A_script_that_appends_another_path_changes_the_endpoint()
    {
        var script = File.ReadAllText(Path.Combine(TestRuns.TestDataGuide, GuideLayout.PrometheusCreateRequirements))
            .Replace("--output text)api/v1/remote_write", "--output text)api/v1/write", StringComparison.Ordinal);
        var model = GuideModel.Parse(path => path == GuideLayout.PrometheusCreateRequirements ? script
            : File.Exists(Path.Combine(TestRuns.TestDataGuide, path)) ? File.ReadAllText(Path.Combine(TestRuns.TestDataGuide, path)) : null);

        var environment = GuideEnvironment.ExampleFor(model).WithStackOutputs(model, new Dictionary<string, string>
        {
            ["SampleAppECR"] = "e", ["PrometheusEndpoint"] = "https://aps/", ["PrometheusWorkspace"] = "w",
        });

        environment["PROMETHEUS_ENDPOINT"].Should().Be("https://aps/api/v1/write");
    }
}
