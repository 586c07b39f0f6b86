namespace Serverless.Feedback.Bench;

/// <summary>One named measurement: <c>dotnet run -c Release --project bench/Serverless.Feedback.Bench -- {Name}</c>.</summary>
internal interface IBenchCommand
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
