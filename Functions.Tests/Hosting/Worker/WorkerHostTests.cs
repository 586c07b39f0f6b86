using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Hosting.Worker;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Worker;

/// <summary>
/// The host the Functions runtime starts is built the way Azure builds it (without connecting to a host), and
/// every function class is made the way the worker makes it: a broken dependency graph fails here, not in Azure.
/// </summary>
[Trait(TestKind.Name, TestKind.Storage)]
public sealed class WorkerHostTests
{
    [Fact]
    public async Task BuildWorker_EveryFunctionClass_IsActivatedFromTheWorkersServices()
    {
        var azurite = await Azurite.Shared;
        using var host = Program.BuildWorker(
        [
            "--functions-uri", "http://127.0.0.1:1/",
            "--Storage", azurite.ConnectionString,
            "--Storage:Prefix", Azurite.UniqueName("wk"),
        ]);
        var catalog = FunctionCatalog.Load(AppContext.BaseDirectory);
        await using var scope = host.Services.CreateAsyncScope();

        var made = catalog.Functions
            .Select(f => FunctionMethod.Resolve(f, typeof(AppPipeline).Assembly).DeclaringType)
            .Distinct()
            .Select(type => ActivatorUtilities.CreateInstance(scope.ServiceProvider, type))
            .ToList();

        Assert.Equal(15, made.Count);
        Assert.All(made, Assert.NotNull);
    }

    [Fact]
    public void BuildWorker_AppPipeline_BuildsWithEveryEndpoint()
    {
        using var host = Program.BuildWorker(["--functions-uri", "http://127.0.0.1:1/", "--Storage", "UseDevelopmentStorage=true"]);

        var pipeline = host.Services.GetRequiredService<AppPipeline>();

        pipeline.EnsureBuilt();
        Assert.NotNull(pipeline.Handle());
    }

    [Theory]
    [InlineData(new[] { "--functions-uri", "http://127.0.0.1:5000/" }, true)]
    [InlineData(new[] { "--functions-uri=http://127.0.0.1:5000/" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:7071" }, false)]
    [InlineData(new string[0], false)]
    public void IsStartedByHost_Arguments_TellTheHostsApart(string[] args, bool expected) =>
        Assert.Equal(expected, FunctionsWorker.IsStartedByHost(args));
}
