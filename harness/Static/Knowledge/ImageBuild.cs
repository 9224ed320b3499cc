namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// An image the guide builds: its build context (a repository folder holding the Dockerfile) and every name it gets
/// (<c>docker build -t</c>, then <c>docker tag</c>), rendered as the shell expands them.
/// </summary>
public sealed record ImageBuild(string Step, string Context, IReadOnlyList<string> Names)
{
    public string Dockerfile => Context.TrimEnd('/') + "/Dockerfile";

    /// <summary>True when a container's image is one of this build's names (a missing tag means latest).</summary>
    public bool Builds(string image) => Names.Any(n => Repository(n) == Repository(image));

    /// <summary>Reads <c>docker build -t TAG CONTEXT</c> and <c>docker tag SOURCE TARGET</c> commands (already rendered).</summary>
    public static IReadOnlyList<ImageBuild> In(IEnumerable<(string Step, string Command)> commands)
    {
        var builds = new List<ImageBuild>();
        foreach (var (step, command) in commands)
        {
            var line = GuideCommandLine.Parse(command);
            if (line.Is("docker", "build") && line.Flag("-t") is { } tag && line.Positional(2, "-t", "-f", "--tag", "--file").LastOrDefault() is { } context)
                builds.Add(new ImageBuild(step, context.TrimEnd('/'), [tag]));
            else if (line.Is("docker", "tag") && line.Words.Count >= 4)
            {
                var index = builds.FindIndex(b => b.Builds(line.Words[2]));
                if (index >= 0)
                    builds[index] = builds[index] with { Names = [.. builds[index].Names, line.Words[3]] };
            }
        }
        return builds;
    }

    /// <summary>An image reference without its tag or digest ("a/b:1" → "a/b", "a:5000/b" stays).</summary>
    public static string Repository(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
            image = image[..at];
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        return colon > slash ? image[..colon] : image;
    }
}
