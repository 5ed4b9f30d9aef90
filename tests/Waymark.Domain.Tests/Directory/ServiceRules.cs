using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using static Waymark.Domain.Tests.Directory.Listings;

namespace Waymark.Domain.Tests.Directory;

public sealed class ServiceRules
{
    [Fact]
    public void A_new_listing_is_running_accepting_referrals_signpost_only_and_due_for_its_first_check()
    {
        var service = Service.Create(OrganisationId, " Age Well Leeds ", new ServiceDetails("  Walking for health "), Now);
        Assert.Equal(("Walking for health", "Age Well Leeds"), (service.Name, service.OrganisationName));
        Assert.Equal((OperatingStatus.Running, "active", true), (service.OperatingStatus, service.OrukStatus, service.IsTakingReferrals));
        Assert.Equal(ReferralMethod.SignpostOnly, service.ReferralMethod);
        Assert.Equal((Service.DefaultVerificationIntervalDays, (DateOnly?)null), (service.VerificationIntervalDays, service.LastVerifiedOn));
        Assert.True(service.IsVerificationDue(Today));
        Assert.Equal((Now, Now), (service.CreatedAt, service.LastModified));
    }

    [Fact]
    public void A_listing_keeps_an_id_it_is_given_so_imports_keep_their_ORUK_ids()
    {
        var id = Guid.Parse("ac148810-d857-441c-9679-408f346de14b");
        Assert.Equal(id, Service.Create(OrganisationId, "Example", new ServiceDetails("Counselling"), Now, id).Id);
    }

    [Fact]
    public void A_listing_needs_a_name_and_an_organisation()
    {
        Assert.Equal(("Name", "Enter the service name"), Refusal(() => Service.Create(OrganisationId, "Age Well", new ServiceDetails(" "), Now)));
        Assert.Equal("OrganisationId", Refusal(() => Service.Create(Guid.Empty, "Age Well", new ServiceDetails("Walks"), Now)).Field);
        Assert.Equal("OrganisationName", Refusal(() => Service.Create(OrganisationId, "", new ServiceDetails("Walks"), Now)).Field);
    }

    [Theory]
    [InlineData(0, 120)]
    [InlineData(18, 18)]
    [InlineData(null, 65)]
    [InlineData(65, null)]
    public void Ages_from_0_to_120_with_the_minimum_no_more_than_the_maximum_are_accepted(int? minimum, int? maximum)
    {
        var service = NewService();
        service.Update(new ServiceDetails("Walks", MinimumAge: minimum, MaximumAge: maximum), Now);
        Assert.Equal((minimum, maximum), (service.MinimumAge, service.MaximumAge));
    }

    [Theory]
    [InlineData(-1, null, "MinimumAge")]
    [InlineData(121, null, "MinimumAge")]
    [InlineData(null, -1, "MaximumAge")]
    [InlineData(null, 121, "MaximumAge")]
    [InlineData(19, 18, "MaximumAge")]
    public void Ages_outside_0_to_120_or_the_wrong_way_round_are_refused(int? minimum, int? maximum, string field)
    {
        var service = NewService();
        Assert.Equal(field, Refusal(() => service.Update(new ServiceDetails("Walks", MinimumAge: minimum, MaximumAge: maximum), Now)).Field);
        Assert.Null(service.MinimumAge);
    }

    [Theory]
    [InlineData("www.example.org")]
    [InlineData("ftp://example.org/file")]
    [InlineData("https://exa mple.org")]
    public void Web_addresses_must_be_absolute_http_or_https(string url)
    {
        var error = Refusal(() => NewService().Update(new ServiceDetails("Walks", Url: url), Now));
        Assert.Equal("Url", error.Field);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Emails_must_look_like_email_addresses()
    {
        Assert.Equal("Email", Refusal(() => NewService().Update(new ServiceDetails("Walks", Email: "walks at example.org"), Now)).Field);
        Assert.Equal("AssurerEmail", Refusal(() => NewService().Update(new ServiceDetails("Walks", AssurerEmail: "@example.org"), Now)).Field);
    }

    [Fact]
    public void An_update_changes_every_field_and_stamps_last_modified()
    {
        var service = NewService();
        var later = Now.AddHours(3);
        service.Update(
            new ServiceDetails(
                "Community counselling", "Talking therapy", "Talk it through", "https://example.org/counselling", "help@example.org",
                "Interpreters on request", "Phone to book", "Free", "BACP", "Adults in Leeds", 18, 99, Today, "check@example.org", "Closed at Christmas", "About 2 weeks"),
            later);
        Assert.Equal(("Community counselling", "Talk it through", "https://example.org/counselling", "help@example.org"), (service.Name, service.AlternateName, service.Url, service.Email));
        Assert.Equal(("Interpreters on request", "Phone to book", "Free", "BACP", "Adults in Leeds"), (service.InterpretationServices, service.ApplicationProcess, service.FeesDescription, service.Accreditations, service.EligibilityDescription));
        Assert.Equal((18, 99, Today, "check@example.org", "Closed at Christmas", "About 2 weeks"), (service.MinimumAge, service.MaximumAge, service.AssuredDate, service.AssurerEmail, service.Alert, service.WaitTime));
        Assert.Equal(later, service.LastModified);
    }

    [Fact]
    public void Search_text_is_the_lower_cased_words_of_the_names_description_and_organisation()
    {
        var service = Service.Create(OrganisationId, "Café Society", new ServiceDetails("Men's Shed", "Wood-work & repairs", "The Shed"), Now);
        Assert.Equal("men s shed the shed wood work repairs cafe society", service.SearchText);
        service.OrganisationRenamed("Leeds Sheds", Now.AddDays(1));
        Assert.Equal(("Leeds Sheds", "men s shed the shed wood work repairs leeds sheds"), (service.OrganisationName, service.SearchText));
        Assert.Equal(Now.AddDays(1), service.LastModified);
    }

    [Fact]
    public void Search_words_are_the_distinct_words_of_the_search_text_and_follow_every_change_to_it()
    {
        var service = Service.Create(OrganisationId, "Café Society", new ServiceDetails("Men's Shed", "Wood-work & repairs", "The Shed"), Now);
        Assert.Equal(["men", "s", "shed", "the", "wood", "work", "repairs", "cafe", "society"], service.SearchWords.Select(w => w.Word));

        var kept = service.SearchWords.Single(w => w.Word == "shed");
        service.Update(new ServiceDetails("Garden shed", "Growing vegetables"), Now.AddDays(1));
        Assert.Equal(["cafe", "garden", "growing", "shed", "society", "vegetables"], service.SearchWords.Select(w => w.Word).Order());
        Assert.Same(kept, service.SearchWords.Single(w => w.Word == "shed"));

        service.OrganisationRenamed("Leeds Growers", Now.AddDays(2));
        Assert.Contains(service.SearchWords, w => w.Word == "growers");
        Assert.DoesNotContain(service.SearchWords, w => w.Word == "society");
    }

    [Fact]
    public void A_word_prefix_is_the_range_up_to_the_prefix_with_its_last_letter_moved_on()
    {
        Assert.Equal(("walk", "wall"), SearchText.PrefixRange("walk"));
        string[] words = ["wal", "walk", "walking", "walks", "wall", "walla"];
        Assert.Equal(["walk", "walking", "walks"], words.Where(w => string.CompareOrdinal(w, "walk") >= 0 && string.CompareOrdinal(w, "wall") < 0));
        Assert.Equal(new string('a', SearchText.MaxWordLength), Assert.Single(SearchText.Words(new string('a', 150))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3650)]
    [InlineData(null)]
    public void Waiting_days_from_0_are_accepted(int? days)
    {
        var service = NewService();
        service.SetDelivery(DeliveryModes.Online, days, acceptingReferrals: false, Now.AddDays(1));
        Assert.Equal((DeliveryModes.Online, days, false), (service.DeliveryModes, service.WaitingDays, service.AcceptingReferrals));
        Assert.False(service.IsTakingReferrals);
        Assert.Equal(Now.AddDays(1), service.LastModified);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public void Negative_or_absurd_waiting_days_are_refused(int days) =>
        Assert.Equal("WaitingDays", Refusal(() => NewService().SetDelivery(DeliveryModes.InPerson, days, true, Now)).Field);

    [Fact]
    public void Unknown_delivery_modes_are_refused() =>
        Assert.Equal("DeliveryModes", Refusal(() => NewService().SetDelivery((DeliveryModes)64, 0, true, Now)).Field);

    [Fact]
    public void Each_referral_method_keeps_only_the_contact_detail_it_uses()
    {
        var service = NewService();
        service.SetReferralMethod(ReferralMethod.Email, "refer@example.org", "0113 496 0000", "https://example.org/form", Now);
        Assert.Equal(("refer@example.org", null, null), (service.ReferralEmail, service.ReferralPhone, service.ReferralFormUrl));
        service.SetReferralMethod(ReferralMethod.Phone, null, "0113 496 0000", null, Now);
        Assert.Equal((null, "0113 496 0000", null), (service.ReferralEmail, service.ReferralPhone, service.ReferralFormUrl));
        service.SetReferralMethod(ReferralMethod.ExternalForm, null, null, "https://example.org/form", Now);
        Assert.Equal((null, null, "https://example.org/form"), (service.ReferralEmail, service.ReferralPhone, service.ReferralFormUrl));
        service.SetReferralMethod(ReferralMethod.Direct, "refer@example.org", null, null, Now);
        Assert.Equal((ReferralMethod.Direct, null, null, null), (service.ReferralMethod, service.ReferralEmail, service.ReferralPhone, service.ReferralFormUrl));
    }

    [Theory]
    [InlineData(ReferralMethod.Email, "ReferralEmail")]
    [InlineData(ReferralMethod.Phone, "ReferralPhone")]
    [InlineData(ReferralMethod.ExternalForm, "ReferralFormUrl")]
    public void A_referral_method_that_needs_a_contact_detail_refuses_to_go_without(ReferralMethod method, string field)
    {
        var service = NewService();
        Assert.Equal(field, Refusal(() => service.SetReferralMethod(method, null, null, null, Now)).Field);
        Assert.Equal(ReferralMethod.SignpostOnly, service.ReferralMethod);
    }

    [Fact]
    public void Referral_contact_details_must_be_well_formed()
    {
        var service = NewService();
        Assert.Equal("ReferralEmail", Refusal(() => service.SetReferralMethod(ReferralMethod.Email, "refer", null, null, Now)).Field);
        Assert.Equal("ReferralPhone", Refusal(() => service.SetReferralMethod(ReferralMethod.Phone, null, "call us", null, Now)).Field);
        Assert.Equal("ReferralFormUrl", Refusal(() => service.SetReferralMethod(ReferralMethod.ExternalForm, null, null, "example.org/form", Now)).Field);
        Assert.Equal("ReferralMethod", Refusal(() => service.SetReferralMethod((ReferralMethod)9, null, null, null, Now)).Field);
    }

    [Theory]
    [InlineData("0113 496 0000")]
    [InlineData("07700 900982")]
    [InlineData("+44 808 157 0192")]
    [InlineData("116 123")]
    [InlineData("111")]
    [InlineData("(0113) 496-0000 ext. 204")]
    public void Service_phone_numbers_include_short_numbers_and_extensions(string number)
    {
        var service = NewService();
        service.ReplacePhones([new Phone { Number = number }], Now);
        Assert.Equal(number, service.Phones.Single().Number);
        Assert.NotEqual(Guid.Empty, service.Phones.Single().Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("call the office")]
    [InlineData("0113 496 00")]
    public void Phones_that_are_not_numbers_are_refused_with_their_place_in_the_list(string number)
    {
        var service = NewService();
        var error = Refusal(() => service.ReplacePhones([new Phone { Number = "0113 496 0000" }, new Phone { Number = number }], Now));
        Assert.Equal("Phones[1].Number", error.Field);
        Assert.Empty(service.Phones);
    }

    [Fact]
    public void Two_children_with_the_same_id_are_refused()
    {
        var id = Guid.CreateVersion7();
        var error = Refusal(() => NewService().ReplaceFunding([new Funding { Id = id, Source = "Council" }, new Funding { Id = id, Source = "Lottery" }], Now));
        Assert.Equal("Funding[1].Id", error.Field);
    }

    [Fact]
    public void A_contact_s_phones_and_email_are_checked_too()
    {
        var service = NewService();
        Assert.Equal("Contacts[0].Phones[0].Number", Refusal(() => service.ReplaceContacts([new ServiceContact { Name = "Ann", Phones = [new Phone { Number = "x" }] }], Now)).Field);
        Assert.Equal("Contacts[0].Email", Refusal(() => service.ReplaceContacts([new ServiceContact { Name = "Ann", Email = "ann" }], Now)).Field);
    }

    [Fact]
    public void Languages_are_stored_by_lower_case_ISO_639_code()
    {
        var service = NewService();
        service.ReplaceLanguages([new Language { Code = " PL ", Name = "Polish" }, new Language { Code = "pa-in" }], Now);
        Assert.Equal(["pl", "pa-in"], service.Languages.Select(l => l.Code));
        Assert.Equal("Languages[0].Code", Refusal(() => service.ReplaceLanguages([new Language { Code = "Polish" }], Now)).Field);
    }

    [Fact]
    public void A_taxonomy_link_needs_a_term_and_each_term_is_linked_once()
    {
        var term = Guid.CreateVersion7();
        var service = NewService();
        Assert.Equal("Attributes[0].TaxonomyTermId", Refusal(() => service.ReplaceAttributes([new ServiceAttribute()], Now)).Field);
        Assert.Equal("Attributes", Refusal(() => service.ReplaceAttributes([new ServiceAttribute { TaxonomyTermId = term }, new ServiceAttribute { TaxonomyTermId = term }], Now)).Field);
        service.ReplaceAttributes([new ServiceAttribute { TaxonomyTermId = term, LinkType = "need" }], Now);
        Assert.Equal(term, service.Attributes.Single().TaxonomyTermId);
    }

    [Fact]
    public void Required_documents_need_words_and_a_well_formed_link()
    {
        var service = NewService();
        Assert.Equal("RequiredDocuments[0].Document", Refusal(() => service.ReplaceRequiredDocuments([new RequiredDocument()], Now)).Field);
        Assert.Equal("RequiredDocuments[0].Uri", Refusal(() => service.ReplaceRequiredDocuments([new RequiredDocument { Document = "Proof of address", Uri = "not a link" }], Now)).Field);
    }

    [Fact]
    public void Every_change_to_a_listing_stamps_last_modified()
    {
        var service = NewService();
        var changes = new Action<DateTimeOffset>[]
        {
            at => service.Update(new ServiceDetails("Walks"), at),
            at => service.SetDelivery(DeliveryModes.InPerson | DeliveryModes.Online, 3, true, at),
            at => service.SetReferralMethod(ReferralMethod.Direct, null, null, null, at),
            at => service.SetRequirements(new ServiceRequirements(NeedsToTravel: true), at),
            at => service.ReplacePhones([], at),
            at => service.ReplaceSchedules([], at),
            at => service.ReplaceServiceAreas([], at),
            at => service.ReplaceLanguages([], at),
            at => service.ReplaceCostOptions([], at),
            at => service.ReplaceContacts([], at),
            at => service.ReplaceRequiredDocuments([], at),
            at => service.ReplaceFunding([], at),
            at => service.ReplaceAttributes([], at),
            at => service.SetVerificationInterval(30, at),
            at => service.Verify(Manager, Today, at),
            at => service.Pause("Leader on leave", null, Today, at),
            at => service.Resume(Today, at),
        };
        for (var i = 0; i < changes.Length; i++)
        {
            var at = Now.AddMinutes(i + 1);
            changes[i](at);
            Assert.Equal(at, service.LastModified);
        }
    }

    internal static (string? Field, string Message) Refusal(Action action)
    {
        var error = Assert.Throws<DomainException>(action);
        return (error.Field, error.Message);
    }
}
