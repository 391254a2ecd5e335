/// What else the reader can do; the page words each one in the reader's language.
public enum AdviceID: Int32, Vocabulary, Sendable {
    case checkMijnInburgering
    case arrangeLetterConditions
    case contactDUO
    case broadIntake
    case pipWithinTenWeeks
    case startDateLetter
    case scaleDownToA2
    case educationTrackAge
    case selfRelianceExams
    case extensionAskDUO
    case extensionCourseHours
    case extensionExemptingStudy
    case extensionDutchProgramme
    case literacyExtension
    case finesPossible
    case studyOnOwnOrAtSchool
    case contactMunicipality
    case credentialEvaluation
    case educationLevelIndication
    case startInAZC

    public var id: StaticString {
        switch self {
        case .checkMijnInburgering: "check-mijn-inburgering"
        case .arrangeLetterConditions: "arrange-letter-conditions"
        case .contactDUO: "contact-duo"
        case .broadIntake: "broad-intake"
        case .pipWithinTenWeeks: "pip-within-10-weeks"
        case .startDateLetter: "start-date-letter"
        case .scaleDownToA2: "scale-down-to-a2"
        case .educationTrackAge: "education-track-age"
        case .selfRelianceExams: "self-reliance-exams"
        case .extensionAskDUO: "extension-ask-duo"
        case .extensionCourseHours: "extension-course-hours"
        case .extensionExemptingStudy: "extension-exempting-study"
        case .extensionDutchProgramme: "extension-dutch-programme"
        case .literacyExtension: "literacy-extension"
        case .finesPossible: "fines-possible"
        case .studyOnOwnOrAtSchool: "study-on-own-or-at-school"
        case .contactMunicipality: "contact-municipality"
        case .credentialEvaluation: "idw-credential-evaluation"
        case .educationLevelIndication: "idw-education-level-indication"
        case .startInAZC: "start-in-azc"
        }
    }
}
