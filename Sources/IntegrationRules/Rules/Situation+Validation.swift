extension Situation {
    /// Throws for answers that cannot all be true: events dated after today,
    /// facts that exist only under another act, and steps out of order.
    func validate() throws(SituationError) {
        if let obligedSince {
            guard obligedSince <= today else { throw .obligedSinceAfterToday }
            guard obligation == .obliged else { throw .obligedSinceWithoutObligation }
        }
        if let arrangedOn {
            guard arrangedOn <= today else { throw .arrangedOnAfterToday }
            guard missingLetterConditions.isEmpty else { throw .arrangedOnWithoutConditions }
        }
        let under2021 = obligedSince.map { $0 >= KeyDates.act2021 } ?? false
        if let pipDate {
            guard pipDate <= today else { throw .pipDateAfterToday }
            guard under2021, let obligedSince else { throw .pipOutsideAct2021 }
            guard pipDate >= obligedSince else { throw .pipBeforeObligation }
            if let arrangedOn, pipDate < arrangedOn { throw .pipBeforeArrangedOn }
        }
        if track != nil, !under2021 { throw .trackOutsideAct2021 }
    }

    var missingLetterConditions: [LetterCondition] {
        var missing: [LetterCondition] = []
        if !hasBSN { missing.append(.bsn) }
        if !hasResidencePermit { missing.append(.residencePermit) }
        if !registeredWithMunicipality { missing.append(.municipalityRegistration) }
        return missing
    }
}
