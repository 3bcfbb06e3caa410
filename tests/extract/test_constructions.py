"""Sentence tables: one or more hand-written sentences per construction the
extractor covers, each with the exact set of (subject, type, object) it must
give. Known failures are marked xfail with the reason, never dropped."""

from __future__ import annotations

import pytest

from tests.extract.cases import case, xfail


# --- verbs with a direct object --------------------------------------------------
DIRECT = [
    case("Russia attacked Ukraine on Tuesday.", ("RUS", "ASSAULT", "UKR")),
    case("The Kremlin accused Kyiv of sabotaging the peace process.", ("RUS", "ACCUSE", "UKR")),
    case("Senegal condemned the coup in Gabon.", ("SEN", "ACCUSE", "GAB:junta")),
    case("Iran praised Hezbollah.", ("IRN", "SUPPORT", "gaz:hezbollah")),
    case("The Taliban detained two British nationals.", ("gaz:taliban", "COERCE", "GBR")),
    case("Hamas released two Israeli hostages.", ("Q38799", "CONCEDE", "ISR")),
    case("Venezuela rejected the Guyanese proposal.", ("VEN", "REJECT", "GUY")),
]

# --- prepositional objects ----------------------------------------------------------
PREPOSITIONAL = [
    case("Hezbollah fired rockets at Israel.", ("gaz:hezbollah", "ASSAULT", "ISR")),
    case("Hezbollah has traded fire with Israel for months.", ("gaz:hezbollah", "ASSAULT", "ISR")),
    case("The Houthis launched drones at Israel.", ("gaz:houthis", "ASSAULT", "ISR")),
    case("Moscow threatened Kyiv with retaliation.", ("RUS", "THREATEN", "UKR")),
    case("China cooperated with Russia on the exercise.", ("CHN", "COOPERATE", "RUS")),
    case("Israel withdrew its troops from Gaza.", ("ISR", "RETREAT", "PSE")),
    # With no earlier sentence naming them, "the three countries" refers to nothing.
    case("The three countries have been turning away from France."),
    case("Mali and Niger met in Bamako. The two countries have been turning away from France.",
         ("MLI", "CONSULT", "NER"), ("MLI", "REJECT", "FRA"), ("NER", "REJECT", "FRA")),
    case("Kenya sided with Somalia in the dispute.", ("KEN", "SUPPORT", "SOM")),
]

# --- clausal objects: infinitives and that-clauses ----------------------------------------
CLAUSAL = [
    case("Washington urged Beijing to halt its military drills near Taiwan.", ("USA", "REQUEST", "CHN")),
    case("Britain asked Israel to allow more aid into Gaza.", ("GBR", "REQUEST", "ISR")),
    case("Ghana demanded that Togo reopen its border.", ("GHA", "REQUEST", "TGO")),
    case("Russia vowed to retaliate against Ukraine.", ("RUS", "THREATEN", "UKR")),
    # A promise of a cooperative act is an agreement and the act announced.
    case("Iran pledged to help Syria.", ("IRN", "AGREE", "SYR"), ("IRN", "AID", "SYR")),
    # A promised act named by a noun: "vowed revenge", "promised aid".
    case("Iran's supreme leader vowed revenge against Israel.", ("IRN", "THREATEN", "ISR")),
    case("Washington promised more aid to Kyiv.", ("USA", "AGREE", "UKR"), ("USA", "AID", "UKR")),
    # A that-clause promise is its own subject's future act.
    case("NATO's chief promised that the alliance would keep supporting Kyiv.", ("Q7184", "SUPPORT", "UKR")),
    case("Russia vowed that it would retaliate against Ukraine.", ("RUS", "THREATEN", "UKR")),
    # A promise of support is support.
    case("Moscow vowed to defend Belarus.", ("RUS", "SUPPORT", "BLR")),
    case("Beijing threatened to punish Taiwan for the vote.", ("CHN", "THREATEN", "TWN")),
    case(
        "ECOWAS threatened to use force if the junta in Niamey does not step down.",
        ("Q193272", "THREATEN", "NER:junta"),
    ),
]

# --- passives -----------------------------------------------------------------------------
PASSIVE = [
    case("Hezbollah was attacked by Israel overnight.", ("ISR", "ASSAULT", "gaz:hezbollah")),
    case("Ukraine was shelled by Russia.", ("RUS", "ASSAULT", "UKR")),
    case("Kyiv was attacked by Russian drones.", ("RUS", "ASSAULT", "UKR")),
    # An unnamed person is not an actor: nothing to link.
    case("The opposition leader was detained by the Taliban."),
    case("The RSF was accused by the Sudanese army of shelling Khartoum.", ("SDN:army", "ACCUSE", "gaz:rsf")),
]

# --- nominal events -------------------------------------------------------------------------
NOMINAL = [
    case("Senegal criticised the ECOWAS sanctions against Mali.", ("SEN", "ACCUSE", "Q193272"), ("Q193272", "SANCTION", "MLI")),
    case("Russia's invasion of Ukraine began in 2022.", ("RUS", "ASSAULT", "UKR")),
    # Property stands for its owner as a target; the preposition of a coordination
    # hangs on its first conjunct.
    case("Russia launched a missile and drone attack on Ukraine's energy grid.", ("RUS", "ASSAULT", "UKR")),
    case("Ukraine shot down 60 of the drones launched by Moscow.", ("UKR", "ASSAULT", "RUS")),
    case("The Kremlin said the strikes answered Ukrainian attacks on Russian refineries.", ("UKR", "ASSAULT", "RUS")),
    case("Israeli strikes on Lebanon killed dozens.", ("ISR", "ASSAULT", "LBN")),
    case("The suspension of aid hurt the economy."),
    # Crowds are actors, named by where they are or whom they support.
    case("Thousands of demonstrators marched against Israel in Amman.", ("crowd:protesters", "PROTEST", "ISR")),
    case("Nigerien protesters attacked the French embassy.", ("crowd:ner", "ASSAULT", "FRA")),
    case("Protesters in Nairobi rallied against Kenya's government.", ("crowd:ken", "PROTEST", "KEN")),
    case("Burkina Faso and Niger condemned the sanctions imposed by ECOWAS.", ("BFA", "ACCUSE", "Q193272"), ("NER", "ACCUSE", "Q193272")),
    case(
        "The Kremlin welcomed the decision of the Malian junta to expel the French ambassador.",
        ("RUS", "SUPPORT", "MLI:junta"),
        ("MLI:junta", "SANCTION", "FRA"),
    ),
]

# --- support verbs and verbs that end something -----------------------------------------------
LIGHT = [
    case("China held talks with the Philippines in Manila.", ("CHN", "CONSULT", "PHL")),
    case("The European Union imposed new sanctions on Iran.", ("Q458", "SANCTION", "IRN")),
    case(
        "The United States and Britain launched airstrikes against the Houthis in Yemen.",
        ("USA", "ASSAULT", "gaz:houthis"),
        ("GBR", "ASSAULT", "gaz:houthis"),
    ),
    case("Egypt expressed solidarity with the Palestinians.", ("EGY", "SUPPORT", "PSE")),
    case("Iran voiced support for the Houthis.", ("IRN", "SUPPORT", "gaz:houthis")),
    case("The United States suspended military aid to Egypt.", ("USA", "SANCTION", "EGY")),
    case("Moscow ended its cooperation with NATO.", ("RUS", "SANCTION", "Q7184")),
    case("The European Union lifted its sanctions on Venezuela.", ("Q458", "CONCEDE", "VEN")),
    case("Niger closed its airspace to French aircraft.", ("NER", "SANCTION", "FRA")),
    case("Algeria cut diplomatic ties with Morocco.", ("DZA", "SANCTION", "MAR")),
    case("China put its forces on high alert near Taiwan.", ("CHN", "MOBILIZE", "TWN")),
    case("Germany froze Russian assets.", ("DEU", "SANCTION", "RUS")),
    # A host consults each party, and the parties consult each other.
    case(
        "Qatar hosted negotiations between Hamas and Israel.",
        ("QAT", "CONSULT", "Q38799"), ("QAT", "CONSULT", "ISR"), ("Q38799", "CONSULT", "ISR"),
    ),
    # An amount "in aid" is the aid; receiving aid from X is X's aid.
    case("Saudi Arabia pledged $2 billion in aid to Egypt.", ("SAU", "AID", "EGY")),
    case("Ukraine received air defence systems from the United States.", ("USA", "AID", "UKR")),
    # Attitudes to an act are attitudes to its agent.
    case("Iran agreed to Qatar's proposal.", ("IRN", "AGREE", "QAT")),
    case("Turkey blocked Sweden's bid to join NATO.", ("TUR", "REJECT", "SWE")),
    # A vetoed package is no aid.
    case("Hungary vetoed the EU aid package for Ukraine.", ("HUN", "REJECT", "Q458")),
    case("Germany announced a new military aid package worth 500 million euros for Ukraine.", ("DEU", "AID", "UKR")),
    case(
        "The United States welcomed the ceasefire between Israel and Hezbollah.",
        ("USA", "SUPPORT", "ISR"),
        ("USA", "SUPPORT", "gaz:hezbollah"),
        ("ISR", "AGREE", "gaz:hezbollah"),
    ),
    case("The UN Security Council condemned North Korea's missile launch.", ("Q37470", "ACCUSE", "PRK")),
]

# --- coordination ------------------------------------------------------------------------------
COMPOUND = [
    case(
        "Mali and Burkina Faso denounced ECOWAS.",
        ("MLI", "ACCUSE", "Q193272"),
        ("BFA", "ACCUSE", "Q193272"),
    ),
    case(
        "Russia attacked Ukraine and Moldova.",
        ("RUS", "ASSAULT", "UKR"),
        ("RUS", "ASSAULT", "MDA"),
    ),
    case(
        "Mali, Burkina Faso and Niger signed a defence pact.",
        ("MLI", "AGREE", "BFA"),
        ("MLI", "AGREE", "NER"),
        ("BFA", "AGREE", "NER"),
    ),
    case("The Sudanese army and the RSF agreed to a truce in Jeddah.", ("SDN:army", "AGREE", "gaz:rsf")),
    case(
        "The European Union imposed sanctions on Belarus and on Russia.",
        ("Q458", "SANCTION", "BLR"),
        ("Q458", "SANCTION", "RUS"),
    ),
    case(
        "ECOWAS imposed sanctions on Guinea and on Mali.",
        ("Q193272", "SANCTION", "GIN"),
        ("Q193272", "SANCTION", "MLI"),
        marks=xfail(reason="the small model tags a sentence-initial unknown acronym as a verb and the parse fails"),
    ),
]

# --- standing relations: titles, appositions, copulas --------------------------------------------
STANDING = [
    case("French President Emmanuel Macron arrived in Dakar.", ("person:emmanuel-macron", "LEADER_OF", "FRA")),
    case(
        "Ukrainian President Volodymyr Zelensky met Polish Prime Minister Donald Tusk in Warsaw.",
        ("person:volodymyr-zelensky", "LEADER_OF", "UKR"),
        ("person:donald-tusk", "LEADER_OF", "POL"),
        ("person:volodymyr-zelensky", "CONSULT", "person:donald-tusk"),
    ),
    case("Kenya's foreign minister, Musalia Mudavadi, arrived late.", ("person:musalia-mudavadi", "LEADER_OF", "KEN")),
    case("Deputy Secretary of State Kurt Campbell of the United States spoke.", ("person:kurt-campbell", "MEMBER_OF", "USA"), marks=xfail(reason="title and owner split around the name")),
    case("Nigeria, a member of ECOWAS, condemned the coup in Gabon.", ("NGA", "MEMBER_OF", "Q193272"), ("NGA", "ACCUSE", "GAB:junta")),
    case("Finland joined NATO in 2023.", ("FIN", "MEMBER_OF", "Q7184")),
    case("Jordan is a close ally of the United States.", ("JOR", "ALLY_OF", "USA")),
    case("Russia and its Wagner Group mercenaries stayed.", ("gaz:wagner", "MEMBER_OF", "RUS")),
    case("The Wagner Group, a Russian paramilitary organization, moved in.", ("gaz:wagner", "MEMBER_OF", "RUS")),
    # An army title names the state's armed forces (an annotator who folds the
    # army into the state lists "Sudanese army" among the state's aliases).
    case("Sudan's army chief Abdel Fattah al-Burhan rejected the peace plan.", ("person:abdel-fattah-al-burhan", "LEADER_OF", "SDN:army")),
    case("Taiwan is led by President Lai Ching-te.", ("person:lai-ching-te", "LEADER_OF", "TWN")),
    # A surname that is also a gazetteer name ends a person's name, not a group's.
    case(
        "Congolese Foreign Minister Therese Kayikwamba Wagner criticised Rwanda.",
        ("person:therese-kayikwamba-wagner", "LEADER_OF", "COD"),
        ("person:therese-kayikwamba-wagner", "ACCUSE", "RWA"),
    ),
    # The state in another person's title is not the context of an unqualified one.
    case(
        "President Cyril Ramaphosa spoke with Rwandan President Paul Kagame by phone.",
        ("person:paul-kagame", "LEADER_OF", "RWA"),
        ("person:cyril-ramaphosa", "CONSULT", "person:paul-kagame"),
    ),
    # A title in apposition to a name is that person.
    case(
        "Washington sanctioned a Rwandan minister, James Kabarebe.",
        ("person:james-kabarebe", "LEADER_OF", "RWA"),
        ("USA", "SANCTION", "person:james-kabarebe"),
    ),
    # Ranks between a title and the name, and a relative clause on the appositive title.
    case("A Pentagon spokesperson, Brig. Gen. Pat Ryder, spoke.", ("person:pat-ryder", "LEADER_OF", "USA")),
    case(
        "Gen. Brice Oligui Nguema, the commander of Gabon's republican guard who was named interim president, spoke.",
        ("person:brice-oligui-nguema", "LEADER_OF", "GAB:republican-guard"),
        ("person:brice-oligui-nguema", "LEADER_OF", "GAB"),
    ),
    # Unnamed separatists are no actor, so their backer links to nothing.
    case("Kremlin-backed separatists in Donetsk shelled Ukrainian positions."),
    case("Kremlin-backed Wagner fighters shelled Ukrainian positions.", ("RUS", "SUPPORT", "gaz:wagner"), ("gaz:wagner", "ASSAULT", "UKR")),
]

# --- reported speech: the speaker is provenance, not the subject -------------------------------------
REPORTED = [
    case("Officials said Russia attacked Ukraine overnight.", ("RUS", "ASSAULT", "UKR")),
    case("The Pentagon said Iran had armed the Houthis.", ("IRN", "AID", "gaz:houthis")),
    case("Kenya's president said Ethiopia had invaded Somalia.", ("ETH", "ASSAULT", "SOM")),
    # An object pronoun is not its own clause's subject; "they" may be a group named in the plural.
    case(
        "Lebanese Prime Minister Najib Mikati met Antony Blinken, who pressed him to act.",
        ("person:najib-mikati", "LEADER_OF", "LBN"),
        ("person:najib-mikati", "CONSULT", "person:antony-blinken"),
        ("person:antony-blinken", "REQUEST", "person:najib-mikati"),
    ),
    case("The Houthis attacked a ship, saying they were acting in support of the Palestinians.", ("gaz:houthis", "SUPPORT", "PSE")),
    # First person in a quote is its speaker; "we" is the state the speaker speaks for.
    case('"I call on Nigeria to help us," Mohamed Bazoum said.', ("person:mohamed-bazoum", "REQUEST", "NGA")),
    case(
        'Kenyan President William Ruto spoke on Monday. "We condemn Eritrea," Ruto said.',
        ("person:william-ruto", "LEADER_OF", "KEN"),
        ("KEN", "ACCUSE", "ERI"),
    ),
]

# --- negation and hedging ----------------------------------------------------------------------------
NEGATION_AND_HEDGES = [
    case("Kenya did not meet with Somalia."),
    case("Rwanda denied backing the M23 rebels."),
    # A claim's content is alleged, not asserted.
    case("Kigali rejected claims that it arms the rebels.", ),
    case("Congo accused Rwanda of sending troops to support the M23.", ("COD", "ACCUSE", "RWA")),
    case("Neither France nor Germany attacked Russia."),
    case("Ethiopia could invade Eritrea next year."),
    case("Egypt might impose sanctions on Sudan."),
    case("Iran could threaten Israel with missiles.", ("IRN", "THREATEN", "ISR")),
    case("Moscow warned NATO against sending troops to Ukraine.", ("RUS", "THREATEN", "Q7184")),
    # A warning that the speaker's side would act is a threat; about a third party's acts, an accusation.
    case("Israel warned Hezbollah that it would respond with force.", ("ISR", "THREATEN", "gaz:hezbollah")),
    case("The United States warned Tonga that China was practising coercion.", ("USA", "ACCUSE", "CHN")),
]

# --- actors named by role: demonyms, capitals, seats of power, officials --------------------------------
ROLES = [
    case("Nigerien soldiers attacked Malian troops.", ("NER", "ASSAULT", "MLI")),
    case("Thirteen of its soldiers were killed by Hezbollah, Israel said.", ("gaz:hezbollah", "ASSAULT", "ISR")),
    case("U.S. officials criticised Beijing.", ("USA", "ACCUSE", "CHN")),
    case("Russian officials accused the West of prolonging the war.", ("RUS", "ACCUSE", "gaz:the-west")),
    # "the West" does not take "the West African states"; with no junta named, "the coup" names no one.
    case("The West African states condemned the coup."),
    case("Niger's junta took power in July. The West African states condemned the coup.", ("Q193272", "ACCUSE", "NER:junta")),
    case("The State Department condemned Moscow.", ("USA", "ACCUSE", "RUS")),
    case("The Kremlin praised the Élysée.", ("RUS", "SUPPORT", "FRA")),
    case("The government of Mali expelled the French ambassador.", ("MLI", "SANCTION", "FRA")),
    # A junta coerces the head of its own state.
    case("Niger's junta arrested President Mohamed Bazoum.", ("NER:junta", "COERCE", "person:mohamed-bazoum"), ("person:mohamed-bazoum", "LEADER_OF", "NER")),
    case("Israel struck Hezbollah positions in southern Lebanon.", ("ISR", "ASSAULT", "gaz:hezbollah")),
    # Members tied to a group stand for it; "the junta" with none named before is
    # the junta of the state where power was seized; "the army" is the army of the article's state.
    case("Militants linked to al-Qaeda killed 50 Burkinabe soldiers.", ("Q34490", "ASSAULT", "BFA")),
    case("Soldiers seized power in Burkina Faso. The junta has expelled French troops.", ("BFA:junta", "SANCTION", "FRA")),
    case("France criticised the coup. The junta has expelled French troops."),
    case("Sudan is at war. The RSF said the army had shelled El Fasher.", marks=xfail(reason="a town is no actor")),
    case("Sudan is at war. The army shelled RSF positions in El Fasher.", ("SDN:army", "ASSAULT", "gaz:rsf")),
    case("China deployed warships around Taiwan.", ("CHN", "MOBILIZE", "TWN")),
    case("Maduro's government expelled diplomats from seven Latin American countries."),
    case("West African leaders threatened the junta in Conakry.", ("Q193272", "THREATEN", "GIN:junta")),
    case("Chinese warships encircled Taiwan.", ("CHN", "MOBILIZE", "TWN")),
    # Unnamed armed groups described by a people or an ideology are actors.
    case("Turkey bombed Kurdish militants in Iraq.", ("TUR", "ASSAULT", "group:kurdish-militant")),
    case("Islamist militants attacked a Burkinabe army post.", ("group:islamist-militant", "ASSAULT", "BFA")),
    case("Armed groups attacked the village."),
    case("Chad is facing renewed fighting with Toubou armed groups.", ("TCD", "ASSAULT", "group:toubou-armed-group")),
    case("Nigeria faced criticism from Ghana.", ("GHA", "ACCUSE", "NGA")),
    # Troops sent to a partner are aid; to the border with a rival, a mobilisation.
    case("Germany will send 5,000 troops to Lithuania.", ("DEU", "AID", "LTU")),
    case("Russia sent troops to the border with Ukraine.", ("RUS", "MOBILIZE", "UKR")),
    case("Thousands of Nigerien troops were moved to the border with Benin.", ("NER", "MOBILIZE", "BEN")),
    # An owner phrase hung on the verb, and someone sent to do something.
    case(
        "Kenyan President William Ruto met with presidents from five West African states.",
        ("person:william-ruto", "LEADER_OF", "KEN"),
        ("person:william-ruto", "CONSULT", "Q193272"),
    ),
    case(
        "Mali's junta sent one of its ministers to Moscow to meet Russian officials.",
        ("MLI:junta", "CONSULT", "RUS"),
    ),
    # "pro-Russian" sides the phrase's actor with Russia; the of-phrase is the owner.
    case("The pro-Russian leaders of Mali attacked M23.", ("MLI", "ASSAULT", "gaz:m23"), ("MLI", "ALLY_OF", "RUS")),
    case("Prigozhin, whose Wagner fighters guard the palace, met Putin.", ("person:prigozhin", "LEADER_OF", "gaz:wagner"), marks=xfail(reason="a lone surname with no title or full name is not taken for a person")),
    case(
        "Yevgeny Prigozhin, whose Wagner fighters guard the palace in Bangui, met officials.",
        ("person:yevgeny-prigozhin", "LEADER_OF", "gaz:wagner"),
        ("gaz:wagner", "AID", "CAF"),
        marks=xfail(reason="guarding a place is not read as aid to its state"),
    ),
    case("Yevgeny Prigozhin, whose Wagner fighters were in Bangui, met officials.", ("person:yevgeny-prigozhin", "LEADER_OF", "gaz:wagner")),
]

# --- one sentence, one event: nothing from an earlier sentence is needed ------------------------------
SINGLE = [
    case("Israeli jets struck Hezbollah targets in Lebanon.", ("ISR", "ASSAULT", "gaz:hezbollah")),
    case("The EU imposed sanctions on Belarus.", ("Q458", "SANCTION", "BLR")),
    # Coordinated owners of one force each act, together; positions are the
    # group's, not the country's they are in.
    case(
        "Canadian and Dutch warplanes bombed Islamic State positions in Iraq.",
        ("CAN", "ASSAULT", "Q2429253"), ("NLD", "ASSAULT", "Q2429253"), ("CAN", "COOPERATE", "NLD"),
    ),
    case(
        "The Netherlands and Denmark will jointly finance artillery shells for Ukraine.",
        ("NLD", "AID", "UKR"), ("DNK", "AID", "UKR"), ("NLD", "COOPERATE", "DNK"),
    ),
    # A body and the members its verb lists; a warning of what would be done to someone threatens them.
    case("The East African Community, which includes Kenya and Uganda, met in Arusha.", ("KEN", "MEMBER_OF", "Q337456"), ("UGA", "MEMBER_OF", "Q337456")),
    case("The Kremlin warned that any French troops sent to Ukraine would be treated as targets.", ("RUS", "THREATEN", "FRA")),
    # Fighting each other; prisoners stand for their state; a subject hung on the
    # auxiliary; joint drills; a diplomatic protest lodged with a government.
    case("India and Pakistan exchanged fire across the Line of Control.", ("IND", "ASSAULT", "PAK"), ("PAK", "ASSAULT", "IND")),
    case("Israel freed 90 Palestinian prisoners.", ("ISR", "CONCEDE", "PSE")),
    case(
        "Egypt and Qatar are mediating between Israel and Hamas.",
        ("EGY", "CONSULT", "ISR"), ("EGY", "CONSULT", "Q38799"), ("QAT", "CONSULT", "ISR"), ("QAT", "CONSULT", "Q38799"),
    ),
    case("Russia and China held joint naval drills in the East China Sea.", ("RUS", "COOPERATE", "CHN")),
    case("Japan lodged a protest with China over the incursion.", ("JPN", "ACCUSE", "CHN")),
    # A finite verb coordinated under an infinitive goes with the main verb.
    case(
        "Washington urged Kigali to withdraw its troops and called on the M23 to stop.",
        ("USA", "REQUEST", "RWA"), ("USA", "REQUEST", "gaz:m23"),
    ),
    case("Kenya will deploy police officers to Haiti.", ("KEN", "AID", "HTI")),
    # Diplomatic sanctions: recalling an envoy, closing a border, ordering diplomats out.
    case("Lithuania recalled its ambassador from Belarus.", ("LTU", "SANCTION", "BLR")),
    case("Ghana closed its border with Togo.", ("GHA", "SANCTION", "TGO")),
    case("Mali's junta ordered the French ambassador to leave the country.", ("MLI:junta", "SANCTION", "FRA")),
    case("Sweden is considering sanctions against Iran.", ("SWE", "THREATEN", "IRN")),
    # A bundle of sanctions is the sanctions; a member blocking them rejects the body.
    case("Poland blocked a new package of EU sanctions against Belarus.", ("POL", "REJECT", "Q458"), ("Q458", "SANCTION", "BLR")),
    case("Washington sanctioned two firms linked to the Houthis.", ("USA", "SANCTION", "gaz:houthis")),
    # Blamed for an act: the one blamed did it.
    case("Beijing condemned London for selling arms to Taiwan.", ("CHN", "ACCUSE", "GBR"), ("GBR", "AID", "TWN")),
    # A title without a state names no state: nothing is guessed from a target or a place.
    case("President Mnangagwa condemned Eritrea.", ("person:emmerson-mnangagwa", "ACCUSE", "ERI")),
    case("President Volodymyr Zelensky accused Moscow of war crimes.", ("person:volodymyr-zelensky", "ACCUSE", "RUS")),
    case("President Xi Jinping met President Lula in Brasilia.", ("person:xi-jinping", "CONSULT", "person:luiz-inacio-lula-da-silva")),
    case("Chancellor Olaf Scholz criticised Hungary.", ("person:olaf-scholz", "ACCUSE", "HUN")),
    case(
        "Japan's foreign minister met his Chinese counterpart, Wang Yi, in Tokyo.",
        ("person:wang-yi", "MEMBER_OF", "CHN"), ("JPN", "CONSULT", "person:wang-yi"),
    ),
    case("Norway agreed to train Ukrainian pilots.", ("NOR", "AGREE", "UKR"), ("NOR", "AID", "UKR")),
    case(
        "Qatar hosted talks between the Taliban and the United States.",
        ("QAT", "CONSULT", "gaz:taliban"), ("QAT", "CONSULT", "USA"), ("gaz:taliban", "CONSULT", "USA"),
    ),
]

ALL = DIRECT + PREPOSITIONAL + CLAUSAL + PASSIVE + NOMINAL + LIGHT + COMPOUND + STANDING + REPORTED + NEGATION_AND_HEDGES + ROLES + SINGLE


@pytest.mark.parametrize("text, expected", ALL)
def test_sentence(triples_of, text, expected):
    assert triples_of(text) == expected


# --- references back across sentences ---------------------------------------------------------------------
ARTICLES = [
    case(
        "Soldiers seized power in Niger last week. Niger's junta suspended the constitution. "
        "ECOWAS met in Abuja. The regional bloc later imposed sanctions on the junta.",
        ("Q193272", "SANCTION", "NER:junta"),
    ),
    case(
        "Mali and Burkina Faso warned ECOWAS. They said they would defend Niger.",
        ("MLI", "THREATEN", "Q193272"),
        ("BFA", "THREATEN", "Q193272"),
        ("MLI", "SUPPORT", "NER"),
        ("BFA", "SUPPORT", "NER"),
    ),
    case(
        "President Mohamed Bazoum of Niger met Emmanuel Macron. The French president promised to help him.",
        ("person:mohamed-bazoum", "LEADER_OF", "NER"),
        ("person:mohamed-bazoum", "CONSULT", "person:emmanuel-macron"),
        ("person:emmanuel-macron", "AGREE", "person:mohamed-bazoum"),
        marks=xfail(reason="\"The French president\" needs Macron's title, which no phrase gives him"),
    ),
    case(
        "The Economic Community of West African States (ECOWAS) met on Sunday. "
        "The bloc condemned the coup in Niamey and threatened the putschists.",
        ("Q193272", "ACCUSE", "NER:junta"),
        ("Q193272", "THREATEN", "NER:junta"),
    ),
    case(
        "The National Salvation Front (NSF) seized the capital. Kenya condemned the NSF.",
        ("KEN", "ACCUSE", "org:national-salvation-front"),
    ),
    # An official named right after a state's statement speaks for it; after an
    # act against a state, a title is not that state's.
    case(
        "Poland said on Tuesday it would send more tanks to Ukraine. Defence Minister Jan Kowalski announced the deliveries in Warsaw.",
        ("POL", "AID", "UKR"), ("person:jan-kowalski", "LEADER_OF", "POL"),
    ),
    case(
        "Russia attacked Kyiv overnight. President Volodymyr Zelensky accused Moscow of terror.",
        ("RUS", "ASSAULT", "UKR"), ("person:volodymyr-zelensky", "ACCUSE", "RUS"),
    ),
    # "Both sides" are the sides of the conflict, not the actors named last.
    case(
        "Ethiopian forces clashed with Eritrean troops near the border. Kenya called on both sides to show restraint.",
        ("ETH", "ASSAULT", "ERI"), ("KEN", "REQUEST", "ETH"), ("KEN", "REQUEST", "ERI"),
    ),
    case(
        "Armenia accused Azerbaijan of shelling border villages. France and Germany urged both sides to resume talks.",
        ("ARM", "ACCUSE", "AZE"),
        ("FRA", "REQUEST", "ARM"), ("FRA", "REQUEST", "AZE"), ("DEU", "REQUEST", "ARM"), ("DEU", "REQUEST", "AZE"),
    ),
    # Denials answer the accuser; a retaliation, the attacker; a condemned attack names its attacker.
    case(
        "Ukraine accused Belarus of massing troops on the border. Minsk denied the accusation.",
        ("UKR", "ACCUSE", "BLR"), ("BLR", "REJECT", "UKR"),
    ),
    case(
        "Somalia accused Ethiopia of arming rebels. Ethiopia denied arming any group.",
        ("SOM", "ACCUSE", "ETH"), ("ETH", "REJECT", "SOM"),
    ),
    case(
        "Israeli jets bombed Houthi targets in Yemen. The Houthis vowed to retaliate.",
        ("ISR", "ASSAULT", "gaz:houthis"), ("gaz:houthis", "THREATEN", "ISR"),
    ),
    case(
        "Al-Shabaab attacked a Kenyan military base. The United States condemned the attack.",
        ("gaz:al-shabaab", "ASSAULT", "KEN"), ("USA", "ACCUSE", "gaz:al-shabaab"),
    ),
    case(
        "Sudan's army accused the RSF of looting. The army later shelled RSF positions.",
        ("SDN:army", "ACCUSE", "gaz:rsf"), ("SDN:army", "ASSAULT", "gaz:rsf"),
    ),
    # A name the article uses as a place is no actor.
    case("Civilians fled fighting in Tawila. The RSF shelled Tawila overnight."),
    # "The junta" with none named: the junta of the state whose army the article named.
    case(
        "Myanmar's military bombed a village in Sagaing. Senior General Min Aung Hlaing, the junta's leader, visited Beijing.",
        ("person:min-aung-hlaing", "LEADER_OF", "MMR:junta"), ("person:min-aung-hlaing", "CONSULT", "CHN"),
    ),
    case("The invitation was issued jointly by Saudi Arabia and the United States.", ("SAU", "COOPERATE", "USA")),
    # A pronoun in a relative clause is not the noun the clause describes.
    case(
        "Rwanda says it has struck the FDLR, a militia which it accuses Kinshasa of arming.",
        ("RWA", "ASSAULT", "gaz:fdlr"), ("RWA", "ACCUSE", "COD"),
    ),
]


@pytest.mark.parametrize("text, expected", ARTICLES)
def test_article(triples_of, text, expected):
    assert triples_of(text) == expected
