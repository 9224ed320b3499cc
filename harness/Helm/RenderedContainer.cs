namespace KedaGuidance.Harness.Helm;

/// <summary>A container of a rendered pod template: its image and its environment (a <c>valueFrom</c> shown as <c>secretKeyRef NAME/KEY</c>).</summary>
public sealed record RenderedContainer(string Name, string Image, bool Init, IReadOnlyDictionary<string, string?> Env);
