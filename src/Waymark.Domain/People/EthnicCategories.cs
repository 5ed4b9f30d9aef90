namespace Waymark.Domain.People;

/// <summary>Codes and display names for <see cref="EthnicCategory"/>, worded as in the NHS Data Dictionary.</summary>
public static class EthnicCategories
{
    public static char Code(this EthnicCategory category) => (char)category;

    public static EthnicCategory? FromCode(char code)
    {
        var category = (EthnicCategory)char.ToUpperInvariant(code);
        return Enum.IsDefined(category) ? category : null;
    }

    public static string DisplayName(this EthnicCategory category) => category switch
    {
        EthnicCategory.WhiteBritish => "White – British",
        EthnicCategory.WhiteIrish => "White – Irish",
        EthnicCategory.AnyOtherWhiteBackground => "White – Any other White background",
        EthnicCategory.MixedWhiteAndBlackCaribbean => "Mixed – White and Black Caribbean",
        EthnicCategory.MixedWhiteAndBlackAfrican => "Mixed – White and Black African",
        EthnicCategory.MixedWhiteAndAsian => "Mixed – White and Asian",
        EthnicCategory.AnyOtherMixedBackground => "Mixed – Any other mixed background",
        EthnicCategory.Indian => "Asian or Asian British – Indian",
        EthnicCategory.Pakistani => "Asian or Asian British – Pakistani",
        EthnicCategory.Bangladeshi => "Asian or Asian British – Bangladeshi",
        EthnicCategory.AnyOtherAsianBackground => "Asian or Asian British – Any other Asian background",
        EthnicCategory.Caribbean => "Black or Black British – Caribbean",
        EthnicCategory.African => "Black or Black British – African",
        EthnicCategory.AnyOtherBlackBackground => "Black or Black British – Any other Black background",
        EthnicCategory.Chinese => "Other ethnic groups – Chinese",
        EthnicCategory.AnyOtherEthnicGroup => "Other ethnic groups – Any other ethnic group",
        EthnicCategory.NotStated => "Not stated",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown ethnic category"),
    };
}
