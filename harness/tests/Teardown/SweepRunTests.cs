using System.Text.Json;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Aws.Sweep;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class SweepRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private const string Old = "kg-20200101-000000-abcd";
    private const string ThisRun = "kg-20261128-115900-aaaa";

    private static SuiteSettings Settings(string sweep)
    {
        var folder = Directory.CreateTempSubdirectory("kg-sweep-").FullName;
        return SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Guide] = folder,
            [SettingNames.RunId] = ThisRun,
            [SettingNames.Sweep] = sweep,
        }, folder, Now, SuiteTargets.Catalog);
    }

    private sealed class FakeSource(string place, params SweepCandidate[] candidates) : ISweepSource
    {
        public List<string> Deleted { get; } = [];
        public Dictionary<string, int> FailuresLeft { get; } = [];
        public List<string>? Log { get; init; }
        public bool ListingFails { get; init; }
        public string Place => place;

        public Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken) =>
            ListingFails ? throw new InvalidOperationException("AccessDenied on list") : Task.FromResult<IReadOnlyList<SweepCandidate>>(candidates);

        public Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken)
        {
            if (FailuresLeft.TryGetValue(candidate.Name, out var left) && left > 0)
            {
                FailuresLeft[candidate.Name] = left - 1;
                throw new InvalidOperationException($"DeleteConflict {candidate.Name}");
            }
            Deleted.Add(candidate.Name);
            Log?.Add(candidate.Name);
            return Task.CompletedTask;
        }
    }

    private static SweepCandidate C(string place, string kind, string name, string? runId) => new(place, kind, name, runId, null);

    [Fact]
    public async Task List_mode_prints_every_decision_and_deletes_nothing()
    {
        var source = new FakeSource("sqs", C("sqs", SweepOrder.SqsQueue, "tagged", Old), C("sqs", SweepOrder.SqsQueue, "untagged", null));
        var printed = new List<string>();

        var report = await new SweepRun([source], Settings("list"), printed.Add, delay: TimeSpan.Zero).RunAsync(Now, CancellationToken.None);

        source.Deleted.Should().BeEmpty();
        report.Selected.Select(c => c.Name).Should().Equal("tagged");
        printed.Should().Contain(l => l.Contains("SELECT") && l.Contains("tagged")).And.Contain(l => l.Contains("keep") && l.Contains("untagged") && l.Contains("never touched"));
    }

    [Fact]
    public async Task Delete_mode_deletes_only_selected_ones_in_a_safe_order_across_sources()
    {
        var log = new List<string>();
        var iam = new FakeSource("iam", C("iam", SweepOrder.IamPolicy, "policy", Old), C("iam", SweepOrder.IamRole, "role", Old), C("iam", SweepOrder.IamRole, "not-ours", null)) { Log = log };
        var cluster = new FakeSource("cluster", C("cluster", SweepOrder.Namespace, "ns", Old), C("cluster", SweepOrder.HelmRelease, "ns/keda", Old),
            C("cluster", "ScaledObject", "ns/so", Old), C("cluster", SweepOrder.Namespace, "mine", ThisRun)) { Log = log };
        var sqs = new FakeSource("sqs", C("sqs", SweepOrder.SqsQueue, "queue", Old)) { Log = log };

        var report = await new SweepRun([iam, cluster, sqs], Settings("delete"), _ => { }, delay: TimeSpan.Zero).RunAsync(Now, CancellationToken.None);

        log.Should().Equal("ns/so", "ns/keda", "ns", "queue", "role", "policy");
        report.Failures.Should().BeEmpty();
        iam.Deleted.Should().NotContain("not-ours");
        cluster.Deleted.Should().NotContain("mine", "the current run's resources belong to its own teardown");
    }

    [Fact]
    public async Task A_failing_delete_is_retried_then_reported_by_name_and_the_rest_still_go()
    {
        var source = new FakeSource("iam", C("iam", SweepOrder.IamRole, "flaky", Old), C("iam", SweepOrder.IamRole, "stuck", Old), C("iam", SweepOrder.IamPolicy, "policy", Old));
        source.FailuresLeft["flaky"] = 1;
        source.FailuresLeft["stuck"] = 99;

        var report = await new SweepRun([source], Settings("delete"), _ => { }, attempts: 3, delay: TimeSpan.Zero).RunAsync(Now, CancellationToken.None);

        source.Deleted.Should().Equal("flaky", "policy");
        report.Failures.Should().ContainSingle().Which.Should().Match<KedaGuidance.Harness.Teardown.Leftover>(l => l.Resource == "iam iam role stuck" && l.Error.Contains("DeleteConflict"));
        source.FailuresLeft["stuck"].Should().Be(96, "three attempts were made");
    }

    [Fact]
    public async Task A_source_that_cannot_be_listed_is_reported_and_the_others_are_still_swept()
    {
        var broken = new FakeSource("cloudformation") { ListingFails = true };
        var sqs = new FakeSource("sqs", C("sqs", SweepOrder.SqsQueue, "queue", Old));

        var report = await new SweepRun([broken, sqs], Settings("delete"), _ => { }, delay: TimeSpan.Zero).RunAsync(Now, CancellationToken.None);

        report.Failures.Should().ContainSingle().Which.Resource.Should().Be("cloudformation (listing)");
        sqs.Deleted.Should().Equal("queue");
    }

    [Fact]
    public async Task The_iam_source_reads_tags_skips_service_linked_roles_and_detaches_before_deleting_a_role()
    {
        var calls = new List<string>();
        AwsCliCall aws = (arguments, _) =>
        {
            var line = string.Join(' ', arguments);
            calls.Add(line);
            var json = line switch
            {
                "iam list-roles" => """{"Roles":[{"RoleName":"r1","Path":"/","CreateDate":"2020-01-01T00:00:00+00:00"},{"RoleName":"AWSServiceRoleForX","Path":"/aws-service-role/x/"},{"RoleName":"r2","Path":"/"}]}""",
                "iam list-role-tags --role-name r1" => """{"Tags":[{"Key":"kedaguidance:run-id","Value":"kg-20200101-000000-abcd"}]}""",
                "iam list-role-tags --role-name r2" => """{"Tags":[{"Key":"team","Value":"x"}]}""",
                "iam list-policies --scope Local" => """{"Policies":[{"PolicyName":"p","Arn":"arn:aws:iam::1:policy/p"}]}""",
                "iam list-policy-tags --policy-arn arn:aws:iam::1:policy/p" => """{"Tags":[]}""",
                "iam list-attached-role-policies --role-name r1" => """{"AttachedPolicies":[{"PolicyName":"p","PolicyArn":"arn:aws:iam::1:policy/p"}]}""",
                _ => "{}",
            };
            return Task.FromResult(JsonDocument.Parse(json).RootElement.Clone());
        };
        var source = new IamSweepSource(aws);

        var listed = await source.ListAsync(CancellationToken.None);

        listed.Select(c => (c.Kind, c.Name, c.RunId)).Should().Equal(
            (SweepOrder.IamRole, "r1", Old), (SweepOrder.IamRole, "r2", null), (SweepOrder.IamPolicy, "arn:aws:iam::1:policy/p", null));
        listed[0].CreatedAt.Should().Be(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        calls.Should().NotContain(c => c.Contains("AWSServiceRoleForX"));

        calls.Clear();
        await source.DeleteAsync(listed[0], CancellationToken.None);
        calls.Should().Equal("iam list-attached-role-policies --role-name r1", "iam detach-role-policy --role-name r1 --policy-arn arn:aws:iam::1:policy/p", "iam delete-role --role-name r1");
    }

    [Fact]
    public void Sqs_creation_time_is_read_from_epoch_seconds_with_or_without_a_fraction()
    {
        SqsSweepSource.ParseEpochSeconds("1577836800").Should().Be(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        SqsSweepSource.ParseEpochSeconds("1577836800.75").Should().Be(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        SqsSweepSource.ParseEpochSeconds(null).Should().BeNull();
    }
}
