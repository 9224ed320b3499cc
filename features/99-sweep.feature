@sweep @aws
Feature: Sweep of earlier runs' leftovers
  Finds what earlier runs of this suite left behind when they crashed or were killed before teardown: resources that
  carry the suite's tag kedaguidance:run-id (SQS queues, IAM roles and policies, CloudFormation stacks on a real
  account) or label kedaguidance.io/run-id (on the eks target's cluster: ScaledObjects, namespaces, ClusterRoles and
  ClusterRoleBindings). Runs only when asked (KEDAGUIDE_SWEEP=list or delete), with KEDAGUIDE_SWEEP_OLDER_THAN (default 24h) or
  KEDAGUIDE_SWEEP_RUN_ID; it prints every decision, never touches anything without the tag and never this run's own
  resources. With KEDAGUIDE_SWEEP=delete it deletes the selected ones in a safe order (roles, detaching their
  policies, before policies), retries a failing delete, then reports it by name.

  Scenario: the sweep lists the suite's leftovers in the run's AWS and cluster and deletes those selected when asked
    Given the AWS places the sweep lists
    And the cluster the sweep lists, on the eks target
    When the sweep lists, decides and, when asked, deletes
    Then nothing without the suite's tag was selected
    And every selected resource was deleted, or it was only listed
