using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Common;
using Waymark.Domain.Conversations;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Conversations;
using Waymark.Web.Pages.Episodes.WhatMatters;

namespace Waymark.Web.Tests.Work;

/// <summary>The small rules behind the work pages: when work may be recorded, reading dates and the conversation form.</summary>
public sealed class WorkRules
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(EpisodeStatus.Allocated, true)]
    [InlineData(EpisodeStatus.Active, true)]
    [InlineData(EpisodeStatus.Referred, false)]
    [InlineData(EpisodeStatus.Waiting, false)]
    [InlineData(EpisodeStatus.Discharged, false)]
    [InlineData(EpisodeStatus.Declined, false)]
    [InlineData(EpisodeStatus.Redirected, false)]
    [InlineData(EpisodeStatus.PersonDeclined, false)]
    public void Work_is_recorded_only_while_the_person_is_allocated_or_active(EpisodeStatus status, bool allowed) =>
        Assert.Equal(allowed, status.IsInSupport());

    [Fact]
    public void Recording_for_an_episode_not_in_support_says_why_in_plain_words()
    {
        var episode = Episode.Open(Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), Now);

        var error = Assert.Throws<DomainException>(() => episode.EnsureInSupport("Goals can be added"));

        Assert.Equal("Goals can be added only while the person is allocated to a link worker or active; this episode is referred and waiting for triage", error.Message);
        Assert.Equal("Status", error.Field);
    }

    [Theory]
    [InlineData("29", "2", "2028", true)]
    [InlineData("29", "2", "2027", false)]
    [InlineData("1", "13", "2027", false)]
    [InlineData("x", "1", "2027", false)]
    [InlineData("1", "1", "27", false)]
    [InlineData(" ", "", "", true)]
    public void A_date_is_read_only_when_it_is_real_and_empty_means_none(string day, string month, string year, bool ok)
    {
        var parts = new DateParts { Day = day, Month = month, Year = year };

        Assert.Equal(ok, parts.TryRead("the target date", out var date, out var error));

        Assert.Equal(ok, error is null);
        Assert.Equal(ok && !parts.IsEmpty, date is not null);
        Assert.True(ok || error == "The target date must be a real date, like 27 3 2027");
    }

    [Fact]
    public void The_form_reads_today_as_now_an_earlier_day_as_midday_and_skips_areas_not_discussed()
    {
        var form = ConversationForm.Blank(Today);
        form.WhatMatters = "My garden";
        form.StartingDomain = nameof(LifeDomain.Housing);
        form.Ratings[4].Score = "3";
        form.Ratings[4].Notes = "Damp in the bedroom";

        var input = form.Read(Today, Now, new ModelStateDictionary());

        Assert.NotNull(input);
        Assert.Equal(Now, input.At);
        Assert.Equal(LifeDomain.Housing, input.StartingDomain);
        Assert.Equal(new RatingInput(LifeDomain.Housing, 3, "Damp in the bedroom"), Assert.Single(input.Ratings));

        form.At = DateParts.Of(Today.AddDays(-3));
        Assert.Equal(new DateTimeOffset(2026, 10, 30, 12, 0, 0, TimeSpan.Zero), form.Read(Today, Now, new ModelStateDictionary())!.At);
    }

    [Fact]
    public void The_form_refuses_a_missing_date_an_unknown_start_and_a_rating_out_of_range_by_their_fields()
    {
        var form = ConversationForm.Blank(Today);
        form.At = new DateParts();
        form.StartingDomain = "Astrology";
        form.Ratings[0].Score = "7";
        var errors = new ModelStateDictionary();

        Assert.Null(form.Read(Today, Now, errors));

        Assert.Equal("Enter the date of the conversation", errors["Input.At"]!.Errors[0].ErrorMessage);
        Assert.Equal("Choose where the person wanted to start from the list", errors["Input.StartingDomain"]!.Errors[0].ErrorMessage);
        Assert.Equal("Choose a rating from 1 to 5 for physical health, or not discussed", errors["Input.Ratings[0].Score"]!.Errors[0].ErrorMessage);
    }
}
