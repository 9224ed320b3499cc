@sample
Feature: Broken feature
  Scenario: fine so far
    Given the journal notes "x"
  This line is not Gherkin
    | a table | out of place |
