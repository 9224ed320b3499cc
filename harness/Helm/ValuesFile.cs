namespace KedaGuidance.Harness.Helm;

/// <summary>A values file handed to <c>helm install -f</c>: its name (as the guide calls it) and its rendered text.</summary>
public sealed record ValuesFile(string Name, string Text);
