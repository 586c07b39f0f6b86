namespace Serverless.Feedback.PublicSite;

internal static class PublicSiteModule
{
    /// <summary>Server-rendered Razor pages (no interactivity) and the options that shape links in pages and mail.</summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddExceptionHandler<PublicPageOutageHandler>();
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
