@sample
Feature: Runner basics
  A test-only feature that exercises the runner: order, outlines, rules, failures, injection, arguments.

  Background:
    Given the journal notes "background"

  Scenario: steps run in order
    Given the journal notes "given"
    When the journal notes "when"
    Then the journal notes "then"
    And the journal notes "and"
    But the journal notes "but"

  @outline
  Scenario Outline: outline rows
    Given the journal notes "<word>"

    @examples-tag
    Examples:
      | word |
      | one  |
      | two  |

  Scenario: undefined step
    Given a step nobody defined

  Scenario: pending step
    Given a pending step

  Scenario: failing step
    Given a step that fails
    Then the journal notes "never reached"

  Scenario: context injection
    Given a value 42 is shared
    Then another binding class sees 42

  Scenario: docstring and table
    Given this text:
      """
      hello
      """
    And this table:
      | a | b |
      | 1 | 2 |

  @ignore
  Scenario: ignored
    Given the journal notes "ignored"

  Rule: a rule with its own background
    Background:
      Given the journal notes "rule background"

    @ruletag
    Scenario: ruled scenario
      Then the journal notes "ruled"
