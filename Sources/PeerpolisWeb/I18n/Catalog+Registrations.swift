extension Catalog {
    /// Event registration: the box on an event's page, the refusals, the calendar and the seat mail.
    static let englishRegistrations: [UIKey: String] = [
        .registrationHeading: "Registration",
        .registrationSeatsLeft: "{0} of {1} seats left.",
        .registrationFull: "No seat left (capacity {0}); {1} on the waitlist.",
        .registrationRegistered: "You are registered.",
        .registrationWaitlisted: "You are on the waitlist. If a seat frees up, it is yours in turn and we send you an e-mail.",
        .registrationRegister: "Register", .registrationJoinWaitlist: "Join the waitlist",
        .registrationCancel: "Cancel my registration", .registrationSignIn: "Sign in to register",
        .registrationDeadlinePassed: "Registration for this event closed on {0}. Contact the organizer if you still hope to take part.",
        .registrationEventStarted: "This event has begun, so it no longer takes registrations.",
        .registrationAttendees: "Attendee list (CSV)", .registrationMyCalendar: "My events (iCal)",
        .registrationPrivateCalendar: "Address of my events for a calendar app. Keep it to yourself: anyone with it sees the list.",
        .registrationCalendarName: "Peerpolis · My events",
        .registrationSeatMailSubject: "A seat is yours: {0}",
        .registrationSeatMailBody: "Hello {0},\n\nSomeone cancelled, and the seat you were waiting for at \"{1}\" is now yours. You are registered.\n\n{2}\n\nIf you can no longer come, cancel on that page so the next person in line gets the seat.\n",
    ]

    static let frenchRegistrations: [UIKey: String] = [
        .registrationHeading: "Inscription",
        .registrationSeatsLeft: "{0} places libres sur {1}.",
        .registrationFull: "Plus de place libre (capacité : {0}) ; {1} en liste d’attente.",
        .registrationRegistered: "Vous êtes inscrit·e.",
        .registrationWaitlisted: "Vous êtes sur la liste d’attente. Si une place se libère, elle vous revient à votre tour et nous vous écrivons.",
        .registrationRegister: "S’inscrire", .registrationJoinWaitlist: "Rejoindre la liste d’attente",
        .registrationCancel: "Annuler mon inscription", .registrationSignIn: "Se connecter pour s’inscrire",
        .registrationDeadlinePassed: "Les inscriptions à cet événement ont fermé le {0}. Contactez l’organisateur si vous souhaitez encore y participer.",
        .registrationEventStarted: "Cet événement a commencé : il ne prend plus d’inscriptions.",
        .registrationAttendees: "Liste des participants (CSV)", .registrationMyCalendar: "Mes événements (iCal)",
        .registrationPrivateCalendar: "Adresse de mes événements pour une application d’agenda. Gardez-la pour vous : qui la connaît voit la liste.",
        .registrationCalendarName: "Peerpolis · Mes événements",
        .registrationSeatMailSubject: "Une place vous revient : {0}",
        .registrationSeatMailBody: "Bonjour {0},\n\nQuelqu’un s’est désisté : la place que vous attendiez pour « {1} » est à vous. Vous êtes inscrit·e.\n\n{2}\n\nSi vous ne pouvez plus venir, annulez sur cette page pour que la personne suivante ait la place.\n",
    ]
}
