using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>Container images (manifests and Dockerfile FROM lines) carry a tag other than latest, or a digest.</summary>
public sealed partial class ImageTagRule : GuideRule
{
    public override string Id => "image-tag";
    public override string Family => RuleFamilies.Reproducibility;
    public override string Checks => "(warning) every container image and Dockerfile FROM has a tag other than latest (or a digest)";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var workload in Workloads.Of(docs))
        {
            var containers = workload.PodSpec.Seq("containers");
            for (var i = 0; i < containers.Count; i++)
            {
                var image = containers[i].Get("image");
                var problem = Problem(image.Str() ?? "");
                if (problem is null)
                    continue;
                var always = containers[i].Str("imagePullPolicy") == "Always" ? " With imagePullPolicy: Always every pod start pulls whatever was pushed last." : "";
                yield return Warning(workload.Document.Path, image, $"spec.template.spec.containers[{i}].image",
                    $"{workload.Describe()} runs image {image.Str()} {problem}: a rebuild or another push silently changes what runs.{always}",
                    "Push the image with a version tag (e.g. the git commit) and reference that tag, or a digest.");
            }
        }
        foreach (var file in docs.Files.Where(f => Path.GetFileName(f.Path) == "Dockerfile"))
        {
            var lines = file.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var match = From().Match(lines[i]);
                if (!match.Success)
                    continue;
                var problem = Problem(match.Groups["image"].Value);
                if (problem is not null)
                    yield return Warning(file.Path, FindingLocation.AtLine(i + 1, "FROM"),
                        $"The base image {match.Groups["image"].Value} {problem}: rebuilding the image later gives a different base.",
                        "Pin the base image to a version tag (e.g. python:3.9-slim) or a digest.");
            }
        }
    }

    /// <summary>Null when the reference has a digest or a tag other than latest.</summary>
    public static string? Problem(string image)
    {
        if (image.Length == 0 || image.Contains('@'))
            return image.Length == 0 ? "(empty)" : null;
        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        if (colon < 0)
            return "has no tag (it means latest)";
        return image[(colon + 1)..] == "latest" ? "is tagged latest" : null;
    }

    [GeneratedRegex(@"^\s*FROM\s+(--\S+\s+)*(?<image>\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex From();
}
