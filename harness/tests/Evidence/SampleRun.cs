using KedaGuidance.Harness.Evidence;
using Microsoft.Extensions.Time.Testing;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>
/// A realistic run, recorded through the real <see cref="RunRecorder"/> on a fake clock: four features, a static
/// scenario with findings and guide coverage, an SQS scaling scenario with a 40-point timeline that passed, a
/// Prometheus scaling scenario that failed with diagnostics, a skipped EKS-only scenario, two deviations, and text
/// that tries to inject markup. Written as run-record.json, as a run would leave it.
/// </summary>
internal static class SampleRun
{
    public const string Injection = "</td></tr></table><script>alert('pwned')</script><img src=x onerror=alert(1)>";
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public static string Write(string folder)
    {
        var clock = new FakeTimeProvider(Start);
        var r = new RunRecorder("kg-20261128-100000-a1b2", "live", "local", folder, clock);
        r.SetGuide(new GuideIdentity("https://github.com/aws-samples/event-driven-autoscaling-using-keda#8d2ef5d", "git-commit", "8d2ef5d4e1ea80922fa52ffb0eca66088dc1381b"));
        r.SetVersion("keda-chart", "2.16.1");
        r.SetVersion("k3s-image", "rancher/k3s:v1.29.15-k3s1");
        r.SetVersion("localstack-image", "localstack/localstack:4.14.0");
        r.Declare(new DeclaredDeviation("keda-chart-2.16.1", "local", "helm install keda kedacore/keda --version 2.12.0",
            "installs chart 2.16.1", "KEDA 2.12 is not tested on Kubernetes 1.29, the guide's cluster version"));
        r.Declare(new DeclaredDeviation("ecr-local-image", "local", "docker push to Amazon ECR",
            "builds the consumer image into k3s's containerd", "LocalStack has no ECR without a licence"));

        StaticScenario(r, clock);
        KedaInstall(r, clock);
        SqsScaling(r, clock);
        PrometheusScaling(r, clock);
        r.BeginScenario("40-eks.feature:5", "The guide on EKS", "The guide on EKS: eksctl creates the guide's cluster", ["eks-only", "cluster"]);
        r.EndScenario(ScenarioOutcome.Skipped, "needs the eks target: run with --settings runsettings/eks.runsettings and KEDAGUIDE_KUBE_CONTEXT");

        clock.Advance(TimeSpan.FromSeconds(20));
        Teardown(r, clock);
        return r.Complete();
    }

    private static void StaticScenario(RunRecorder r, FakeTimeProvider clock)
    {
        r.BeginScenario("00-guide.feature:6", "The guide's repository", "The guide's repository: the files the guide refers to exist", ["static"]);
        r.AddFinding(new FindingRecord("ENV-UNSET", "warning", "setup/env.sh", "12", "ACCOUNT_ID is used before it is exported", "export ACCOUNT_ID before envsubst"));
        r.AddFinding(new FindingRecord("YAML-TAB", "error", "scaledobject-samples/amazonsqs/scaledobject-sqs.yaml", "19:20", "identityOwner value is " + Injection, "fix the value"));
        r.AddFinding(new FindingRecord("TRAILING-SPACE", "info", "scaledobject-samples/amazonsqs/scaledobject-sqs.yaml", "11", "pollingInterval has a trailing space", "harmless"));
        r.Attach("coverage", new[]
        {
            new { section = "Install KEDA", step = "helm install keda", covered = true, scenario = "10-keda.feature:8" },
            new { section = "Scaled Object for Amazon SQS Queue", step = "kubectl apply -f scaledobject-sqs.yaml", covered = true, scenario = "20-sqs.feature:12" },
            new { section = "Optional: Amazon Managed Grafana", step = "create a workspace", covered = false, scenario = "" },
        });
        clock.Advance(TimeSpan.FromMilliseconds(380));
        r.EndScenario(ScenarioOutcome.Passed, null);
    }

    private static void KedaInstall(RunRecorder r, FakeTimeProvider clock)
    {
        r.BeginScenario("10-keda.feature:8", "Install KEDA", "Install KEDA: the operator, metrics server and webhooks become ready", ["cluster"]);
        Operation(r, clock, "helm-install", "helm install keda kedacore/keda 2.16.1 -n keda", "serviceAccount:\n  create: true\n  name: keda-operator\n", 21);
        Expectation(r, clock, "deployment-ready", "deployment keda/keda-operator has 1 ready replica", "120 s (chart readiness 90 s + slack 30 s = 120 s)", 34, EntryOutcome.Met, "1/1 ready");
        r.EndScenario(ScenarioOutcome.Passed, null);
    }

    private static void SqsScaling(RunRecorder r, FakeTimeProvider clock)
    {
        r.BeginScenario("20-sqs.feature:12", "Scaled Object for Amazon SQS", "Scaled Object for Amazon SQS: 50 messages scale the consumer out and back to zero", ["cluster", "aws"]);
        Operation(r, clock, "kubectl-apply", "apply ScaledObject keda-sqs-guidance/sqsconsumer-hpa", "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\n" + Injection, 1);
        Operation(r, clock, "sqs-send", "send 50 messages to keda-demo-queue.fifo", null, 3);
        var t0 = clock.GetUtcNow();
        var rows = new List<TimelineRow>();
        for (var i = 0; i < 40; i++)
        {
            var s = i * 10;
            double depth = s < 20 ? 50 : Math.Max(0, 50 - (s - 20) * 50.0 / 120);
            int desired = s < 10 ? 0 : s < 20 ? 1 : s < 330 ? 10 : s < 340 ? 1 : 0;
            int ready = s < 20 ? 0 : s < 30 ? 1 : s < 80 ? Math.Min(10, 1 + (s - 20) / 10 * 2) : s < 340 ? 10 : s < 350 ? 1 : 0;
            string? ev = s switch { 10 => "ScaledObject activated", 20 => "pods Pending → Running", 340 => "scaled to zero", _ => null };
            rows.Add(new TimelineRow(t0.AddSeconds(s), i == 17 ? null : depth, desired, ready, ev));
        }
        var timeline = new ScalingTimeline("queue depth (visible + in flight)", "messages", rows,
        [
            new OracleBand(t0, t0.AddSeconds(20), 0, 1, "activation: queue length 50 > activationQueueLength 0"),
            new OracleBand(t0.AddSeconds(20), t0.AddSeconds(150), 1, 10, "ceil(50 / queueLength 5) = 10, within maxReplicaCount 100"),
            new OracleBand(t0.AddSeconds(150), t0.AddSeconds(390), 0, 10, "queue empty: scale-in after cooldownPeriod 10 s and the HPA's 300 s stabilization"),
        ],
        [
            new ExpectedLogLine("keda-operator", "Reconciling ScaledObject", t0.AddSeconds(2)),
            new ExpectedLogLine("keda-operator", "Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount", t0.AddSeconds(345)),
            new ExpectedLogLine("keda-operator", "Successfully updated ScaleTarget", null),
        ]);
        r.Attach("timeline", timeline);
        Expectation(r, clock, "replicas-reach", "deployment sqs-consumer-backend reaches 10 ready replicas", "90 s (pollingInterval 10 s × 2 + pod start 40 s + slack 30 s = 90 s)", 72, EntryOutcome.Met, "10/10 ready after 72 s");
        Expectation(r, clock, "replicas-reach", "deployment sqs-consumer-backend returns to 0 replicas", "370 s (stabilization 300 s + cooldownPeriod 10 s + pollingInterval 10 s + slack 30 s + drain 20 s = 370 s)", 278, EntryOutcome.Met, "0 replicas after 278 s");
        r.EndScenario(ScenarioOutcome.Passed, null);
    }

    private static void PrometheusScaling(RunRecorder r, FakeTimeProvider clock)
    {
        r.BeginScenario("30-prometheus.feature:20", "Scaled Object for Prometheus", "Scaled Object for Prometheus: request rate above 10/s scales the sample app", ["cluster", "aws"]);
        Operation(r, clock, "load", "send 50 req/s to sample-app for 3 min", null, 2);
        var t0 = clock.GetUtcNow();
        var rows = Enumerable.Range(0, 32).Select(i => new TimelineRow(t0.AddSeconds(i * 5),
            Math.Min(50, i * 5 * 50.0 / 60), i < 6 ? 1 : 2, 1, i == 6 ? "FailedCreate: exceeded quota" : null)).ToList();
        r.Attach("timeline", new ScalingTimeline("sum(rate(app_request_count_total[1m]))", "requests/s", rows,
            [new OracleBand(t0.AddSeconds(30), t0.AddSeconds(155), 2, 5, "ceil(rate / threshold 10), rate 12–50")],
            [new ExpectedLogLine("keda-operator", "Successfully updated ScaleTarget", null)]));
        r.Attach("keda-operator-log", "2026-11-28T10:09:01Z INFO Reconciling ScaledObject\n2026-11-28T10:09:31Z ERROR <b>prometheus</b> query failed: 403 Forbidden");
        r.Attach("hpa-describe", new { name = "keda-hpa-prometheus-scaledobject", minReplicas = 1, maxReplicas = 5, currentReplicas = 1, desiredReplicas = 2 });
        Expectation(r, clock, "replicas-reach", "deployment sample-app reaches 2 ready replicas", "150 s (scrape 30 s + rate window 60 s + pollingInterval 30 s + slack 30 s = 150 s)", 150, EntryOutcome.NotMet, "1 ready after 150 s; pods Pending: exceeded quota");
        r.EndScenario(ScenarioOutcome.Failed, "Expected deployment sample-app reaches 2 ready replicas within 150 s; observed: 1 ready after 150 s; pods Pending: exceeded quota.\n   at KedaGuidance.Harness.Operations.LiveExecutor.ExpectAsync");
    }

    private static void Teardown(RunRecorder r, FakeTimeProvider clock)
    {
        Operation(r, clock, "namespace-delete", "delete namespace keda-sqs-guidance (labelled kedaguidance.io/run-id)", null, 12);
        Operation(r, clock, "sqs-delete", "delete queue keda-demo-queue.fifo", null, 1);
    }

    private static void Operation(RunRecorder r, FakeTimeProvider clock, string kind, string summary, string? content, double seconds)
    {
        var start = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromSeconds(seconds));
        r.Record(new EntryDraft(EntryType.Operation, kind, summary, start, EntryOutcome.Done) { Content = content });
    }

    private static void Expectation(RunRecorder r, FakeTimeProvider clock, string kind, string summary, string budget, double seconds, EntryOutcome outcome, string observed)
    {
        var start = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromSeconds(seconds));
        r.Record(new EntryDraft(EntryType.Expectation, kind, summary, start, outcome) { Budget = budget, Detail = observed });
    }
}
