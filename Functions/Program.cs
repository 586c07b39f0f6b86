using Serverless.Feedback.Hosting;
using Serverless.Feedback.Hosting.CustomHandler;

var builder = WebApplication.CreateBuilder(args);

builder.AddFunctionsCustomHandler();
builder.Services.AddProblemDetails();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapRoot();
app.MapFunctionInvocations();

app.Run();
