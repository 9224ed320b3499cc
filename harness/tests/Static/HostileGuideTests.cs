using System.Diagnostics;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Tests.Untrusted;

namespace KedaGuidance.Harness.Tests.Static;

/// <summary>
/// Hostile copies of the static test guide (TestData/static/guide), made at run time because links to /dev/zero,
/// FIFOs and link loops cannot be committed: each fails the static rules with an error naming the file, loads within
/// seconds and a bounded allocation, and nothing it points at is read.
/// </summary>
public sealed class HostileGuideTests : IDisposable
{
    private const string Secret = "kg-marker-secret-static-91c2";
    private readonly HostileFiles _copy = HostileFiles.CopyOf(TestRuns.TestDataGuide);
    private readonly HostileFiles _outside = new();

    public void Dispose()
    {
        _copy.Dispose();
        _outside.Dispose();
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "link to /proc/self/environ", "keda/keda-values.yaml.template", "guide-file", "symbolic link (to /proc/self/environ)" },
        { "link outside the guide", "keda/trust-policy-keda-operator.json", "guide-file", "symbolic link" },
        { "link to /dev/zero", "README.md", "guide-file", "symbolic link (to /dev/zero)" },
        { "link loop", "setup/loop-a", "guide-file", "symbolic link (to loop-b)" },
        { "FIFO", "setup/cluster.yaml", "guide-file", "not a regular file" },
        { "deep nesting", "setup/cluster.yaml", "yaml-parse", "deeper than 64 levels" },
        { "alias bomb", "scaledobject-samples/amazonsqs/scaledobject-sqs.yaml", "yaml-parse", "aliases expanded" },
        { "10,000 documents", "scaledobject-samples/amazonsqs/scaledobject-sqs.yaml", "yaml-parse", "more than 1,000 YAML documents" },
        { "invalid UTF-8", "scaledobject-samples/amazonsqs/setup/sqs-consumer-deployment.yaml", "guide-file", "is not valid UTF-8" },
        { "oversize", "setup/cluster.yaml", "guide-file", "more than the 1,048,576 a guide file may" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_copy_fails_with_an_error_naming_the_file_quickly_and_bounded(string hostile, string file, string ruleId, string message)
    {
        Make(hostile, file);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var report = StaticConformance.Run(Load().Documents, GuideRules.All);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a hostile guide fails fast");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(300L << 20, "a hostile guide cannot make the static layer allocate more than a few hundred MB");
        report.Errors.Should().Contain(f => f.RuleId == ruleId && f.File == file && f.Message.Contains(message),
            "the {0} must fail {1} at {2}; found:\n{3}", hostile, ruleId, file, report.Describe());
        report.Describe().Should().NotContain(Secret);
    }

    [Fact]
    public void Nothing_a_link_points_at_reaches_the_documents_or_the_scratch_folder()
    {
        var secret = _outside.Write("trust.json", $"{{\"Statement\": \"{Secret}\"}}");
        _copy.Link("keda/trust-policy-keda-operator.json", secret);
        _copy.Link("keda/keda-values.yaml.template", "/proc/self/environ");
        var (documents, scratch) = Load();
        documents.Files.Should().NotContain(f => f.Text.Contains(Secret) || f.SourceText.Contains(Secret));
        Directory.Exists(scratch).Should().BeTrue();
        foreach (var written in Directory.GetFiles(scratch, "*", SearchOption.AllDirectories))
            File.ReadAllText(written).Should().NotContain(Secret).And.NotContain("PATH=");
    }

    private void Make(string hostile, string file)
    {
        switch (hostile)
        {
            case "link to /proc/self/environ":
                _copy.Link(file, "/proc/self/environ");
                break;
            case "link outside the guide":
                _copy.Link(file, _outside.Write("trust.json", $"{{\"Statement\": \"{Secret}\"}}"));
                break;
            case "link to /dev/zero":
                _copy.Link(file, "/dev/zero");
                break;
            case "link loop":
                _copy.Link("setup/loop-a", "loop-b");
                _copy.Link("setup/loop-b", "loop-a");
                break;
            case "FIFO":
                if (!OperatingSystem.IsLinux())
                    Assert.Skip("FIFOs are told apart through Linux's statx.");
                _copy.Fifo(file);
                break;
            case "deep nesting":
                _copy.Write(file, new string('[', 100_000) + new string(']', 100_000));
                break;
            case "alias bomb":
                _copy.Write(file, File.ReadAllText(_copy.PathOf(file)).TrimEnd() + "\nx-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
                    string.Concat(Enumerable.Range(1, 8).Select(i => $"x-l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n")));
                break;
            case "10,000 documents":
                _copy.Write(file, string.Concat(Enumerable.Range(0, 10_000).Select(i => $"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c{i}\n")));
                break;
            case "invalid UTF-8":
                _copy.WriteBytes(file, [.. "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf"u8.ToArray(), 0xE9, (byte)'\n']);
                break;
            case "oversize":
                _copy.Write(file, string.Concat(Enumerable.Repeat("# padding\n", 200_000)));
                break;
        }
    }

    private (GuideDocuments Documents, string Scratch) Load()
    {
        var scratch = Path.Combine(_outside.Root, "scratch-" + Guid.NewGuid().ToString("N")[..8]);
        var documents = GuideDocuments.Load(
            new StaticInputs(_copy.Root, TestRuns.ExampleEnvironment(), "2.16.1",
                [new InlineManifest("scaledobject.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "static", "inline", "scaledobject.yaml")))],
                [new GuideCommand(StaticTestGuide.HelmStep, "helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml")]),
            scratch);
        return (documents, scratch);
    }
}
