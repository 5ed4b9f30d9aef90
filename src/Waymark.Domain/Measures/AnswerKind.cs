namespace Waymark.Domain.Measures;

/// <summary>
/// How a question is answered: a whole number on a scale (ONS4's 0 to 10, scored as the number itself), or one of a
/// list of coded options, each with its own score (UCLA-3's "hardly ever or never" = 1).
/// </summary>
public enum AnswerKind
{
    Scale,
    Choice,
}
