using Serverless.Feedback.Bench;

var commands = typeof(IBenchCommand).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchCommand).IsAssignableFrom(t))
    .Select(t => (IBenchCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
if (command is null)
{
    Console.WriteLine("Serverless.Feedback benchmarks. Usage: bench/run <command> [arguments]");
    foreach (var c in commands)
    {
        Console.WriteLine($"  {c.Name,-16} {c.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await command.RunAsync(args.Skip(1).ToList(), cancel.Token);
