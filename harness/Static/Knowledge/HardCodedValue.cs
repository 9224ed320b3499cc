namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A value written into a guide file where one of the guide's variables belongs.</summary>
/// <param name="Variable">The guide's variable that holds it for every reader (ACCOUNT_ID, AWS_REGION, PROMETHEUS_ENDPOINT, PROMETHEUS_WORKSPACE).</param>
public sealed record HardCodedValue(string Variable, string Value, int Line, int Column, string What);
