using FluentAssertions;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Workloads;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>Steps both scaling features share: the rendered ScaledObject's fields, applying it, its HPA and Ready condition.</summary>
[Binding]
public sealed class ScaledObjectSteps(ScalingScenario scenario, SuiteSession session, ScenarioCancellation cancellation, ITestOutputHelper output)
{
    [Then("the ScaledObject as rendered has:")]
    public void ThenTheScaledObjectHas(DataTable fields)
    {
        var yaml = scenario.Section.ScaledObjectYaml ?? throw new InvalidOperationException("The ScaledObject has not been rendered.");
        foreach (var row in fields.Rows)
            ScaledObjectFields.Read(yaml, row["field"]).Should().Be(row["value"], $"the guide's ScaledObject sets {row["field"]}");
    }

    [When("the ScaledObject is applied")]
    public async Task WhenTheScaledObjectIsApplied()
    {
        session.Recorder.Attach("scaledobject as rendered", scenario.Section.ScaledObjectYaml!);
        output.WriteLine(scenario.Section.ScaledObjectYaml ?? "(not rendered)");
        await scenario.Section.ApplyScaledObjectAsync(cancellation.Token);
    }

    [Then("KEDA creates the HPA {word}")]
    public async Task ThenKedaCreatesTheHpa(string hpa)
    {
        hpa.Should().Be(scenario.Section.Hpa, "the feature names the HPA KEDA creates for the guide's ScaledObject (named in the guide's files)");
        var result = await scenario.Section.ExpectHpaAsync(cancellation.Token);
        output.WriteLine($"{hpa}: {result.Observed}");
    }

    [Then("the ScaledObject reports Ready")]
    public async Task ThenTheScaledObjectReportsReady() => output.WriteLine((await scenario.Section.ExpectReadyAsync(cancellation.Token)).Observed);
}
