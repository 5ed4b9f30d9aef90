using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Audit;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.ServicesDirectory;

/// <summary>Adding and changing listings, status changes one at a time and in bulk, the stale queue, and who may do each.</summary>
public sealed class DirectoryMaintenance(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    [Fact]
    public async Task A_service_manager_adds_a_listing_and_sees_it_in_full()
    {
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);
        var name = $"Men's shed {app.Word()}";

        var response = await manager.PostFieldsAsync("/directory/manage/add",
        [
            ("Input.OrganisationId", app.OtherPartnerId.ToString()), ("Input.Name", name), ("Input.Description", "Woodwork and a cuppa"),
            ("Input.Needs", nameof(NeedCategory.LonelinessAndIsolation)), ("Input.Modes", "InPerson"), ("Input.WaitingDays", "0"),
            ("Input.Accepting", "true"), ("Input.ReferralMethod", "Phone"), ("Input.ReferralPhone", "0113 496 0000"),
            ("Input.Requirements", "StepFreeAccess"), ("Input.Cost", "Free"), ("Input.MinimumAge", "50"), ("Input.Languages", "pl"),
            ("Input.Locations[0].Name", "Shed"), ("Input.Locations[0].Address1", "2 Mill Road"), ("Input.Locations[0].City", "Leeds"),
            ("Input.Locations[0].Postcode", "ls63hn"), ("Input.Schedules[0].Day", "TU"), ("Input.Schedules[0].OpensAt", "10:00"),
            ("Input.Schedules[0].ClosesAt", "13:00"), ("Input.VerificationIntervalDays", "60"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var listing = await manager.GetPageAsync(response.RedirectTarget().PathAndQuery);
        Assert.Equal($"Listing added: {name}", listing.Banner());
        Assert.Equal(name, listing.QuerySelector("h1")!.TextContent.Trim());
        var text = listing.Body!.TextContent;
        foreach (var expected in new[] { "Carers Together", "Woodwork and a cuppa", "By phone", "0113 496 0000", "No wait", "50 and over", "Step-free access", "Polish", "2 Mill Road, Leeds, LS6 3HN", "Loneliness and isolation", "Never checked" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(["Tuesday", "10:00", "13:00", ""], listing.Rows()[0]);
        var location = await app.WithDbAsync(db => db.Locations.SingleAsync(l => l.Name == "Shed" && l.Postcode == "LS6 3HN", TestContext.Current.CancellationToken));
        Assert.Equal((53.8180, -1.5760), (location.Latitude, location.Longitude));
    }

    [Fact]
    public async Task Refusals_show_by_their_inputs_and_keep_what_was_typed()
    {
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);

        var response = await manager.PostFieldsAsync("/directory/manage/add",
        [
            ("Input.OrganisationId", app.Data.PartnerId.ToString()), ("Input.Name", ""), ("Input.Description", "Typed words"),
            ("Input.ReferralMethod", "Email"), ("Input.Modes", "InPerson"),
            ("Input.Schedules[0].Day", ""), ("Input.Schedules[1].Day", "WE"), ("Input.Schedules[1].OpensAt", "14:00"), ("Input.Schedules[1].ClosesAt", "13:00"),
            ("Input.Locations[0].Address1", "3 High Street"), ("Input.Locations[0].Postcode", "not a postcode"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Enter the service name", page.FieldError("Input_Name"));
        Assert.Equal("Enter the email address referrals go to", page.FieldError("Input_ReferralEmail"));
        Assert.Equal("The closing time must be after the opening time", page.FieldError("Input_Schedules_1__ClosesAt"));
        Assert.Equal("Enter a full UK postcode, like LS1 1UR", page.FieldError("Input_Locations_0__Postcode"));
        Assert.Equal(4, page.ErrorSummary().Count);
        Assert.Equal("Typed words", page.GetElementById("Input_Description")!.TextContent);
        Assert.Equal("14:00", page.ValueOf("Input_Schedules_1__OpensAt"));
        Assert.Equal("3 High Street", page.ValueOf("Input_Locations_0__Address1"));
    }

    [Fact]
    public async Task A_partner_edits_its_own_listing_but_another_organisations_is_not_found()
    {
        var own = await app.ServiceAsync($"Own group {app.Word()}", postcode: DirectoryApp.CityCentre);
        var other = await app.ServiceAsync($"Other group {app.Word()}", organisationId: app.OtherPartnerId);
        var partner = await app.SignedInAsync(StaffRole.Partner);

        var form = await partner.GetPageAsync($"/directory/manage/{own}/edit");
        Assert.Equal("1 Park Lane", form.ValueOf("Input_Locations_0__Address1"));
        Assert.Null(form.GetElementById("Input_OrganisationId"));
        var renamed = $"Renamed group {app.Word()}";
        var fields = form.QuerySelectorAll("form[method=post] input[type=text], form[method=post] input[type=hidden], form[method=post] input[type=time], form[method=post] input[type=url], form[method=post] input[type=email], form[method=post] input[type=tel]")
            .Where(i => i.GetAttribute("name") is { } n && n != "__RequestVerificationToken")
            .Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .Where(f => f.Item1 != "Input.Name")
            .Concat([("Input.Name", renamed), ("Input.Modes", "InPerson"), ("Input.ReferralMethod", "SignpostOnly")]).ToList();

        var response = await partner.PostFieldsAsync($"/directory/manage/{own}/edit", fields);

        var listing = await partner.FollowAsync(response, $"/directory/services/{own}");
        Assert.Equal($"Listing updated: {renamed}", listing.Banner());
        Assert.Contains("1 Park Lane", listing.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/directory/manage/{other}/edit", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/directory/manage/{other}/status", TestContext.Current.CancellationToken)).StatusCode);
        var post = await partner.PostFieldsAsync($"/directory/manage/{other}/edit", [("Input.Name", "Hijacked")], formPage: $"/directory/manage/{own}/edit");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var listingOfOther = await partner.GetPageAsync($"/directory/services/{other}");
        Assert.Null(listingOfOther.QuerySelector($"a[href='/directory/manage/{other}/edit']"));
    }

    [Fact]
    public async Task Referrers_commissioners_and_link_workers_cannot_maintain_the_directory()
    {
        var service = await app.ServiceAsync($"Locked group {app.Word()}");
        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Commissioner, StaffRole.LinkWorker })
        {
            var client = await app.SignedInAsync(role);
            foreach (var url in new[] { "/directory/manage", "/directory/manage/add", "/directory/manage/stale", $"/directory/manage/{service}/edit", $"/directory/manage/{service}/status" })
            {
                var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
            }
        }
    }

    [Fact]
    public async Task Pausing_needs_a_reason_and_then_shows_on_the_listing_until_resumed()
    {
        var service = await app.ServiceAsync($"Choir {app.Word()}");
        var partner = await app.SignedInAsync(StaffRole.Partner);
        var status = $"/directory/manage/{service}/status";

        var refused = await Html.ParseAsync(await partner.PostFieldsAsync(status, [("Input.Status", "Paused"), ("Input.Reason", "")]));
        Assert.Equal("Enter why the service is paused", refused.FieldError("Input_Reason"));

        var back = DateOnly.FromDateTime(app.App.Clock.GetUtcNow().UtcDateTime).AddDays(40);
        var response = await partner.PostFieldsAsync(status,
        [
            ("Input.Status", "Paused"), ("Input.Reason", "Hall being repaired"), ("Input.ExpectedReturn.Day", back.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.ExpectedReturn.Month", back.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.ExpectedReturn.Year", back.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        var listing = await partner.FollowAsync(response, $"/directory/services/{service}");
        Assert.EndsWith("is now paused", listing.Banner(), StringComparison.Ordinal);
        Assert.StartsWith("Paused until", listing.QuerySelector(".nhsuk-tag")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Paused: Hall being repaired", listing.Body!.TextContent, StringComparison.Ordinal);

        listing = await partner.FollowAsync(await partner.PostFieldsAsync(status, [("Input.Status", "Running")]), $"/directory/services/{service}");
        Assert.Equal("Running", listing.QuerySelector(".nhsuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_bulk_change_reports_what_changed_what_was_already_so_and_what_was_refused()
    {
        var word = app.Word();
        var running = await app.ServiceAsync($"Running walk {word}");
        var paused = await app.ServiceAsync($"Paused walk {word}", (s, now) => s.Pause("Leader ill", null, DateOnly.FromDateTime(now.UtcDateTime), now));
        var closed = await app.ServiceAsync($"Closed walk {word}", (s, now) => s.Close("Ended", DateOnly.FromDateTime(now.UtcDateTime), now));
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);
        var list = await manager.GetPageAsync($"/directory/manage?q={word}");
        Assert.Equal(3, list.QuerySelectorAll("input[name=ids]").Length);

        var response = await manager.PostFieldsAsync("/directory/manage?handler=bulk",
            [("q", word), ("ids", running.ToString()), ("ids", paused.ToString()), ("ids", closed.ToString()), ("Bulk.Status", "Paused"), ("Bulk.Reason", "Flooding in the area")],
            formPage: $"/directory/manage?q={word}");

        var outcome = await manager.FollowAsync(response, $"/directory/manage?q={word}");
        Assert.Equal("Status changed to paused for 1 service", outcome.Banner());
        Assert.Equal([$"Running walk {word}"], outcome.QuerySelectorAll("#bulk-changed li").Select(l => l.TextContent.Trim()));
        Assert.Equal([$"Paused walk {word}"], outcome.QuerySelectorAll("#bulk-unchanged li").Select(l => l.TextContent.Trim()));
        Assert.Equal([$"Closed walk {word} is closed, so it cannot be paused – resume it first if it is running again"],
            outcome.QuerySelectorAll("#bulk-refused li").Select(l => l.TextContent.Trim()));
        var reasons = await app.WithDbAsync(db => db.Services.Where(s => s.Id == running || s.Id == paused).OrderBy(s => s.Name)
            .Select(s => s.StatusReason).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Leader ill", "Flooding in the area"], reasons);
    }

    [Fact]
    public async Task A_bulk_change_without_a_selection_or_reason_says_what_to_fix()
    {
        var word = app.Word();
        await app.ServiceAsync($"Unselected {word}");
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);

        var response = await manager.PostFieldsAsync("/directory/manage?handler=bulk", [("q", word), ("Bulk.Status", "Closed")], formPage: $"/directory/manage?q={word}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Select at least one service to change"], page.ErrorSummary());
        Assert.Equal(1, page.QuerySelectorAll("input[name=ids]").Length);
    }

    [Fact]
    public async Task A_partner_cannot_change_listings_in_bulk()
    {
        var own = await app.ServiceAsync($"Partner bulk {app.Word()}");
        var partner = await app.SignedInAsync(StaffRole.Partner);
        var list = await partner.GetPageAsync("/directory/manage");
        Assert.Empty(list.QuerySelectorAll("input[name=ids]"));

        var response = await partner.PostFieldsAsync("/directory/manage?handler=bulk",
            [("ids", own.ToString()), ("Bulk.Status", "Closed"), ("Bulk.Reason", "Try")], formPage: "/directory/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
        Assert.Equal(OperatingStatus.Running, await app.WithDbAsync(db => db.Services.Where(s => s.Id == own).Select(s => s.OperatingStatus).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Partners_list_only_their_own_listings()
    {
        var word = app.Word();
        await app.ServiceAsync($"Mine {word}");
        await app.ServiceAsync($"Theirs {word}", organisationId: app.OtherPartnerId);

        var page = await (await app.SignedInAsync(StaffRole.Partner)).GetPageAsync($"/directory/manage?q={word}");

        Assert.Equal([$"Mine {word}"], page.Rows().Select(r => r[0]));
    }

    [Fact]
    public async Task The_stale_queue_lists_listings_due_a_check_and_verifying_records_who_and_when()
    {
        var name = $"Unchecked {app.Word()}";
        var service = await app.ServiceAsync(name);
        var partner = await app.SignedInAsync(StaffRole.Partner);
        var queue = await partner.GetPageAsync("/directory/manage/stale");
        Assert.Contains(queue.Rows(), r => r[0] == name && r[2] == "Never");
        var form = queue.QuerySelectorAll("form").First(f => f.GetAttribute("action")?.Contains(service.ToString(), StringComparison.Ordinal) == true);

        var response = await partner.PostFieldsAsync(form.GetAttribute("action")!, [], formPage: "/directory/manage/stale");

        var after = await partner.FollowAsync(response, "/directory/manage/stale");
        Assert.Equal($"Listing checked: {name}", after.Banner());
        Assert.DoesNotContain(after.Rows(), r => r[0] == name);
        var verified = await app.WithDbAsync(db => db.Services.Where(s => s.Id == service).Select(s => new { s.LastVerifiedBy, s.VerificationDueOn }).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(app.Data.User(StaffRole.Partner).Id, verified.LastVerifiedBy);
        Assert.Equal(DateOnly.FromDateTime(app.App.Clock.GetUtcNow().UtcDateTime).AddDays(90), verified.VerificationDueOn);
        var listing = await partner.GetPageAsync($"/directory/services/{service}");
        Assert.Contains("by Test Partner", listing.GetElementById("last-verified")!.TextContent, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.RecordType == nameof(Service) && e.RecordId == service.ToString() && e.Action == AuditAction.Update)
            .Select(e => e.ActorId).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([app.Data.User(StaffRole.Partner).Id.ToString()], audited);
    }

    [Fact]
    public async Task Another_organisations_stale_listing_is_not_in_a_partners_queue_and_cannot_be_verified()
    {
        var name = $"Elsewhere {app.Word()}";
        var other = await app.ServiceAsync(name, organisationId: app.OtherPartnerId);
        var partner = await app.SignedInAsync(StaffRole.Partner);

        var queue = await partner.GetPageAsync("/directory/manage/stale");
        Assert.DoesNotContain(queue.Rows(), r => r[0] == name);
        var response = await partner.PostFieldsAsync($"/directory/manage/stale?handler=verify&id={other}", [], formPage: "/directory/manage/stale");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var managerQueue = await (await app.SignedInAsync(StaffRole.ServiceManager)).GetPageAsync("/directory/manage/stale");
        Assert.Contains(managerQueue.Rows(), r => r[0] == name);
    }

    [Fact]
    public async Task The_listing_page_shows_what_a_link_worker_needs_and_flags_a_listing_due_a_check()
    {
        var service = await app.ServiceAsync($"Full listing {app.Word()}", (s, now) =>
        {
            s.SetReferralMethod(ReferralMethod.Email, "refer@example.org", null, null, now);
            s.ReplaceSchedules([new Schedule { ByDay = "TH", OpensAt = new(18, 0), ClosesAt = new(20, 0) }], now);
            s.ReplacePhones([new Phone { Number = "0113 496 0001", Description = "Office" }], now);
        }, postcode: DirectoryApp.Headingley, needs: [NeedCategory.Bereavement]);

        var page = await (await app.SignedInAsync(StaffRole.LinkWorker)).GetPageAsync($"/directory/services/{service}");

        var text = page.Body!.TextContent;
        foreach (var expected in new[] { "By email", "refer@example.org", "Usually waits 2 weeks", "Bereavement", "0113 496 0001", "Needs checking", "1 Park Lane, Leeds, LS6 3HN" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(["Thursday", "18:00", "20:00", ""], page.Rows()[0]);
        Assert.DoesNotContain(page.QuerySelectorAll("button"), b => b.TextContent.Contains("I have checked", StringComparison.Ordinal));
    }
}
