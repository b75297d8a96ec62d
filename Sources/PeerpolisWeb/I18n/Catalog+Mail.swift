extension Catalog {
    /// The mails the hub sends (the seat mail is with the registration texts). Bodies end with a line break.
    static let englishMail: [UIKey: String] = [
        .mailResetSubject: "Reset your Peerpolis password",
        .mailResetBody: "Hello {0},\n\nSomeone asked to reset the password of this Peerpolis account. To choose a new password, open this link within one hour:\n\n{1}\n\nIf it was not you, ignore this message: your password stays as it is.\n",
        .mailApplicationSubmittedSubject: "Your application to {0} is submitted",
        .mailApplicationSubmittedBody: "Hello {0},\n\nYour application to {1}, led by {2}, is submitted. The call's organization will review it; each decision comes to this address.\n\nFollow it at {3}\n",
        .mailApplicationReviewedSubject: "Your application to {0} is {1}",
        .mailApplicationReviewedBody: "Hello {0},\n\nYour application to {1} is now {2}.{3}\n\nSee it at {4}\n",
        .mailApplicationNote: "\n\nThe reviewers wrote:\n{0}",
        .mailContactSubject: "A message about {0}",
        .mailContactBody: "{0} <{1}> wrote to you through Peerpolis about {2}:\n\n{3}\n\nReply to {1} to answer. Your own address was not shown to the sender.\n",
    ]

    static let frenchMail: [UIKey: String] = [
        .mailResetSubject: "Changer votre mot de passe Peerpolis",
        .mailResetBody: "Bonjour {0},\n\nQuelqu’un a demandé à changer le mot de passe de ce compte Peerpolis. Pour en choisir un nouveau, ouvrez ce lien dans l’heure :\n\n{1}\n\nSi ce n’était pas vous, ignorez ce message : votre mot de passe reste le même.\n",
        .mailApplicationSubmittedSubject: "Votre candidature à {0} est déposée",
        .mailApplicationSubmittedBody: "Bonjour {0},\n\nVotre candidature à {1}, portée par {2}, est déposée. L’organisation de l’appel va l’examiner ; chaque décision arrivera à cette adresse.\n\nSuivez-la sur {3}\n",
        .mailApplicationReviewedSubject: "Votre candidature à {0} est {1}",
        .mailApplicationReviewedBody: "Bonjour {0},\n\nVotre candidature à {1} est désormais {2}.{3}\n\nConsultez-la sur {4}\n",
        .mailApplicationNote: "\n\nLes évaluateurs ont écrit :\n{0}",
        .mailContactSubject: "Un message au sujet de {0}",
        .mailContactBody: "{0} <{1}> vous a écrit par Peerpolis au sujet de {2} :\n\n{3}\n\nRépondez à {1} pour lui répondre. Votre propre adresse n’a pas été montrée à l’expéditeur.\n",
    ]
}
