namespace KedaGuidance.Harness.Helm;

/// <summary>helm is missing, too old, or a helm command failed; the message names the command and helm's own error.</summary>
public sealed class HelmException(string message) : Exception(message);
