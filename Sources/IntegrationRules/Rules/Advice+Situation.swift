extension Advice {
    /// What else to do, in the order the page lists it.
    static func all(for situation: Situation, under act: Act, letter: LetterStatus?) -> [Advice] {
        var advice: [Advice] = []
        if act == .pre2013 {
            advice.append(Advice(.contactMunicipality, citation: .siteActs))
        } else {
            advice.append(Advice(.checkMijnInburgering, citation: .siteOverview))
        }
        switch letter {
        case .notYetEligible: advice.append(Advice(.arrangeLetterConditions, citation: .siteLetter))
        case .overdue: advice.append(Advice(.contactDUO, citation: .siteLetter))
        case .waiting, .received, nil: break
        }
        switch act {
        case .act2021: advice += act2021(situation)
        case .act2013: advice += act2013
        case .pre2013, .voluntary, .undetermined: break
        }
        switch situation.diploma {
        case .diploma: advice.append(Advice(.credentialEvaluation, citation: .siteDiplomas))
        case .noDiploma: advice.append(Advice(.educationLevelIndication, citation: .siteDiplomas))
        case .none: break
        }
        if situation.livesInAZC {
            advice.append(Advice(.startInAZC, citation: .siteAZC))
        }
        return advice
    }

    private static func act2021(_ situation: Situation) -> [Advice] {
        var advice: [Advice] = []
        if situation.pipDate == nil {
            advice.append(Advice(.broadIntake, citation: .wi2021Art14))
            advice.append(Advice(.pipWithinTenWeeks, citation: .bi2021Art5_3))
        } else {
            advice.append(Advice(.startDateLetter, citation: .siteIntakeAndPIP))
        }
        switch situation.track {
        case .b1: advice.append(Advice(.scaleDownToA2, citation: .wi2021Art17))
        // The statute sets no age limit; public pages say "up to about 28".
        case .education: advice.append(Advice(.educationTrackAge, uncertain: true, citation: .wi2021Art8))
        case .selfReliance: advice.append(Advice(.selfRelianceExams, citation: .bi2021Art3_14))
        case nil: break
        }
        advice += extensions2021
        advice.append(Advice(.finesPossible, citation: .wi2021Art22))
        return advice
    }

    /// 2021 act: extra time is asked of DUO, not the municipality (rijksoverheid.nl,
    /// "Verlenging inburgeringstermijn aanvragen": WI2021 art. 12, Besluit art. 4.3 and 4.4).
    private static let extensions2021 = [
        Advice(.extensionAskDUO, citation: .wi2021Art12),
        // Besluit art. 4.3(2), added by Stb. 2022, 489; the programmes are in Regeling art. 4.2.
        Advice(.extensionDutchProgramme, citation: .bi2021Art4_3),
        // inburgeren.nl describes the literacy extension without limiting it to the
        // 2013 act; no article of the 2021 rules naming it was found.
        Advice(.literacyExtension, uncertain: true, citation: .wi2021Art12),
    ]

    /// 2013 act: extra time is asked of DUO as well (inburgeren.nl, "Extra tijd").
    private static let act2013 = [
        Advice(.extensionAskDUO, citation: .wi2013Art7b),
        Advice(.extensionCourseHours, citation: .wi2013Art7b),
        Advice(.extensionExemptingStudy, citation: .wi2013Art7b),
        Advice(.literacyExtension, citation: .wi2013Art7b),
        Advice(.studyOnOwnOrAtSchool, citation: .siteAct2013),
    ]

    private init(_ id: AdviceID, uncertain: Bool = false, citation: Citation) {
        self.init(id: id, uncertain: uncertain, citation: citation)
    }
}
