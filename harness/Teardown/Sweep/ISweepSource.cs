namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>
/// One place the sweep looks (SQS, IAM, CloudFormation, a cluster): lists every resource it can see with the run id
/// its label or tag carries (null when it carries none), and deletes a candidate it listed.
/// </summary>
public interface ISweepSource
{
    /// <summary>"sqs", "iam", "cloudformation", "cluster": the place in messages.</summary>
    string Place { get; }

    Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken);

    Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken);
}
