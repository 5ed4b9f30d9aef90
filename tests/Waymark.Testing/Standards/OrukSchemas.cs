using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Waymark.Testing.Standards;

/// <summary>
/// Validates JSON against the Open Referral UK 3.0 schemas as published (the copy whose $refs resolve as sibling
/// files, so validation works offline). NJsonSchema 10.7.2 is what restores here (docs/stack-notes).
/// </summary>
public static class OrukSchemas
{
    public const string Folder = "oruk/3.0/schema-local-refs";

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The schema of that name, e.g. "service_list" or "taxonomy_term".</summary>
    public static Task<JsonSchema> GetAsync(string name) =>
        Loaded.GetOrAdd(name, n => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromFileAsync(Path.Combine(SharedStandards.Require(Folder), n + ".json")))).Value;

    /// <summary>Every way <paramref name="json"/> breaks the schema, as "path: kind" lines; empty when it is valid.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string name, string json)
    {
        var schema = await GetAsync(name);
        return [.. Flatten(schema.Validate(json)).Select(e => $"{e.Path}: {e.Kind}")];
    }

    /// <summary>Fails with every schema error listed unless <paramref name="json"/> is valid.</summary>
    public static async Task AssertValidAsync(string name, string json)
    {
        var errors = await ErrorsAsync(name, json);
        if (errors.Count > 0)
        {
            Xunit.Assert.Fail($"Not valid against ORUK 3.0 {name}.json:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(30))}");
        }
    }

    // "Not any of" and "not one of" errors carry the real reasons inside them.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).DefaultIfEmpty(e)
            : [e]);
}
