using Waymark.Web.Infrastructure;

// Composition lives in WaymarkApp so the CLI's `serve` and `demo` build exactly the same app.
var app = WaymarkApp.Create(args);
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
