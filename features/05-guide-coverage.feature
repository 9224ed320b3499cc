@static
Feature: Guide coverage
  Every command and "Expected output" of the implementation guide (KEDAGUIDE_GUIDE_TEXT) is tied to the feature
  that realizes it, with the targets that execute it, or waived with the reason the suite does not run it, in
  features/guide-coverage.yaml. When the guide's text changes, this names each new, changed or removed step.

  Scenario: every command and expected output of the implementation guide is covered or waived
    Given the implementation guide's text
    And the guide coverage tie file
    Then every step of the guide is covered or waived, and every tie names a step of the guide

  Scenario: every feature the guide coverage names exists
    Given the guide coverage tie file
    Then every feature the tie names exists and contains its scenario or step phrase
