namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Something a step wants done to a target, as data: apply a manifest, install a chart, create a queue, send
/// messages. The live executor performs it; the plan executor records it. <see cref="Content"/> is the exact
/// rendered object or command, so a plan shows what a live run would send.
/// </summary>
public abstract record Operation
{
    /// <summary>A stable kind such as "kubernetes.apply" or "sqs.send-messages", used to group figures in the evidence.</summary>
    public abstract string Kind { get; }

    /// <summary>One line a person reads: "apply Deployment keda-sqs-guidance/sqs-consumer-backend".</summary>
    public abstract string Summary { get; }

    /// <summary>The exact rendered content (manifest, values, command line); null when the summary says it all.</summary>
    public virtual string? Content => null;
}

/// <summary>An operation whose live run yields a <typeparamref name="TResult"/>.</summary>
public abstract record Operation<TResult> : Operation
{
    /// <summary>
    /// What plan mode returns instead of performing the operation. It must be recognisable as planned
    /// (for example a queue URL on the reserved host plan.invalid) so it can never be mistaken for an observation.
    /// </summary>
    public abstract TResult Planned();
}
