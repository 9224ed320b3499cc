using System.Globalization;
using System.Reflection;
using Reqnroll;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// Drives the Reqnroll runtime for one binding assembly the way generated code-behind would: run start and end,
/// feature start and end (released when the next scenario belongs to another feature, so AfterFeature hooks fire
/// in place rather than at the end of the run), and per scenario initialize → start → steps → collect errors →
/// end, with the end in a finally so After* hooks run after a failure too.
/// Scenarios run one at a time: the suite's scenarios share a cluster, and xUnit runs one theory's rows serially.
/// </summary>
public sealed class GherkinTestRun : IAsyncDisposable
{
    private static readonly CultureInfo FeatureLanguage = CultureInfo.GetCultureInfo("en-US");

    private readonly Assembly _bindings;
    private readonly FeatureCatalog? _catalog;
    private readonly Dictionary<string, FeatureInfo> _features = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private FeatureInfo? _currentFeature;

    private GherkinTestRun(Assembly bindings, FeatureCatalog? catalog)
    {
        _bindings = bindings;
        _catalog = catalog;
    }

    /// <summary>
    /// Fires [BeforeTestRun] hooks of <paramref name="bindings"/>. With the <paramref name="catalog"/>, each feature
    /// carries its Cucumber messages, so Reqnroll's formatters (REQNROLL_FORMATTERS_HTML …) can report the run.
    /// </summary>
    public static async Task<GherkinTestRun> StartAsync(Assembly bindings, FeatureCatalog? catalog = null)
    {
        await TestRunnerManager.OnTestRunStartAsync(bindings);
        return new GherkinTestRun(bindings, catalog);
    }

    /// <summary>
    /// Runs one scenario. Extra services (for example the suite's run context) are registered in the scenario
    /// container by <paramref name="registerScenarioServices"/>, next to the current test's output helper.
    /// </summary>
    public async Task RunAsync(ScenarioCase scenario, Action<Reqnroll.BoDi.IObjectContainer>? registerScenarioServices = null)
    {
        if (scenario.ParseError is not null)
            throw new ScenarioFailure($"The feature file could not be parsed: {scenario.ParseError}");

        await _oneAtATime.WaitAsync();
        try
        {
            var feature = FeatureInfoFor(scenario);
            if (_currentFeature is not null && !ReferenceEquals(_currentFeature, feature))
                await TestRunnerManager.ReleaseFeatureAsync(_currentFeature, _bindings);
            _currentFeature = feature;

            var runner = TestRunnerManager.GetTestRunnerForAssembly(_bindings, null, feature);
            try
            {
                if (!ReferenceEquals(runner.FeatureContext?.FeatureInfo, feature))
                {
                    if (runner.FeatureContext is not null)
                        await runner.OnFeatureEndAsync();
                    await runner.OnFeatureStartAsync(feature);
                }

                var pickleIndex = _catalog?.MessagesOf(scenario.FeatureFile)?.PickleIndexByLine.GetValueOrDefault(scenario.Line, -1) ?? -1;
                var scenarioInfo = new ScenarioInfo(
                    scenario.ScenarioTitle, null, [.. scenario.ScenarioTags], ArgumentsOf(scenario),
                    [.. scenario.FeatureTags.Concat(scenario.RuleTags)], pickleIndex < 0 ? null : pickleIndex.ToString(CultureInfo.InvariantCulture));
                var ruleInfo = scenario.RuleTitle is null ? null : new RuleInfo(scenario.RuleTitle, null, [.. scenario.RuleTags]);
                runner.OnScenarioInitialize(scenarioInfo, ruleInfo);
                try
                {
                    var container = runner.ScenarioContext.ScenarioContainer;
                    if (TestContext.Current.TestOutputHelper is { } output)
                        container.RegisterInstanceAs(output);
                    registerScenarioServices?.Invoke(container);

                    await runner.OnScenarioStartAsync();
                    var unbound = new List<string>();
                    foreach (var step in scenario.BackgroundSteps.Concat(scenario.Steps))
                    {
                        var before = runner.ScenarioContext.ScenarioExecutionStatus;
                        await RunStepAsync(runner, step);
                        var after = runner.ScenarioContext.ScenarioExecutionStatus;
                        if (after != before && after is ScenarioExecutionStatus.UndefinedStep or ScenarioExecutionStatus.StepDefinitionPending)
                            unbound.Add($"{(after == ScenarioExecutionStatus.UndefinedStep ? "undefined" : "pending")} step \"{step.Keyword.Trim()} {step.Text}\" ({FeatureCatalog.DisplayFileName(scenario.FeatureFile)}:{step.Line})");
                    }
                    try
                    {
                        await runner.CollectScenarioErrorsAsync();
                    }
                    catch (ScenarioFailure failure) when (unbound.Count > 0)
                    {
                        // Reqnroll's pending message does not say which step; name it, and keep its text (and skeleton).
                        throw new ScenarioFailure(string.Join("; ", unbound) + ".\n" + failure.Message);
                    }
                }
                finally
                {
                    await runner.OnScenarioEndAsync();
                }
            }
            finally
            {
                TestRunnerManager.ReleaseTestRunner(runner);
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Ends the current feature (AfterFeature) and the run (AfterTestRun).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_currentFeature is not null)
            await TestRunnerManager.ReleaseFeatureAsync(_currentFeature, _bindings);
        _currentFeature = null;
        await TestRunnerManager.OnTestRunEndAsync(_bindings);
        _oneAtATime.Dispose();
    }

    private FeatureInfo FeatureInfoFor(ScenarioCase scenario)
    {
        if (!_features.TryGetValue(scenario.FeatureFile, out var feature))
        {
            var messages = _catalog?.MessagesOf(scenario.FeatureFile);
            feature = messages is null
                ? new FeatureInfo(FeatureLanguage, "features", scenario.FeatureTitle, scenario.FeatureDescription,
                    ProgrammingLanguage.CSharp, [.. scenario.FeatureTags])
                : new FeatureInfo(FeatureLanguage, "features", scenario.FeatureTitle, scenario.FeatureDescription,
                    ProgrammingLanguage.CSharp, [.. scenario.FeatureTags], messages);
            _features[scenario.FeatureFile] = feature;
        }
        return feature;
    }

    private static System.Collections.Specialized.OrderedDictionary ArgumentsOf(ScenarioCase scenario)
    {
        var arguments = new System.Collections.Specialized.OrderedDictionary();
        foreach (var (name, value) in scenario.ExampleArguments)
            arguments.Add(name, value);
        return arguments;
    }

    private static Task RunStepAsync(ITestRunner runner, GherkinStep step)
    {
        var table = ToTable(step.Table);
        return step.Kind switch
        {
            StepKind.Given => runner.GivenAsync(step.Text, step.DocString, table, step.Keyword),
            StepKind.When => runner.WhenAsync(step.Text, step.DocString, table, step.Keyword),
            StepKind.Then => runner.ThenAsync(step.Text, step.DocString, table, step.Keyword),
            StepKind.But => runner.ButAsync(step.Text, step.DocString, table, step.Keyword),
            _ => runner.AndAsync(step.Text, step.DocString, table, step.Keyword),
        };
    }

    private static Table? ToTable(IReadOnlyList<IReadOnlyList<string>>? rows)
    {
        if (rows is null || rows.Count == 0)
            return null;
        var table = new Table([.. rows[0]]);
        foreach (var row in rows.Skip(1))
            table.AddRow([.. row]);
        return table;
    }
}
