@prometheus-local @prometheus
Feature: The Prometheus metric pipeline, for real on this machine
  The local metric path of the guide's section "Scaled Object for Prometheus Custom Metrics": the guide's sample app
  (scaledobject-samples/prometheus/sample-app/app.py, run unchanged on a free 127.0.0.1 port) counts requests in
  app_request_count_total; a real Prometheus scrapes it, and the guide's ScaledObject query is evaluated the way
  KEDA's prometheus scaler evaluates it (an instant query on Prometheus' HTTP API).

  Declared deviation from the guide's path (EKS): no ADOT collector, no Amazon Managed Service for Prometheus, no
  SigV4 proxy. The guide's collector exports with prometheusremotewrite namespace "adot", which prefixes every
  metric name with adot_; here Prometheus' metric_relabel_configs renames every scraped metric to adot_<name> at
  scrape time, so app_request_count_total is stored as adot_app_request_count_total and the guide's query runs
  unchanged. The scrape interval is 1 s here (the guide's collector scrapes every 15 s) to keep CI short; the time
  to a correct value is derived from it and from the query's rate window.

  Scenario: the guide's query returns the generated request rate, and the oracle's replica count for it
    Given the guide's collector exports with namespace "adot", so the guide's query names adot_ metrics
    And the guide's sample app scraped by a local Prometheus every 1 s
    And the guide's ScaledObject for the sample app:
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
    When the sample app serves 25 requests per second until its query settles within 10 %
    Then the ScaledObject's query returned a single-element vector
    And within the derived time the value equals the generated rate within 10 %
    And the oracle's replica count for the measured value is 3, the same as for the generated rate
