using FluentAssertions;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>Steps of features/00-static-conformance.feature: gather the guide-text-only parts, run a rule family, report.</summary>
[Binding]
public sealed class StaticConformanceSteps(SuiteSession session, ITestOutputHelper output, StaticGuideCheck check, FeatureContext feature)
{
    [Given("the guide's files rendered with the example environment")]
    public void GivenTheExampleEnvironment()
    {
        // The environment is read from the guide (setup/env.sh, create_requirements.sh, the template's outputs), with fake
        // facts; read once per feature, as every scenario's Background asks for the same guide.
        if (!feature.TryGetValue(out GuideEnvironment environment))
            feature.Set(environment = GuideEnvironment.ExampleFor(session.Run.Guide));
        check.Use(environment);
        output.WriteLine($"guide: {session.Guide.Root}; KEDA {session.Settings.KedaChartVersion}; rendered with example values: " +
                         $"account {GuideFacts.ExampleAccount}, region {GuideFacts.ExampleRegion} (GuideEnvironment.ExampleFor, not a real account)");
    }

    [Given("the implementation guide writes {string} with this heredoc:")]
    public void GivenAHeredoc(string fileName, string text) => check.AddInlineManifest(fileName, text);

    [Given("the implementation guide's step {string} runs:")]
    public void GivenACommand(string step, string text) => check.AddCommand(step, text);

    [Then("the {string} rules find no error")]
    public void ThenTheRulesFindNoError(string family) => Verify(check.Run(Cache, session.Guide.Root, session.Settings.KedaChartVersion, family), null);

    [Then("the {string} rules find no error in {string}")]
    public void ThenTheRulesFindNoErrorIn(string family, string file)
    {
        Documents.Files.Should().Contain(f => f.Path == file, "the implementation guide uses {0}, so the static check must have loaded it", file);
        Verify(check.Run(Cache, session.Guide.Root, session.Settings.KedaChartVersion, family, file), file);
    }

    [Then("the evidence shows what the resolved and the pinned KEDA chart render from the guide's values")]
    public void ThenTheEvidenceShowsTheChartRenders()
    {
        var values = KedaChartChoice.Values(Documents);
        var rows = KedaChartChoice.Of(Documents).Select(choice =>
        {
            // A chart the suite does not know has no render: its row says so and leaves the rest empty.
            var render = choice.Chart is null ? null : KedaChartRender.Of(choice.Chart, values);
            return new
            {
                chart = choice.Version, why = choice.Why,
                operatorImage = render?.Image(KedaComponent.Operator).Image ?? "(chart unknown to the suite)",
                metricsApiServerImage = render?.Image(KedaComponent.MetricsApiServer).Image ?? "",
                webhooksImage = render?.Image(KedaComponent.Webhooks).Image ?? "",
                operatorServiceAccount = render?.ServiceAccount(KedaComponent.Operator).Name ?? "",
                operatorRole = render is null ? "" : render.ServiceAccount(KedaComponent.Operator).RoleArn ?? "(none)",
            };
        }).ToList();
        foreach (var row in rows)
            output.WriteLine($"chart {row.chart} ({row.why}): operator {row.operatorImage}, metrics-apiserver {row.metricsApiServerImage}, webhooks {row.webhooksImage}; operator runs as {row.operatorServiceAccount} with role {row.operatorRole}");
        session.Recorder.Attach("KEDA chart renders of the guide's values", rows);
        rows.Should().Contain(r => r.chart == session.Settings.KedaChartVersion, "the pinned chart is always judged");
    }

    [Then("the evidence holds the guide's compatibility matrix with every KEDA chart the suite knows")]
    public void ThenTheEvidenceHoldsTheCompatibilityMatrix()
    {
        var matrix = CompatibilityMatrix.For(Documents);
        output.WriteLine("compatibility of the guide's files with each KEDA chart:");
        foreach (var row in matrix)
            output.WriteLine($"  {row.Chart,-7} KEDA {row.Keda,-7} tested on {row.TestedKubernetes,-10} {row.Verdict}{(row.Why.Length > 0 ? ": " + row.Why : "")}");
        session.Recorder.Attach("compatibility matrix (KEDA chart × the guide's files)", matrix);
        matrix.Select(r => r.Chart).Should().Equal(KedaCharts.Known.Select(c => c.Name), "the matrix has a row for every chart the suite knows, 2.12 to the newest");
    }

    private GuideDocuments Documents => check.Documents(Cache, session.Guide.Root, session.Settings.KedaChartVersion);

    // The feature's scenarios share one rendering of the guide (same inputs, same documents).
    private GuideDocumentsCache Cache
    {
        get
        {
            if (!feature.TryGetValue(out GuideDocumentsCache cache))
                feature.Set(cache = new GuideDocumentsCache());
            return cache;
        }
    }

    private void Verify(StaticReport report, string? onlyFile)
    {
        var outcome = KnownDefects.Apply(report, onlyFile);
        // Known defects first: a maintainer reads what is accepted, and why, before what is new.
        foreach (var (finding, defect) in outcome.Accepted)
            output.WriteLine($"KNOWN DEFECT (accepted in {KnownGuideDefects.FileName}:{defect.Line}: {defect.Reason}; since {defect.Since}; the suite: {defect.SuiteDoes})\n  {finding.Describe().Replace("\n", "\n  ", StringComparison.Ordinal)}");
        output.WriteLine(report.Describe());
        StaticEvidence.Record(session.Recorder, report, outcome);
        report.RulesRun.Concat(report.Skipped.Select(s => s.RuleId)).Should().NotBeEmpty("a static scenario must run at least one rule");
        var failures = new List<string>();
        if (outcome.Errors.Count > 0)
            failures.Add((report with { Findings = outcome.Errors }).DescribeErrors());
        if (outcome.Stale.Count > 0)
            failures.Add($"{KnownGuideDefects.FileName} lists defects the guide no longer has (remove them, so the list stays true):\n" +
                         string.Join("\n", outcome.Stale.Select(d => $"  line {d.Line}: {d.Describe()} — {d.Reason}")));
        if (failures.Count > 0)
            throw new Harness.Runner.ScenarioFailure(string.Join("\n\n", failures));
        if (report.UncheckedFiles.Count > 0)
            Assert.Skip($"Not checked: {string.Join(", ", report.UncheckedFiles)} does not parse; the \"syntax\" rules report where. Fix it, then these rules check it.");
        if (report.Skipped.Count > 0)
            Assert.Skip($"The other rules passed; not checked: {string.Join(" ", report.Skipped.Select(s => $"[{s.RuleId}] {s.Reason}"))}");
    }

    private static KnownGuideDefects KnownDefects { get; } = LoadKnownDefects();

    private static KnownGuideDefects LoadKnownDefects()
    {
        using var stream = typeof(StaticConformanceSteps).Assembly.GetManifestResourceStream(KnownGuideDefects.ResourceName)
                           ?? throw new InvalidOperationException($"{KnownGuideDefects.FileName} is not embedded in the steps assembly.");
        using var reader = new StreamReader(stream);
        return KnownGuideDefects.Parse(reader.ReadToEnd(), GuideRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
    }
}
