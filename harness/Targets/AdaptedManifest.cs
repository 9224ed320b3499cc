namespace KedaGuidance.Harness.Targets;

/// <summary>A guide manifest as a strategy changed it; <see cref="Note"/> says how, for the plan's summary (null: unchanged).</summary>
public sealed record AdaptedManifest(string Yaml, string? Note);
