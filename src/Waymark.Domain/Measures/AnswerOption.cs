namespace Waymark.Domain.Measures;

/// <summary>
/// One answer a person can choose for a <see cref="AnswerKind.Choice"/> question: a stable code (what is stored and
/// exported), the words shown, and the score it counts for. The code, not the words, identifies the answer, so the
/// wording can be corrected in a new version without changing what old answers mean.
/// </summary>
public sealed record AnswerOption(string Code, string Display, int Score);
