using System.IO.Compression;
using System.Text.Json.Nodes;
using Waymark.Data;
using Waymark.Domain.Common;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>
/// Reads an HSDS / HSDS-UK tabular data package: a folder or zip holding <c>datapackage.json</c> and one CSV file a
/// table (<c>services.csv</c>, <c>organizations.csv</c>, <c>locations.csv</c>, <c>service_at_locations.csv</c>,
/// ...). Each service's rows are gathered into the nested shape of an ORUK 3.0 service and read by
/// <see cref="OrukJsonReader"/>, so both formats map to the domain the same way. Both the HSDS 3.0 table names and
/// the older HSDS-UK 1.0 / HSDS 2.0 ones are read (<see cref="ReadFiles"/>); any other CSV file is listed as unread.
/// A package is a whole snapshot, so every list a service can have is given (empty when it has no rows).
/// </summary>
public static class HsdsCsvPackageReader
{
    /// <summary>The tables read; the first name found of each group is used.</summary>
    public static readonly IReadOnlyList<string> ReadFiles =
    [
        "services.csv", "organizations.csv", "locations.csv", "service_at_locations.csv", "addresses.csv", "physical_addresses.csv",
        "postal_addresses.csv", "taxonomy_terms.csv", "taxonomies.csv", "attributes.csv", "service_attributes.csv", "service_taxonomies.csv",
        "phones.csv", "contacts.csv", "schedules.csv", "regular_schedules.csv", "languages.csv", "cost_options.csv", "service_areas.csv",
        "eligibility.csv", "eligibilitys.csv", "funding.csv", "fundings.csv", "required_documents.csv", "accessibility.csv",
        "accessibility_for_disabilities.csv",
    ];

    public static DirectoryFeed Read(string path)
    {
        Dictionary<string, string> files;
        if (System.IO.Directory.Exists(path))
        {
            files = System.IO.Directory.EnumerateFiles(path)
                .ToDictionary(f => Path.GetFileName(f).ToLowerInvariant(), File.ReadAllText, StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            using var zip = ZipFile.OpenRead(path);
            files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0))
            {
                using var reader = new StreamReader(entry.Open());
                files[entry.Name.ToLowerInvariant()] = reader.ReadToEnd();
            }
        }
        else
        {
            throw new DomainException($"There is no folder or zip file at {path}", "File");
        }

        return Read(files);
    }

    /// <summary>Reads a package given as file name → CSV text.</summary>
    public static DirectoryFeed Read(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!files.ContainsKey("services.csv"))
        {
            throw new DomainException("The package has no services.csv. Give a folder or zip with datapackage.json and the HSDS CSV files.", "File");
        }

        var tables = files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => Rows(f.Value), StringComparer.Ordinal);
        var unread = tables.Keys.Where(k => !ReadFiles.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var termsTable = First(tables, "taxonomy_terms.csv", "taxonomies.csv");
        var taxonomyTable = tables.ContainsKey("taxonomy_terms.csv") ? First(tables, "taxonomies.csv") : [];

        var organisations = ById(First(tables, "organizations.csv"));
        var locations = ById(First(tables, "locations.csv"));
        var terms = ById(termsTable);
        var taxonomies = ById(taxonomyTable);
        var phones = First(tables, "phones.csv");
        var schedules = First(tables, "schedules.csv", "regular_schedules.csv");
        var languages = First(tables, "languages.csv");
        var contacts = First(tables, "contacts.csv");
        var addresses = First(tables, "addresses.csv", "physical_addresses.csv")
            .Concat(First(tables, "postal_addresses.csv").Select(a => With(a, "address_type", "postal"))).ToList();
        var accessibility = First(tables, "accessibility.csv", "accessibility_for_disabilities.csv");
        var attributes = First(tables, "attributes.csv").Where(a => Value(a, "link_entity") is null or "service")
            .Select(a => With(a, "service_id", Value(a, "link_id"))).ToList();
        var serviceTerms = First(tables, "service_attributes.csv", "service_taxonomies.csv")
            .Select(a => With(a, "taxonomy_term_id", Value(a, "taxonomy_term_id") ?? Value(a, "taxonomy_id"))).ToList();
        var eligibility = First(tables, "eligibility.csv", "eligibilitys.csv");

        var services = new JsonArray();
        foreach (var row in tables["services.csv"])
        {
            var id = Value(row, "id");
            var service = Object(row);
            if (Value(row, "organization_id") is { } organisationId && organisations.TryGetValue(organisationId, out var organisation))
            {
                service["organization"] = Object(organisation);
            }

            foreach (var e in eligibility.Where(e => Value(e, "service_id") == id))
            {
                Copy(e, service, "minimum_age", "minimum_age");
                Copy(e, service, "maximum_age", "maximum_age");
                Copy(e, service, "eligibility", "eligibility_description");
                Copy(e, service, "eligibility_description", "eligibility_description");
            }

            service["phones"] = Array(phones.Where(p => Value(p, "service_id") == id && Value(p, "contact_id") is null && Value(p, "service_at_location_id") is null), p => Phone(p, languages));
            service["schedules"] = Array(schedules.Where(s => Value(s, "service_id") == id && Value(s, "service_at_location_id") is null), Object);
            service["languages"] = Array(languages.Where(l => Value(l, "service_id") == id && Value(l, "phone_id") is null), Language);
            service["cost_options"] = Array(First(tables, "cost_options.csv").Where(c => Value(c, "service_id") == id), Object);
            service["service_areas"] = Array(First(tables, "service_areas.csv").Where(a => Value(a, "service_id") == id), Object);
            service["funding"] = Array(First(tables, "funding.csv", "fundings.csv").Where(f => Value(f, "service_id") == id), Object);
            service["required_documents"] = Array(First(tables, "required_documents.csv").Where(d => Value(d, "service_id") == id), Object);
            service["contacts"] = Array(contacts.Where(c => Value(c, "service_id") == id), c =>
            {
                var contact = Object(c);
                contact["phones"] = Array(phones.Where(p => Value(p, "contact_id") == Value(c, "id")), p => Phone(p, languages));
                return contact;
            });
            service["attributes"] = Array(attributes.Concat(serviceTerms).Where(a => Value(a, "service_id") == id), a =>
            {
                var attribute = new JsonObject { ["id"] = Value(a, "id"), ["link_type"] = Value(a, "link_type") };
                var termId = Value(a, "taxonomy_term_id");
                if (termId is not null && terms.TryGetValue(termId, out var term))
                {
                    var termJson = Object(term);
                    Copy(term, termJson, "vocabulary", "taxonomy");
                    Copy(term, termJson, "parent", "parent_id");
                    Copy(term, termJson, "code", "term");
                    if (Value(term, "taxonomy_id") is { } taxonomyId && taxonomies.TryGetValue(taxonomyId, out var taxonomy))
                    {
                        termJson["taxonomy_detail"] = Object(taxonomy);
                    }

                    attribute["taxonomy_term"] = termJson;
                }
                else
                {
                    attribute["taxonomy_term_id"] = termId;
                }

                return attribute;
            });
            service["service_at_locations"] = Array(First(tables, "service_at_locations.csv").Where(x => Value(x, "service_id") == id), x =>
            {
                var at = Object(x);
                var locationId = Value(x, "location_id");
                if (locationId is not null && locations.TryGetValue(locationId, out var location))
                {
                    var l = Object(location);
                    l["addresses"] = Array(addresses.Where(a => Value(a, "location_id") == locationId), Object);
                    l["accessibility"] = Array(accessibility.Where(a => Value(a, "location_id") == locationId), Object);
                    l["languages"] = Array(languages.Where(g => Value(g, "location_id") == locationId && Value(g, "phone_id") is null), Language);
                    l["phones"] = Array(phones.Where(p => Value(p, "location_id") == locationId && Value(p, "service_id") is null), p => Phone(p, languages));
                    l["schedules"] = Array(schedules.Where(s => Value(s, "location_id") == locationId && Value(s, "service_id") is null), Object);
                    at["location"] = l;
                }

                at["schedules"] = Array(schedules.Where(s => Value(s, "service_at_location_id") == Value(x, "id")), Object);
                at["phones"] = Array(phones.Where(p => Value(p, "service_at_location_id") == Value(x, "id")), p => Phone(p, languages));
                return at;
            });
            services.Add(service);
        }

        var (feed, _) = OrukJsonReader.Read(services);
        return feed with { Unread = unread };
    }

    private static JsonObject Phone(Dictionary<string, string> row, List<Dictionary<string, string>> languages)
    {
        var phone = Object(row);
        phone["languages"] = Array(languages.Where(l => Value(l, "phone_id") == Value(row, "id")), Language);
        if (Value(row, "language") is { } language && Value(row, "id") is { } id)
        {
            ((JsonArray)phone["languages"]!).Add(new JsonObject { ["id"] = StableId.Child(StableId.Of(id), "language", 0).ToString(), ["name"] = language });
        }

        return phone;
    }

    private static JsonObject Language(Dictionary<string, string> row)
    {
        var language = Object(row);
        Copy(row, language, "language", "name");
        return language;
    }

    private static List<Dictionary<string, string>> First(Dictionary<string, List<Dictionary<string, string>>> tables, params string[] names) =>
        names.Select(n => tables.GetValueOrDefault(n)).FirstOrDefault(t => t is not null) ?? [];

    private static Dictionary<string, Dictionary<string, string>> ById(List<Dictionary<string, string>> rows)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (Value(row, "id") is { } id)
            {
                result[id] = row;
            }
        }

        return result;
    }

    private static string? Value(Dictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static Dictionary<string, string> With(Dictionary<string, string> row, string column, string? value)
    {
        var copy = new Dictionary<string, string>(row, StringComparer.Ordinal);
        if (value is not null && Value(copy, column) is null)
        {
            copy[column] = value;
        }

        return copy;
    }

    private static void Copy(Dictionary<string, string> row, JsonObject target, string from, string to)
    {
        if (Value(row, from) is { } value && target[to] is null)
        {
            target[to] = value;
        }
    }

    private static JsonObject Object(Dictionary<string, string> row)
    {
        var json = new JsonObject();
        foreach (var (column, value) in row)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                json[column] = value.Trim();
            }
        }

        return json;
    }

    private static JsonArray Array(IEnumerable<Dictionary<string, string>> rows, Func<Dictionary<string, string>, JsonObject> map) => new([.. rows.Select(map)]);

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        using var reader = new StringReader(csv.TrimStart('\uFEFF'));
        var records = CsvText.ReadRecords(reader).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        return [.. records.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0)).Select(r =>
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count && i < r.Cells.Count; i++)
            {
                row[header[i]] = r.Cells[i];
            }

            return row;
        })];
    }
}
