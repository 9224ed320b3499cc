namespace KedaGuidance.Harness.Targets;

/// <summary>Where the guide pushes one of its images.</summary>
public abstract record GuideImageDestination
{
    private GuideImageDestination()
    {
    }

    /// <summary>The guide creates the repository first (<c>aws ecr create-repository --repository-name NAME</c>) and pushes to ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME.</summary>
    public sealed record NewRepository(string Repository) : GuideImageDestination;

    /// <summary>The guide pushes to an image reference another step created (e.g. $SAMPLE_APP_ECR from the requirements stack).</summary>
    public sealed record ExistingRepository(string Image) : GuideImageDestination;
}
