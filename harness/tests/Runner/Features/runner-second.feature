@sample
Feature: Second feature
  Scenario: another feature's scenario
    Given the journal notes "second"
