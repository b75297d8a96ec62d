import Foundation

/// Every string of the interface, by key. Views never hold literal UI text: they ask the catalog, so a
/// translation needs no view change. Entity content (names, summaries) is shown as written.
public enum UIKey: String, CaseIterable, Sendable {
    // Layout and navigation
    case siteName, siteTagline, skipToContent, mainNavigation, languageLabel
    case navHome, navPlaces, navThemes, navNetworks, navCooperations, navPractices, navEvents, navArticles
    case navCalls, navPledges, navOrganizations, navCountries, navAbout
    case footerCredits, footerGeoNames, footerSource
    // Generic
    case filter, allOption, previousPage, nextPage, pageOf, resultsCount, aboutResultsCount, noResults, readMore
    case errorNotFoundTitle, errorNotFoundText, errorBadRequestTitle, errorServerTitle, errorServerText, backHome
    // Home
    case homeTitle, homeIntro, homeLatestArticles, homeUpcomingEvents, homeOpenCalls, homeTotals
    case noUpcomingEvents, noOpenCalls
    // Field labels
    case fieldCountry, fieldTheme, fieldKind, fieldStatus, fieldYear, fieldSize, fieldPopulation, fieldRegionCode
    case fieldCoordinates, fieldTimeZone, fieldGeoNames, fieldContinent, fieldEUMember, fieldLanguages, fieldCapital
    case fieldISO, fieldOrganization, fieldLead, fieldPeriod, fieldWebsite, fieldMembers, fieldOutputs
    case fieldProgramme, fieldPlaces, fieldOutcomes, fieldOwner, fieldResults, fieldTransfers, fieldDates
    case fieldHost, fieldOnline, fieldCapacity, fieldDeadline, fieldAuthors, fieldPublished, fieldReadingTime
    case fieldOpens, fieldCloses, fieldRules, fieldFramework, fieldPrinciples, fieldCommitment, fieldProgress
    case fieldAlsoKnownAs, fieldSDGs, fieldParentTheme, fieldSubthemes, fieldNetwork, fieldOrganizer, fieldWhen, fieldName
    case yes, no, unknown, notStated, minutesRead
    // Sections
    case sectionNetworks, sectionCooperations, sectionPractices, sectionTransfers, sectionEvents
    case sectionArticles, sectionPledges, sectionInterests, sectionNeeds, sectionOffers, sectionPlaces
    case sectionCalls, sectionLargestPlaces, sectionUpcoming, sectionPast, sectionThemes
    // Rules
    case ruleMinPartners, ruleMaxPartners, ruleMinCountries, ruleMaxPerCountry, ruleContinents, ruleRegions
    case rulesNone
    // About
    case aboutTitle, aboutText, aboutDataTitle, aboutDataText, aboutGeoNamesText
    // Page intros
    // Search
    case searchTitle, searchLabel, searchPlaceholder, searchButton, searchEmpty, searchNoResults, searchFacets
    case suggestTitle, fieldType
    case placesIntro, themesIntro, networksIntro, cooperationsIntro, practicesIntro, eventsIntro, articlesIntro
    case callsIntro, pledgesIntro, organizationsIntro, countriesIntro, nameStartsWith
    // Feeds and downloads
    case followLabel, feedAtom, feedRSS, feedCalendar, eventCalendar, downloadLabel, downloadCSV, downloadJSON
    case feedArticlesSubtitle, feedEventsSubtitle
    // Accounts (texts in Catalog+Accounts.swift)
    case errorForbiddenTitle, accountSignIn, accountSignUp, accountSignOut, accountSignedInAs, accountEmail
    case accountDisplayName, accountPassword, accountNewPassword, accountPasswordHint, accountForgotPassword
    case accountForgotIntro, accountResetTitle, accountResetSubmit, accountResetSent, accountResetInvalid
    case accountResetDone, accountNoAccount, accountHaveAccount, accountWrongCredentials, accountLocked
    case accountTooManyAttempts, accountEmailInvalid, accountEmailTaken, accountNameRequired
    case accountPasswordTooShort, accountPasswordOneClass, accountPasswordEqualsEmail, accountFormHasErrors
    case accountSignInIntro, accountSignUpIntro
    case editProfileTitle, editProfileIntro, savedNotice, saveButton, newPostLink, interestDirection, interestWeight
    case interestNote, interestNone, interestNeeds, interestOffers, interestBoth, postTitle, postText, postCloses
    case postSeekBox, postOfferBox, closePostButton, newPostTitle, editPostTitle
    case adminRolesTitle, adminRolesIntro, adminGrant, adminRevoke, adminRole, adminPlace, adminOrganization
    case adminThemes, adminNoGrants
    case progressTitle, progressIntro, progressDate, progressNote, progressFigure, progressSubmit, progressBack
    case progressReport, progressAgainst, progressForRepresentatives
    case expertsTitle, expertsIntro, expertsNone, contactTitle, contactIntro, contactMessage, contactSend, contactLink
    case postContactLink
    case applyTitle, applyIntro, applyLead, applyPartners, applyProposal, applySubmit, applyLink, applicationTitle
    case applicationState, applicationNote, applicationReview, applicationsTitle, applicationsNone, applicationPartnerCount
    case applicationsLink
    case editorNewEvent, editorEditEvent, editorIntro, editorDraftSaved, editorHost, editorOnline, editorStartDate
    case editorEndDate, editorStartTime, editorEndTime, editorTimeZone, editorCapacity, editorDeadline, editorSummary
    case editorPublish, editorSaveDraft, editorDiscardDraft, editorDelete, editorHistory, editorNoHistory
    case editorDraftNew, editorDraftChange, editorNewEventFor, editorDraftsTitle, editorDraftsIntro, editorNoDrafts
    case editorEditLink, editorForEditors, editorNewCall, editorDeleteCall, editorMinPartners, editorMaxPartners
    case editorMinCountries, editorMaxPerCountry, editorContinents, editorRegions, editorNewCallFor, editorEditCallLink
    case editorNewArticle, editorDeleteArticle, editorAuthors, editorPublished, editorBody, editorPlaces, editorNewArticleFor
    case editorEditArticleLink, historyViaForm, historyViaAPI, historyViaToken, historyViaCommandLine
    // Editors of networks, cooperations and organizations (texts in Catalog+OrganizationEditing.swift)
    case editorNewNetwork, editorDeleteNetwork, editorEditNetworkLink, editorNewNetworkFor, editorLeadPlace, editorPartners
    case editorObservers, editorPeriodStart, editorPeriodEnd, editorStatedStatus, editorOutputs, editorWebsite
    case editorNotStated, editorNoOrganization
    case editorNewCooperation, editorDeleteCooperation, editorEditCooperationLink, editorNewCooperationFor
    case editorCooperationPlaces, editorNarrative, editorOutcomes
    case editorNewOrganization, editorDeleteOrganization, editorEditOrganizationLink, editorStartNew
    // Places' editors (texts in Catalog+PlaceEditing.swift)
    case editorPlaceIntro, editorPublishNew, editorPlaceSlug, editorPlaceChoice, editorNewPractice, editorNewPracticeFor
    case editorDeletePractice, editorEditPracticeLink, editorResults, editorNetworks, editorNewPledge, editorNewPledgeFor
    case editorDeletePledge, editorEditPledgeLink, editorPledgeOrganization, editorFramework, editorPrinciples, editorAmount
    case editorCurrency, editorQuantity, editorUnit, editorPledgeStart, editorPledgeEnd
    case transferNewTitle, transferEditTitle, transferIntro, transferReceiving, transferNetwork, transferStart, transferStage
    case transferStageNone, transferDelete, transferAddLink, transferReportLink, transferChangeSection
    // Editors' field messages (texts in Catalog+EditorChecks.swift)
    case editorCheckTitle, editorCheckName, editorCheckSummary, editorCheckFirstDay, editorCheckLastDay
    case editorCheckLastBeforeFirst, editorCheckWebsite, editorCheckThemes, editorCheckPlaces, editorCheckOwner
    case editorCheckPlaceMissing
    case editorCheckPracticeSummary, editorCheckDescription, editorCheckResults, editorCheckNetworks, editorCheckPledgeOrganization
    case editorCheckFramework, editorCheckPrinciples, editorCheckAmount, editorCheckCurrency, editorCheckAmountForCurrency
    case editorCheckQuantity, editorCheckUnit, editorCheckQuantityForUnit, editorCheckPledgeEnd, editorCheckReceivingMissing
    case editorCheckReceivingUnknown, editorCheckReceivingOwn, editorCheckTransferExists, editorCheckTransferNetwork, editorCheckTransferStart
    case editorCheckStage
    case editorCheckEventKind, editorCheckEventOrganizer, editorCheckHostUnknown, editorCheckHostMissing
    case editorCheckStartDate, editorCheckEndDate, editorCheckTime, editorCheckStartTimeMissing, editorCheckTimeZone
    case editorCheckCapacity, editorCheckDeadline, editorCheckDeadlineAfterStart, editorCheckCallOrganizer
    case editorCheckOpens, editorCheckCloses, editorCheckClosesBeforeOpens, editorCheckNoDates
    case editorCheckMaxBelowMin, editorCheckCountriesOverPartners, editorCheckRuleNumber, editorCheckArticleKind
    case editorCheckArticleOrganizer, editorCheckAuthors, editorCheckPublished, editorCheckBody
    case editorCheckNetworkKind, editorCheckOneLead, editorCheckPartnerAndObserver, editorCheckTooManyMembers
    case editorCheckStatus, editorCheckOutputs, editorCheckNarrative, editorCheckTwoPlaces, editorCheckTooManyPlaces
    case editorCheckOutcomeLine, editorCheckTooManyOutcomes, editorCheckOrganizationKind
    case accountHomeTitle, accountHomeEvents, accountHomeNoEvents, accountHomeApplications, accountHomeNoApplications
    case accountHomeMore, accountHomeLink, accountHomeWaitlist, accountHomeNoWaitlist, accountHomePlaceInLine
    case accountHomeLeaveWaitlist, accountLanguageHeading, accountLanguageLabel
    // Event registration (texts in Catalog+Registrations.swift)
    case registrationHeading, registrationSeatsLeft, registrationFull, registrationRegistered, registrationWaitlisted
    case registrationRegister, registrationJoinWaitlist, registrationCancel, registrationSignIn
    case registrationDeadlinePassed, registrationEventStarted, registrationAttendees, registrationMyCalendar
    case registrationPrivateCalendar, registrationCalendarName, registrationSeatMailSubject, registrationSeatMailBody
    // Mails (texts in Catalog+Mail.swift)
    case mailResetSubject, mailResetBody, mailApplicationSubmittedSubject, mailApplicationSubmittedBody
    case mailApplicationReviewedSubject, mailApplicationReviewedBody, mailApplicationNote, mailContactSubject, mailContactBody
    // API tokens (texts in Catalog+Tokens.swift)
    case tokensTitle, tokensIntro, tokensNone, tokensLink, tokenName, tokenScope, tokenScopePersonal, tokenScopeOrganization
    case tokenPrefix, tokenCreated, tokenLastUsed, tokenState, tokenNever, tokenActive, tokenRevokedOn, tokenCreate
    case tokenRevoke, tokenNewTitle, tokenShownOnce, tokenNameInvalid, tokenScopeInvalid, tokensAllTitle, tokenOwner
    case tokenExpires, tokenExpiresInDays, tokenNeverExpires, tokenExpiryInvalid, tokenExpiredOn
    // Partner matching (texts in Catalog+Matching.swift)
    case navPartnerSearch, fieldPartners, findPartners, proposeConsortium
    case partnersTitle, partnersIntro, partnersNeeds, partnersOffers, partnersWeight, partnersChallenge, partnersFilters
    case fieldIncludeContinent, fieldExcludeContinent, fieldIncludeCountries, fieldExcludeCountries
    case fieldMinPopulation, fieldMaxPopulation, fieldLimit, partnersCross, partnersOnlyProfile, partnersShowExisting
    case partnersSubmit, partnersInterpreted, partnersInterpretedLine, partnersResults, partnersScore, partnersExisting
    case partnersNone, partnersDistance, partnersMatchedOn, partnersAny
    case signalThematic, signalMutual, signalContext, signalTrackRecord, signalNetwork, signalPracticalities
    case consortiumTitle, consortiumIntro, consortiumLead, consortiumSize, consortiumSubmit, consortiumPartners
    case consortiumTotal, consortiumRules, ruleMet, ruleNotMet, consortiumProblems, consortiumPickLead, consortiumNone
    case partnerSearchIntro, partnerSearchEmpty, postSeeks, postOffers, postCall, postMatchesPosts, postMatchesPlaces
    case postNoMatches
}

public struct Catalog: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public subscript(_ key: UIKey) -> String {
        if language == .fr, let text = Catalog.french[key] { return text }
        return Catalog.english[key] ?? key.rawValue
    }

    /// Fills `{0}`, `{1}`… in a string of the catalog.
    public func format(_ key: UIKey, _ arguments: String...) -> String {
        // A scan rather than Foundation's replacingOccurrences, which showed in the list page's profile.
        var out = ""
        var rest = Substring(self[key])
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
               arguments.indices.contains(index) {
                out += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }
}
