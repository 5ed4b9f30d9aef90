using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Testing;
using Waymark.Web.Features.DirectoryImport;
using Waymark.Web.Features.Referrals;
using static Waymark.Web.Tests.DirectoryImport.DirectoryImportTesting;

namespace Waymark.Web.Tests.DirectoryImport;

public sealed class ImportingOrukFeeds
{
    private static readonly Guid FullServiceId = new("ac148810-d857-441c-9679-408f346de14b");
    private static readonly Guid ExampleOrganisationId = new("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");

    [Fact]
    public async Task Every_official_example_of_a_service_or_feed_imports_cleanly()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        foreach (var name in new[] { "service_full.json", "service_list.json", "organization_full.json", "service_at_location_full.json" })
        {
            var report = await app.ImportAsync(Example(name));
            Assert.True(!report.HasProblems, name + ": " + string.Join("\n", report.Problems));
            Assert.True(report.Total > 0, name);
        }

        var (service, organisation, atLocations, term) = await app.QueryAsync(async db => (
            await db.Services.SingleAsync(s => s.Id == FullServiceId, Ct),
            await db.Organisations.SingleAsync(o => o.Id == ExampleOrganisationId, Ct),
            await db.ServiceAtLocations.Where(x => x.ServiceId == FullServiceId).ToListAsync(Ct),
            await db.TaxonomyTerms.SingleAsync(t => t.Id == new Guid("3f7b145d-84af-42d7-8fae-eaca714b02b2"), Ct)));
        Assert.Equal("Community Counselling", service.Name);
        Assert.Equal(OrganisationKind.Partner, organisation.Kind);
        Assert.Equal(organisation.Name, service.OrganisationName);
        Assert.Single(service.Schedules);
        Assert.Single(service.CostOptions);
        Assert.Single(service.Attributes);
        Assert.Equal(DateTimeOffset.Parse("2023-03-15T10:30:45.123Z", System.Globalization.CultureInfo.InvariantCulture), service.LastModified);
        Assert.NotEmpty(atLocations);
        Assert.Equal("name", term.Name);
        Assert.Equal(DeliveryModes.InPerson, service.DeliveryModes & DeliveryModes.InPerson);
    }

    [Fact]
    public async Task The_validator_pass_and_test_feeds_import_without_problems()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        foreach (var (folder, name) in new[]
        {
            ("V3.0-UK-Default", "service_full.json"), ("V3.0-UK-Default", "service_list.json"),
            ("V3.0-UK-Test", "service_full.json"), ("V3.0-UK-Test", "service_list.json"), ("V3.0-UK-Test", "organization_full.json"),
        })
        {
            var report = await app.ImportAsync(Mock(folder, name));
            Assert.True(!report.HasProblems, $"{folder}/{name}: " + string.Join("\n", report.Problems));
        }

        Assert.True(await app.QueryAsync(db => db.Services.AnyAsync(s => s.Id == FullServiceId, Ct)));
    }

    [Fact]
    public async Task The_validator_fail_feed_reports_each_bad_record_by_id_and_field_and_imports_none_of_them()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();

        var full = await app.ImportAsync(Mock("V3.0-UK-Fail", "service_full.json"));
        var list = await app.ImportAsync(Mock("V3.0-UK-Fail", "service_list.json"));

        Assert.Equal(1, full.Refused);
        Assert.Contains(full.Problems, p => p.Kind == "service" && p.Id == FullServiceId.ToString() && p.Field == "Url");
        Assert.Contains(full.Problems, p => p.Id == FullServiceId.ToString() && p.Field == "Email");
        Assert.Equal(list.Total, list.Refused);
        var listed = Json(Mock("V3.0-UK-Fail", "service_list.json"))["contents"]!.AsArray().Select(s => (string)s!["id"]!).ToList();
        foreach (var id in listed)
        {
            Assert.Contains(list.Problems, p => p.Id == id && p.Field == "Name");
        }

        Assert.Contains("Enter the service name", list.Problems.First(p => p.Field == "Name").Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await app.QueryAsync(db => db.Services.CountAsync(Ct)));
        Assert.Equal(0, await app.QueryAsync(db => db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Partner, Ct)));
    }

    [Fact]
    public async Task A_second_run_of_the_same_feed_changes_nothing_and_says_so()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var first = await app.ImportAsync(Example("service_full.json"));
        Assert.Equal(1, first.Created);
        var audited = await app.AuditCountAsync();
        var stored = await app.QueryAsync(db => db.Services.AsNoTracking().SingleAsync(s => s.Id == FullServiceId, Ct));
        app.Clock.Advance(TimeSpan.FromDays(3));

        var second = await app.ImportAsync(Example("service_full.json"));

        AssertClean(second);
        Assert.Equal(1, second.Unchanged);
        Assert.Equal(0, second.Created + second.Updated);
        Assert.Equal(0, second.LocationsCreated + second.LocationsUpdated + second.OrganisationsCreated + second.OrganisationsUpdated + second.TermsCreated);
        Assert.Equal(audited, await app.AuditCountAsync());
        var again = await app.QueryAsync(db => db.Services.AsNoTracking().SingleAsync(s => s.Id == FullServiceId, Ct));
        Assert.Equal(stored.LastModified, again.LastModified);
    }

    [Fact]
    public async Task An_existing_service_is_updated_in_place_and_keeps_what_link_workers_added()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var json = Json(Example("service_full.json"));
        await app.ImportAsync(json);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Data.AppDbContext>();
            var service = await db.Services.SingleAsync(s => s.Id == FullServiceId, Ct);
            service.SetDelivery(DeliveryModes.InPerson | DeliveryModes.Phone, 14, true, app.Clock.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        });

        json["name"] = "Community Counselling (new name)";
        json["last_modified"] = "2026-11-01T08:00:00Z";
        json["schedules"]![0]!["closes_at"] = "17:00:00";
        json["status"] = "temporarily closed";
        var report = await app.ImportAsync(json);

        AssertClean(report);
        Assert.Equal(1, report.Updated);
        var updated = await app.QueryAsync(db => db.Services.AsNoTracking().SingleAsync(s => s.Id == FullServiceId, Ct));
        Assert.Equal("Community Counselling (new name)", updated.Name);
        Assert.Equal(new TimeOnly(17, 0), updated.Schedules[0].ClosesAt);
        Assert.Equal(OperatingStatus.Paused, updated.OperatingStatus);
        Assert.NotNull(updated.StatusReason);
        Assert.Equal(14, updated.WaitingDays);
        Assert.Equal(DeliveryModes.InPerson | DeliveryModes.Phone, updated.DeliveryModes);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), updated.LastModified);
        Assert.Equal(1, await app.QueryAsync(db => db.Services.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_bad_record_is_left_out_whole_and_the_good_ones_are_imported()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var good = Json(Example("service_full.json"));
        var bad = Renumbered(Json(Example("service_full.json")), "0bad");
        bad["schedules"]![0]!["closes_at"] = "09:00:00";
        bad["cost_options"]![0]!["amount"] = -3;

        var report = await app.ImportAsync(new JsonArray(good, bad));

        Assert.Equal(1, report.Created);
        Assert.Equal(1, report.Refused);
        var badId = (string)bad["id"]!;
        Assert.Contains(report.Problems, p => p.ToString().StartsWith($"service {badId}: Schedules[0].ClosesAt: The closing time must be after the opening time", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Id == badId && p.Field == "CostOptions[0].Amount");
        var badLocation = new Guid((string)bad["service_at_locations"]![0]!["location"]!["id"]!);
        var badOrganisation = new Guid((string)bad["organization"]!["id"]!);
        var badTerm = new Guid((string)bad["attributes"]![0]!["taxonomy_term"]!["id"]!);
        Assert.False(await app.QueryAsync(db => db.Services.AnyAsync(s => s.Id == new Guid(badId), Ct)));
        Assert.False(await app.QueryAsync(db => db.Locations.AnyAsync(l => l.Id == badLocation, Ct)));
        Assert.False(await app.QueryAsync(db => db.Organisations.AnyAsync(o => o.Id == badOrganisation, Ct)));
        Assert.False(await app.QueryAsync(db => db.TaxonomyTerms.AnyAsync(t => t.Id == badTerm, Ct)));
        Assert.False(await app.QueryAsync(db => db.ServiceAtLocations.AnyAsync(x => x.ServiceId == new Guid(badId), Ct)));
        Assert.True(await app.QueryAsync(db => db.Services.AnyAsync(s => s.Id == FullServiceId, Ct)));
    }

    [Fact]
    public async Task A_service_whose_organisation_is_wrong_is_refused_with_it()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var json = Json(Example("service_full.json"));
        json["organization"]!["website"] = "not a web address";

        var report = await app.ImportAsync(json);

        Assert.Equal(1, report.Refused);
        Assert.Contains(report.Problems, p => p.Kind == "organisation" && p.Id == ExampleOrganisationId.ToString() && p.Field == "Website");
        Assert.Contains(report.Problems, p => p.Kind == "service" && p.Field == "Organization");
        Assert.Equal(0, await app.QueryAsync(db => db.Services.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_term_the_feed_names_without_defining_it_is_reported_and_the_service_left_out()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var json = Json(Example("service_full.json"));
        json["attributes"] = new JsonArray(
            new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term_id"] = "11111111-2222-4333-8444-555555555555" },
            new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term_id"] = NeedTaxonomy.TermId(NeedCategory.Food).ToString() });

        var report = await app.ImportAsync(json);

        Assert.Equal(1, report.Refused);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("Attributes[0].TaxonomyTermId", problem.Field);
        Assert.Contains("11111111-2222-4333-8444-555555555555", problem.Message, StringComparison.Ordinal);

        json["attributes"]!.AsArray().RemoveAt(0);
        var again = await app.ImportAsync(json);
        AssertClean(again);
        var service = await app.QueryAsync(db => db.Services.AsNoTracking().SingleAsync(s => s.Id == FullServiceId, Ct));
        Assert.Equal(NeedTaxonomy.TermId(NeedCategory.Food), Assert.Single(service.Attributes).TaxonomyTermId);
    }

    [Fact]
    public async Task A_fresh_database_has_the_need_taxonomy_with_the_referral_forms_wording()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();

        var terms = await app.QueryAsync(db => db.TaxonomyTerms.Where(t => t.TaxonomyId == NeedTaxonomy.Id).ToListAsync(Ct));

        Assert.True(await app.QueryAsync(db => db.Taxonomies.AnyAsync(t => t.Id == NeedTaxonomy.Id, Ct)));
        Assert.Equal(NeedTaxonomy.Needs.Count, terms.Count);
        Assert.Equal(ReferralDisplay.Need(NeedCategory.Caring), terms.Single(t => t.Id == NeedTaxonomy.TermId(NeedCategory.Caring)).Name);
        Assert.Equal(0, await app.WithScopeAsync(services => services.GetRequiredService<AppDbContext>().EnsureNeedTaxonomyAsync(Ct)));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var audited = await app.AuditCountAsync();

        var report = await app.ImportAsync(Example("service_full.json"), new DirectoryImportOptions(DryRun: true));

        Assert.True(report.DryRun);
        Assert.Equal(1, report.Created);
        Assert.Equal(0, await app.QueryAsync(db => db.Services.CountAsync(Ct)));
        Assert.Equal(audited, await app.AuditCountAsync());
    }

    [Fact]
    public async Task Many_services_import_in_batches_with_progress()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var template = Json(Example("service_full.json"));
        var feed = new JsonArray([.. Enumerable.Range(0, 450).Select(i => (JsonNode)Renumbered(template.DeepClone(), i.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)))]);
        var seen = new List<DirectoryImportProgress>();

        var report = await app.WithScopeAsync(services => services.GetRequiredService<DirectoryImporter>()
            .ExecuteAsync(OrukJsonReader.Read(feed).Feed, new DirectoryImportOptions(BatchSize: 200), new Recorder(seen), Ct));

        AssertClean(report);
        Assert.Equal(450, report.Created);
        Assert.Equal([0, 200, 400, 450], seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(450, p.Total));
        Assert.Equal(450, await app.QueryAsync(db => db.Services.CountAsync(Ct)));
    }

    /// <summary>The example with every id changed, so it is a different record with a different organisation, location and term.</summary>
    private static JsonNode Renumbered(JsonNode json, string tag)
    {
        var text = json.ToJsonString();
        var ids = System.Text.RegularExpressions.Regex.Matches(text, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").Select(m => m.Value).Distinct().ToList();
        foreach (var id in ids)
        {
            text = text.Replace(id, id[..^tag.Length] + tag, StringComparison.Ordinal);
        }

        return JsonNode.Parse(text)!;
    }

    private sealed class Recorder(List<DirectoryImportProgress> seen) : IProgress<DirectoryImportProgress>
    {
        public void Report(DirectoryImportProgress value) => seen.Add(value);
    }
}
