using System.Globalization;
using Waymark.Data.Identity;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Users;

/// <summary>What the add and change forms post, and their fields. Property names match the use cases' field names.</summary>
public sealed class UserForm
{
    public const string CapacityError = "Enter caseload capacity as a number, like 30";

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public Guid? OrganisationId { get; set; }

    public Guid? TeamId { get; set; }

    public List<StaffRole> Roles { get; set; } = [];

    public string? CaseloadCapacity { get; set; } = StaffUser.DefaultCaseloadCapacity.ToString(CultureInfo.InvariantCulture);

    public string? Password { get; set; }

    /// <summary>Languages spoken with people, separated by commas.</summary>
    public string? Languages { get; set; }

    /// <summary>Reads the capacity; blank means the default. False when it is not a number.</summary>
    public bool TryReadCapacity(out decimal? capacity)
    {
        capacity = null;
        if (string.IsNullOrWhiteSpace(CaseloadCapacity))
        {
            return true;
        }

        var ok = decimal.TryParse(CaseloadCapacity.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value);
        capacity = ok ? value : null;
        return ok;
    }

    public UserInput ToInput(decimal? capacity) =>
        new(Email, DisplayName, OrganisationId, TeamId, Roles, capacity, string.IsNullOrEmpty(Password) ? null : Password,
            (Languages ?? string.Empty).Split(','));

    public InputField NameField => new("Input.DisplayName", "Full name", DisplayName) { Autocomplete = "off", Spellcheck = false };

    public InputField EmailField => new("Input.Email", "Email address", Email)
    {
        Type = "email",
        Hint = "They sign in with this. Use their work email address.",
    };

    public SelectField OrganisationField(IReadOnlyList<Option> options) =>
        new("Input.OrganisationId", "Organisation", OrganisationId?.ToString(), options)
        {
            EmptyOption = "Select an organisation",
            Hint = "Where the person works. This decides which roles they can have and what they can see.",
        };

    public SelectField TeamField(IReadOnlyList<Option> options) =>
        new("Input.TeamId", "Team (optional)", TeamId?.ToString(), options)
        {
            EmptyOption = "No team",
            Hint = "Only needed for link workers and senior link workers. The team must belong to the person's organisation.",
        };

    public CheckboxesField RolesField => new("Input.Roles", "Roles", [.. Roles.Select(r => r.ToString())], AdminDisplay.RoleOptions)
    {
        Hint = "Select all that apply. Each role needs the right kind of organisation, shown under it.",
    };

    public InputField CapacityField => new("Input.CaseloadCapacity", "Caseload capacity", CaseloadCapacity)
    {
        Hint = "For link workers only: the weighted number of people they can support at once. Leave it as 30 if you are not sure.",
        WidthClass = "nhsuk-input--width-4",
    };

    public InputField LanguagesField => new("Input.Languages", "Languages spoken (optional)", Languages)
    {
        Hint = $"For link workers: languages other than English they can speak with people, separated by commas, like Polish, Urdu. Up to {StaffLanguages.MaxCount}.",
        Spellcheck = true,
    };

    public InputField PasswordField => new("Input.Password", "Initial password (optional)", null)
    {
        Type = "password",
        Autocomplete = "new-password",
        Hint = "Leave this blank and Waymark will create a password for you to give them. If you set one, use 12 characters or more.",
        WidthClass = "nhsuk-u-width-two-thirds",
    };

    /// <summary>Active teams, labelled with their provider: "North team (Northfield Wellbeing Service)".</summary>
    public static async Task<IReadOnlyList<Option>> TeamOptionsAsync(TeamQueries teams, Guid? providerId, CancellationToken cancellationToken)
    {
        var active = await teams.ListAsync(providerId, includeInactive: false, cancellationToken);
        return [.. active.Select(t => new Option(t.Id.ToString(), providerId is null ? $"{t.Name} ({t.ProviderName})" : t.Name))];
    }
}
