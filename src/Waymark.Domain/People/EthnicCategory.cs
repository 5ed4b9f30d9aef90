namespace Waymark.Domain.People;

/// <summary>
/// NHS Data Dictionary ethnic category, from the 2001 census groups. Each value is its single-letter code, so
/// <c>(char)category</c> gives the code used in NHS data sets.
/// </summary>
public enum EthnicCategory
{
    WhiteBritish = 'A',
    WhiteIrish = 'B',
    AnyOtherWhiteBackground = 'C',
    MixedWhiteAndBlackCaribbean = 'D',
    MixedWhiteAndBlackAfrican = 'E',
    MixedWhiteAndAsian = 'F',
    AnyOtherMixedBackground = 'G',
    Indian = 'H',
    Pakistani = 'J',
    Bangladeshi = 'K',
    AnyOtherAsianBackground = 'L',
    Caribbean = 'M',
    African = 'N',
    AnyOtherBlackBackground = 'P',
    Chinese = 'R',
    AnyOtherEthnicGroup = 'S',
    NotStated = 'Z',
}
