using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.People;

namespace Waymark.Domain.Tests.People;

public sealed class CommunicationNeedsRules
{
    private static CommunicationNeeds Create(
        string? language = null,
        bool interpreter = false,
        IEnumerable<ContactMode>? modes = null,
        string? times = null,
        HearingNeeds hearing = HearingNeeds.None,
        SightNeeds sight = SightNeeds.None,
        DigitalAccess digital = DigitalAccess.Smartphone) =>
        CommunicationNeeds.Create(language, interpreter, modes, times, true, false, false, hearing, sight, digital);

    [Fact]
    public void Nothing_recorded_means_English_letters_are_fine_and_no_preferences()
    {
        var needs = CommunicationNeeds.Default;
        Assert.Null(needs.PreferredLanguage);
        Assert.False(needs.NeedsInterpreter);
        Assert.Empty(needs.PreferredContactModes);
        Assert.True(needs.CanReadEnglishLetters);
        Assert.Equal(HearingNeeds.None, needs.Hearing);
    }

    [Fact]
    public void Every_need_is_kept_as_given()
    {
        var needs = CommunicationNeeds.Create(
            " Polish ", true, [ContactMode.Text, ContactMode.Phone], " Mornings before 11 ", false, true, true,
            HearingNeeds.HearingAid | HearingNeeds.HearingLoop, SightNeeds.PartiallySighted, DigitalAccess.PhoneOnly);

        Assert.Equal("Polish", needs.PreferredLanguage);
        Assert.True(needs.NeedsInterpreter);
        Assert.Equal([ContactMode.Text, ContactMode.Phone], needs.PreferredContactModes);
        Assert.Equal("Mornings before 11", needs.PreferredTimes);
        Assert.False(needs.CanReadEnglishLetters);
        Assert.True(needs.NeedsEasyRead);
        Assert.True(needs.NeedsLargePrint);
        Assert.Equal(HearingNeeds.HearingAid | HearingNeeds.HearingLoop, needs.Hearing);
        Assert.Equal(SightNeeds.PartiallySighted, needs.Sight);
        Assert.Equal(DigitalAccess.PhoneOnly, needs.DigitalAccess);
    }

    [Fact]
    public void An_interpreter_needs_a_language()
    {
        var error = Assert.Throws<DomainException>(() => Create(interpreter: true));
        Assert.Equal(("PreferredLanguage", "Enter the language the person needs an interpreter for"), (error.Field, error.Message));
    }

    [Fact]
    public void Contact_preferences_keep_their_order_without_repeats()
    {
        var needs = Create(modes: [ContactMode.Letter, ContactMode.Phone, ContactMode.Letter]);
        Assert.Equal([ContactMode.Letter, ContactMode.Phone], needs.PreferredContactModes);
    }

    [Fact]
    public void Unknown_choices_are_refused_naming_the_field()
    {
        Assert.Equal("PreferredContactModes", Assert.Throws<DomainException>(() => Create(modes: [(ContactMode)42])).Field);
        Assert.Equal("DigitalAccess", Assert.Throws<DomainException>(() => Create(digital: (DigitalAccess)9)).Field);
        Assert.Equal("Hearing", Assert.Throws<DomainException>(() => Create(hearing: (HearingNeeds)64)).Field);
        Assert.Equal("Sight", Assert.Throws<DomainException>(() => Create(sight: (SightNeeds)64)).Field);
    }

    [Fact]
    public void Preferred_times_are_bounded()
    {
        var error = Assert.Throws<DomainException>(() => Create(times: new string('x', CommunicationNeeds.PreferredTimesMaxLength + 1)));
        Assert.Equal("PreferredTimes", error.Field);
    }

    [Fact]
    public void Needs_with_the_same_preferences_are_equal()
    {
        Assert.Equal(Create("pl", modes: [ContactMode.Phone]), Create("pl", modes: [ContactMode.Phone]));
        Assert.NotEqual(Create("pl", modes: [ContactMode.Phone]), Create("pl", modes: [ContactMode.Email]));
    }

    [Fact]
    public void A_person_takes_new_communication_needs()
    {
        var person = PersonRegistration.Register();
        var needs = Create("cy");
        person.ChangeCommunicationNeeds(needs);
        Assert.Same(needs, person.CommunicationNeeds);
    }
}
