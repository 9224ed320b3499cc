namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>Where an executable the static rules run (promtool, python3) is on PATH, or null: the rule is then Skipped with its reason.</summary>
public static class ToolOnPath
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
