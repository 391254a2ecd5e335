extension Guidance {
    /// What applies in `situation`; impossible answers throw.
    public init(for situation: Situation) throws(SituationError) {
        try situation.validate()
        let act = Act(for: situation)
        let letter = LetterGuidance(for: situation, under: act)
        self.init(
            act: act,
            actCitation: act.citation,
            letter: letter,
            integrationPeriod: IntegrationPeriod(for: situation, under: act),
            requirements: Requirement.all(for: situation, under: act),
            advice: Advice.all(for: situation, under: act, letter: letter?.status)
        )
    }
}
