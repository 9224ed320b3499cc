using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static;

using KedaGuidance.Harness.Tests.Configuration;

namespace KedaGuidance.Harness.Tests.Static;

/// <summary>A scratch copy of TestData/static/guide with one broken case laid over it, loaded as the static scenarios load the guide.</summary>
internal sealed class StaticTestGuide : IDisposable
{
    public const string InlinePath = "implementation guide: scaledobject.yaml";
    public const string HelmStep = "Install the KEDA operator using Helm chart";
    private static string Data => Path.Combine(AppContext.BaseDirectory, "TestData", "static");

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-static-test-").FullName;

    public StaticTestGuide(string? brokenCase = null, string kedaVersion = KedaGuidance.Harness.Configuration.SettingDefinitions.DefaultKedaChartVersion)
    {
        var guide = Path.Combine(_folder, "guide");
        CopyTree(Path.Combine(Data, "guide"), guide);
        var inline = Path.Combine(Data, "inline", "scaledobject.yaml");
        if (brokenCase is not null)
        {
            var broken = Path.Combine(Data, "broken", brokenCase);
            Directory.Exists(broken).Should().BeTrue($"the broken case {brokenCase} must exist");
            foreach (var file in Directory.GetFiles(broken, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(broken, file);
                if (relative.StartsWith("inline" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    inline = file;
                else
                    File.Copy(file, Path.Combine(guide, relative), overwrite: true);
            }
        }
        Documents = GuideDocuments.Load(
            new StaticInputs(guide, GuideEnvironment.ExampleFor(GuideModel.Read(guide)), kedaVersion,
                [new InlineManifest("scaledobject.yaml", File.ReadAllText(inline))],
                [new GuideCommand(HelmStep, "helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml")]),
            Path.Combine(_folder, "scratch"));
    }

    public GuideDocuments Documents { get; }

    public StaticReport RunAll() => StaticConformance.Run(Documents, GuideRules.All);

    /// <summary>All rules with the repository's features/known-guide-defects.yaml applied, as the static feature does.</summary>
    public KnownDefectOutcome RunWithKnownDefects() => KnownDefects.Apply(RunAll());

    public static KnownGuideDefects KnownDefects { get; } = KnownGuideDefects.Parse(
        File.ReadAllText(Path.Combine(SettingsReaderTests.RepositoryRoot(), "features", "known-guide-defects.yaml")),
        GuideRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
