@static
Feature: The guide's repository
  The implementation guide runs commands against files of the guide's repository by path
  (envsubst < keda/keda-values.yaml.template, kubectl apply -f …). Every one of them must exist,
  or a reader following the guide stops at that step.

  Background:
    Given the guide's repository

  Scenario: the guide's repository has the files the implementation guide refers to
    Then it has these files:
      | what the guide does with it                      | path                                                             |
      | envsubst to cluster.yaml, eksctl create cluster  | setup/cluster.yaml                                               |
      | sets the guide's environment                     | setup/env.sh                                                     |
      | envsubst, helm install -f                        | keda/keda-values.yaml.template                                   |
      | envsubst, aws iam create-role                    | keda/trust-policy-keda-operator.json                             |
      | envsubst, kubectl apply                          | scaledobject-samples/amazonsqs/scaledobject-sqs.yaml             |
      | envsubst, aws iam create-policy sqsgetattributes | scaledobject-samples/amazonsqs/setup/keda-sqs-policy.json        |
      | envsubst, kubectl apply                          | scaledobject-samples/amazonsqs/setup/sqs-consumer-deployment.yaml |
      | envsubst, aws iam create-policy sqsconsumer      | scaledobject-samples/amazonsqs/setup/sqs-consumer-policy.json    |
      | docker build                                     | scaledobject-samples/amazonsqs/sample-app/Dockerfile             |
      | the consumer the image runs                      | scaledobject-samples/amazonsqs/sample-app/sqs-consumer.py        |
      | aws cloudformation create-stack                  | scaledobject-samples/prometheus/cloudformation/requirements.yaml |
      | runs the stack creation                          | scaledobject-samples/prometheus/setup/create_requirements.sh     |
      | envsubst, aws iam create-policy queryamp         | scaledobject-samples/prometheus/setup/keda-prometheus-policy.json |
      | sed, kubectl apply                               | scaledobject-samples/prometheus/adot/configmap.yaml              |
      | sed, kubectl apply                               | scaledobject-samples/prometheus/adot/collector.yaml              |
      | sed, kubectl apply                               | scaledobject-samples/prometheus/sigv4/keda-sigv4.yaml            |
      | sed, kubectl apply                               | scaledobject-samples/prometheus/sample-app/app.yaml              |
      | docker build                                     | scaledobject-samples/prometheus/sample-app/Dockerfile            |
      | the sample app the image runs                    | scaledobject-samples/prometheus/sample-app/app.py                |
      | pip install -r in the Dockerfile                 | scaledobject-samples/prometheus/sample-app/requirements.txt      |

  Scenario: the guide's version is recorded in the evidence
    Then the run record names the guide's commit or content hash
