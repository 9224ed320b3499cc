namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>Which policy file the guide attaches to which identity, from its commands.</summary>
public sealed record IamAttachment(string Identity, string HowAttached, IReadOnlyList<string> PolicyFiles);
