using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using static Waymark.Domain.Tests.Measures.Questionnaires;

namespace Waymark.Domain.Tests.Measures;

public sealed class HbA1cRules
{
    private static readonly DateOnly Today = UkTime.Today(Now);
    private static readonly Guid Person = Guid.CreateVersion7();
    private static readonly Guid Episode = Guid.CreateVersion7();

    [Fact]
    public void A_result_keeps_the_value_the_day_taken_the_source_and_who_recorded_it_when()
    {
        var result = HbA1cResult.Record(Person, Episode, 53, Today.AddDays(-10), HbA1cSource.GpRecord, "ignored", WorkerId, Now);

        Assert.Equal(
            (Person, (Guid?)Episode, 53, Today.AddDays(-10), HbA1cSource.GpRecord, (string?)null, WorkerId, Now),
            (result.PersonId, result.EpisodeId, result.Value, result.TakenOn, result.Source, result.SourceDetail, result.RecordedBy, result.RecordedAt));
    }

    [Theory]
    [InlineData(19)]
    [InlineData(201)]
    [InlineData(null)]
    public void A_value_outside_20_to_200_mmol_per_mol_is_refused_saying_the_range_and_how_to_convert_a_percentage(int? value)
    {
        var error = Assert.Throws<DomainException>(() => HbA1cResult.Record(Person, null, value, Today, HbA1cSource.LabReport, null, WorkerId, Now));

        Assert.Equal("Value", error.Field);
        Assert.StartsWith("Enter the HbA1c in mmol/mol, a whole number from 20 to 200", error.Message, StringComparison.Ordinal);
        Assert.Contains("7% is 53 mmol/mol", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    public void Values_from_20_to_200_are_recorded(int value)
    {
        Assert.Equal(value, HbA1cResult.Record(Person, null, value, Today, HbA1cSource.LabReport, null, WorkerId, Now).Value);
    }

    [Fact]
    public void A_sample_taken_tomorrow_is_refused_but_today_is_allowed()
    {
        var error = Assert.Throws<DomainException>(() => HbA1cResult.Record(Person, null, 60, Today.AddDays(1), HbA1cSource.GpRecord, null, WorkerId, Now));

        Assert.Equal(("The date the sample was taken must be today or in the past", "TakenOn"), (error.Message, error.Field));
        Assert.Equal(Today, HbA1cResult.Record(Person, null, 60, Today, HbA1cSource.GpRecord, null, WorkerId, Now).TakenOn);
    }

    [Fact]
    public void Today_is_the_UK_day_so_just_after_midnight_in_summer_time_is_already_the_next_day()
    {
        var justAfterMidnightBst = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero);

        var result = HbA1cResult.Record(Person, null, 60, new DateOnly(2026, 7, 2), HbA1cSource.GpRecord, null, WorkerId, justAfterMidnightBst);

        Assert.Equal(new DateOnly(2026, 7, 2), result.TakenOn);
    }

    [Fact]
    public void Another_source_must_say_what_it_was_and_keeps_the_words()
    {
        var error = Assert.Throws<DomainException>(() => HbA1cResult.Record(Person, null, 60, Today, HbA1cSource.Other, "  ", WorkerId, Now));
        var result = HbA1cResult.Record(Person, null, 60, Today, HbA1cSource.Other, " Diabetes clinic letter ", WorkerId, Now);

        Assert.Equal(("Enter where the result came from", "SourceDetail"), (error.Message, error.Field));
        Assert.Equal("Diabetes clinic letter", result.SourceDetail);
    }

    [Fact]
    public void Every_problem_is_listed_at_once_in_form_order()
    {
        var problems = HbA1cResult.Check(5, null, null, null, Now);

        Assert.Equal(["Value", "TakenOn", "Source"], problems.Select(p => p.Field));
    }

    [Fact]
    public void A_result_must_say_whose_it_is_and_who_recorded_it()
    {
        Assert.Equal("PersonId", Assert.Throws<DomainException>(() =>
            HbA1cResult.Record(Guid.Empty, null, 60, Today, HbA1cSource.GpRecord, null, WorkerId, Now)).Field);
        Assert.Equal("RecordedBy", Assert.Throws<DomainException>(() =>
            HbA1cResult.Record(Person, null, 60, Today, HbA1cSource.GpRecord, null, Guid.Empty, Now)).Field);
    }

    [Fact]
    public void A_fall_of_5_mmol_per_mol_or_more_is_an_improvement_and_a_smaller_one_is_unchanged()
    {
        var first = HbA1cResult.Record(Person, null, 62, Today.AddDays(-90), HbA1cSource.GpRecord, null, WorkerId, Now);
        var better = HbA1cResult.Record(Person, null, 57, Today, HbA1cSource.GpRecord, null, WorkerId, Now);
        var wobble = HbA1cResult.Record(Person, null, 59, Today, HbA1cSource.GpRecord, null, WorkerId, Now);

        Assert.Equal(ChangeOutcome.Improved, MeasureChange.Of(first.ToMeasureScore(), better.ToMeasureScore()).Outcome);
        Assert.Equal(ChangeOutcome.Unchanged, MeasureChange.Of(first.ToMeasureScore(), wobble.ToMeasureScore()).Outcome);
    }

    [Fact]
    public void Results_are_banded_either_side_of_the_usual_target_of_48()
    {
        Assert.Equal("Below 48", HbA1cResult.Record(Person, null, 47, Today, HbA1cSource.GpRecord, null, WorkerId, Now).ToMeasureScore().Band?.Label);
        Assert.Equal("48 or more", HbA1cResult.Record(Person, null, 48, Today, HbA1cSource.GpRecord, null, WorkerId, Now).ToMeasureScore().Band?.Label);
    }
}
