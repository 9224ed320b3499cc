using KedaGuidance.Harness.Coverage;

namespace KedaGuidance.Harness.Tests.Coverage;

public sealed class GuideTextReaderTests
{
    [Fact]
    public void Reads_commands_and_expected_outputs_in_order_under_their_headings()
    {
        var steps = GuideTextReader.Read(GuideTexts.Small);

        steps.Select(s => (s.Section, s.Kind, s.Display[..Math.Min(s.Display.Length, 30)])).Should().Equal(
            ("Install KEDA", GuideStepKind.Command, "kubectl create namespace $KEDA"),
            ("Install KEDA", GuideStepKind.Command, "helm install keda kedacore/ked"),
            ("Install KEDA", GuideStepKind.Command, "helm list -n ${KEDA_NAMESPACE}"),
            ("Install KEDA", GuideStepKind.ExpectedOutput, "expected output after `helm li"),
            ("Scaled Object for Amazon SQS Queue", GuideStepKind.Command, "for i in `seq 500`; do aws sqs"),
            ("Clean up the Amazon SQS environment", GuideStepKind.Command, "aws sqs delete-queue --queue-u"));
        steps.Select(s => s.Line).Should().Equal(6, 8, 10, 11, 16, 19);
    }

    [Fact]
    public void Prose_bullets_tables_and_captions_are_not_steps()
    {
        var steps = GuideTextReader.Read("""
            Clone GitHub repository and install tools
            The tools.sh script in the Cloud9 terminal will install the following tools and configure them:
            - eksctl
            - kubectl
            AWS service | Description |
            ---|---|
            Figure 2: Dropdown showing available AWS Regions to select.
            For this Guidance, you can follow the steps to provision a sample workspace.
            # Check the resources
            """);
        steps.Should().BeEmpty();
    }

    [Fact]
    public void Whitespace_and_backslash_continuations_are_not_a_change()
    {
        var oneLine = GuideTextReader.Read("""
            Deploy sample application
            aws ecr get-login-password --region $AWS_REGION | docker login --username AWS --password-stdin $SAMPLE_APP_ECR
            Expected output:
            Login Succeeded for the registry of the sample app
            """);
        var rewrapped = GuideTextReader.Read("""
            Deploy sample application
            aws ecr get-login-password \
               --region   $AWS_REGION | docker login \
            --username AWS \
            --password-stdin $SAMPLE_APP_ECR
            Expected output:
            Login Succeeded for the registry
              of the   sample app
            """);

        rewrapped.Select(s => s.Id).Should().Equal(oneLine.Select(s => s.Id));
        rewrapped[0].Display.Should().Be("aws ecr get-login-password --region $AWS_REGION | docker login --username AWS --password-stdin $SAMPLE_APP_ECR");
    }

    [Fact]
    public void A_changed_flag_changes_the_id()
    {
        var before = GuideTextReader.Read("Install KEDA\nhelm install keda kedacore/keda --namespace keda\n").Single();
        var after = GuideTextReader.Read("Install KEDA\nhelm install keda kedacore/keda --namespace keda --wait\n").Single();
        after.Id.Should().NotBe(before.Id).And.StartWith("c-").And.HaveLength(10);
    }

    [Fact]
    public void A_heredoc_is_one_step_with_its_body_up_to_the_terminator()
    {
        const string guide = """
            Set up a Scaled Object for Query Prometheus metrics
            This section details how to configure the ScaledObject custom resource definition for your sample app.
            cat << EOF > scaledobject.yaml
            ---
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
            name: app-http-requests-minute
            - type: prometheus
            # Note: query must return a vector/scalar single element response
            query: sum(rate(adot_app_request_count_total[1m]))
            ---
            EOF
            kubectl apply -f scaledobject.yaml
            """;
        var steps = GuideTextReader.Read(guide);

        steps.Should().HaveCount(2);
        steps[0].Kind.Should().Be(GuideStepKind.Command);
        steps[0].Normalized.Should().StartWith("cat << EOF > scaledobject.yaml\n---\napiVersion: keda.sh/v1alpha1")
            .And.Contain("query: sum(rate(adot_app_request_count_total[1m]))").And.EndWith("---\nEOF");
        steps[0].Display.Should().Be("cat << EOF > scaledobject.yaml … EOF (11 lines)");
        steps[1].Display.Should().Be("kubectl apply -f scaledobject.yaml");

        var changedBody = GuideTextReader.Read(guide.Replace("[1m]", "[2m]"));
        changedBody[0].Id.Should().NotBe(steps[0].Id, "a change inside the heredoc's body is a change of the step");
        changedBody[1].Id.Should().Be(steps[1].Id);
    }

    [Fact]
    public void An_output_block_keeps_title_like_column_rows_and_ends_at_the_next_heading()
    {
        var steps = GuideTextReader.Read("""
            Test and scale the application
            kubectl describe hpa -n keda-prometheus-guidance
            Expected output:
            Events:
            Type Reason Age From Message
            ---- ------ ---- ---- -------
            Normal SuccessfulRescale 4m17s horizontal-pod-autoscaler New size: 1; reason: All metrics below target
            Clean up Prometheus environment
            Delete the Kubernetes resources created for the sample application.
            kubectl delete -f scaledobject-samples/prometheus/sample-app/app.yaml
            """);

        steps.Should().HaveCount(3);
        steps[1].Kind.Should().Be(GuideStepKind.ExpectedOutput);
        steps[1].Normalized.Should().StartWith("Events: Type Reason Age From Message").And.EndWith("below target");
        steps[2].Section.Should().Be("Clean up Prometheus environment");
    }

    [Fact]
    public void An_unlabelled_table_is_an_output_and_ends_at_the_next_sentence()
    {
        var steps = GuideTextReader.Read("""
            Test and scale the application
            for i in `seq 99999`; do curl http://$SAMPLEAPP_INGRESS_URL; done
            The scale down will take longer to complete compared to the Amazon SQS example.
            NAME READY STATUS RESTARTS AGE
            sample-app-7d469647b7-nqnxl 1/1 Running 0 18s
            Check the HPA scaling events:
            kubectl describe hpa -n keda-prometheus-guidance
            """);

        steps.Select(s => s.Kind).Should().Equal(GuideStepKind.Command, GuideStepKind.ExpectedOutput, GuideStepKind.Command);
        steps[1].Display.Should().StartWith("output shown after `for i in");
        steps[1].Normalized.Should().Be("NAME READY STATUS RESTARTS AGE sample-app-7d469647b7-nqnxl 1/1 Running 0 18s");
    }

    [Fact]
    public void A_multi_line_loop_is_one_step_up_to_done()
    {
        var steps = GuideTextReader.Read("""
            Test and scale the application
            for i in `seq 500`; do
              aws sqs send-message --queue-url ${QUEUE_URL} --message-body "XXXX"
            done
            kubectl get pods -n keda-sqs-guidance
            """);
        steps.Select(s => s.Display).Should().Equal(
            "for i in `seq 500`; do aws sqs send-message --queue-url ${QUEUE_URL} --message-body \"XXXX\" done",
            "kubectl get pods -n keda-sqs-guidance");
    }

    [Fact]
    public void A_manifest_shown_for_reading_is_a_listing_step()
    {
        var steps = GuideTextReader.Read("""
            What is a ScaledObject?
            A ScaledObject represents the desired mapping between an event source and the Kubernetes Deployment.
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
            name: sqsconsumer-hpa
            triggers:
            - type: aws-sqs-queue
            In a nutshell, ScaledObject is a Custom Resource definition which is used to define how KEDA should scale.
            """);
        steps.Should().ContainSingle().Which.Should().Match<GuideStep>(s =>
            s.Kind == GuideStepKind.Listing && s.Section == "What is a ScaledObject?"
            && s.Display == "manifest shown: kind: ScaledObject, name: sqsconsumer-hpa (6 lines)");
    }

    [Fact]
    public void Markdown_headings_and_fences_are_read_too()
    {
        var steps = GuideTextReader.Read("""
            ## Install KEDA
            Run this:
            ```bash
            kubectl create namespace $KEDA_NAMESPACE
            # a comment in the block
            ```
            Expected output:
            ```
            namespace/keda created
            ```
            ### Scaled Objects
            ```
            helm list -n ${KEDA_NAMESPACE}
            ```
            """);
        steps.Select(s => (s.Section, s.Kind, s.Normalized)).Should().Equal(
            ("Install KEDA", GuideStepKind.Command, "kubectl create namespace $KEDA_NAMESPACE"),
            ("Install KEDA", GuideStepKind.ExpectedOutput, "namespace/keda created"),
            ("Scaled Objects", GuideStepKind.Command, "helm list -n ${KEDA_NAMESPACE}"));
    }

    [Fact]
    public void Markdown_prose_is_never_a_command_and_a_line_of_inline_code_is()
    {
        var markdown = GuideTextReader.Read("""
            ### Cost table
            The following table provides a sample cost breakdown for deploying this Guidance
            for one month.
            #### Test access to EKS cluster
            - ```kubectl get nodes```
            ```  eksctl utils associate-iam-oidc-provider --cluster $CLUSTER_NAME --approve ```
            ```
            helm list -n ${KEDA_NAMESPACE}
            ```
            """);
        var text = GuideTextReader.Read("Test access to EKS cluster\nkubectl get nodes\n");

        markdown.Select(s => (s.Section, s.Normalized)).Should().Equal(
            ("Test access to EKS cluster", "kubectl get nodes"),
            ("Test access to EKS cluster", "eksctl utils associate-iam-oidc-provider --cluster $CLUSTER_NAME --approve"),
            ("Test access to EKS cluster", "helm list -n ${KEDA_NAMESPACE}"));
        markdown[0].Id.Should().Be(text.Single().Id, "the same command has the same id in the text and in markdown");
    }

    [Fact]
    public void A_command_repeated_in_the_text_has_one_id_per_text_and_its_own_section()
    {
        var steps = GuideTextReader.Read("""
            Create an Amazon EKS cluster
            source /home/ec2-user/.bashrc
            Test and scale the application
            source /home/ec2-user/.bashrc
            """);
        steps.Select(s => s.Section).Should().Equal("Create an Amazon EKS cluster", "Test and scale the application");
        steps[0].Id.Should().Be(steps[1].Id);
    }
}
