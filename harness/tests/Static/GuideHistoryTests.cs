using System.Formats.Tar;
using CliWrap;
using CliWrap.Buffered;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Tests.Static;

/// <summary>
/// The static layer at the guide's own history: each commit of its public repository that shipped a defect fails,
/// naming the file that has it, and the commit that fixed it passes (with features/known-guide-defects.yaml applied).
/// Needs a full clone of the guide's repository in KEDAGUIDE_GUIDE (CI has only a snapshot: Skipped there); the
/// broken copies in TestData/static/broken reproduce the same defects for CI (env-envsubst-wrong-path,
/// sed-placeholder-missing, env-render-before-source, python-syntax-error).
/// </summary>
public sealed class GuideHistoryTests
{
    private const string EnvScript = "env-script@setup/env.sh";
    private const string SedEffect = "placeholder-sed-effect@scaledobject-samples/prometheus/adot/configmap.yaml";
    private const string Python = "python-parse@scaledobject-samples/amazonsqs/sample-app/sqs-consumer.py";

    [Theory]
    [InlineData("d498f04d95f8e7a48e94e8bbe7b3547b12694069", "Repo init: env.sh renders cluster.yaml from the wrong folder; the ConfigMap hard-codes one workspace's endpoint", EnvScript + "," + SedEffect)]
    [InlineData("0d72e5d7098de5b9723260f60e1d62ce37fea7d0", "fix cluster.yaml path", SedEffect)]
    [InlineData("d5893160011742295cb9d9c5aa6f1504cc855d8c", "Update configmap.yaml: the endpoint becomes {PROMETHEUS_ENDPOINT}", "")]
    [InlineData("45ac8f78580d4e507563730aee12ff5075cd0f03", "Bug fixes during setup: env.sh no longer sources the profile before it renders", EnvScript)]
    [InlineData("65aa54f5d3d2d7562127803b58375fc39e941895", "Changing Sample SQS Consumer app: a Markdown fence ends sqs-consumer.py", EnvScript + "," + Python)]
    [InlineData("615377bfa9d217159ac45255682188cb3c5fda8d", "env correction: the source is back", Python)]
    [InlineData("81f6919369f4f3bdd833c859b886999d1c0acf89", "Update sqs-consumer.py: the fence is gone", "")]
    public async Task The_guides_historical_defects_fail_at_their_commits_and_pass_once_fixed(string commit, string what, string expected)
    {
        var repository = Environment.GetEnvironmentVariable("KEDAGUIDE_GUIDE");
        if (string.IsNullOrEmpty(repository) || !Directory.Exists(repository) || !await HasCommitAsync(repository, commit))
            Assert.Skip("needs the guide's repository with its history: git clone https://github.com/aws-solutions-library-samples/guidance-for-event-driven-application-auto-scaling-with-keda-on-amazon-eks " +
                        "and set KEDAGUIDE_GUIDE to that clone (a snapshot without history has no older commits to check).");
        var wanted = expected.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (PythonSyntax.Path is null)
            wanted.Remove(Python);

        var folder = Directory.CreateTempSubdirectory("kg-history-").FullName;
        try
        {
            var guide = Path.Combine(folder, "guide");
            await ExtractAsync(repository!, commit, guide);
            var inline = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "static", "inline", "scaledobject.yaml"));
            var docs = GuideDocuments.Load(new StaticInputs(guide, GuideEnvironment.ExampleFor(GuideModel.Read(guide)),
                    KedaGuidance.Harness.Configuration.SettingDefinitions.DefaultKedaChartVersion,
                    [new InlineManifest("scaledobject.yaml", inline)],
                    [new GuideCommand(StaticTestGuide.HelmStep, "helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml")]),
                Path.Combine(folder, "scratch"));
            var report = StaticConformance.Run(docs, GuideRules.All);
            var outcome = StaticTestGuide.KnownDefects.Apply(report);

            outcome.Errors.Select(e => $"{e.RuleId}@{e.File}").Distinct().Should().BeEquivalentTo(wanted,
                "at {0} ({1}) the static run must fail exactly on the files that have the defect; it found:\n{2}", commit[..7], what, report.Describe());
            if (wanted.Count == 0)
                outcome.Stale.Should().BeEmpty("the known defects hold at {0} too", commit[..7]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> HasCommitAsync(string repository, string commit)
    {
        try
        {
            return (await Cli.Wrap("git").WithArguments(["-C", repository, "cat-file", "-e", commit + "^{commit}"]).WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(TestContext.Current.CancellationToken)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // No git: nothing to read the history with.
        }
    }

    // git archive of the commit, unpacked: the guide as it was, without touching the clone's work tree.
    private static async Task ExtractAsync(string repository, string commit, string target)
    {
        using var tar = new MemoryStream();
        var result = await Cli.Wrap("git").WithArguments(["-C", repository, "archive", "--format=tar", commit])
            .WithStandardOutputPipe(PipeTarget.ToStream(tar)).WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(TestContext.Current.CancellationToken);
        result.ExitCode.Should().Be(0, result.StandardError);
        tar.Position = 0;
        Directory.CreateDirectory(target);
        await TarFile.ExtractToDirectoryAsync(tar, target, overwriteFiles: true, TestContext.Current.CancellationToken);
    }
}
