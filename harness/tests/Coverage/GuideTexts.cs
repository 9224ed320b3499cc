using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Coverage;

namespace KedaGuidance.Harness.Tests.Coverage;

/// <summary>Small guide texts written the way the published guide is (plain lines, no markup), and tie files for them.</summary>
internal static class GuideTexts
{
    public const string Small = """
        Guidance for KEDA on Amazon EKS
        Summary: This implementation guide provides step-by-step instructions.
        Install KEDA
        The below installation steps are curated from The KEDA Documentation.
        - Create a KEDA namespace.
        kubectl create namespace $KEDA_NAMESPACE
        - Install the KEDA operator using Helm chart.
        helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml
        Check the KEDA helm version by using helm list command.
        helm list -n ${KEDA_NAMESPACE}
        Expected output:
        NAME NAMESPACE REVISION UPDATED STATUS CHART APP VERSION
        keda keda 1 2023-10-23 13:27:18.169884609 +0000 UTC deployed keda-2.12.0 2.12.0
        Scaled Object for Amazon SQS Queue
        This section details how to create a scaled object.
        for i in `seq 500`; do aws sqs send-message --queue-url ${QUEUE_URL} --message-body "XXXX"; done
        Clean up the Amazon SQS environment
        - Delete the Amazon SQS queue.
        aws sqs delete-queue --queue-url $QUEUE_URL
        """;

    /// <summary>A tie that covers (or waives) every step of <paramref name="steps"/>, in their sections.</summary>
    public static string TieFor(IEnumerable<GuideStep> steps, Func<GuideStep, bool>? waive = null)
    {
        var lines = new List<string> { "steps:" };
        foreach (var s in steps)
        {
            lines.Add($"  - id: {s.Id}");
            lines.Add($"    section: {Quote(s.Section)}");
            lines.Add($"    step: {Quote(s.Display)}");
            if (waive?.Invoke(s) == true)
                lines.Add("    waived: \"not run by the suite\"");
            else
            {
                lines.Add("    covered_by: \"01-install-keda.feature: KEDA is installed\"");
                lines.Add(s.Kind == GuideStepKind.ExpectedOutput ? "    targets: [local, eks]" : "    targets: [local, eks, plan-local]");
            }
        }
        return string.Join('\n', lines) + "\n";
    }

    public static CoverageResult Check(string guideText, string tieYaml) =>
        CoverageCheck.Check(GuideTextReader.Read(guideText), CoverageTieReader.Read(tieYaml, "tie.yaml", SuiteTargets.Catalog.CoverageTargets), "tie.yaml");

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
