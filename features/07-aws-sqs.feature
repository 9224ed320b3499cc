@aws @sqs
Feature: Amazon SQS queue and IAM policies, the AWS side
  The AWS half of the guide's "Scaled Object for Amazon SQS Queue" section and of "Clean up the Amazon SQS
  environment": the queue the consumer reads, the 500 messages that make KEDA scale out, the IAM policies of the
  KEDA operator and of the consumer, and their removal. Runs alone against any AWS endpoint (moto, LocalStack,
  KEDAGUIDE_AWS_ENDPOINT) or a real account; every resource is tagged kedaguidance:run-id and removed at the end.

  Background:
    Given the run's AWS target

  Scenario: the guide's queue is created, holds the 500 messages sent to it, and the clean-up deletes it
    Given the target supports sqs
    When the guide creates the queue app-queue and exports QUEUE_URL
    Then QUEUE_URL is the created queue's URL
    When the guide sends 500 messages to the queue
    Then all 500 messages were accepted
    And the queue holds 500 messages, visible plus not visible
    When the queue is purged
    Then the queue holds 0 messages, visible plus not visible
    When the guide deletes the queue
    Then the queue no longer exists

  Scenario: the KEDA operator role gets the SQS policy, and the clean-up removes the policies and the role
    Given the target supports iam
    And the guide's queue name is app-queue
    When the guide creates the KEDA operator role from the rendered trust policy
    And the guide creates the policy sqsgetattributes from the rendered scaledobject-samples/amazonsqs/setup/keda-sqs-policy.json
    And the guide attaches the policy sqsgetattributes to the KEDA operator role
    And the guide creates the policy sqsconsumer from the rendered scaledobject-samples/amazonsqs/setup/sqs-consumer-policy.json
    Then the rendered policies name the queue's ARN in the target's account and region
    When the guide deletes the policy sqsconsumer
    And the guide detaches the policy sqsgetattributes from the KEDA operator role
    And the guide deletes the policy sqsgetattributes
    Then the policies sqsconsumer and sqsgetattributes no longer exist
    When the suite deletes the KEDA operator role it created
    Then the KEDA operator role no longer exists

  @deliberate-failure
  Scenario: a run that fails after creating AWS resources leaves none of them behind
    Given the leak check was asked for with KEDAGUIDE_DELIBERATE_FAILURE
    And the target supports iam
    When the guide creates the queue app-queue and exports QUEUE_URL
    And the guide creates the KEDA operator role from the rendered trust policy
    And the guide creates the policy sqsgetattributes from the rendered scaledobject-samples/amazonsqs/setup/keda-sqs-policy.json
    And the guide attaches the policy sqsgetattributes to the KEDA operator role
    Then the scenario fails on purpose, and teardown must remove the queue, the role and the policy
