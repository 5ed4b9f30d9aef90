using Waymark.Domain.Episodes;

namespace Waymark.Domain.Tests.Episodes;

public sealed class CaseloadWeighting
{
    [Theory]
    [InlineData(SupportIntensity.Signposting, 0.5)]
    [InlineData(SupportIntensity.Standard, 1)]
    [InlineData(SupportIntensity.Intensive, 2)]
    public void Each_intensity_weighs_on_the_caseload(SupportIntensity intensity, double weight)
    {
        Assert.Equal((decimal)weight, SupportIntensities.Weight(intensity));
    }

    [Fact]
    public void An_unknown_intensity_has_no_weight()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SupportIntensities.Weight((SupportIntensity)0));
    }

    [Fact]
    public void The_load_counts_only_allocated_and_active_episodes()
    {
        var load = CaseloadLoad.Compute(
        [
            (SupportIntensity.Intensive, EpisodeStatus.Active),
            (SupportIntensity.Signposting, EpisodeStatus.Allocated),
            (SupportIntensity.Standard, EpisodeStatus.Active),
            (SupportIntensity.Intensive, EpisodeStatus.Waiting),
            (SupportIntensity.Intensive, EpisodeStatus.Discharged),
            (SupportIntensity.Standard, EpisodeStatus.PersonDeclined),
        ]);

        Assert.Equal(3.5m, load);
    }

    [Fact]
    public void An_empty_caseload_weighs_nothing()
    {
        Assert.Equal(0m, CaseloadLoad.Compute([]));
    }

    [Theory]
    [InlineData(30, 29, SupportIntensity.Standard, false)]
    [InlineData(30, 29, SupportIntensity.Intensive, true)]
    [InlineData(30, 29.5, SupportIntensity.Signposting, false)]
    [InlineData(30, 30, SupportIntensity.Signposting, true)]
    [InlineData(0, 0, SupportIntensity.Signposting, true)]
    public void Allocation_would_exceed_capacity_only_when_the_new_weight_goes_past_it(double capacity, double load, SupportIntensity intensity, bool exceeds)
    {
        Assert.Equal(exceeds, CaseloadLoad.WouldExceed((decimal)capacity, (decimal)load, intensity));
        Assert.Equal(exceeds, new AllocationCheck((decimal)load, (decimal)capacity).WouldExceed(intensity));
    }
}
