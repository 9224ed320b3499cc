@cluster
Feature: Clean up
  The guide's three clean-up sections in its order: "Clean up the Amazon SQS environment", "Clean up Prometheus
  environment" and "Clean up KEDA and the Amazon EKS Cluster Environment". Each step removes only what this run
  created — the entries of the teardown ledger that the creating steps of features 01–03 registered, settled there so
  final teardown does not delete them twice — and is followed by a check that the thing is gone. What a target never
  creates is skipped with the reason (the local target has no ECR, no CloudFormation and no eksctl). Run alone, the
  feature finds an empty ledger, creates nothing, and is skipped saying so. The suite never deletes the cluster
  ("eksctl delete cluster"): the nightly workflow does, when it created one.

  Scenario: the guide's clean-up removes, in its order, everything this run created
    Given the resources this run created
    # Clean up the Amazon SQS environment
    When the consumer deployment is deleted
    Then it is gone
    When the SQS ScaledObject is deleted
    Then it is gone
    When the sqsconsumer ECR repository is deleted
    Then it is gone
    When the sqsconsumer service account is deleted
    Then it is gone
    When the sqsconsumer policy is deleted
    Then it is gone
    When the sqsgetattributes policy is detached and deleted
    Then it is gone
    When the keda-sqs-guidance namespace is deleted
    Then it is gone
    When the queue is deleted
    Then it is gone
    # Clean up Prometheus environment
    When the sample app is deleted
    Then it is gone
    When the adot-collector service account is deleted
    Then it is gone
    When the ADOT collector is deleted
    Then it is gone
    When the SigV4 proxy is deleted
    Then it is gone
    When the queryamp policy is detached and deleted
    Then it is gone
    When the Prometheus requirements stack is deleted
    Then it is gone
    # Clean up KEDA and the Amazon EKS Cluster Environment
    When KEDA is uninstalled
    Then it is gone
    When the KEDA operator role is deleted
    Then it is gone
    When the KEDA namespace is deleted
    Then it is gone
    And the teardown ledger holds nothing the guide's clean-up removes
    And the recorded deletions delete KEDA's objects before the KEDA release and each namespace after what is in it
    And something was removed, or the scenario is skipped as having nothing of this run to clean up
