"""More sentences about conflicts outside the shared evaluation sets (Great
Lakes, Sudan, Levant, Libya, Western Sahara, Guyana, Caucasus, Myanmar),
written for these tests. Each asserts the exact (subject, type, object) set
an annotator following SPEC.md would list."""

from __future__ import annotations

import pytest

from tests.extract.cases import case


SENTENCES = [
    # A relative pronoun as object stands for the noun the clause describes; a
    # pronoun subject inside the clause is not that noun.
    case("Congo cut ties with Rwanda, which it accuses of backing the M23.", ("COD", "SANCTION", "RWA"), ("COD", "ACCUSE", "RWA")),
    case("Venezuela threatened Guyana, which Caracas accuses of stealing its oil.", ("VEN", "THREATEN", "GUY"), ("VEN", "ACCUSE", "GUY")),
    # "which" never names a person: hung on a title, it is the actor named right before it.
    case("Sudan recalled its ambassador to the UAE, which it accuses of arming the RSF.", ("SDN", "SANCTION", "ARE"), ("SDN", "ACCUSE", "ARE")),
    case("Sudan recalled its ambassador to the UAE, which has armed the RSF.", ("SDN", "SANCTION", "ARE"), ("ARE", "AID", "gaz:rsf")),
    # A title someone is elected, appointed or sworn in to is held from then on.
    case("William Ruto was elected chairman of the African Union.", ("person:william-ruto", "LEADER_OF", "Q7159")),
    case("Mahamat Deby was sworn in as president of Chad.", ("person:mahamat-deby", "LEADER_OF", "TCD")),
    case("Ayman Safadi was named foreign minister of Jordan.", ("person:ayman-safadi", "LEADER_OF", "JOR")),
    # An alliance declared or formed is a standing alliance of those who made it.
    case("Mali and Burkina Faso declared an alliance against jihadist groups.", ("MLI", "ALLY_OF", "BFA")),
    case("Armenia formed an alliance with France.", ("ARM", "ALLY_OF", "FRA")),
    case("Russia's alliance with Iran worries Israel.", ("RUS", "ALLY_OF", "IRN")),
    # A withdrawal completed is a withdrawal.
    case("Israel completed the withdrawal of its troops from Lebanon.", ("ISR", "RETREAT", "LBN")),
    # Armed groups, missions and national forces of other conflicts, by name.
    case("The Libyan National Army attacked Tripoli.", ("gaz:lna", "ASSAULT", "LBY")),
    case("The Southern Transitional Council accused the Houthis of attacking Aden.", ("gaz:stc", "ACCUSE", "gaz:houthis")),
    case("Colombia launched an offensive against the Gulf Clan.", ("COL", "ASSAULT", "gaz:gulf-clan")),
    case("Kosovo accused KFOR of failing to protect Serbs.", ("XKX", "ACCUSE", "gaz:kfor")),
    case("The Malian Armed Forces attacked JNIM positions.", ("MLI:army", "ASSAULT", "gaz:jnim")),
    # An army or military title leads the state's armed forces; a group's military spokesman speaks for the group.
    case(
        "Israeli military spokesman Daniel Hagari accused Hezbollah of hiding weapons.",
        ("person:daniel-hagari", "LEADER_OF", "ISR:army"), ("person:daniel-hagari", "ACCUSE", "gaz:hezbollah"),
    ),
    case(
        "The Houthis' military spokesman, Yahya Saree, threatened the United States.",
        ("person:yahya-saree", "LEADER_OF", "gaz:houthis"), ("person:yahya-saree", "THREATEN", "USA"),
    ),
    # A body named by who leads it is an actor of its own, led by them.
    case(
        "The Saudi-led coalition struck the Houthis.",
        ("SAU", "LEADER_OF", "led:sau-coalition"), ("led:sau-coalition", "ASSAULT", "gaz:houthis"),
    ),
    case("A Kenyan-led mission arrived in Haiti.", ("KEN", "LEADER_OF", "led:ken-mission")),
    # Leading a coalition or an offensive against a foe is an attack on it; joining one joins no foe.
    case(
        "Saudi Arabia, which led a military coalition against the Houthis for nearly a decade, held talks with them.",
        ("SAU", "ASSAULT", "gaz:houthis"), ("SAU", "CONSULT", "gaz:houthis"),
    ),
    case("Nigeria led an offensive against Boko Haram.", ("NGA", "ASSAULT", "gaz:boko-haram")),
    case("Egypt led talks with Hamas.", ("EGY", "CONSULT", "Q38799")),
    case("France joined the coalition against Islamic State."),
    # Well-known figures named by one word are persons (people.yaml), under their full name.
    case("Zelensky thanked Germany for its support.", ("person:volodymyr-zelensky", "SUPPORT", "DEU")),
    case("Erdogan criticised Israel.", ("person:recep-tayyip-erdogan", "ACCUSE", "ISR")),
    case("Tshisekedi accused Kagame of backing the M23.", ("person:felix-tshisekedi", "ACCUSE", "person:paul-kagame")),
    case("Khamenei threatened Israel with a harsh response.", ("person:ali-khamenei", "THREATEN", "ISR")),
    # Any other lone name is a person only with a title or a full form in the article.
    case("Nangaa condemned Eritrea."),
    # Helping someone do something helps them.
    case("Burundi sent troops to help Congo fight the M23.", ("BDI", "AID", "COD")),
    case("Iran helped Russia build drone factories.", ("IRN", "AID", "RUS")),
    # A membership or participation in a body, whatever is done to it, says its holder belongs.
    case("Mali suspended its membership of ECOWAS.", ("MLI", "SANCTION", "Q193272"), ("MLI", "MEMBER_OF", "Q193272")),
    case("Armenia's membership in the CSTO angered Azerbaijan.", ("ARM", "MEMBER_OF", "Q318693")),
    case(
        "Armenia froze its participation in the Russian-led Collective Security Treaty Organization.",
        ("RUS", "LEADER_OF", "Q318693"), ("ARM", "MEMBER_OF", "Q318693"), ("ARM", "SANCTION", "Q318693"),
    ),
    # A name right after a title is a person's, whatever the NER called it.
    case("Rwandan government spokeswoman Yolande Makolo denied the accusation.", ("person:yolande-makolo", "LEADER_OF", "RWA")),
    # A name the parser hung on the title's object is still the title's apposition.
    case("Ukraine's envoy to Turkey, Vasyl Bodnar, said the talks would resume.", ("person:vasyl-bodnar", "MEMBER_OF", "UKR")),
    # A press title names the outlet as the person's; with no outlet named, no owner is guessed.
    case(
        "Evan Gershkovich, a reporter for the Wall Street Journal, was detained by Russia.",
        ("person:evan-gershkovich", "MEMBER_OF", "org:wall-street-journal"), ("RUS", "COERCE", "person:evan-gershkovich"),
    ),
    case(
        "Al Jazeera correspondent Shireen Abu Akleh was killed by Israeli forces.",
        ("person:shireen-abu-akleh", "MEMBER_OF", "org:al-jazeera"), ("ISR", "ASSAULT", "person:shireen-abu-akleh"),
    ),
    case("Israeli forces killed journalist Hamza Dahdouh.", ("ISR", "ASSAULT", "person:hamza-dahdouh")),
    case("A Reuters reporter said the army had withdrawn."),
    case("Israel began the pullback of its forces from Lebanon.", ("ISR", "RETREAT", "LBN")),
    # A strategic or defence partnership is a standing alliance; a trade partnership is cooperation.
    case("Russia and Iran declared a strategic partnership.", ("RUS", "ALLY_OF", "IRN")),
    case("India and the United States announced a defence partnership.", ("IND", "ALLY_OF", "USA")),
    case("Kenya and Ethiopia launched a trade partnership.", ("KEN", "COOPERATE", "ETH")),
    # Withholding an act until someone else acts demands it of them.
    case("Baku said it would not sign the document until Yerevan removes territorial claims from its constitution.", ("AZE", "REQUEST", "ARM")),
    case("Russia will not halt its offensive unless Ukraine withdraws from four regions.", ("RUS", "REQUEST", "UKR")),
    case("Sudan's army refused to negotiate until the RSF leaves the cities.", ("SDN:army", "REQUEST", "gaz:rsf")),
    # A proxy is a standing ally of its patron.
    case(
        "Hezbollah, Iran's most powerful proxy, fired rockets at Israel.",
        ("gaz:hezbollah", "ALLY_OF", "IRN"), ("gaz:hezbollah", "ASSAULT", "ISR"),
    ),
    # Phrasal support verbs: "carried out strikes" is the strikes.
    case("Pakistan carried out air strikes on Taliban hideouts in Afghanistan.", ("PAK", "ASSAULT", "gaz:taliban")),
    # What the subject's own relative clause tells is not what it rejects.
    case("The Polisario Front, which is backed by Algeria, rejected the plan.", ("DZA", "SUPPORT", "gaz:polisario")),
    # A leader's forces put on alert are their own, no target.
    case(
        "Serbian President Aleksandar Vucic put the army on high alert after clashes in northern Kosovo.",
        ("person:aleksandar-vucic", "LEADER_OF", "SRB"),
    ),
    # An apposition summing up the act ("a move", "a trip") stands for its agents.
    case("Israel struck Iran, a move condemned by China.", ("ISR", "ASSAULT", "IRN"), ("CHN", "ACCUSE", "ISR")),
    case("Niger expelled the French ambassador, a move welcomed by Russia.", ("NER", "SANCTION", "FRA"), ("RUS", "SUPPORT", "NER")),
    case("Israel struck Iran, a move that China condemned.", ("ISR", "ASSAULT", "IRN"), ("CHN", "ACCUSE", "ISR")),
    case(
        "Hungarian Prime Minister Viktor Orban held talks with Vladimir Putin in Moscow last July, a trip that drew condemnation from other EU governments.",
        ("person:viktor-orban", "LEADER_OF", "HUN"), ("person:viktor-orban", "CONSULT", "person:vladimir-putin"), ("Q458", "ACCUSE", "person:viktor-orban"),
    ),
    # An act approved is the act; the one an act prompts to do something does it.
    case(
        "The United States approved a $2 billion arms sale to Taiwan, prompting China to impose sanctions on American defence companies.",
        ("USA", "AID", "TWN"), ("CHN", "SANCTION", "USA"),
    ),
    case("The EU approved new sanctions against Russia.", ("Q458", "SANCTION", "RUS")),
    # Troops of two sides clashing and killing one side's soldiers are no joint force.
    case(
        "Indian and Chinese troops clashed in the Galwan Valley, killing 20 Indian soldiers.",
        ("IND", "ASSAULT", "CHN"), ("CHN", "ASSAULT", "IND"),
    ),
    # "whose" owns for the noun the clause describes.
    case("Egypt, whose army trained Somali troops, criticised Ethiopia.", ("EGY:army", "AID", "SOM"), ("EGY", "ACCUSE", "ETH")),
    case("Rwanda has taken defensive measures against the FDLR.", ("RWA", "MOBILIZE", "gaz:fdlr")),
    # A place named by who holds it stands for its holder as a target.
    case("Israel struck the Houthi-held port of Hodeidah.", ("ISR", "ASSAULT", "gaz:houthis")),
    case("China cut electricity supplies to TNLA-controlled towns.", ("CHN", "SANCTION", "gaz:tnla")),
    # Ordering someone out expels them; a mission stands for the body that sends it, not where it is.
    case("Somalia ordered Ethiopian troops out of the country.", ("SOM", "SANCTION", "ETH")),
    case("Mali's junta ordered the UN peacekeeping mission to leave the country.", ("MLI:junta", "SANCTION", "Q1065")),
    case("Kenya leads a multinational security mission in Haiti."),
    # An attack's agents kill; killing people in a place someone holds attacks the holder.
    case(
        "Air strikes by Myanmar's military killed at least 40 people in a village held by the People's Defence Force.",
        ("MMR:army", "ASSAULT", "gaz:pdf-myanmar"),
    ),
    case("The RSF killed 100 people in El Fasher."),
    # A warlord's forces are his; a possessive is no part of a person's name.
    case("Khalifa Haftar's forces attacked Tripoli.", ("person:khalifa-haftar", "ASSAULT", "LBY")),
    # A group's armed wing, branch or affiliate belongs to it.
    case(
        "The Qassam Brigades, the armed wing of Hamas, fired rockets at Israel.",
        ("gaz:qassam-brigades", "MEMBER_OF", "Q38799"), ("gaz:qassam-brigades", "ASSAULT", "ISR"),
    ),
    case("JNIM is al-Qaeda's branch in the Sahel.", ("gaz:jnim", "MEMBER_OF", "Q34490")),
    # A body described by a relative clause listing its members.
    case(
        "Russia signed a deal with the Alliance of Sahel States, which is made up of Mali, Burkina Faso and Niger.",
        ("RUS", "AGREE", "gaz:aes"), ("MLI", "MEMBER_OF", "gaz:aes"), ("BFA", "MEMBER_OF", "gaz:aes"), ("NER", "MEMBER_OF", "gaz:aes"),
    ),
    case(
        "The talks aim at extending a ceasefire with the Three Brotherhood Alliance, which is made up of the Myanmar National Democratic "
        "Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army.",
        ("gaz:mndaa", "MEMBER_OF", "gaz:three-brotherhood-alliance"), ("gaz:tnla", "MEMBER_OF", "gaz:three-brotherhood-alliance"),
        ("gaz:arakan-army", "MEMBER_OF", "gaz:three-brotherhood-alliance"),
    ),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentence(triples_of, text, expected):
    assert triples_of(text) == expected


ARTICLES = [
    # "the coalition" later is the led body named before.
    case(
        "Iran accused the Saudi-led coalition of killing civilians in Yemen. The coalition denied the charge.",
        ("SAU", "LEADER_OF", "led:sau-coalition"), ("IRN", "ACCUSE", "led:sau-coalition"), ("led:sau-coalition", "REJECT", "IRN"),
    ),
    # "the strikes" condemned are the strikes told with that word, not the latest
    # attack; "both sides" are then the two that fought.
    case(
        "BEIRUT (Reuters) - Israel struck Hezbollah targets in southern Lebanon on Monday after the group fired "
        "rockets at northern Israel. Lebanese Prime Minister Najib Mikati condemned the strikes and called on the "
        "United Nations to intervene. Iran, Hezbollah's main backer, warned Israel against expanding the war. "
        "The United States and France urged both sides to accept a ceasefire.",
        ("ISR", "ASSAULT", "gaz:hezbollah"), ("gaz:hezbollah", "ASSAULT", "ISR"),
        ("person:najib-mikati", "LEADER_OF", "LBN"), ("person:najib-mikati", "ACCUSE", "ISR"), ("person:najib-mikati", "REQUEST", "Q1065"),
        ("IRN", "ALLY_OF", "gaz:hezbollah"), ("IRN", "THREATEN", "ISR"),
        ("USA", "REQUEST", "ISR"), ("USA", "REQUEST", "gaz:hezbollah"), ("FRA", "REQUEST", "ISR"), ("FRA", "REQUEST", "gaz:hezbollah"),
    ),
    # A main verb the parser hung on the subject after its relative clause still has that subject.
    case(
        "BOGOTA (Reuters) - Colombia suspended peace talks with the ELN after a bombing. President Gustavo Petro "
        "accused the ELN of betraying the peace process. Venezuela, which has hosted previous rounds of talks, "
        "called on both sides to return to the table.",
        ("COL", "SANCTION", "gaz:eln"), ("person:gustavo-petro", "LEADER_OF", "COL"), ("person:gustavo-petro", "ACCUSE", "gaz:eln"),
        ("VEN", "REQUEST", "COL"), ("VEN", "REQUEST", "gaz:eln"),
    ),
]


@pytest.mark.parametrize("text, expected", ARTICLES)
def test_article(triples_of, text, expected):
    assert triples_of(text) == expected
