using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Teardown.Cleanup;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class GuideCleanupTests
{
    private static readonly WaitBudget Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(30)));
    private const string Queue = "https://plan.invalid/123456789012/app-queue";
    private const string Policy = "arn:aws:iam::123456789012:policy/";

    private static DeleteObject Delete(string kind, string? ns, string name) =>
        new(new ObjectReference(kind == "ScaledObject" ? "keda.sh/v1alpha1" : kind == "Deployment" ? "apps/v1" : "v1", kind, ns, name), "kg-t", Budget);

    /// <summary>What features 01–03 register, in creation order, with the names their code uses.</summary>
    private static TeardownLedger LedgerOfAWholeRun()
    {
        var ledger = new TeardownLedger(attempts: 1, delay: TimeSpan.Zero);
        ledger.Register("Namespace keda", Delete("Namespace", null, "keda"));
        ledger.Register("helm release keda/keda", new HelmUninstall("keda", "keda", Budget));
        ledger.Register("iam role keda-operator-role", new DeleteRole("keda-operator-role"));
        ledger.Register($"iam policy {Policy}sqsgetattributes", new DeletePolicy(Policy + "sqsgetattributes"));
        ledger.Register($"iam attachment {Policy}sqsgetattributes to role keda-operator-role", new DetachRolePolicy("keda-operator-role", Policy + "sqsgetattributes"));
        ledger.Register($"iam policy {Policy}sqsconsumer", new DeletePolicy(Policy + "sqsconsumer"));
        ledger.Register($"sqs queue {Queue}", new DeleteQueue(Queue));
        ledger.Register("Namespace keda-sqs-guidance", Delete("Namespace", null, "keda-sqs-guidance"));
        ledger.Register("Deployment keda-sqs-guidance/sqs-consumer-backend", Delete("Deployment", "keda-sqs-guidance", "sqs-consumer-backend"));
        ledger.Register("ScaledObject keda-sqs-guidance/sqsconsumer-hpa", Delete("ScaledObject", "keda-sqs-guidance", "sqsconsumer-hpa"));
        ledger.Register("ecr repository sqsconsumer", new KedaGuidance.Harness.Aws.Ecr.DeleteRepository("sqsconsumer"));
        return ledger;
    }

    private static RunRecorder Recorder()
    {
        var recorder = new RunRecorder("kg-t", "plan", "eks", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        recorder.BeginScenario("s", "Clean up", "plan", ["cluster"]);
        return recorder;
    }

    /// <summary>A clean-up over <paramref name="ledger"/> on <paramref name="target"/>'s profile, through <paramref name="executor"/>.</summary>
    private static GuideCleanup Cleanup(string target, TeardownLedger ledger, IExecutor executor, RunRecorder recorder) =>
        new(TestRuns.Plan(TestRuns.PlanSettings(target, TestGuide.Root, "kg-t", (SettingNames.SlackSeconds, "10")), TestGuide.Root, executor) with { Ledger = ledger, Recorder = recorder });

    /// <summary>The clean-up steps with the names of the guide's files (the copy in TestData).</summary>
    private static IReadOnlyList<CleanupStep> Steps { get; } = GuideCleanupSteps.For(Guide.GuideModel.Read(TestRuns.TestDataGuide).Names);

    private static async Task<List<CleanupOutcome>> RunAll(GuideCleanup cleanup)
    {
        var outcomes = new List<CleanupOutcome>();
        foreach (var step in Steps)
        {
            var outcome = await cleanup.RunAsync(step, CancellationToken.None);
            await cleanup.ExpectGoneAsync(outcome, CancellationToken.None);
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    [Fact]
    public async Task In_a_plan_for_eks_each_step_removes_its_own_resources_in_the_guides_order_and_settles_them()
    {
        var ledger = LedgerOfAWholeRun();
        var recorder = Recorder();
        var outcomes = await RunAll(Cleanup("eks", ledger, new PlanExecutor(recorder), recorder));

        Removed(outcomes, "the consumer deployment is deleted").Should().Equal("Deployment keda-sqs-guidance/sqs-consumer-backend");
        Removed(outcomes, "the SQS ScaledObject is deleted").Should().Equal("ScaledObject keda-sqs-guidance/sqsconsumer-hpa");
        Removed(outcomes, "the sqsconsumer ECR repository is deleted").Should().Equal("ecr repository sqsconsumer");
        Removed(outcomes, "the sqsgetattributes policy is detached and deleted").Should().Equal(
            $"iam attachment {Policy}sqsgetattributes to role keda-operator-role", $"iam policy {Policy}sqsgetattributes");
        Removed(outcomes, "the queue is deleted").Should().Equal($"sqs queue {Queue}");
        Removed(outcomes, "KEDA is uninstalled").Should().Equal("helm release keda/keda");
        Removed(outcomes, "the KEDA operator role is deleted").Should().Equal("iam role keda-operator-role");
        Removed(outcomes, "the KEDA namespace is deleted").Should().Equal("Namespace keda");
        ledger.Pending.Should().BeEmpty("every step settled what it removed, so final teardown deletes nothing twice");

        var entries = recorder.CurrentEntries();
        TeardownOrder.Problems(entries).Should().BeEmpty();
        entries.Where(e => e.Kind == "sqs.queue-absent").Should().ContainSingle("the queue's deletion is followed by a check that its name no longer resolves")
            .Which.Summary.Should().Contain("app-queue");
        entries.Where(e => e.Kind == "aws.resource-absent").Select(e => e.Summary).Should().HaveCount(4, "the repository, the role and both policies are asked for again, polled")
            .And.OnlyContain(summary => summary.Contains("'aws iam get-role", StringComparison.Ordinal) || summary.Contains("'aws iam get-policy", StringComparison.Ordinal)
                || summary.Contains("'aws ecr describe-repositories", StringComparison.Ordinal));
        entries.Where(e => e.Kind == "aws.resource-absent").Should().OnlyContain(e => e.Budget!.Contains("propagation", StringComparison.Ordinal), "each poll states its budget");
    }

    [Fact]
    public async Task On_the_local_target_ecr_eksctl_and_cloudformation_steps_are_skipped_with_the_reason_and_left_to_teardown()
    {
        var ledger = LedgerOfAWholeRun();
        var outcomes = await RunAll(Cleanup("local", ledger, new PlanExecutor(Recorder()), Recorder()));

        outcomes.Where(o => o.Skipped is not null).Select(o => o.Step.Phrase).Should().BeEquivalentTo(
            "the sqsconsumer ECR repository is deleted", "the sqsconsumer service account is deleted",
            "the adot-collector service account is deleted", "the Prometheus requirements stack is deleted");
        outcomes.Single(o => o.Step.Phrase == "the sqsconsumer ECR repository is deleted").Describe().Should().Contain("no ECR");
        ledger.Pending.Should().Equal("ecr repository sqsconsumer");
    }

    [Fact]
    public async Task A_failed_delete_is_reported_by_name_and_the_gone_check_fails()
    {
        var ledger = new TeardownLedger(attempts: 2, delay: TimeSpan.Zero);
        ledger.Register($"sqs queue {Queue}", new DeleteQueue(Queue));
        var cleanup = Cleanup("eks", ledger, new FailingExecutor(), Recorder());

        var outcome = await cleanup.RunAsync(GuideCleanupSteps.ByPhrase(Steps, "the queue is deleted"), CancellationToken.None);

        outcome.Report.Leftovers.Should().ContainSingle().Which.Resource.Should().Be($"sqs queue {Queue}");
        var check = () => cleanup.ExpectGoneAsync(outcome, CancellationToken.None);
        (await check.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*the queue is deleted could not remove*app-queue*");
    }

    [Fact]
    public async Task Run_alone_with_an_empty_ledger_nothing_is_done_or_recorded()
    {
        var recorder = Recorder();
        var outcomes = await RunAll(Cleanup("eks", new TeardownLedger(), new PlanExecutor(recorder), recorder));
        outcomes.Should().OnlyContain(o => o.Report.Removed.Count == 0);
        recorder.CurrentEntries().Should().BeEmpty();
    }

    [Fact]
    public void Every_phrase_the_coverage_file_names_is_a_step()
    {
        var coverage = File.ReadAllText(Path.Combine(RepoRoot(), "features", "guide-coverage.yaml"));
        var phrases = System.Text.RegularExpressions.Regex.Matches(coverage, "04-cleanup\\.feature: ([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct();
        foreach (var phrase in phrases)
            Steps.Should().Contain(s => s.Phrase == phrase);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KedaGuidance.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static IReadOnlyList<string> Removed(IEnumerable<CleanupOutcome> outcomes, string phrase) =>
        outcomes.Single(o => o.Step.Phrase == phrase).Report.Removed;

    private sealed class FailingExecutor : IExecutor
    {
        public ExecutionMode Mode => ExecutionMode.Live;
        public Task<TResult> RunAsync<TResult>(Operation<TResult> operation, CancellationToken cancellationToken) => throw new InvalidOperationException("AccessDenied");
        public Task<ExpectationResult> ExpectAsync(Expectation expectation, CancellationToken cancellationToken) => throw new InvalidOperationException("not expected");
    }
}
