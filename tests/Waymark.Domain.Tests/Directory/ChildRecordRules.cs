using Waymark.Domain.Directory;
using static Waymark.Domain.Tests.Directory.Listings;
using static Waymark.Domain.Tests.Directory.ServiceRules;

namespace Waymark.Domain.Tests.Directory;

/// <summary>The rules the listing form's cost options, phones and contacts rows are checked by.</summary>
public sealed class ChildRecordRules
{
    [Theory]
    [InlineData("3.505")]
    [InlineData("0.001")]
    public void An_amount_with_more_than_pence_is_refused(string amount)
    {
        var error = Refusal(() => NewService().ReplaceCostOptions([new CostOption { Amount = 2 }, new CostOption { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }], Now));
        Assert.Equal(("CostOptions[1].Amount", "Enter the amount in pounds and pence, with no more than 2 numbers after the point, like 3.50"), error);
    }

    [Fact]
    public void Pounds_and_pence_and_a_free_option_are_accepted()
    {
        var service = NewService();
        service.ReplaceCostOptions([new CostOption { Amount = 3.5m, Option = "Per session" }, new CostOption { Amount = 0, Option = "Carers" }, new CostOption { Amount = 12.00m }], Now);
        Assert.Equal([3.5m, 0m, 12m], service.CostOptions.Select(o => o.Amount ?? -1));
    }

    [Fact]
    public void A_cost_option_needs_an_amount_or_who_it_is_for()
    {
        var error = Refusal(() => NewService().ReplaceCostOptions([new CostOption { ValidFrom = Today }], Now));
        Assert.Equal(("CostOptions[0].Amount", "Enter the amount, or who the price is for"), error);
        var service = NewService();
        service.ReplaceCostOptions([new CostOption { Option = "Ask about concessions" }], Now);
        Assert.Single(service.CostOptions);
    }

    [Fact]
    public void A_contact_needs_a_name_or_a_job_title()
    {
        var error = Refusal(() => NewService().ReplaceContacts([new ServiceContact { Name = "Ann" }, new ServiceContact { Email = "desk@example.org", Name = " " }], Now));
        Assert.Equal(("Contacts[1].Name", "Enter the contact's name or job title, like Reception"), error);
        var service = NewService();
        service.ReplaceContacts([new ServiceContact { Title = "Reception" }, new ServiceContact { Name = "Ann Persona" }], Now);
        Assert.Equal(["Reception", null], service.Contacts.Select(c => c.Title));
    }

    [Fact]
    public void A_phone_needs_a_number_shaped_like_one()
    {
        Assert.Equal(("Phones[0].Number", "Enter a phone number"), Refusal(() => NewService().ReplacePhones([new Phone { Number = " " }], Now)));
        var service = NewService();
        service.ReplacePhones([new Phone { Number = "0113 496 0000", Description = "Bookings" }, new Phone { Number = "116 123" }, new Phone { Number = "+44 808 157 0192 ext 12" }], Now);
        Assert.Equal(3, service.Phones.Count);
    }

    [Fact]
    public void Setting_costs_checks_the_stated_band_against_the_new_options_not_the_old_ones()
    {
        var service = NewService();
        service.SetCosts(new ServiceRequirements(Cost: CostLevel.Paid), [new CostOption { Amount = 10 }], Now);
        Assert.Equal(CostLevel.Paid, service.Cost);

        service.SetCosts(new ServiceRequirements(StepFreeAccess: true, Cost: CostLevel.Free), [new CostOption { Amount = 0, Option = "Everyone" }], Now.AddHours(1));

        Assert.Equal((CostLevel.Free, true, 0m), (service.Cost, service.Requirements.StepFreeAccess, service.CostOptions.Single().Amount ?? -1));
        Assert.Equal(Now.AddHours(1), service.LastModified);
    }

    [Fact]
    public void Costs_that_contradict_each_other_are_refused_and_nothing_changes()
    {
        var service = NewService();
        service.SetCosts(new ServiceRequirements(Cost: CostLevel.LowCost), [new CostOption { Amount = 2 }], Now);

        var error = Refusal(() => service.SetCosts(new ServiceRequirements(NeedsInternet: true, Cost: CostLevel.Free), [new CostOption { Amount = 4 }], Now));

        Assert.Equal("Requirements.Cost", error.Field);
        Assert.Equal((CostLevel.LowCost, false, 2m), (service.Cost, service.Requirements.NeedsInternet, service.CostOptions.Single().Amount ?? -1));
        Assert.Equal("CostOptions[0].Amount", Refusal(() => service.SetCosts(ServiceRequirements.None, [new CostOption { Amount = -1 }], Now)).Field);
        Assert.Equal(CostLevel.LowCost, service.Requirements.Cost);
    }

    [Fact]
    public void Without_a_stated_band_the_cost_follows_the_new_options()
    {
        var service = NewService();
        service.SetCosts(ServiceRequirements.None, [new CostOption { Amount = 4.5m }], Now);
        Assert.Equal(CostLevel.LowCost, service.Cost);
        service.SetCosts(ServiceRequirements.None, [], Now);
        Assert.Equal(CostLevel.Free, service.Cost);
    }
}
