using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Waymark.Testing;
using static Waymark.Web.Tests.DirectoryImport.DirectoryImportTesting;

namespace Waymark.Web.Tests.DirectoryImport;

/// <summary>
/// "Reports every invalid record by id and field": a record with several mistakes has each one listed (kind, id,
/// field), not just the first the domain finds, and none of it is imported.
/// </summary>
public sealed class ReportingEveryMistake : IAsyncLifetime
{
    private const string ServiceId = "ac148810-d857-441c-9679-408f346de14b";
    private const string OrganisationId = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";

    private WaymarkAppFactory _app = null!;

    public async ValueTask InitializeAsync() => _app = await WaymarkAppFactory.CreateAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_service_with_three_mistakes_is_reported_three_times_by_kind_id_and_field()
    {
        var json = Json(Example("service_full.json"));
        json["url"] = "not a web address";
        json["schedules"]![0]!["closes_at"] = "09:00:00";
        json["phones"] = new JsonArray(
            new JsonObject { ["id"] = "5e0b2cfd-0c7a-4d3c-9d4e-1f2a3b4c5d61", ["number"] = "0113 496 0000" },
            new JsonObject { ["id"] = "5e0b2cfd-0c7a-4d3c-9d4e-1f2a3b4c5d62", ["number"] = string.Empty });

        var report = await _app.ImportAsync(json);

        Assert.Equal(1, report.Refused);
        Assert.Equal(3, report.Problems.Count);
        Assert.All(report.Problems, p => Assert.Equal(("service", ServiceId), (p.Kind, p.Id)));
        Assert.Equal(["Phones[1].Number", "Schedules[0].ClosesAt", "Url"], report.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Equal(0, await _app.QueryAsync(db => db.Services.CountAsync(Ct)));
    }

    [Fact]
    public async Task An_organisation_with_three_mistakes_lists_all_three_and_its_service_is_refused_with_it()
    {
        var json = Json(Example("service_full.json"));
        json["organization"]!["name"] = string.Empty;
        json["organization"]!["website"] = "not a web address";
        json["organization"]!["email"] = "not an email address";

        var report = await _app.ImportAsync(json);

        Assert.Equal(1, report.Refused);
        var organisation = report.Problems.Where(p => p.Kind == "organisation").ToList();
        Assert.All(organisation, p => Assert.Equal(OrganisationId, p.Id));
        Assert.Equal(["Email", "Name", "Website"], organisation.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Equal("Organization", Assert.Single(report.Problems, p => p.Kind == "service").Field);
        Assert.Equal(0, await _app.QueryAsync(db => db.Organisations.CountAsync(o => o.Id == new Guid(OrganisationId), Ct)));
    }

    [Fact]
    public async Task A_location_with_three_mistakes_including_two_wrong_addresses_lists_each()
    {
        var json = Json(Example("service_full.json"));
        var location = json["service_at_locations"]![0]!["location"]!;
        location["url"] = "not a web address";
        var addresses = location["addresses"]!.AsArray();
        var second = addresses[0]!.DeepClone();
        second["id"] = "0d2c7b4e-7b8f-4f0e-9a51-3f1d2e3c4b5a";
        addresses.Add(second);
        addresses[0]!["address_1"] = string.Empty;
        addresses[1]!["address_1"] = string.Empty;

        var report = await _app.ImportAsync(json);

        Assert.Equal(1, report.Refused);
        Assert.All(report.Problems, p => Assert.Equal(("service", ServiceId), (p.Kind, p.Id)));
        Assert.Equal(
            ["ServiceAtLocations[0].Location.Addresses[0].Address1", "ServiceAtLocations[0].Location.Addresses[1].Address1", "ServiceAtLocations[0].Location.Url"],
            report.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Equal(0, await _app.QueryAsync(db => db.Locations.CountAsync(Ct)));
    }

    [Fact]
    public async Task Once_every_mistake_is_corrected_the_record_imports()
    {
        var json = Json(Example("service_full.json"));
        json["url"] = "not a web address";
        json["organization"]!["website"] = "not a web address";
        var refused = await _app.ImportAsync(json);
        Assert.Equal(1, refused.Refused);

        var corrected = await _app.ImportAsync(Json(Example("service_full.json")));

        AssertClean(corrected);
        Assert.Equal(1, corrected.Created);
    }
}
