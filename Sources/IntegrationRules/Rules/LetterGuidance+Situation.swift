extension LetterGuidance {
    /// The DUO letter (brief §2): sent only when all three conditions hold,
    /// up to 8 weeks after the last was arranged. Nil where no letter comes:
    /// voluntary integration and the regime before 2013.
    init?(for situation: Situation, under act: Act) {
        switch act {
        case .voluntary, .pre2013: return nil
        case .act2013, .act2021, .undetermined: break
        }
        citation = .siteLetter
        expectedBy = nil
        missing = []
        // A PIP follows the intake, which follows the letter: it has come.
        if situation.letterReceived || situation.pipDate != nil {
            status = .received
            return
        }
        missing = situation.missingLetterConditions
        guard missing.isEmpty else {
            status = .notYetEligible
            return
        }
        guard let arrangedOn = situation.arrangedOn else {
            status = .waiting
            return
        }
        let lastDay = arrangedOn.adding(weeks: KeyDates.letterWeeks)
        expectedBy = lastDay
        status = situation.today <= lastDay ? .waiting : .overdue
    }
}
