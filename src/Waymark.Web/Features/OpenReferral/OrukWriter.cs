using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;

namespace Waymark.Web.Features.OpenReferral;

/// <summary>
/// Writes the ORUK list items the public API serves most (services and their organisations) straight to a
/// <see cref="Utf8JsonWriter"/>, with no <see cref="JsonObject"/> built per item: a list's cost is then mostly its
/// queries. The same rules as <see cref="OrukJson"/>: fields in the schema's order, nothing written for a missing
/// value. <see cref="OrukJson.ServiceSummary"/> and OrukJson's organisation list item are read back from these, so
/// there is one writer of each shape.
/// </summary>
public static class OrukWriter
{
    /// <summary>An item of <c>service_list.json</c>: a service's one-to-one fields and its organisation.</summary>
    public static void ServiceSummary(Utf8JsonWriter w, ServiceRow s)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(s);
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("organization_id", s.OrganisationId);
        w.WriteString("name", s.Name);
        Text(w, "alternate_name", s.AlternateName);
        Text(w, "description", s.Description);
        Text(w, "url", s.Url);
        Text(w, "email", s.Email);
        Text(w, "status", OrukServiceStatus.Of(s.OperatingStatus));
        Text(w, "fees", s.FeesDescription);
        Text(w, "accreditations", s.Accreditations);
        Number(w, "minimum_age", s.MinimumAge);
        Number(w, "maximum_age", s.MaximumAge);
        Text(w, "assured_date", s.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(w, "assurer_email", s.AssurerEmail);
        Text(w, "alert", s.Alert);
        w.WriteString("last_modified", OrukJson.Timestamp(s.LastModified));
        w.WritePropertyName("organization");
        Organization(w, s.Organisation, []);
        w.WriteEndObject();
    }

    /// <summary>An organisation's one-to-one fields (an item of <c>organization_list.json</c>), with its identifiers when it has any.</summary>
    public static void Organization(Utf8JsonWriter w, OrganisationRow o, IEnumerable<OrganisationIdentifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(identifiers);
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("name", o.Name);
        w.WriteString("description", o.Description ?? o.Name);
        Text(w, "email", o.Email);
        Text(w, "website", o.Website);
        Text(w, "logo", o.Logo);
        Text(w, "uri", o.Uri);
        Text(w, "legal_status", o.LegalStatus);
        Number(w, "year_incorporated", o.YearIncorporated);
        Text(w, "parent_organization_id", o.ParentOrganisationId?.ToString());
        var started = false;
        foreach (var i in identifiers)
        {
            if (!started)
            {
                w.WriteStartArray("organization_identifiers");
                started = true;
            }

            w.WriteStartObject();
            Text(w, "id", i.Id.ToString());
            w.WriteString("organization_id", o.Id);
            Text(w, "identifier_scheme", i.IdentifierScheme);
            Text(w, "identifier_type", i.IdentifierType);
            Text(w, "identifier", i.Identifier);
            w.WriteEndObject();
        }

        if (started)
        {
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The paging envelope ORUK lists share (as <see cref="OrukJson.Page"/>), with the items written by <paramref name="item"/>.</summary>
    public static void Page<T>(Utf8JsonWriter w, IReadOnlyCollection<T> contents, Action<Utf8JsonWriter, T> item, int pageNumber, int perPage, int totalItems)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(item);
        var totalPages = (int)Math.Ceiling(totalItems / (double)perPage);
        w.WriteStartObject();
        w.WriteNumber("total_items", totalItems);
        w.WriteNumber("total_pages", totalPages);
        w.WriteNumber("page_number", pageNumber);
        w.WriteNumber("size", perPage);
        w.WriteBoolean("first_page", pageNumber == 1);
        w.WriteBoolean("last_page", pageNumber >= totalPages);
        w.WriteBoolean("empty", contents.Count == 0);
        w.WriteStartArray("contents");
        foreach (var x in contents)
        {
            item(w, x);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>What <paramref name="write"/> writes, as a <see cref="JsonObject"/> (for answers that nest it in more JSON).</summary>
    public static JsonObject ToObject(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            write(w);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
    }
}

/// <summary>
/// A page of ORUK list items written straight to the response (see <see cref="OrukWriter"/>), as
/// <c>application/json; charset=utf-8</c> with the app's JSON encoder, like the API's other answers.
/// </summary>
public sealed class OrukPageResult<T>(IReadOnlyCollection<T> contents, Action<Utf8JsonWriter, T> item, int pageNumber, int perPage, int totalItems)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public int TotalItems => totalItems;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var json = httpContext.RequestServices.GetService<IOptions<JsonOptions>>()?.Value.SerializerOptions;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        await using var w = new Utf8JsonWriter(httpContext.Response.BodyWriter, new JsonWriterOptions { Encoder = json?.Encoder, Indented = json?.WriteIndented ?? false });
        OrukWriter.Page(w, contents, item, pageNumber, perPage, totalItems);
        await w.FlushAsync(httpContext.RequestAborted);
    }
}
