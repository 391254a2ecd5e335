extension Act {
    /// The date the reader became obliged decides the act (brief §1).
    init(for situation: Situation) {
        switch situation.obligation {
        case .voluntary: self = .voluntary
        case .unknown: self = .undetermined
        case .obliged:
            guard let since = situation.obligedSince else {
                self = .undetermined
                return
            }
            if since >= KeyDates.act2021 {
                self = .act2021
            } else if since >= KeyDates.act2013 {
                self = .act2013
            } else {
                self = .pre2013
            }
        }
    }

    var citation: Citation {
        switch self {
        case .act2021: .wi2021Art3
        case .act2013: .wi2021Art54
        case .pre2013, .voluntary, .undetermined: .siteActs
        }
    }
}
