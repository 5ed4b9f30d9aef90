using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.Tests.People;

public sealed class PersonCircumstances
{
    private readonly Person _person = PersonRegistration.Register();

    [Fact]
    public void Demographics_are_recorded_with_gender_identity_in_the_persons_words()
    {
        _person.ChangeDemographics(Sex.Female, "  woman ", EthnicCategory.Pakistani);

        Assert.Equal(Sex.Female, _person.Sex);
        Assert.Equal("woman", _person.GenderIdentity);
        Assert.Equal(EthnicCategory.Pakistani, _person.EthnicCategory);
    }

    [Fact]
    public void An_unknown_sex_or_ethnic_group_is_refused()
    {
        Assert.Equal("Sex", Assert.Throws<DomainException>(() => _person.ChangeDemographics((Sex)5, null, null)).Field);
        Assert.Equal("EthnicCategory", Assert.Throws<DomainException>(() => _person.ChangeDemographics(Sex.Male, null, (EthnicCategory)'I')).Field);
    }

    [Fact]
    public void Gender_identity_is_bounded()
    {
        var error = Assert.Throws<DomainException>(() => _person.ChangeDemographics(Sex.NotKnown, new string('x', 101), null));
        Assert.Equal("Gender identity must be 100 characters or fewer", error.Message);
    }

    [Fact]
    public void The_address_is_trimmed_and_its_postcode_normalised()
    {
        _person.ChangeAddress(" 1 Mill Lane ", "", " Leeds ", "ls11ur");

        Assert.Equal("1 Mill Lane", _person.Address.Line1);
        Assert.Null(_person.Address.Line2);
        Assert.Equal("Leeds", _person.Address.Town);
        Assert.Equal("LS1 1UR", _person.Address.Postcode);
    }

    [Fact]
    public void A_malformed_postcode_is_refused_with_an_example()
    {
        var error = Assert.Throws<DomainException>(() => _person.ChangeAddress(null, null, null, "LS1"));
        Assert.Equal(("Postcode", "Enter a full UK postcode, like LS1 1UR"), (error.Field, error.Message));
    }

    [Fact]
    public void LSOA_codes_are_stored_upper_case_and_IMD_deciles_run_from_1_to_10()
    {
        _person.ChangeArea(" e01011229 ", 1);
        Assert.Equal(("E01011229", 1), (_person.LsoaCode, _person.ImdDecile));

        Assert.Equal("LsoaCode", Assert.Throws<DomainException>(() => _person.ChangeArea("E0101122", 3)).Field);
        Assert.Equal("ImdDecile", Assert.Throws<DomainException>(() => _person.ChangeArea(null, 11)).Field);
        Assert.Equal("ImdDecile", Assert.Throws<DomainException>(() => _person.ChangeArea(null, 0)).Field);

        _person.ChangeArea("", null);
        Assert.Equal((null, null), (_person.LsoaCode, _person.ImdDecile));
    }

    [Fact]
    public void A_registered_practice_must_be_a_real_id_or_none()
    {
        var practice = Guid.CreateVersion7();
        _person.ChangeRegisteredPractice(practice);
        Assert.Equal(practice, _person.RegisteredPracticeId);

        Assert.Throws<DomainException>(() => _person.ChangeRegisteredPractice(Guid.Empty));
        _person.ChangeRegisteredPractice(null);
        Assert.Null(_person.RegisteredPracticeId);
    }

    [Theory]
    [InlineData("01632 960 001")]
    [InlineData("07700 900982")]
    [InlineData("+44 808 157 0192")]
    [InlineData("(0113) 496-0000")]
    public void Common_phone_formats_are_accepted_as_typed(string phone)
    {
        _person.ChangeContactDetails(phone, null);
        Assert.Equal(phone, _person.Phone);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("07700 9OO 982")]
    [InlineData("0770090098212")]
    public void Malformed_phone_numbers_are_refused(string phone)
    {
        var error = Assert.Throws<DomainException>(() => _person.ChangeContactDetails(phone, null));
        Assert.Equal("Phone", error.Field);
        Assert.StartsWith("Enter a phone number, like", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amina@example")]
    [InlineData("amina example.com")]
    [InlineData("amina@@example.com")]
    public void Malformed_email_addresses_are_refused(string email)
    {
        var error = Assert.Throws<DomainException>(() => _person.ChangeContactDetails(null, email));
        Assert.Equal(("Email", "Enter an email address in the correct format, like name@example.com"), (error.Field, error.Message));
    }

    [Fact]
    public void Long_term_conditions_are_kept_once_each()
    {
        _person.ChangeLongTermConditions([LongTermCondition.Depression, LongTermCondition.Type2Diabetes, LongTermCondition.Depression]);
        Assert.Equal([LongTermCondition.Type2Diabetes, LongTermCondition.Depression], _person.LongTermConditions);

        Assert.Throws<DomainException>(() => _person.ChangeLongTermConditions([(LongTermCondition)1000]));
        _person.ChangeLongTermConditions(null);
        Assert.Empty(_person.LongTermConditions);
    }

    [Fact]
    public void A_caring_note_is_kept_only_for_a_carer()
    {
        _person.ChangeCaring(true, " Cares for her husband ");
        Assert.Equal((true, "Cares for her husband"), (_person.IsCarer, _person.CaringNote));

        _person.ChangeCaring(false, "Cares for her husband");
        Assert.Equal((false, null), (_person.IsCarer, _person.CaringNote));
    }

    [Fact]
    public void Risk_flags_and_their_note_are_recorded_together()
    {
        _person.ChangeRisks([RiskFlag.LoneWorkingCaution, RiskFlag.AdultSafeguardingConcern], " Dog at the property ");
        Assert.Equal([RiskFlag.AdultSafeguardingConcern, RiskFlag.LoneWorkingCaution], _person.RiskFlags);
        Assert.Equal("Dog at the property", _person.RiskNote);

        var error = Assert.Throws<DomainException>(() => _person.ChangeRisks([], new string('x', Person.RiskNoteMaxLength + 1)));
        Assert.Equal("RiskNote", error.Field);
        Assert.Equal(2, _person.RiskFlags.Count);
    }
}
