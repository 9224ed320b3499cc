using KedaGuidance.Harness.Coverage;

namespace KedaGuidance.Harness.Tests.Coverage;

public sealed class CoverageCheckTests
{
    private static readonly string Tie = GuideTexts.TieFor(GuideTextReader.Read(GuideTexts.Small));

    [Fact]
    public void A_tie_for_every_step_is_complete_and_counts_per_target()
    {
        var result = GuideTexts.Check(GuideTexts.Small, Tie);

        result.Problems.Should().BeEmpty();
        result.IsComplete.Should().BeTrue();
        result.PerTarget.Single(f => f.Scope == "plan-local").Should().Be(new CoverageFigures("plan-local", 6, 5, 0, 0, 1));
        result.PerTarget.Single(f => f.Scope == "eks").Should().Be(new CoverageFigures("eks", 6, 6, 0, 0, 0));
        result.PerTarget.Single(f => f.Scope == "static").Should().Be(new CoverageFigures("static", 6, 0, 0, 0, 6));
        result.PerSection.Select(f => (f.Scope, f.Steps, f.Covered)).Should().Equal(
            ("Install KEDA", 4, 4), ("Scaled Object for Amazon SQS Queue", 1, 1), ("Clean up the Amazon SQS environment", 1, 1));
    }

    [Fact]
    public void Waived_steps_count_as_waived_on_every_target()
    {
        var steps = GuideTextReader.Read(GuideTexts.Small);
        var tie = GuideTexts.TieFor(steps, waive: s => s.Display.StartsWith("aws sqs delete-queue", StringComparison.Ordinal));

        var result = GuideTexts.Check(GuideTexts.Small, tie);

        result.Problems.Should().BeEmpty();
        result.PerTarget.Should().OnlyContain(f => f.Waived == 1);
        result.Steps.Single(s => s.Status == CoverageStatus.Waived).Step.Section.Should().Be("Clean up the Amazon SQS environment");
    }

    [Fact]
    public void An_added_command_is_missing_naming_its_section_and_command()
    {
        var guide = GuideTexts.Small.Replace(
            "aws sqs delete-queue --queue-url $QUEUE_URL",
            "aws sqs delete-queue --queue-url $QUEUE_URL\nkubectl delete namespace keda-sqs-guidance");

        var result = GuideTexts.Check(guide, Tie);

        result.Problems.Should().ContainSingle().Which.Should()
            .StartWith("missing: section \"Clean up the Amazon SQS environment\", line 20: kubectl delete namespace keda-sqs-guidance")
            .And.Contain("- id: c-").And.Contain("step: \"kubectl delete namespace keda-sqs-guidance\"");
        result.PerTarget.Should().OnlyContain(f => f.Missing == 1 && f.Steps == 7);
    }

    [Fact]
    public void A_changed_flag_names_the_new_command_as_missing_and_the_old_as_stale()
    {
        var guide = GuideTexts.Small.Replace("-f keda/keda-values.yaml", "-f keda/keda-values.yaml --wait");

        var result = GuideTexts.Check(guide, Tie);

        result.Problems.Should().HaveCount(2);
        result.Problems[0].Should().StartWith(
            "missing: section \"Install KEDA\", line 8: helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml --wait");
        result.Problems[1].Should().StartWith("stale: tie.yaml:").And.Contain(
            "in section \"Install KEDA\": helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml — the guide has no such step any more");
    }

    [Fact]
    public void A_changed_expected_output_is_a_change_too()
    {
        var guide = GuideTexts.Small.Replace("keda-2.12.0 2.12.0", "keda-2.16.1 2.16.1");

        var result = GuideTexts.Check(guide, Tie);

        result.Problems.Should().HaveCount(2);
        result.Problems[0].Should().StartWith("missing: section \"Install KEDA\", line 11: expected output after `helm list -n ${KEDA_NAMESPACE}`");
        result.Problems[1].Should().StartWith("stale: ");
    }

    [Fact]
    public void A_removed_step_leaves_a_stale_tie_naming_its_section_and_command()
    {
        var guide = GuideTexts.Small.Replace("aws sqs delete-queue --queue-url $QUEUE_URL", "");

        var result = GuideTexts.Check(guide, Tie);

        result.Problems.Should().ContainSingle().Which.Should().StartWith("stale: tie.yaml:")
            .And.Contain("in section \"Clean up the Amazon SQS environment\": aws sqs delete-queue --queue-url $QUEUE_URL");
    }

    [Fact]
    public void Reordered_sections_are_still_covered()
    {
        var sqs = "Scaled Object for Amazon SQS Queue\nThis section details how to create a scaled object.\n" +
                  "for i in `seq 500`; do aws sqs send-message --queue-url ${QUEUE_URL} --message-body \"XXXX\"; done\n";
        var reordered = GuideTexts.Small.ReplaceLineEndings("\n").Replace(sqs, "");
        reordered = reordered.Replace("Install KEDA\n", sqs + "Install KEDA\n");
        reordered.Should().NotBe(GuideTexts.Small.ReplaceLineEndings("\n"));

        var result = GuideTexts.Check(reordered, Tie);

        result.Problems.Should().BeEmpty();
        result.Steps[0].Step.Section.Should().Be("Scaled Object for Amazon SQS Queue");
    }

    [Fact]
    public void Re_wrapped_whitespace_is_no_change()
    {
        var rewrapped = GuideTexts.Small
            .Replace("helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml",
                "helm install keda   kedacore/keda \\\n  --namespace ${KEDA_NAMESPACE} \\\n  -f keda/keda-values.yaml")
            .Replace("keda keda 1 2023-10-23", "keda keda 1\n2023-10-23");

        GuideTexts.Check(rewrapped, Tie).Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_step_moved_to_another_section_names_both_sections()
    {
        var guide = GuideTexts.Small.Replace("- Delete the Amazon SQS queue.\naws sqs delete-queue --queue-url $QUEUE_URL", "")
            .ReplaceLineEndings("\n").Replace("This section details how to create a scaled object.\n",
                "This section details how to create a scaled object.\naws sqs delete-queue --queue-url $QUEUE_URL\n");

        var result = GuideTexts.Check(guide, Tie);

        result.Problems.Should().ContainSingle().Which.Should().StartWith("moved: tie.yaml:")
            .And.Contain("under section \"Clean up the Amazon SQS environment\", but the guide now has it under \"Scaled Object for Amazon SQS Queue\"");
    }

    [Fact]
    public void A_command_tie_must_read_as_the_guide_does()
    {
        var tie = Tie.Replace("step: \"aws sqs delete-queue --queue-url $QUEUE_URL\"", "step: \"aws sqs delete-queue\"");

        var result = GuideTexts.Check(GuideTexts.Small, tie);

        result.Problems.Should().ContainSingle().Which.Should().StartWith("step text: tie.yaml:")
            .And.Contain("reads \"aws sqs delete-queue\" but the guide's step is \"aws sqs delete-queue --queue-url $QUEUE_URL\"");
    }

    [Fact]
    public void A_repeated_command_needs_a_tie_in_each_section()
    {
        const string guide = "Create an Amazon EKS cluster\nsource /home/ec2-user/.bashrc\nTest and scale the application\nsource /home/ec2-user/.bashrc\n";
        var steps = GuideTextReader.Read(guide);
        var tieForFirstOnly = GuideTexts.TieFor(steps.Take(1));

        GuideTexts.Check(guide, GuideTexts.TieFor(steps)).Problems.Should().BeEmpty();
        GuideTexts.Check(guide, tieForFirstOnly).Problems.Should().ContainSingle()
            .Which.Should().StartWith("missing: section \"Test and scale the application\", line 4: source /home/ec2-user/.bashrc");
    }
}
