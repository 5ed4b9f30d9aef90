using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Conversations;
using Waymark.Web.Features.Conversations;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.WhatMatters;

/// <summary>One area of life on the form: its rating ("" = not discussed) and notes.</summary>
public sealed class RatingForm
{
    public LifeDomain Domain { get; set; }

    public string? Score { get; set; }

    public string? Notes { get; set; }
}

/// <summary>What the "record a conversation" form posts. Property names match the domain's field names, for errors.</summary>
public sealed class ConversationForm
{
    public DateParts At { get; set; } = new();

    public string? WhatMatters { get; set; }

    public string? StrengthsAndWhatIsGoingWell { get; set; }

    public string? WhatTheyWouldLikeToBeDifferent { get; set; }

    public string? StartingDomain { get; set; }

    public List<RatingForm> Ratings { get; set; } = [];

    public static ConversationForm Blank(DateOnly today) => new ConversationForm { At = DateParts.Of(today) }.WithEveryDomain();

    /// <summary>One rating row per area of life, in the order they are offered, keeping what was posted.</summary>
    public ConversationForm WithEveryDomain()
    {
        Ratings = [.. LifeDomainNames.InOrder.Select(d => Ratings.FirstOrDefault(r => r.Domain == d) ?? new RatingForm { Domain = d })];
        return this;
    }

    /// <summary>Reads the form into the use case's input, or adds errors (saying how to fix them) and returns null.</summary>
    public RecordConversationInput? Read(DateOnly today, DateTimeOffset now, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        DateTimeOffset? at = null;
        if (At.IsEmpty)
        {
            modelState.AddModelError("Input.At", "Enter the date of the conversation");
        }
        else if (!At.TryRead("the date of the conversation", out var date, out var error))
        {
            modelState.AddModelError("Input.At", error!);
        }
        else
        {
            // Today's conversation is "now"; an earlier one is recorded at midday, as the time was not asked.
            at = date == today ? now : new DateTimeOffset(date!.Value.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        }

        LifeDomain? start = null;
        if (!string.IsNullOrEmpty(StartingDomain))
        {
            if (Enum.TryParse<LifeDomain>(StartingDomain, out var chosen) && Enum.IsDefined(chosen))
            {
                start = chosen;
            }
            else
            {
                modelState.AddModelError("Input.StartingDomain", "Choose where the person wanted to start from the list");
            }
        }

        var ratings = new List<RatingInput>();
        for (var i = 0; i < Ratings.Count; i++)
        {
            var rating = Ratings[i];
            var name = LifeDomainNames.Describe(rating.Domain);
            if (string.IsNullOrEmpty(rating.Score))
            {
                if (!string.IsNullOrWhiteSpace(rating.Notes))
                {
                    modelState.AddModelError($"Input.Ratings[{i}].Score", $"Choose a rating for {name.ToLowerInvariant()}, or remove the notes");
                }

                continue;
            }

            if (int.TryParse(rating.Score, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                && score is >= LifeDomainRating.MinScore and <= LifeDomainRating.MaxScore)
            {
                ratings.Add(new RatingInput(rating.Domain, score, rating.Notes));
            }
            else
            {
                modelState.AddModelError($"Input.Ratings[{i}].Score", $"Choose a rating from 1 to 5 for {name.ToLowerInvariant()}, or not discussed");
            }
        }

        return modelState.IsValid
            ? new RecordConversationInput(at, new ConversationWords(WhatMatters, StrengthsAndWhatIsGoingWell, WhatTheyWouldLikeToBeDifferent), start, ratings)
            : null;
    }

    public DateField AtField => At.Field("Input.At", "Date of the conversation") with { Hint = "For example, 15 3 2027" };

    public TextareaField WhatMattersField => new("Input.WhatMatters", "What matters to the person", WhatMatters)
    {
        Hint = "In their words. Ask: \"What matters to you?\"",
    };

    public TextareaField StrengthsField => new("Input.StrengthsAndWhatIsGoingWell", "Their strengths and what is going well", StrengthsAndWhatIsGoingWell)
    {
        Hint = "In their words: what they are good at, who and what helps them.",
    };

    public TextareaField DifferentField => new("Input.WhatTheyWouldLikeToBeDifferent", "What they would like to be different", WhatTheyWouldLikeToBeDifferent)
    {
        Hint = "In their words.",
    };

    public RadiosField StartingDomainField => new("Input.StartingDomain", "Where would they like to start?", StartingDomain ?? string.Empty,
        [.. LifeDomainNames.InOrder.Select(d => new Option(d.ToString(), LifeDomainNames.Describe(d))), new Option(string.Empty, "They did not choose yet")])
    {
        Hint = "The person chooses. Ask which area of their life they would like to talk about first.",
    };

    public RadiosField ScoreField(int index) => new($"Input.Ratings[{index}].Score", LifeDomainNames.Describe(Ratings[index].Domain),
        Ratings[index].Score ?? string.Empty,
        [.. Enumerable.Range(LifeDomainRating.MinScore, LifeDomainRating.MaxScore).Select(s =>
            new Option(s.ToString(CultureInfo.InvariantCulture), $"{s} – {LifeDomainNames.DescribeScore(s)}")), new Option(string.Empty, "Not discussed")])
    {
        Inline = true,
    };

    public TextareaField NotesField(int index) => new($"Input.Ratings[{index}].Notes",
        $"Notes on {LifeDomainNames.Describe(Ratings[index].Domain).ToLowerInvariant()} (optional)", Ratings[index].Notes)
    {
        Rows = 2,
    };
}
