using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.People;

namespace Waymark.Web.Tests.Record;

/// <summary>/people/{id}/edit: one form, one save, every refusal shown at once by its field, nothing half-saved.</summary>
public sealed class EditPersonPage(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    private static readonly string[] ExpectedErrors =
    [
        "Enter the date of birth as day, month and year, like 17 5 1960",
        "Enter the IMD decile as a whole number from 1 to 10",
        "Enter a valid NHS number – check it carefully",
        "Enter a full UK postcode, like LS1 1UR",
        "Enter an email address in the correct format, like name@example.com",
        "Enter the language the person needs an interpreter for",
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Saves_every_section_in_one_go_and_shows_the_record_with_a_banner()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Waiting, $"Edit{fixture.Next()}");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/people/{person.PersonId}/edit";
        var nhsNumber = TestOrganisations.NewNhsNumber();

        var fields = await CurrentFieldsAsync(client, url);
        Set(fields, "Input.NhsNumber", nhsNumber);
        Set(fields, "Input.PreferredName", "Sammy");
        Set(fields, "Input.DateOfBirthDay", "2");
        Set(fields, "Input.DateOfBirthMonth", "3");
        Set(fields, "Input.DateOfBirthYear", "1961");
        Set(fields, "Input.Sex", "Female");
        Set(fields, "Input.EthnicCategory", "Indian");
        Set(fields, "Input.Line1", "4 Canal Street");
        Set(fields, "Input.Postcode", "ls11ur");
        Set(fields, "Input.LsoaCode", "e01000002");
        Set(fields, "Input.ImdDecile", "3");
        Set(fields, "Input.RegisteredPracticeId", fixture.Data.OtherPracticeId.ToString());
        Set(fields, "Input.Phone", "07700 900 982");
        Set(fields, "Input.Email", "sam@example.com");
        Set(fields, "Input.LongTermConditions", "Asthma", "Depression");
        Set(fields, "Input.IsCarer", "true");
        Set(fields, "Input.CaringNote", "Cares for her mother");
        Set(fields, "Input.RiskFlags", "DomesticAbuse");
        Set(fields, "Input.RiskNote", "Call only on her mobile");
        Set(fields, "Input.PreferredLanguage", "Gujarati");
        Set(fields, "Input.NeedsInterpreter", "true");
        Set(fields, "Input.PreferredContactModes", "Phone", "HomeVisit");
        Set(fields, "Input.PreferredTimes", "Afternoons");
        Set(fields, "Input.CanReadEnglishLetters", "false");
        Set(fields, "Input.LetterFormats", "LargePrint");
        Set(fields, "Input.Hearing", "HearingAid");
        Set(fields, "Input.Sight", "Braille", "ScreenReader");
        Set(fields, "Input.DigitalAccess", "Smartphone");
        Set(fields, "Input.Travel", "NoTransport", "StepFreeAccess");

        var response = await client.PostFieldsAsync(url, fields);

        var record = await client.FollowAsync(response, $"/people/{person.PersonId}");
        Assert.Equal($"Details saved for Sam {person.FamilyName}", record.Banner());
        var saved = await LoadAsync(person.PersonId);
        Assert.Equal(nhsNumber, saved.NhsNumber?.Value);
        Assert.Equal("Sammy", saved.PreferredName);
        Assert.Equal(new DateOnly(1961, 3, 2), saved.DateOfBirth);
        Assert.Equal(Sex.Female, saved.Sex);
        Assert.Equal(EthnicCategory.Indian, saved.EthnicCategory);
        Assert.Equal(("4 Canal Street", "LS1 1UR"), (saved.Address.Line1, saved.Address.Postcode));
        Assert.Equal(("E01000002", 3), (saved.LsoaCode, saved.ImdDecile));
        Assert.Equal(fixture.Data.OtherPracticeId, saved.RegisteredPracticeId);
        Assert.Equal(("07700 900 982", "sam@example.com"), (saved.Phone, saved.Email));
        Assert.Equal([LongTermCondition.Asthma, LongTermCondition.Depression], saved.LongTermConditions);
        Assert.Equal((true, "Cares for her mother"), (saved.IsCarer, saved.CaringNote));
        Assert.Equal([RiskFlag.DomesticAbuse], saved.RiskFlags);
        var needs = saved.CommunicationNeeds;
        Assert.Equal(("Gujarati", true, "Afternoons"), (needs.PreferredLanguage, needs.NeedsInterpreter, needs.PreferredTimes));
        Assert.Equal([ContactMode.HomeVisit, ContactMode.Phone], needs.PreferredContactModes.Order());
        Assert.Equal((false, false, true), (needs.CanReadEnglishLetters, needs.NeedsEasyRead, needs.NeedsLargePrint));
        Assert.Equal(HearingNeeds.HearingAid, needs.Hearing);
        Assert.Equal(SightNeeds.Braille | SightNeeds.ScreenReader, needs.Sight);
        Assert.Equal(DigitalAccess.Smartphone, needs.DigitalAccess);
        Assert.Equal(TravelNeeds.NoTransport | TravelNeeds.StepFreeAccess, saved.Travel);
        Assert.Contains("No transport of their own, Needs step-free access", record.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Domestic abuse", record.GetElementById("risks")!.TextContent, StringComparison.Ordinal);

        // The form opens again with what was saved.
        var again = await client.GetPageAsync(url);
        Assert.Equal("E01000002", again.ValueOf("Input_LsoaCode"));
        Assert.Equal(["Braille", "ScreenReader"], again.CheckedValues("Input.Sight"));
        Assert.Equal(["true"], again.CheckedValues("Input.IsCarer"));
    }

    [Fact]
    public async Task Shows_every_problem_at_once_keeps_what_was_typed_and_saves_nothing()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Waiting, $"Invalid{fixture.Next()}");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/people/{person.PersonId}/edit";
        var fields = await CurrentFieldsAsync(client, url);
        Set(fields, "Input.NhsNumber", "943 476 5918");
        Set(fields, "Input.FamilyName", "Renamed");
        Set(fields, "Input.Postcode", "NOT A POSTCODE");
        Set(fields, "Input.Email", "not-an-email");
        Set(fields, "Input.DateOfBirthDay", "31");
        Set(fields, "Input.DateOfBirthMonth", "2");
        Set(fields, "Input.ImdDecile", "eleven");
        Set(fields, "Input.NeedsInterpreter", "true");
        Set(fields, "Input.PreferredLanguage", "");

        var response = await client.PostFieldsAsync(url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equivalent(ExpectedErrors, page.ErrorSummary(), strict: true);
        Assert.Equal("Enter a valid NHS number – check it carefully", page.FieldError("Input_NhsNumber"));
        Assert.Equal("Enter a full UK postcode, like LS1 1UR", page.FieldError("Input_Postcode"));
        Assert.NotNull(page.FieldError("Input_DateOfBirth"));
        Assert.Equal("NOT A POSTCODE", page.ValueOf("Input_Postcode"));
        Assert.Equal("Renamed", page.ValueOf("Input_FamilyName"));
        Assert.Equal("31", page.ValueOf("Input_DateOfBirth"));
        Assert.Equal(person.FamilyName, (await LoadAsync(person.PersonId)).FamilyName);
    }

    [Fact]
    public async Task Refuses_an_NHS_number_already_on_another_record_even_outside_the_callers_scope()
    {
        var taken = TestOrganisations.NewNhsNumber();
        await fixture.CaseAsync(fixture.OtherProviderTeamId, EpisodeStatus.Referred, $"Holder{fixture.Next()}", taken);
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Referred, $"Duplicate{fixture.Next()}");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/people/{person.PersonId}/edit";
        var fields = await CurrentFieldsAsync(client, url);
        Set(fields, "Input.NhsNumber", $"{taken[..3]} {taken[3..6]} {taken[6..]}");

        var page = await Html.ParseAsync(await client.PostFieldsAsync(url, fields));

        Assert.Equal([Web.Features.People.ChangePersonDetails.NhsNumberOnAnotherRecord], page.ErrorSummary());
        Assert.DoesNotContain("Holder", page.Source.Text, StringComparison.Ordinal);
        Assert.Null((await LoadAsync(person.PersonId)).NhsNumber);
    }

    [Fact]
    public async Task Corrects_an_NHS_number_but_will_not_remove_one()
    {
        var original = TestOrganisations.NewNhsNumber();
        var corrected = TestOrganisations.NewNhsNumber();
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Referred, $"Correct{fixture.Next()}", original);
        var client = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var url = $"/people/{person.PersonId}/edit";
        var fields = await CurrentFieldsAsync(client, url);

        Set(fields, "Input.NhsNumber", "");
        var refused = await Html.ParseAsync(await client.PostFieldsAsync(url, fields));
        Assert.Equal([Web.Features.People.ChangePersonDetails.NhsNumberCannotBeRemoved], refused.ErrorSummary());

        Set(fields, "Input.NhsNumber", corrected);
        var response = await client.PostFieldsAsync(url, fields);
        await client.FollowAsync(response, $"/people/{person.PersonId}");
        Assert.Equal(corrected, (await LoadAsync(person.PersonId)).NhsNumber?.Value);
    }

    [Fact]
    public async Task Refuses_an_organisation_that_is_not_a_GP_practice_as_the_registered_practice()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Referred, $"Practice{fixture.Next()}");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/people/{person.PersonId}/edit";
        var fields = await CurrentFieldsAsync(client, url);
        Set(fields, "Input.RegisteredPracticeId", fixture.Data.PartnerId.ToString());

        var page = await Html.ParseAsync(await client.PostFieldsAsync(url, fields));

        Assert.Equal(["Select the person's GP practice from the list"], page.ErrorSummary());
        Assert.Equal(fixture.Data.PracticeId, (await LoadAsync(person.PersonId)).RegisteredPracticeId);
    }

    [Fact]
    public async Task A_link_worker_of_another_team_cannot_change_the_record()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Referred, $"Guarded{fixture.Next()}");
        var owner = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var fields = await CurrentFieldsAsync(owner, $"/people/{person.PersonId}/edit");
        Set(fields, "Input.FamilyName", "Changed");
        var stranger = await fixture.SignedInAsync(fixture.OtherTeamWorker);

        var response = await stranger.PostFieldsAsync($"/people/{person.PersonId}/edit", fields, "/people");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(person.FamilyName, (await LoadAsync(person.PersonId)).FamilyName);
    }

    private static async Task<List<(string Name, string Value)>> CurrentFieldsAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.QuerySelector("[name='Input.GivenName']") is not null);
        var fields = new List<(string, string)>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when name != "__RequestVerificationToken":
                    if ((input.Type is not ("checkbox" or "radio")) || input.IsChecked)
                    {
                        fields.Add((name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textarea:
                    fields.Add((name, textarea.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields.Add((name, select.Value ?? string.Empty));
                    break;
            }
        }

        return fields;
    }

    private static void Set(List<(string Name, string Value)> fields, string name, params string[] values)
    {
        fields.RemoveAll(f => f.Name == name);
        fields.AddRange(values.Select(v => (name, v)));
    }

    private Task<Person> LoadAsync(Guid id) => fixture.App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().People.AsNoTracking().SingleAsync(p => p.Id == id, Cancel));
}
