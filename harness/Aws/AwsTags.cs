namespace KedaGuidance.Harness.Aws;

/// <summary>
/// The tag every AWS resource the run creates carries, so teardown and the sweep find exactly what a run made and
/// never touch anything else.
/// </summary>
public static class AwsTags
{
    public const string RunId = Teardown.RunLabels.AwsTag;
}
