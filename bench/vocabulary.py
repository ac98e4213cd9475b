"""The built-in French word lists that bench/make_corpus.py writes its briefings with.

Real nouns by gender, adjectives (masculine,feminine), verbs, sentence openers,
acronyms and heading words; for the Zipf vocabulary, the common words that take the top
ranks, the words of bench/queries.py's query mix, the nouns' usual adjectives, and the
syllables and suffixes of the generated words.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``."""
    return tuple(text.split())


MASCULINE = _words("""
    territoire service projet budget réseau logement quartier transport usager citoyen élu maire
    conseil département schéma contrat plan dispositif financement investissement programme
    observatoire rapport partenariat calendrier chantier numérique cadre accompagnement habitat
    parc loyer bailleur foncier urbanisme aménagement déplacement vélo tramway covoiturage
    stationnement carburant climat bâtiment chauffage recyclage déchet impôt emprunt endettement
    fonds amendement décret projet_de_loi gouvernement ministère État opérateur agent marché
    équipement outil logiciel serveur archivage enjeu objectif bilan diagnostic débat arbitrage
    seuil périmètre mécanisme levier modèle
""")
FEMININE = _words("""
    ville métropole collectivité commune région agglomération intercommunalité administration
    politique donnée plateforme transformation stratégie mission réforme loi ordonnance
    concertation démarche gouvernance évaluation expérimentation mutualisation dotation
    fiscalité recette dépense péréquation taxe compensation trajectoire contribution mobilité
    voirie circulation navette infrastructure gare desserte rénovation construction copropriété
    location résidence précarité énergie sobriété biodiversité pollution émission adaptation
    ressource eau forêt filière innovation sécurité protection cybersécurité dématérialisation
    identité inclusion médiation formation association instance convention enveloppe méthode
    priorité proposition recommandation étude enquête note consultation
""")
ADJECTIVES = _words("""
    local,locale public,publique numérique territorial,territoriale urbain,urbaine
    national,nationale européen,européenne durable financier,financière social,sociale
    écologique énergétique nouveau,nouvelle ambitieux,ambitieuse partagé,partagée
    concerté,concertée efficace transparent,transparente solidaire innovant,innovante
    collectif,collective fiscal,fiscale budgétaire prioritaire opérationnel,opérationnelle
    souple commun,commune intercommunal,intercommunale métropolitain,métropolitaine accessible
    sobre résilient,résiliente ouvert,ouverte sécurisé,sécurisée simplifié,simplifiée
    dématérialisé,dématérialisée pluriannuel,pluriannuelle expérimental,expérimentale
    régional,régionale stratégique majeur,majeure
""")
VERBS = _words("""
    renforce soutient accompagne favorise encadre simplifie finance prévoit améliore garantit
    mobilise développe structure précise complète modernise prolonge sécurise facilite relance
    interroge clarifie reconnaît consolide anticipe évalue transforme généralise fragilise
    réoriente pérennise engage oriente rassemble valorise ouvre prépare
""")
OPENERS = _words("""
    Par_ailleurs En_outre Toutefois Dans_ce_cadre À_ce_stade Néanmoins De_plus
    Dans_le_même_temps Pour_autant En_parallèle Concrètement Désormais
""")
ACRONYMS = _words("""
    CNIL ANCT ADEME DGCL RGPD PLU SCoT EPCI DGF CVAE TVA ANRU ANAH PLH SRADDET AOM DSIL ZFE
    DCANT SGMAP CGCT
""")
HEAD_WORDS = _words("""
    Enjeux Perspectives Calendrier Propositions Suivi Financement Gouvernance Bilan Méthode
    Priorités Travaux Chiffres Actualité Positions
""")
# Common words, by rank from the top: nouns, then adjectives (masculine form).
COMMON_NOUNS = _words("collectivité territoire donnée mobilité projet ville commune")
COMMON_ADJECTIVES = _words("public local territorial urbain numérique")
# The words of bench/queries.py's QUERY_MIX (nouns and adjectives; acronyms stay as they are).
QUERY_WORDS = _words("""
    mobilité logement budget cybersécurité tramway péréquation biodiversité gouvernance
    intercommunalité social pluriannuel transport urbain fiscalité local politique ville
    durable énergie sobriété vélo donnée chantier calendrier collectivité sécurité
    déplacement aménagement métropole stratégie numérique réseau rénovation énergétique
    partagé dotation budgétaire covoiturage loyer
""")
COLLOCATIONS = {  # noun: (its usual adjective, how often it takes it when it has one)
    "mobilité": ("durable", 0.3),
    "stratégie": ("numérique", 0.4),
    "réseau": ("social", 0.3),
    "rénovation": ("énergétique", 0.5),
    "gouvernance": ("partagé", 0.3),
    "dotation": ("budgétaire", 0.4),
    "logement": ("social", 0.3),
    "transport": ("urbain", 0.3),
}
# Syllables and suffixes of the generated words.
ONSETS = _words("b c d f g l m n p r s t v br cr dr fr gr pl pr tr ch cl gl j")
NUCLEI = _words("a a e i i o u é é ou ai au eu an on in")
CODAS = _words("l r n t d m v s c")
PREFIXES = _words("dé re pré in é a con sur")
FEMININE_SUFFIXES = _words("ation ition ité ance ence ure ade ise erie ée ie")
MASCULINE_SUFFIXES = _words("ement age isme eur oir at ier on")
ADJECTIVE_SUFFIXES = _words("""
    ique,ique al,ale if,ive eux,euse el,elle aire,aire able,able é,ée ien,ienne in,ine
    iste,iste oire,oire
""")
QUERY_PREFIXES = _words("mobil numer fisca energ transp")  # the mix's prefix queries, folded
