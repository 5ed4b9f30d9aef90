namespace Waymark.Web.Pages.Shared;

/// <summary>
/// A page whose error summary lists errors in the order of the form's fields. ModelState's own order is not enough:
/// it follows binding, then validation, so an error added for a key nothing was bound to (a date's "Input.DateOfBirth",
/// posted as Day, Month and Year) comes last wherever its field sits. The _ErrorSummary partial uses this order when
/// the page model implements it.
/// </summary>
public interface IOrderedFormErrors
{
    /// <summary>
    /// The ModelState keys in the order their fields appear. A key also covers its indexed and nested keys
    /// ("Input.Words" covers "Input.Words[Other]"); keys not listed come after, in ModelState order.
    /// </summary>
    IReadOnlyList<string> ErrorOrder { get; }
}
