namespace Waymark.Domain.Measures;

/// <summary>One thing wrong with a set of answers: the question (link id) and what to do about it, in plain words.</summary>
public sealed record AnswerProblem(string LinkId, string Message);
