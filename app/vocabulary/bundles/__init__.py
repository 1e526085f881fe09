"""Why a bundle was refused, in the six languages: problems of the sync (``problem.bundle.<code>``), kept apart from
the words of the records so that the two catalogues grow without stepping on each other. ``app.vocabulary.words``
merges them; the services raise ``BundleRejected(problem("bundle.<code>", ...))`` and the screen renders it."""
