using System.Collections.Concurrent;
using Reqnroll;

namespace KedaGuidance.Harness.Tests.Runner;

/// <summary>
/// What the sample features' steps and hooks did, in order. Static because Reqnroll's [BeforeTestRun] and
/// [AfterTestRun] hooks are static methods; only the runner tests (one non-parallel collection) use it.
/// </summary>
public static class Journal
{
    public static ConcurrentQueue<string> Entries { get; } = new();

    public static void Clear() => Entries.Clear();
}

/// <summary>Shared between two binding classes of one scenario: proves Reqnroll context injection works through the runner.</summary>
public sealed class SharedValue
{
    public int? Value { get; set; }
}

[Binding]
public sealed class SampleHooks(ScenarioContext scenario)
{
    [BeforeTestRun]
    public static void BeforeTestRun() => Journal.Entries.Enqueue("BeforeTestRun");

    [AfterTestRun]
    public static void AfterTestRun() => Journal.Entries.Enqueue("AfterTestRun");

    [BeforeFeature]
    public static void BeforeFeature(FeatureContext feature) => Journal.Entries.Enqueue("BeforeFeature:" + feature.FeatureInfo.Title);

    [AfterFeature]
    public static void AfterFeature(FeatureContext feature) => Journal.Entries.Enqueue("AfterFeature:" + feature.FeatureInfo.Title);

    [BeforeScenario]
    public void BeforeScenario() => Journal.Entries.Enqueue("BeforeScenario:" + scenario.ScenarioInfo.Title);

    [AfterScenario]
    public void AfterScenario() => Journal.Entries.Enqueue("AfterScenario:" + scenario.ScenarioInfo.Title);
}

[Binding]
public sealed class SampleSteps(SharedValue shared)
{
    [Given("the journal notes {string}")]
    [When("the journal notes {string}")]
    [Then("the journal notes {string}")]
    public void Note(string word) => Journal.Entries.Enqueue("step:" + word);

    [Given("a pending step")]
    public void Pending() => throw new PendingStepException();

    [Given("a step that fails")]
    public void Fails() => throw new InvalidOperationException("the step failed on purpose");

    [Given("a value {int} is shared")]
    public void Share(int value) => shared.Value = value;

    [Given("this text:")]
    public void Text(string text) => Journal.Entries.Enqueue("docstring:" + text);

    [Given("this table:")]
    public void Table(DataTable table) =>
        Journal.Entries.Enqueue("table:" + string.Join(";", table.Rows.Select(r => $"{r["a"]},{r["b"]}")));
}

[Binding]
public sealed class OtherSampleSteps(SharedValue shared)
{
    [Then("another binding class sees {int}")]
    public void Sees(int value)
    {
        if (shared.Value != value)
            throw new InvalidOperationException($"expected {value}, saw {shared.Value}");
        Journal.Entries.Enqueue("shared:" + shared.Value);
    }
}
