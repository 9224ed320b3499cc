namespace KedaGuidance.Harness.Static;

/// <summary>
/// One KEDA chart version against the guide's files: what it renders from the guide's values, which trigger parameters
/// it deprecated or ignores, whether KEDA was tested on the guide's Kubernetes, and the verdict. Flat, so the evidence
/// report shows the matrix as a table.
/// </summary>
public sealed record CompatibilityRow(
    string Chart,
    string Keda,
    string TestedKubernetes,
    string GuideKubernetes,
    bool TestedOnGuideKubernetes,
    string OperatorImage,
    string MetricsApiServerImage,
    bool ImagesPull,
    string OperatorServiceAccount,
    bool OperatorHasRole,
    string IgnoredValues,
    string DeprecatedParameters,
    string IgnoredParameters,
    string Verdict,
    string Why);
