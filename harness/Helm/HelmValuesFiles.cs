namespace KedaGuidance.Harness.Helm;

/// <summary>Writes a command's values files into the run's scratch folder and points each <c>-f NAME</c> at the written file.</summary>
internal static class HelmValuesFiles
{
    public static IReadOnlyList<string> WriteAndPoint(IReadOnlyList<string> arguments, IReadOnlyList<ValuesFile> values, string scratchFolder)
    {
        if (values.Count == 0)
            return arguments;
        var folder = Path.Combine(scratchFolder, "helm-values", Guid.NewGuid().ToString("n")[..8]);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in values)
        {
            var path = Path.Combine(folder, file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            paths[file.Name] = path;
        }
        return WithPaths(arguments, paths);
    }

    /// <summary>The arguments with each <c>-f NAME</c> pointing at the written file.</summary>
    public static IReadOnlyList<string> WithPaths(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> paths)
    {
        var result = arguments.ToArray();
        for (var i = 1; i < result.Length; i++)
        {
            if (result[i - 1] == "-f" && paths.TryGetValue(result[i], out var path))
                result[i] = path;
        }
        return result;
    }
}
