/// A source a guidance item comes from: an article on wetten.overheid.nl or a
/// page of this site (its path under `content/<locale>/`, so each language
/// links to its own translation).
public enum Citation: Int32, Vocabulary, Sendable {
    // Wet inburgering 2021 (BWBR0044770)
    case wi2021Art3, wi2021Art6, wi2021Art7, wi2021Art8, wi2021Art11, wi2021Art12
    case wi2021Art14, wi2021Art17, wi2021Art22, wi2021Art54
    // Besluit inburgering 2021 (BWBR0045555)
    case bi2021Art3_14, bi2021Art4_3, bi2021Art5_3
    // Wet inburgering, the 2013 act (BWBR0020611), as it stood before its withdrawal
    case wi2013Art7, wi2013Art7a, wi2013Art7b
    // This site's pages
    case siteOverview, siteActs, siteAct2013, siteLetter, siteIntakeAndPIP
    case siteSelfReliance, siteDiplomas, siteAZC

    public var id: StaticString {
        switch self {
        case .wi2021Art3: "wi2021-art3"
        case .wi2021Art6: "wi2021-art6"
        case .wi2021Art7: "wi2021-art7"
        case .wi2021Art8: "wi2021-art8"
        case .wi2021Art11: "wi2021-art11"
        case .wi2021Art12: "wi2021-art12"
        case .wi2021Art14: "wi2021-art14"
        case .wi2021Art17: "wi2021-art17"
        case .wi2021Art22: "wi2021-art22"
        case .wi2021Art54: "wi2021-art54"
        case .bi2021Art3_14: "bi2021-art3.14"
        case .bi2021Art4_3: "bi2021-art4.3"
        case .bi2021Art5_3: "bi2021-art5.3"
        case .wi2013Art7: "wi2013-art7"
        case .wi2013Art7a: "wi2013-art7a"
        case .wi2013Art7b: "wi2013-art7b"
        case .siteOverview: "site-overview"
        case .siteActs: "site-acts"
        case .siteAct2013: "site-act-2013"
        case .siteLetter: "site-letter"
        case .siteIntakeAndPIP: "site-intake-and-pip"
        case .siteSelfReliance: "site-self-reliance"
        case .siteDiplomas: "site-diplomas"
        case .siteAZC: "site-azc"
        }
    }

    /// The statute's address; empty for a site page.
    public var url: StaticString {
        switch self {
        case .wi2021Art3: "https://wetten.overheid.nl/BWBR0044770/#Artikel3"
        case .wi2021Art6: "https://wetten.overheid.nl/BWBR0044770/#Artikel6"
        case .wi2021Art7: "https://wetten.overheid.nl/BWBR0044770/#Artikel7"
        case .wi2021Art8: "https://wetten.overheid.nl/BWBR0044770/#Artikel8"
        case .wi2021Art11: "https://wetten.overheid.nl/BWBR0044770/#Artikel11"
        case .wi2021Art12: "https://wetten.overheid.nl/BWBR0044770/#Artikel12"
        case .wi2021Art14: "https://wetten.overheid.nl/BWBR0044770/#Artikel14"
        case .wi2021Art17: "https://wetten.overheid.nl/BWBR0044770/#Artikel17"
        case .wi2021Art22: "https://wetten.overheid.nl/BWBR0044770/#Artikel22"
        case .wi2021Art54: "https://wetten.overheid.nl/BWBR0044770/#Artikel54"
        case .bi2021Art3_14: "https://wetten.overheid.nl/BWBR0045555/#Artikel3.14"
        case .bi2021Art4_3: "https://wetten.overheid.nl/BWBR0045555/#Artikel4.3"
        case .bi2021Art5_3: "https://wetten.overheid.nl/BWBR0045555/#Artikel5.3"
        case .wi2013Art7: "https://wetten.overheid.nl/BWBR0020611/2021-12-31/#Artikel7"
        case .wi2013Art7a: "https://wetten.overheid.nl/BWBR0020611/2021-12-31/#Artikel7a"
        case .wi2013Art7b: "https://wetten.overheid.nl/BWBR0020611/2021-12-31/#Artikel7b"
        case .siteOverview, .siteActs, .siteAct2013, .siteLetter, .siteIntakeAndPIP,
             .siteSelfReliance, .siteDiplomas, .siteAZC: ""
        }
    }

    /// The site page's source path under `content/<locale>/`; empty for a statute.
    public var page: StaticString {
        switch self {
        case .siteOverview: "_index.md"
        case .siteActs: "acts/_index.md"
        case .siteAct2013: "acts/2013.md"
        case .siteLetter: "letter-from-duo.md"
        case .siteIntakeAndPIP: "intake-and-pip.md"
        case .siteSelfReliance: "tracks/self-reliance.md"
        case .siteDiplomas: "diploma.md"
        case .siteAZC: "azc.md"
        default: ""
        }
    }
}
