using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Evidence.Report;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Tests.Configuration;
using KedaGuidance.Harness.Tests.Untrusted;

namespace KedaGuidance.Harness.Tests.Session;

/// <summary>
/// The issue's leak, through the production path: a guide whose files link to a secret outside it and to
/// /proc/self/environ, rendered by the AWS section as a run renders it, with the run record and its reports written.
/// No file under the evidence folder holds the marker secret; rendered copies live in the run's scratch folder; a link
/// in a file the section uses fails the step, naming the file, before anything is created.
/// </summary>
public sealed class UntrustedGuideEvidenceTests : IDisposable
{
    private const string Marker = "kg-marker-secret-evidence-4d1e";
    private readonly HostileFiles _guide = HostileFiles.CopyOf(TestGuide.Root);
    private readonly HostileFiles _outside = new();
    private readonly string _evidence = Directory.CreateTempSubdirectory("kg-untrusted-evidence-").FullName;

    public void Dispose()
    {
        _guide.Dispose();
        _outside.Dispose();
        Directory.Delete(_evidence, recursive: true);
    }

    [Fact]
    public async Task No_marker_secret_a_guide_links_to_reaches_any_file_under_the_evidence_folder()
    {
        var secret = _outside.Write("secret.env", $"AWS_SECRET_ACCESS_KEY={Marker}\n");
        _guide.Link(GuideLayout.KedaValuesTemplate, secret);
        _guide.Link(GuideLayout.ClusterConfig, "/proc/self/environ");
        _guide.Link("README.md", "/dev/zero");
        var (section, recorder, scratch) = Plan();
        using var _ = scratch;

        await section.CreateQueueAsync(CancellationToken.None);
        await section.CreateKedaOperatorRoleAsync(CancellationToken.None);
        await section.CreatePolicyAsync("sqsgetattributes", GuideLayout.SqsKedaPolicy, CancellationToken.None);
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        var evidence = EvidenceReport.WriteNextTo(recorder.Complete());

        File.Exists(evidence.Html).Should().BeTrue();
        var environ = File.ReadAllText("/proc/self/environ").Split('\0').First(e => e.StartsWith("PATH=", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(_evidence, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            text.Should().NotContain(Marker, "{0} is evidence", file);
            text.Should().NotContain(environ, "{0} is evidence", file);
        }
        Directory.GetDirectories(_evidence, "rendered", SearchOption.AllDirectories).Should().BeEmpty("rendered copies are not evidence");
        Directory.GetFiles(scratch.Path, "*.json", SearchOption.AllDirectories).Should().NotBeEmpty("the policies are rendered in the run's scratch folder");
    }

    [Fact]
    public async Task A_link_in_a_policy_the_section_uses_fails_the_step_naming_the_file_before_anything_is_created()
    {
        _guide.Link(GuideLayout.KedaTrustPolicy, _outside.Write("trust.json", $"{{\"Statement\": \"{Marker}\"}}"));
        var (section, recorder, scratch) = Plan();
        using var _ = scratch;

        var act = () => section.CreateKedaOperatorRoleAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<GuideReadException>()).WithMessage($"*{GuideLayout.KedaTrustPolicy}*symbolic link*");
        recorder.CurrentEntries().Should().BeEmpty("nothing was created or planned");
    }

    private (GuideSqsSection Section, RunRecorder Recorder, ScratchFolder Scratch) Plan()
    {
        var settings = SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Target] = "local",
            [SettingNames.Mode] = "plan",
            [SettingNames.Guide] = _guide.Root,
            [SettingNames.Evidence] = _evidence,
            [SettingNames.RunId] = "kg-untrusted",
        }, SettingsReaderTests.RepositoryRoot(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);
        var recorder = new RunRecorder(settings.RunId, "plan", "local", _evidence);
        recorder.BeginScenario("s", "f", "t", ["aws"]);
        var target = new AwsTarget("the planned AWS endpoint", GuideFacts.ExampleAccount, "us-west-2", AwsCapabilities.Endpoint, Planned: true);
        var run = new RunContext(settings, _guide.Root, new PlanExecutor(recorder), new TeardownLedger(attempts: 1, delay: TimeSpan.Zero), recorder,
            SuiteTargets.Find(settings.Target)?.Profile, TestRuns.Scratch.Child("untrusted"));
        return (new GuideSqsSection(run, target), recorder, run.Scratch);
    }
}
