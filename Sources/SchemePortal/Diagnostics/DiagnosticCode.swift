/// The rule behind a message, by a name that stays the same from release to release (as compilers
/// number theirs), so staff can look it up with `portal explain CODE`, and editors and CI can match on it
/// whatever the wording. Names are words rather than numbers because staff read them.
///
/// Every message carries one: `Diagnostic` cannot be made without it. Each code is produced in one
/// source file (`DiagnosticCodeTests` checks), so a rule's messages are defined in one place, and each has
/// a longer explanation with a worked example (`Diagnostics/Explanations/`).
public enum DiagnosticCode: String, Sendable, CaseIterable, Comparable {
    // Files and folders
    case portalFileMissing = "portal-file-missing"
    case portalFileEmpty = "portal-file-empty"
    case fileUnreadable = "file-unreadable"
    case fileTooLarge = "file-too-large"
    case fileNotText = "file-not-text"
    case fileNotUsed = "file-not-used"
    case layoutFileNotUsed = "layout-file-not-used"
    case shortcut = "shortcut"
    case schemeWithoutFile = "scheme-without-file"
    case nameNotAddressable = "name-not-addressable"
    case reservedName = "reserved-name"

    // Front matter and YAML
    case frontMatterMissing = "front-matter-missing"
    case frontMatterUnclosed = "front-matter-unclosed"
    case frontMatterEmpty = "front-matter-empty"
    case yamlSyntax = "yaml-syntax"
    case yamlUnclosedQuote = "yaml-unclosed-quote"
    case yamlIndentation = "yaml-indentation"
    case yamlTab = "yaml-tab"
    case pastedCharacter = "pasted-character"
    case sensitiveRepeated = "sensitive-repeated"

    // Keys and values
    case missingKey = "missing-key"
    case emptyValue = "empty-value"
    case wrongKind = "wrong-kind"
    case numberOutOfRange = "number-out-of-range"
    case unknownKey = "unknown-key"
    case unknownValue = "unknown-value"
    case draftKey = "draft-key"
    case fieldTooLong = "field-too-long"
    case invalidId = "invalid-id"
    case duplicate = "duplicate"
    case duplicateKey = "duplicate-key"
    case lookAlikeLetters = "look-alike-letters"

    // Portal settings and scheme shape
    case timeZoneUnsupported = "time-zone"
    case addressNotAllowed = "address"
    case emailInvalid = "email"
    case sidesCount = "sides"
    case contactIncomplete = "contact"
    case gradeLadderUnknown = "grade-ladder-unknown"
    case gradeLadderNeeded = "grade-ladder-needed"
    case gradeRangeReversed = "grade-range-reversed"
    case gradeGapReversed = "grade-gap-reversed"
    case eligibleGradeOffLadder = "eligible-grade-off-ladder"
    case ruleSideUnknown = "rule-side-unknown"

    // Dates
    case dateUnreadable = "date-unreadable"
    case dateWeekday = "date-weekday"
    case dateZone = "date-zone"
    case dateMidnight = "date-midnight"
    case dateOrder = "date-order"
    case proseDate = "prose-date"
    case dateRelativeLabel = "date-relative-label"
    case dateRelativeCycle = "date-relative-cycle"
    case dateYearlessWeekday = "date-yearless-weekday"
    case intakeDatesWithoutIntakes = "intake-dates-without-intakes"
    case dateToConfirm = "date-to-confirm"

    // People
    case personInNoScheme = "person-in-no-scheme"
    case schemeUnknown = "scheme-unknown"
    case personUnknown = "person-unknown"
    case consentField = "consent"
    case wordLimit = "word-limit"
    case preferencesTooMany = "preferences"
    case selfReference = "self-reference"
    case otherScheme = "other-scheme"
    case sideUnknown = "side-unknown"
    case sameSide = "same-side"
    case gradeOffLadder = "grade-off-ladder"
    case gradeNotEligible = "grade-not-eligible"
    case vocabulary = "vocabulary"
    case emailInText = "email-in-text"

    // Pairs
    case capacityExceeded = "capacity"
    case capacityUnstated = "capacity-unstated"
    case preferenceConflict = "preference-conflict"
    case pairStatusDiffers = "pair-status-differs"
    case requestedPartnerFull = "requested-partner-full"
    case partnerOneSided = "partner-one-sided"
    case conflictPaired = "conflict-paired"
    case gradeGap = "grade-gap"
    case sameDepartment = "same-department"
    case differentFields = "different-fields"

    // Markdown
    case rawHTML = "raw-html"
    case unsafeAddress = "unsafe-address"
    case markdownLimit = "markdown-limit"
    case linkNowhere = "link-nowhere"
    case linkText = "link-text"
    case tableCaption = "table-caption"
    case imageText = "image-text"
    case headingLevels = "heading-level"
    case headingEmpty = "heading-text"
    case tooManyProblems = "too-many-problems"

    // Site: links, addresses, templates
    case linkBroken = "link-broken"
    case linkOutside = "link-outside"
    case anchorMissing = "anchor-missing"
    case addressTaken = "address-taken"
    case sectionAddressTaken = "section-address-taken"
    case sitemap = "sitemap"
    case theme = "theme"
    case templateSyntax = "template-syntax"
    case templateMissing = "template-missing"
    case templateLoop = "template-loop"
    case templateStopped = "template-stopped"
    case tooManyFolders = "too-many-folders"
    case buildFailed = "build-failed"

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
