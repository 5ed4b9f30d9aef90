using Waymark.Domain.Directory;
using static Waymark.Domain.Tests.Directory.Listings;
using static Waymark.Domain.Tests.Directory.ServiceRules;

namespace Waymark.Domain.Tests.Directory;

public sealed class CostRules
{
    [Theory]
    [InlineData(-1d, CostLevel.Free)]
    [InlineData(0d, CostLevel.Free)]
    [InlineData(5d, CostLevel.LowCost)]
    [InlineData(5.01d, CostLevel.Paid)]
    public void Without_a_stated_cost_a_service_costs_what_its_dearest_option_charges(double amount, CostLevel expected)
    {
        var options = amount < 0 ? [] : new[] { new CostOption { Amount = 0 }, new CostOption { Amount = (decimal)amount } };
        Assert.Equal(expected, ServiceRequirements.CostOf(options));
        var service = NewService();
        service.ReplaceCostOptions(options, Now);
        Assert.Equal((null, expected), (service.Requirements.Cost, service.Cost));
    }

    [Fact]
    public void A_stated_cost_wins_over_the_options_when_they_allow_it()
    {
        var service = NewService();
        service.ReplaceCostOptions([new CostOption { Option = "Adults", Amount = 35 }, new CostOption { Option = "Carers", Amount = 2 }], Now);
        Assert.Equal(CostLevel.Paid, service.Cost);
        service.SetRequirements(new ServiceRequirements(Cost: CostLevel.LowCost), Now);
        Assert.Equal(CostLevel.LowCost, service.Cost);
        service.SetRequirements(ServiceRequirements.None, Now);
        Assert.Equal(CostLevel.Paid, service.Cost);
    }

    [Fact]
    public void A_service_cannot_be_called_free_when_every_option_charges()
    {
        var service = NewService();
        service.ReplaceCostOptions([new CostOption { Option = "Everyone", Amount = 3 }], Now);
        Assert.Equal("Requirements.Cost", Refusal(() => service.SetRequirements(new ServiceRequirements(Cost: CostLevel.Free), Now)).Field);
        service.SetRequirements(new ServiceRequirements(Cost: CostLevel.LowCost), Now);
        Assert.Equal(CostLevel.LowCost, service.Requirements.Cost);
    }

    [Fact]
    public void A_service_can_be_free_when_one_option_is_free_for_some_people()
    {
        var service = NewService();
        service.ReplaceCostOptions([new CostOption { Option = "Adults", Amount = 35 }, new CostOption { Option = "Under 18s", Amount = 0 }], Now);
        service.SetRequirements(new ServiceRequirements(Cost: CostLevel.Free), Now);
        Assert.Equal(CostLevel.Free, service.Requirements.Cost);
    }

    [Fact]
    public void Low_cost_is_refused_when_even_the_cheapest_option_is_over_the_limit()
    {
        var service = NewService();
        service.ReplaceCostOptions([new CostOption { Amount = 35 }], Now);
        Assert.Equal("Requirements.Cost", Refusal(() => service.SetRequirements(new ServiceRequirements(Cost: CostLevel.LowCost), Now)).Field);
    }

    [Fact]
    public void New_cost_options_that_contradict_the_stated_cost_are_refused()
    {
        var service = NewService();
        service.SetRequirements(new ServiceRequirements(NeedsInternet: true, Cost: CostLevel.Free), Now);
        Assert.Equal("Requirements.Cost", Refusal(() => service.ReplaceCostOptions([new CostOption { Amount = 10 }], Now)).Field);
        Assert.Empty(service.CostOptions);
    }

    [Fact]
    public void Cost_options_need_a_sensible_amount_currency_and_dates()
    {
        var service = NewService();
        Assert.Equal("CostOptions[0].Amount", Refusal(() => service.ReplaceCostOptions([new CostOption { Amount = -1 }], Now)).Field);
        Assert.Equal("CostOptions[0].Currency", Refusal(() => service.ReplaceCostOptions([new CostOption { Amount = 1, Currency = "£" }], Now)).Field);
        Assert.Equal("CostOptions[0].ValidTo", Refusal(() => service.ReplaceCostOptions([new CostOption { ValidFrom = Today, ValidTo = Today.AddDays(-1) }], Now)).Field);
        service.SetRequirements(new ServiceRequirements(Cost: CostLevel.Paid), Now);
        service.ReplaceCostOptions([new CostOption { Amount = 35, Currency = "gbp", ValidFrom = Today, ValidTo = Today }], Now);
        Assert.Equal("GBP", service.CostOptions.Single().Currency);
    }

    [Fact]
    public void Requirements_are_kept_as_given()
    {
        var service = NewService();
        var requirements = new ServiceRequirements(NeedsInternet: true, NeedsToReadEnglish: true, NeedsToTravel: true, StepFreeAccess: true, Cost: CostLevel.Paid);
        service.SetRequirements(requirements, Now);
        Assert.Equal(requirements, service.Requirements);
        Assert.Equal("Requirements.Cost", Refusal(() => service.SetRequirements(new ServiceRequirements(Cost: (CostLevel)9), Now)).Field);
    }
}
