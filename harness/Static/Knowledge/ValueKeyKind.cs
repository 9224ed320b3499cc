namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>How a chart treats one values path: a key it reads, a branch above such keys, an open map (any key below is used), or none.</summary>
public enum ValueKeyKind { Unknown, Key, Branch, Open }
