namespace KedaGuidance.Harness.Targets;

/// <summary>
/// One of the guide's grants to KEDA's operator: create a policy from the guide's file (<see cref="CreatePolicyAsync"/>
/// returns its ARN) and attach it to the operator's role (<c>aws iam attach-role-policy --role-name ROLE</c>).
/// </summary>
public sealed record KedaPolicyGrant(string PolicyName, string RoleName, Func<CancellationToken, Task<string>> CreatePolicyAsync);
