namespace Serverless.Feedback.Customers.Privacy;

internal static class PrivacyModule
{
    /// <summary>Data-subject requests (docs/procedure.md §13): exporting and anonymising a customer's personal data.</summary>
    public static IServiceCollection AddCustomerPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<CaseAnonymiser>();
        services.AddSingleton<CustomerAnonymisation>();
        services.AddSingleton<CustomerExport>();
        services.AddSingleton<ICustomerDataHolder, PoisonMessagePrivacy>();
        return services;
    }
}
