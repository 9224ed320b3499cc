using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Teardown.Cleanup;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.GuideAsData;

/// <summary>
/// The live sections and the clean-up read the guide's names from its files (<see cref="GuideModel.Names"/>): a rename in
/// the guide flows into what a run creates and deletes, and a feature phrase naming the old name fails, naming the new.
/// </summary>
public sealed class SectionNamesTests
{
    /// <summary>A copy of the guide's files (TestData) with the consumer's namespace, Deployment and service account renamed in its manifest.</summary>
    private static string RenamedGuide()
    {
        var folder = Directory.CreateTempSubdirectory("kg-renamed-").FullName;
        foreach (var file in Directory.GetFiles(TestRuns.TestDataGuide, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(TestRuns.TestDataGuide, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var manifest = Path.Combine(folder, GuideLayout.SqsConsumerDeployment);
        File.WriteAllText(manifest, File.ReadAllText(manifest)
            .Replace("keda-sqs-guidance", "queue-workers", StringComparison.Ordinal)
            .Replace("sqs-consumer-backend", "queue-worker", StringComparison.Ordinal)
            .Replace("serviceAccountName: sqsconsumer", "serviceAccountName: worker", StringComparison.Ordinal));
        return folder;
    }

    [Fact]
    public void The_sqs_section_takes_its_names_from_the_guides_files()
    {
        var guide = RenamedGuide();
        var settings = TestRuns.PlanSettings("local", guide);
        var run = TestRuns.Plan(settings, guide);
        var aws = SuiteTargets.Find("local")!.PlanAws(settings);
        var section = new SqsScalingSection(run, new GuideSqsSection(run, aws.Aws), aws.ForCluster);

        section.Namespace.Should().Be("queue-workers");
        section.Deployment.Should().Be("queue-worker");
        section.ServiceAccount.Should().Be("worker");
        section.ScaledObjectName.Should().Be("sqsconsumer-hpa", "the ScaledObject's own file is unchanged");
        section.Hpa.Should().Be("keda-hpa-sqsconsumer-hpa");
        section.KedaNamespace.Should().Be("keda", "setup/env.sh's KEDA_NAMESPACE");
    }

    [Fact]
    public async Task A_rename_in_the_guide_changes_what_a_plan_creates()
    {
        var guide = RenamedGuide();
        var settings = TestRuns.PlanSettings("local", guide);
        var run = TestRuns.Plan(settings, guide);
        var aws = SuiteTargets.Find("local")!.PlanAws(settings);
        var section = new SqsScalingSection(run, new GuideSqsSection(run, aws.Aws), aws.ForCluster);

        await section.CreateNamespaceAsync(CancellationToken.None);
        await section.CreateConsumerServiceAccountAsync(CancellationToken.None);

        run.Ledger.Pending.Should().Contain("Namespace queue-workers").And.Contain("ServiceAccount queue-workers/worker");
    }

    [Fact]
    public void The_clean_up_follows_the_guides_names_and_a_phrase_of_an_old_name_fails_naming_the_steps()
    {
        var steps = GuideCleanupSteps.For(GuideModel.Read(RenamedGuide()).Names);

        GuideCleanupSteps.ByPhrase(steps, "the worker service account is deleted").Matches("ServiceAccount queue-workers/worker").Should().BeTrue();
        GuideCleanupSteps.ByPhrase(steps, "the consumer deployment is deleted").Matches("Deployment queue-workers/queue-worker").Should().BeTrue();
        GuideCleanupSteps.ByPhrase(steps, "the queue-workers namespace is deleted").Matches("Namespace queue-workers").Should().BeTrue();
        var old = () => GuideCleanupSteps.ByPhrase(steps, "the keda-sqs-guidance namespace is deleted");
        old.Should().Throw<ArgumentException>().WithMessage("No clean-up step \"the keda-sqs-guidance namespace is deleted\"*the queue-workers namespace is deleted*");
    }

    [Fact]
    public void A_guide_whose_file_names_nothing_fails_naming_the_name()
    {
        var guide = RenamedGuide();
        File.Delete(Path.Combine(guide, GuideLayout.SqsConsumerDeployment));
        var settings = TestRuns.PlanSettings("local", guide);
        var run = TestRuns.Plan(settings, guide);
        var aws = SuiteTargets.Find("local")!.PlanAws(settings);
        var section = new SqsScalingSection(run, new GuideSqsSection(run, aws.Aws), aws.ForCluster);

        var read = () => section.Namespace;
        read.Should().Throw<InvalidOperationException>().WithMessage("The guide's files define no SqsNamespace*Category=static*");
    }
}
