@cluster @prometheus
Feature: Scale the sample app on a Prometheus metric
  The guide's "Scaled Object for Prometheus Custom Metrics": the metric store, the queryamp policy, the sample app
  (image from its Dockerfile) and its Service, the ADOT collector with the guide's ConfigMap, the SigV4 proxy, and
  the guide's ScaledObject app-http-requests-minute from its heredoc. A bounded load (a Job in the cluster) makes the
  sample app count requests; the HPA must scale out to what the scaling oracle expects for the metric KEDA reads,
  name the external metric s0-prometheus in its rescale events (the guide's expected output), and return to 1 after
  the load within the HPA's scale-down stabilization window (300 s) + pollingInterval + HPA sync + slack — the guide
  explains why this is slower than the SQS example.

  Deviations on the local target (k3s), declared in the run record:
    - no Amazon Managed Service for Prometheus: an in-cluster Prometheus (prom/prometheus, pinned) with its
      remote-write receiver, fed by the guide's ADOT collector configuration with only the sigv4auth authenticator
      removed and the endpoint changed, so the guide's query runs unchanged;
    - the ScaledObject's serverAddress points at that Prometheus (no SigV4 proxy);
    - the sample app's image is built from the guide's Dockerfile and imported into k3s (imagePullPolicy IfNotPresent);
    - the collector's ServiceAccount is created without an IAM role.
  Every target: the load is a bounded Job that reaches the Service by its cluster DNS name (not the load balancer),
  and the Service is applied as type ClusterIP without the aws-load-balancer annotations, so no internet-facing load
  balancer is created and left unused (sample-app-service-cluster-ip). On eks the ScaledObject is applied only once
  the ADOT collector runs on every node and the SigV4 proxy is ready.

  Scenario: the sample app scales out on the request rate and back to 1
    Given the run's cluster for the Prometheus example
    When the metric store is created
    And the KEDA operator is allowed to query it
    And the sample app image is built from the guide's Dockerfile
    And the guide's sample app and its Service are applied
    And the ADOT collector is deployed with the guide's configuration
    And the guide's ScaledObject is written as the guide's heredoc:
      """
      ---
      apiVersion: keda.sh/v1alpha1
      kind: ScaledObject
      metadata:
        name: app-http-requests-minute
        namespace: keda-prometheus-guidance
      spec:
        scaleTargetRef:
          apiVersion: apps/v1
          kind: Deployment
          name: sample-app
        pollingInterval: 10
        cooldownPeriod: 10
        minReplicaCount: 1 # Optional. Default: 0
        maxReplicaCount: 20 # Optional. Default: 100
        triggers:
        - type: prometheus
          metadata:
            serverAddress: http://keda-sigv4.keda.svc.cluster.local/workspaces/$PROMETHEUS_WORKSPACE
            metricName: http_requests_minute
            awsRegion: "$AWS_REGION"
            identityOwner: operator
            threshold: '10'
            # Note: query must return a vector/scalar single element response
            query: sum(rate(adot_app_request_count_total[1m]))
      ---
      """
    Then the ScaledObject as rendered has:
      | field           | value                                      |
      | minReplicaCount | 1                                          |
      | maxReplicaCount | 20                                         |
      | pollingInterval | 10                                         |
      | cooldownPeriod  | 10                                         |
      | threshold       | 10                                         |
      | query           | sum(rate(adot_app_request_count_total[1m])) |
    When the ScaledObject is applied
    Then KEDA creates the HPA keda-hpa-app-http-requests-minute
    And the ScaledObject reports Ready
    When a bounded load of 50 requests per second from 5 pods is sent to the sample app
    Then the HPA scales the sample app out to the oracle's count for the metric, within 1..20
    And the HPA's rescale event names the external metric s0-prometheus above target
    When the load stops
    Then the sample app returns to 1 replica within the HPA scale-down stabilization + pollingInterval + HPA sync + slack
