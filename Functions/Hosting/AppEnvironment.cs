namespace Serverless.Feedback.Hosting;

/// <summary>Where the app runs: in Azure, or on a developer's machine.</summary>
internal sealed class AppEnvironment(IConfiguration configuration, IHostEnvironment hostEnvironment)
{
    /// <summary>Running on an App Service / Functions site in Azure.</summary>
    public bool IsInAzure { get; } = !string.IsNullOrEmpty(configuration["WEBSITE_SITE_NAME"]);

    /// <summary>Development conveniences (sign-in picker, clock offset, outbox viewer) may switch on.</summary>
    public bool AllowsDevelopmentFeatures => AllowsDevelopmentFeaturesFor(configuration, hostEnvironment);

    /// <summary>The same rule, for registration time when no <see cref="AppEnvironment"/> exists yet.</summary>
    public static bool AllowsDevelopmentFeaturesFor(IConfiguration configuration, IHostEnvironment hostEnvironment) =>
        hostEnvironment.IsDevelopment() && string.IsNullOrEmpty(configuration["WEBSITE_SITE_NAME"]);
}
