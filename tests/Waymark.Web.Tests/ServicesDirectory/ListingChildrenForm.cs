using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Audit;
using Waymark.Domain.Directory;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.ServicesDirectory;

/// <summary>
/// The listing form's prices, phone numbers and contacts: repeated rows with "Add another" and "Remove", errors by
/// the row's input, and who may change them.
/// </summary>
public sealed class ListingChildrenForm(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    [Fact]
    public async Task A_service_manager_adds_changes_and_removes_prices_phones_and_contacts()
    {
        var service = await app.ServiceAsync($"Lunch club {app.Word()}");
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);
        var edit = $"/directory/manage/{service}/edit";

        var form = await manager.GetPageAsync(edit);
        var added = await manager.PostFieldsAsync(edit, With(Fields(form),
            ("Input.CostOptions[0].Amount", "3.50"), ("Input.CostOptions[0].Option", "Per session"), ("Input.CostOptions[0].AmountDescription", "with pudding"),
            ("Input.CostOptions[0].ValidFrom", "2026-04-01"), ("Input.CostOptions[0].ValidTo", "2027-03-31"),
            ("Input.Phones[0].Number", "0113 496 0000"), ("Input.Phones[0].Description", "Bookings"),
            ("Input.Contacts[0].Name", "Ann Persona"), ("Input.Contacts[0].Title", "Club leader"), ("Input.Contacts[0].Email", "ann@example.org"),
            ("Input.Contacts[0].Phone", "07700 900982")));

        var listing = await manager.FollowAsync(added, $"/directory/services/{service}");
        var text = listing.Body!.TextContent;
        foreach (var expected in new[] { "Per session: £3.50 with pudding (1 April 2026 to 31 March 2027)", "Phone (Bookings)", "0113 496 0000", "Ann Persona", "Club leader, ann@example.org, 07700 900982" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var before = await ChildrenAsync(service);
        form = await manager.GetPageAsync(edit);
        Assert.Equal("3.50", form.ValueOf("Input_CostOptions_0__Amount"));
        Assert.Equal("2026-04-01", form.ValueOf("Input_CostOptions_0__ValidFrom"));
        Assert.Equal("Bookings", form.ValueOf("Input_Phones_0__Description"));
        Assert.Equal("07700 900982", form.ValueOf("Input_Contacts_0__Phone"));
        var changed = await manager.PostFieldsAsync(edit, With(Fields(form),
            ("Input.CostOptions[0].Amount", "4"), ("Input.Phones[0].Number", "0113 496 0999"), ("Input.Contacts[0].Remove", "true")));

        await manager.FollowAsync(changed, $"/directory/services/{service}");
        var after = await ChildrenAsync(service);
        Assert.Equal((before.CostOptions[0].Id, 4m, "GBP"), (after.CostOptions[0].Id, after.CostOptions[0].Amount ?? -1, after.CostOptions[0].Currency));
        Assert.Equal((before.Phones[0].Id, "0113 496 0999", "Bookings"), (after.Phones[0].Id, after.Phones[0].Number, after.Phones[0].Description));
        Assert.Empty(after.Contacts);
        Assert.Equal(CostLevel.LowCost, after.Cost);

        form = await manager.GetPageAsync(edit);
        var removed = await manager.PostFieldsAsync(edit, With(Fields(form), ("Input.CostOptions[0].Remove", "true"), ("Input.Phones[0].Number", ""), ("Input.Phones[0].Description", "")));
        await manager.FollowAsync(removed, $"/directory/services/{service}");
        var emptied = await ChildrenAsync(service);
        Assert.Equal((0, 0, CostLevel.Free), (emptied.CostOptions.Count, emptied.Phones.Count, emptied.Cost));

        var audited = await app.WithDbAsync(db => db.AuditEvents
            .Where(e => e.RecordType == nameof(Service) && e.RecordId == service.ToString() && e.Action == AuditAction.Update)
            .Select(e => new { e.ActorId, e.Fields }).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, audited.Count(e => e.ActorId == app.Data.User(StaffRole.ServiceManager).Id.ToString()));
        Assert.Contains(audited, e => e.Fields!.Contains("CostOptions", StringComparison.Ordinal) && e.Fields.Contains("Phones", StringComparison.Ordinal) && e.Fields.Contains("Contacts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Add_another_shows_one_more_empty_row_keeps_what_was_typed_and_saves_nothing()
    {
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);
        var name = $"Not saved yet {app.Word()}";

        var response = await manager.PostFieldsAsync("/directory/manage/add",
        [
            ("Input.OrganisationId", app.Data.PartnerId.ToString()), ("Input.Name", name), ("Input.Phones[0].Number", "0113 496 0000"),
            ("Input.Phones[0].Description", "Office"), ("Input.AddAnother", "Phones"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Empty(page.ErrorSummary());
        Assert.Equal((name, "0113 496 0000", "Office"), (page.ValueOf("Input_Name"), page.ValueOf("Input_Phones_0__Number"), page.ValueOf("Input_Phones_0__Description")));
        Assert.NotNull(page.GetElementById("Input_Phones_1__Number"));
        Assert.Null(page.GetElementById("Input_Phones_2__Number"));
        Assert.Contains("Phone number 2", page.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()));
        Assert.NotNull(page.GetElementById("Input_Phones_0__Remove"));
        Assert.Null(page.GetElementById("Input_Phones_1__Remove"));
        var enterKeyButton = page.QuerySelector("main form button[type=submit]")!;
        Assert.Equal(("Save listing", null), (enterKeyButton.TextContent.Trim(), enterKeyButton.GetAttribute("name")));
        Assert.False(await app.WithDbAsync(db => db.Services.AnyAsync(s => s.Name == name, TestContext.Current.CancellationToken)));

        var added = await manager.PostFieldsAsync("/directory/manage/add", With(Fields(page),
            ("Input.Phones[1].Number", "116 123"), ("Input.Modes", "InPerson"), ("Input.ReferralMethod", "SignpostOnly")));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var phones = await app.WithDbAsync(db => db.Services.Where(s => s.Name == name).Select(s => s.Phones).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["0113 496 0000", "116 123"], phones.Select(p => p.Number));
    }

    [Fact]
    public async Task Rows_with_mistakes_show_errors_by_their_inputs_keep_everything_typed_and_save_nothing()
    {
        var service = await app.ServiceAsync($"Art group {app.Word()}", (s, now) => s.ReplacePhones([new Phone { Number = "0113 496 0001" }], now));
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);
        var edit = $"/directory/manage/{service}/edit";
        var form = await manager.GetPageAsync(edit);

        var response = await manager.PostFieldsAsync(edit, With(Fields(form),
            ("Input.CostOptions[0].Amount", "3.505"), ("Input.CostOptions[1].Amount", "-2"), ("Input.CostOptions[1].Option", "Adults"),
            ("Input.Phones[0].Number", "0113 496 0002"), ("Input.Phones[1].Number", "call the office"), ("Input.Phones[1].Description", "Evenings"),
            ("Input.Contacts[0].Email", "desk@example.org"), ("Input.Contacts[1].Name", "Ann"), ("Input.Contacts[1].Email", "ann-at-example")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Enter the amount in pounds and pence, with no more than 2 numbers after the point, like 3.50", page.FieldError("Input_CostOptions_0__Amount"));
        Assert.Equal("Enter an amount of 0 or more", page.FieldError("Input_CostOptions_1__Amount"));
        Assert.StartsWith("Enter a phone number, like", page.FieldError("Input_Phones_1__Number"), StringComparison.Ordinal);
        Assert.Equal("Enter the contact's name or job title, like Reception", page.FieldError("Input_Contacts_0__Name"));
        Assert.NotNull(page.FieldError("Input_Contacts_1__Email"));
        Assert.Equal(
            ["#Input_CostOptions_0__Amount", "#Input_CostOptions_1__Amount", "#Input_Phones_1__Number", "#Input_Contacts_0__Name", "#Input_Contacts_1__Email"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(("3.505", "Adults", "0113 496 0002"), (page.ValueOf("Input_CostOptions_0__Amount"), page.ValueOf("Input_CostOptions_1__Option"), page.ValueOf("Input_Phones_0__Number")));
        Assert.Equal(("call the office", "Evenings", "desk@example.org"), (page.ValueOf("Input_Phones_1__Number"), page.ValueOf("Input_Phones_1__Description"), page.ValueOf("Input_Contacts_0__Email")));
        var stored = await ChildrenAsync(service);
        Assert.Equal(["0113 496 0001"], stored.Phones.Select(p => p.Number));
        Assert.Empty(stored.CostOptions);

        var unreadable = await Html.ParseAsync(await manager.PostFieldsAsync(edit, With(Fields(form), ("Input.CostOptions[0].Amount", "three pounds"), ("Input.CostOptions[0].ValidTo", "31/13/2027"))));
        Assert.Equal("Enter the amount in pounds, like 3.50, or 0 if it is free", unreadable.FieldError("Input_CostOptions_0__Amount"));
        Assert.Equal("Enter the date the price ends as a real date, like 1/4/2027", unreadable.FieldError("Input_CostOptions_0__ValidTo"));
        Assert.Equal("three pounds", unreadable.ValueOf("Input_CostOptions_0__Amount"));
    }

    [Fact]
    public async Task The_stated_cost_must_fit_the_prices_and_changing_both_at_once_is_checked_against_the_new_prices()
    {
        var service = await app.ServiceAsync($"Swim {app.Word()}", (s, now) => s.SetCosts(new ServiceRequirements(Cost: CostLevel.Paid), [new CostOption { Amount = 12, Option = "Adults" }], now));
        var manager = await app.SignedInAsync(StaffRole.ServiceManager);
        var edit = $"/directory/manage/{service}/edit";
        var form = await manager.GetPageAsync(edit);

        var refused = await Html.ParseAsync(await manager.PostFieldsAsync(edit, With(Fields(form), ("Input.Cost", "Free"))));
        Assert.StartsWith("Every cost option charges, so the service cannot be free", refused.FieldError("Input_Cost"), StringComparison.Ordinal);

        var response = await manager.PostFieldsAsync(edit, With(Fields(form), ("Input.Cost", "Free"), ("Input.CostOptions[0].Amount", "0"), ("Input.CostOptions[0].Option", "Everyone")));
        await manager.FollowAsync(response, $"/directory/services/{service}");
        var stored = await ChildrenAsync(service);
        Assert.Equal((CostLevel.Free, 0m), (stored.Cost, stored.CostOptions.Single().Amount ?? -1));
    }

    [Fact]
    public async Task A_partner_changes_its_own_listings_phones_keeping_what_the_form_does_not_show()
    {
        var polish = Language.Of("pl", "Polish");
        var own = await app.ServiceAsync($"Advice desk {app.Word()}", (s, now) => s.ReplacePhones([new Phone { Number = "0113 496 0100", Description = "Advice", Languages = [polish] }], now));
        var partner = await app.SignedInAsync(StaffRole.Partner);
        var edit = $"/directory/manage/{own}/edit";
        var form = await partner.GetPageAsync(edit);
        var before = await ChildrenAsync(own);

        var response = await partner.PostFieldsAsync(edit, With(Fields(form),
            ("Input.Phones[0].Number", "0113 496 0200"), ("Input.Phones[1].Number", "not a number"), ("Input.Phones[1].Remove", "true")));

        await partner.FollowAsync(response, $"/directory/services/{own}");
        var after = await ChildrenAsync(own);
        var phone = Assert.Single(after.Phones);
        Assert.Equal((before.Phones[0].Id, "0113 496 0200", "Advice", "pl"), (phone.Id, phone.Number, phone.Description, phone.Languages.Single().Code));
        var partnerId = app.Data.User(StaffRole.Partner).Id.ToString();
        var audited = await app.WithDbAsync(db => db.AuditEvents
            .Where(e => e.RecordType == nameof(Service) && e.RecordId == own.ToString() && e.Action == AuditAction.Update && e.ActorId == partnerId)
            .Select(e => e.Fields).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(audited, fields => fields!.Split(',').Contains(nameof(Service.Phones)));
    }

    [Fact]
    public async Task A_partner_cannot_change_another_organisations_phones()
    {
        var other = await app.ServiceAsync($"Not theirs {app.Word()}", (s, now) => s.ReplacePhones([new Phone { Number = "0113 496 0300" }], now), organisationId: app.OtherPartnerId);
        var own = await app.ServiceAsync($"Theirs {app.Word()}");
        var partner = await app.SignedInAsync(StaffRole.Partner);

        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/directory/manage/{other}/edit", TestContext.Current.CancellationToken)).StatusCode);
        var response = await partner.PostFieldsAsync($"/directory/manage/{other}/edit",
            [("Input.Name", "Hijacked"), ("Input.Phones[0].Number", "0113 496 0999"), ("Input.Modes", "InPerson"), ("Input.ReferralMethod", "SignpostOnly")],
            formPage: $"/directory/manage/{own}/edit");
        var added = await partner.PostFieldsAsync($"/directory/manage/{other}/edit", [("Input.AddAnother", "Phones")], formPage: $"/directory/manage/{own}/edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, added.StatusCode);
        Assert.Equal(["0113 496 0300"], (await ChildrenAsync(other)).Phones.Select(p => p.Number));
    }

    private Task<Service> ChildrenAsync(Guid id) =>
        app.WithDbAsync(db => db.Services.AsNoTracking().SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken));

    /// <summary>What a browser would post for the form as shown: every field with its value, ticked boxes and chosen options.</summary>
    private static List<(string Name, string Value)> Fields(IDocument page)
    {
        var form = page.QuerySelectorAll("form[method=post]").First(f => f.QuerySelector("[name='Input.Name']") is not null);
        var fields = new List<(string, string)>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            var type = element.GetAttribute("type");
            if (name == "__RequestVerificationToken" || type == "submit")
            {
                continue;
            }

            if (type is "checkbox" or "radio")
            {
                if (element.HasAttribute("checked"))
                {
                    fields.Add((name, element.GetAttribute("value") ?? "on"));
                }

                continue;
            }

            var value = element.LocalName switch
            {
                "select" => element.QuerySelector("option[selected]")?.GetAttribute("value") ?? element.QuerySelector("option")?.GetAttribute("value") ?? string.Empty,
                "textarea" => element.TextContent,
                _ => element.GetAttribute("value") ?? string.Empty,
            };
            fields.Add((name, value));
        }

        return fields;
    }

    /// <summary>The fields with some set (replacing every value of that name) or added.</summary>
    private static List<(string Name, string Value)> With(List<(string Name, string Value)> fields, params (string Name, string Value)[] changes)
    {
        var names = changes.Select(c => c.Name).ToHashSet();
        return [.. fields.Where(f => !names.Contains(f.Name)), .. changes];
    }
}
