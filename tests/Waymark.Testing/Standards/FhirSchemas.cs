using NJsonSchema;
using NJsonSchema.Validation;

namespace Waymark.Testing.Standards;

/// <summary>
/// Validates JSON against one resource of the FHIR R4 JSON schema (../shared/standards/fhir-r4/fhir.schema.json).
/// The schema is 3 MB, so it is loaded once per test run; validation uses the resource's own definition
/// (<c>#/definitions/Questionnaire</c>) rather than the root's one-of over every resource type, which is much faster
/// and gives errors about the resource instead of "not one of 140 types".
/// </summary>
public static class FhirSchemas
{
    public const string Folder = "fhir-r4";

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(Path.Combine(SharedStandards.Require(Folder), "fhir.schema.json")));

    /// <summary>Every way <paramref name="json"/> breaks the schema of <paramref name="resourceType"/>, as "path: kind" lines.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string resourceType, string json)
    {
        var schema = await Schema.Value;
        var definition = schema.Definitions[resourceType];
        return [.. Flatten(definition.Validate(json)).Select(e => $"{e.Path}: {e.Kind}")];
    }

    /// <summary>Fails with every schema error listed unless <paramref name="json"/> is a valid FHIR R4 <paramref name="resourceType"/>.</summary>
    public static async Task AssertValidAsync(string resourceType, string json)
    {
        var errors = await ErrorsAsync(resourceType, json);
        if (errors.Count > 0)
        {
            Xunit.Assert.Fail($"Not a valid FHIR R4 {resourceType}:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(30))}");
        }
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).DefaultIfEmpty(e)
            : [e]);
}
