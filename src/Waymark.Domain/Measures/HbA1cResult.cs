using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// One HbA1c result (glycated haemoglobin, in mmol/mol) for a person with type 2 diabetes: the value, the day the blood
/// was taken, where the number came from and who recorded it when. The research programme's main outcome was HbA1c, so
/// a service can chart it beside the wellbeing measures. A result is kept, never edited: a correction is a new result.
/// </summary>
public sealed class HbA1cResult : Entity
{
    /// <summary>Below this no laboratory reports a living person's HbA1c; a lower number is a typing mistake.</summary>
    public const int MinValue = 20;

    /// <summary>Above this the number is almost certainly a mistake (or a percentage typed as mmol/mol the wrong way round).</summary>
    public const int MaxValue = 200;

    public const int SourceDetailMaxLength = 200;

    /// <summary>
    /// The usual target for adults with type 2 diabetes (NICE NG28: 48 mmol/mol, or 53 when a medicine can cause
    /// hypoglycaemia). Charts draw it as a line; it is not a judgement of any one person's own target.
    /// </summary>
    public const int UsualTarget = 48;

    /// <summary>How an HbA1c reads over time: lower is better; 5 mmol/mol (about 0.5%) is the change that counts.</summary>
    public static readonly Measure Measure = new(
        "hba1c", "HbA1c", ScoreDirection.HigherIsWorse, MinValue, MaxValue,
        [new Band(MinValue, UsualTarget - 1, $"Below {UsualTarget}"), new Band(UsualTarget, MaxValue, $"{UsualTarget} or more")],
        MeaningfulChange: 5, CutoffAt: UsualTarget);

    private HbA1cResult()
    {
    }

    public Guid PersonId { get; private init; }

    /// <summary>The episode it was recorded in.</summary>
    public Guid? EpisodeId { get; private init; }

    /// <summary>The result in mmol/mol.</summary>
    public int Value { get; private init; }

    /// <summary>The day the blood sample was taken (not the day it was typed in).</summary>
    public DateOnly TakenOn { get; private init; }

    public HbA1cSource Source { get; private init; }

    /// <summary>Where it came from, in words; only for <see cref="HbA1cSource.Other"/>.</summary>
    public string? SourceDetail { get; private init; }

    public Guid RecordedBy { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>
    /// Records a result. Every problem is reported at once (the value, the date, the source), each with its field, so
    /// a form can show them all; <see cref="Check"/> lists them without recording.
    /// </summary>
    public static HbA1cResult Record(
        Guid personId, Guid? episodeId, int? value, DateOnly? takenOn, HbA1cSource? source, string? sourceDetail, Guid recordedBy, DateTimeOffset now)
    {
        if (personId == Guid.Empty)
        {
            throw new DomainException("An HbA1c result must say whose it is", nameof(PersonId));
        }

        if (recordedBy == Guid.Empty)
        {
            throw new DomainException("An HbA1c result must say who recorded it", nameof(RecordedBy));
        }

        var problems = Check(value, takenOn, source, sourceDetail, now);
        if (problems.Count > 0)
        {
            throw problems[0];
        }

        return new HbA1cResult
        {
            PersonId = personId,
            EpisodeId = episodeId,
            Value = value!.Value,
            TakenOn = takenOn!.Value,
            Source = source!.Value,
            SourceDetail = source == HbA1cSource.Other ? sourceDetail!.Trim() : null,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
    }

    /// <summary>Every problem with a result as typed, in form order (value, date, source); empty when it can be recorded.</summary>
    public static IReadOnlyList<DomainException> Check(int? value, DateOnly? takenOn, HbA1cSource? source, string? sourceDetail, DateTimeOffset now)
    {
        var problems = new List<DomainException>();
        if (value is not { } v || v < MinValue || v > MaxValue)
        {
            problems.Add(new DomainException(
                $"Enter the HbA1c in mmol/mol, a whole number from {MinValue} to {MaxValue} (a result in % needs converting: 7% is 53 mmol/mol)",
                nameof(Value)));
        }

        if (takenOn is not { } on)
        {
            problems.Add(new DomainException("Enter the date the blood sample was taken", nameof(TakenOn)));
        }
        else if (on > UkTime.Today(now))
        {
            problems.Add(new DomainException("The date the sample was taken must be today or in the past", nameof(TakenOn)));
        }

        if (source is not { } s || !Enum.IsDefined(s))
        {
            problems.Add(new DomainException("Select where the result came from", nameof(Source)));
        }
        else if (s == HbA1cSource.Other)
        {
            try
            {
                Text.Required(sourceDetail, nameof(SourceDetail), "where the result came from", SourceDetailMaxLength);
            }
            catch (DomainException error)
            {
                problems.Add(error);
            }
        }

        return problems;
    }

    /// <summary>This result as a measure score, to chart it and to compare results with <see cref="MeasureChange.Of"/>.</summary>
    public MeasureScore ToMeasureScore() => new(Measure, Value, null, Measure.BandFor(Value));
}
