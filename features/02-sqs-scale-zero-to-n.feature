@cluster @aws @sqs
Feature: Scale the SQS consumer 0 → N on 500 messages and back to 0
  The guide's "Scaled Object for Amazon SQS Queue", step by step: the queue, the consumer image built from the
  guide's Dockerfile, the namespace keda-sqs-guidance, the consumer's service account, the guide's Deployment at 0
  replicas and the guide's ScaledObject sqsconsumer-hpa (min 0, max 100, pollingInterval 10, cooldownPeriod 10,
  queueLength 5, activationQueueLength 0). KEDA must be installed first (features/01-install-keda.feature).
  Every wait has a budget derived from the ScaledObject (the scaling oracle's time allowances) plus the stated
  slack; the plan and the run record show each one. While the consumer scales, a timeline (queue depth, desired
  and ready replicas, pods, HPA, events) checks every desired count against the oracle's band for the depth seen.

  Deviations on the local target (k3s + LocalStack), declared in the run record:
    - the image is built from the guide's Dockerfile as kedaguidance/sqsconsumer:<run id>, imported into k3s, and
      the Deployment uses it with imagePullPolicy IfNotPresent (no ECR);
    - the ServiceAccount sqsconsumer is created without an IAM role (no IRSA on k3s);
    - the consumer gets AWS_ENDPOINT_URL=http://localstack:4566 and placeholder credentials;
    - the ScaledObject gets awsEndpoint: http://localstack:4566 and queueURL http://localstack:4566/<account>/app-queue.
  On eks the guide is followed as written: ECR, eksctl create iamserviceaccount, the sqsgetattributes policy on the
  KEDA operator role.

  Scenario: the consumer scales from 0 on 500 messages, within the oracle's bounds, and back to 0
    Given the run's cluster and AWS for the SQS example
    And the guide's queue app-queue is created
    When the consumer image is built from the guide's Dockerfile
    And the namespace keda-sqs-guidance is created
    And the consumer's service account sqsconsumer is created
    And the guide's consumer Deployment is applied with 0 replicas
    And the guide's ScaledObject sqsconsumer-hpa is rendered for this target
    Then the ScaledObject as rendered has:
      | field                 | value                |
      | minReplicaCount       | 0                    |
      | maxReplicaCount       | 100                  |
      | pollingInterval       | 10                   |
      | cooldownPeriod        | 10                   |
      | queueLength           | 5                    |
      | activationQueueLength | 0                    |
    When the ScaledObject is applied
    Then KEDA creates the HPA keda-hpa-sqsconsumer-hpa
    And the ScaledObject reports Ready
    And with the queue empty the Deployment stays at 0 replicas for two polling intervals
    When 500 messages are sent to the queue as the guide does
    Then the Deployment leaves 0 replicas within the oracle's bounds, never above 100
    And the operator log shows "Successfully updated ScaleTarget" from 0 replicas
    And the queue drains and the Deployment returns to 0 replicas within cooldownPeriod + pollingInterval + slack
    And the drained queue holds 0 messages
    And the operator log shows "Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount"
