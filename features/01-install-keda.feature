@cluster
Feature: Install KEDA
  The guide's "Install KEDA" section: create the keda namespace, render keda/keda-values.yaml from its template,
  add the kedacore Helm repository and install the chart with those values; then its expected outputs — helm list
  shows the release deployed, the three KEDA components run, and KEDA's CRD and external metrics APIService serve.
  The suite pins the chart version (the guide's expected output shows 2.12.0; see README "Pinned versions"); target
  differences (AWS access on k3s, the run-id label) are declared deviations in the run record.

  Scenario: KEDA is installed as the guide says and its components come up
    Given the cluster of this run's target
    When the KEDA namespace is created
    And the KEDA values are rendered from the guide's template
    And the kedacore Helm repository is added
    And the KEDA chart is installed with the rendered values
    Then helm lists the release keda as deployed with the pinned chart
    And the pods of these KEDA components are Running and Ready:
      | component                       |
      | keda-operator                   |
      | keda-operator-metrics-apiserver |
      | keda-admission-webhooks         |
    And the CRD "scaledobjects.keda.sh" is Established
    And the APIService "v1beta1.external.metrics.k8s.io" is Available
    And the run record holds the whole KEDA installation for this target
