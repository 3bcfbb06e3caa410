"""Standing relations read from how actors are described rather than from
events: titles ("French President Emmanuel Macron" LEADER_OF France),
appositions ("Gen. Tchiani, the commander of Niger's presidential guard";
"Niger, a key ally of the United States"), copulas ("Niger is a member of
ECOWAS") and possessives of named groups ("Russia's Wagner Group").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from actorgraph.extract.actors import DocumentActors, Ref, slug
from actorgraph.extract.lexicon import Lexicon
from actorgraph.extract.patterns import conjuncts, kids, lefts, prepositions, rights
from actorgraph.ontology import ActorKind, RelationType as R
from actorgraph.records import Actor

# Nouns for a standing partner: "a key ally of", "a reliable partner".
ALLY_NOUNS = frozenset({"ally", "partner", "backer", "patron", "protector", "benefactor", "friend", "proxy"})
# Nouns for membership: "a member of", "ECOWAS member states".
MEMBER_NOUNS = frozenset({"member", "signatory", "wing", "branch", "affiliate", "faction"})
# Nouns for what an organisation is, whose demonym gives the state it belongs
# to: "a Russian paramilitary organization".
ORGANISATION_NOUNS = frozenset({"organization", "organisation", "group", "company", "militia", "outfit", "firm", "contractor", "force"})
# Verbs that link a subject to a description: "is an ally", "remains the
# country's only legitimate authority", "serves as foreign minister".
COPULAS = frozenset({"be", "become", "remain", "serve", "stay"})
# Hyphenated participles that name a backer ("Kremlin-backed leaders") and the
# relation of the backer to what the phrase names.
STANCE_RELATIONS = {
    "backed": R.SUPPORT,
    "supported": R.SUPPORT,
    "sponsored": R.SUPPORT,
    "funded": R.AID,
    "financed": R.AID,
    "trained": R.AID,
    "armed": R.AID,
    "equipped": R.AID,
    "allied": R.ALLY_OF,
    "aligned": R.ALLY_OF,
    "led": R.LEADER_OF,
}
# Heads of state and government: a title that only a state has.
HEAD_OF_STATE_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch", "head of state"})
# Verbal acts: a sentence whose main verb is one of these (or a verb of
# saying) is a statement by its subject, which an official named right after
# speaks for.
# Heads that make a group possessed by a state its insurgents, not its force.
INSURGENT_NOUNS = frozenset({"rebel", "insurgent", "guerrilla", "militant", "jihadist", "separatist", "insurgency"})
# Words that put a title in the past.
FORMER_WORDS = frozenset({"former", "ex", "ex-", "late", "erstwhile", "onetime", "one-time"})
STATEMENT_TYPES = frozenset({R.ACCUSE, R.REJECT, R.REQUEST, R.SUPPORT, R.THREATEN, R.AGREE})
# Words a stance phrase can turn on: "pro-Russian", "Kremlin - backed" split by the tokenizer.
STANCE_WORDS = frozenset({"pro", *STANCE_RELATIONS})
DESCRIPTION_NOUNS = ALLY_NOUNS | MEMBER_NOUNS | ORGANISATION_NOUNS
# How sure a standing relation is, by where it was read.
CONFIDENCE = {"title": 0.9, "apposition": 0.85, "copula": 0.8, "possessive": 0.75, "context": 0.5}


@dataclass(frozen=True)
class Standing:
    subject: Ref
    type: R
    object: Ref
    phrase: str
    confidence: float


class StandingRelations:
    def __init__(self, actors: DocumentActors, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.roles = actors.roles

    def sentence(self, sent: Span, tokens: list[Token], pos: list[str]) -> list[Standing]:
        """The standing relations of a sentence (its tokens and their parts of speech given)."""
        found: list[Standing] = []
        for ent in self.actors.sentence_ents[self.actors.sentence_number[sent.start]]:
            if self.actors.is_person(ent):
                found.extend(self._person(ent))
            else:
                found.extend(self._possessive_member(ent))
        for token, tag in zip(tokens, pos):
            if tag == "NOUN" or tag == "PROPN":
                found.extend(self._description(token))
            text = token.text
            if "-" in text or text.lower() in STANCE_WORDS:
                found.extend(self._stance(token))
        return found

    # --- "Kremlin-backed leaders", "U.S.-trained special forces" -------------------
    def _stance(self, token: Token) -> Iterator[Standing]:
        """A hyphenated participle naming a backer: the backer stands in a
        relation to what the phrase names."""
        doc = token.doc
        if token.lower_ == "pro" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
            # "the pro-Russian leaders of Mali": the phrase's actor sides with Russia.
            named = doc[token.i + 2]
            allies = [r for r in self.actors.resolve(named) if r.actor.kind is not ActorKind.PERSON]
            noun = named.head if named.head.pos_ in ("NOUN", "PROPN") else None
            if allies and noun is not None:
                for actor in self.actors.resolve(noun):
                    # "pro-EU protesters" back the EU; a crowd is nobody's ally.
                    relation = R.SUPPORT if actor.actor.id.startswith("crowd:") else R.ALLY_OF
                    for ally in allies:
                        if actor.actor.id != ally.actor.id:
                            yield Standing(actor, relation, ally, f"pro-{named.text}", CONFIDENCE["possessive"])
            return
        if "-" in token.text and token.text.rsplit("-", 1)[1].lower() in STANCE_RELATIONS:
            name, suffix = token.text.rsplit("-", 1)
            actor_id = self.actors.gazetteer.id_for(name)
            actor = self.actors.gazetteer.actor(actor_id) if actor_id else None
            backers = [Ref(actor, name, token.idx, token.idx + len(name), "gazetteer", token.i)] if actor else []
            noun = token.head
        elif token.lower_ in STANCE_RELATIONS and token.i >= 2 and doc[token.i - 1].text == "-":
            suffix = token.lower_
            backers = self.actors.resolve(doc[token.i - 2])
            noun = token.head
        else:
            return
        if noun.pos_ not in ("NOUN", "PROPN") or not backers:
            return
        relation = STANCE_RELATIONS[suffix.lower()]
        for backed in self.actors.resolve(noun):
            for backer in backers:
                if backer.actor.id != backed.actor.id:
                    yield Standing(backer, relation, backed, token.text if "-" in token.text else f"{doc[token.i - 2].text}-{token.text}", CONFIDENCE["possessive"])

    # --- people ---------------------------------------------------------------
    def _person(self, ent: Span) -> Iterator[Standing]:
        people = self.actors.resolve(ent.root)
        if not people or people[0].actor.kind is not ActorKind.PERSON:
            return
        person = people[0]
        for title, owners, phrase, how in self._titles(ent):
            if any(t.lower_ in FORMER_WORDS for t in phrase):
                # "former police officer Jimmy Cherizier": no standing relation now.
                continue
            self.actors.titles.setdefault(person.actor.id, set()).add(title)
            relation = self._title_relation(title, phrase)
            if title in self.roles.press:
                owners = self._outlets(phrase, ent)
            if not owners and title in self.roles.press:
                continue
            if not owners:
                owners = self._context_owner(ent, title)
                how = "context"
            if any(t.lemma_.lower() in self.roles.army for t in phrase):
                # "Sudan's army chief", "military spokesman": the state's armed forces, not the state.
                owners = [self._army_of(owner) for owner in owners]
            for owner in owners:
                if owner.actor.id == person.actor.id or owner.actor.kind is ActorKind.PERSON:
                    continue
                state = self._state_of(owner.actor)
                if state:
                    self.actors.affiliation.setdefault(person.actor.id, state)
                yield Standing(person, relation, owner, phrase.text, CONFIDENCE[how])

    def _outlets(self, phrase: Span, ent: Span) -> list[Ref]:
        """The news outlet a press title names ("Reuters reporter", "a correspondent
        for Al Jazeera"): an organisation of its own here."""
        found: list[Ref] = []
        for token in phrase:
            outlet = self.actors.entity_at.get(token.i)
            if outlet is None or outlet.root != token or outlet.label_ != "ORG" or ent.start <= token.i < ent.end:
                continue
            name = self.actors._name_text(outlet)
            name = name[4:] if name.lower().startswith("the ") else name
            actor = Actor(id="org:" + slug(name), name=name, kind=ActorKind.ORG)
            found.append(Ref(actor, outlet.text, outlet.start_char, outlet.end_char, "ner", token.i))
        return found

    def _army_of(self, owner: Ref) -> Ref:
        if owner.actor.kind is not ActorKind.STATE:
            return owner
        army = self.actors.gazetteer.army(owner.actor.id)
        return Ref(army, owner.text, owner.start, owner.end, owner.how, owner.token)

    def _context_owner(self, ent: Span, title: str) -> list[Ref]:
        """Whose title an unqualified one is ("Defence Minister Boris Pistorius"),
        when the text makes it plain: the state the article already tied the
        person to, else the one actor that made a statement in the main clause
        of the sentence before ("Germany said it would send tanks. Defence
        Minister Boris Pistorius ..."), unless another actor is a subject in the
        person's own sentence. A state named only as a target or a place
        ("accused Moscow", "met him in Beijing") is no evidence: nothing is
        guessed from it."""
        known = self.actors.affiliation.get(self.actors.resolve(ent.root)[0].actor.id)
        if known:
            return [Ref(self.actors.gazetteer.actors[known], ent.text, ent.start_char, ent.end_char, "refer", ent.root.i)]
        if title in HEAD_OF_STATE_TITLES:
            deposed = self._deposed_by_junta(ent.root)
            if deposed:
                return deposed
        number = self.actors.sentence_number[ent.start]
        dateline = self.actors.dateline_state
        if number == 0 or not self._speaking(ent.root):
            return self._dateline_owner(ent, dateline)
        speakers = self._statement_agents(self.actors.sentences[number - 1])
        if len(speakers) != 1:
            return self._dateline_owner(ent, dateline)
        speaker = next(iter(speakers.values()))
        if dateline is not None and speaker.actor.id != dateline.id:
            # The statement before and the dateline disagree: a head of state
            # without a demonym is the dateline state's ("MANILA — China said ...
            # President Marcos ..."); for other titles nothing is guessed.
            return self._dateline_owner(ent, dateline) if title in HEAD_OF_STATE_TITLES else []
        if title in HEAD_OF_STATE_TITLES and speaker.actor.kind is not ActorKind.STATE:
            return []
        if (
            title in HEAD_OF_STATE_TITLES
            and self._other_states(self.actors.sentences[number - 1], speaker.actor.id)
            and self._named_as_party(self.actors.sentences[number], speaker.actor.id, ent, subjects_too=True)
        ):
            # "Russia said it would retaliate against Ukraine. President Zelensky said
            # Russia had attacked ...": a head of state who speaks of the speaker in
            # the third person, after it spoke of another state, may lead either.
            return []
        here = self._subject_actors(self.actors.sentences[number])
        if any(actor_id != speaker.actor.id for actor_id in here):
            return []
        if self._named_as_party(self.actors.sentences[number], speaker.actor.id, ent):
            return []
        return [speaker]

    def _other_states(self, sentence: Span, actor_id: str) -> bool:
        return any(
            ref.actor.kind is ActorKind.STATE and ref.actor.id != actor_id
            for ref in self.actors.history
            if sentence.start <= ref.token < sentence.end
        )

    def _dateline_owner(self, ent: Span, dateline: Actor | None) -> list[Ref]:
        """An unqualified title in a story datelined in a state ("KYIV (AP) — ...
        President Volodymyr Zelensky"): that state's, unless the person's sentence
        names it as the one acted on."""
        if dateline is None:
            return []
        sentence = self.actors.sentences[self.actors.sentence_number[ent.start]]
        if self._named_as_party(sentence, dateline.id, ent):
            return []
        # "Foreign Minister Ishaq Dar said Islamabad would respond": another state
        # as the subject of what they say may well be their own.
        if any(actor_id != dateline.id for actor_id in self._subject_actors(sentence)):
            return []
        return [Ref(dateline, ent.text, ent.start_char, ent.end_char, "refer", ent.root.i)]

    def _named_as_party(self, sentence: Span, actor_id: str, ent: Span, subjects_too: bool = False) -> bool:
        """Whether the person's own sentence names the state as the one acted on
        ("President Zelensky accused Moscow"): then the state before may as well
        be the one they speak against, and nothing is guessed. A place where
        they speak ("in Warsaw") and their state as the subject of what they
        report ("said Ankara was ready") are no such mention."""
        for ref in self.actors.history:
            token = self.actors.doc[ref.token]
            if ref.actor.id != actor_id or not (sentence.start <= ref.token < sentence.end):
                continue
            if ent.start <= ref.token < ent.end:
                continue
            if token.dep_ in ("dobj", "dative", "iobj") or (token.dep_ == "pobj" and token.head.lower_ not in ("in", "at", "from")):
                return True
            if subjects_too and token.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def _deposed_by_junta(self, root: Token) -> list[Ref]:
        """"Niger's junta arrested President Mohamed Bazoum": a junta coerces the
        head of its own state."""
        verb = root.head
        if root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
            return []
        if not any(sense.type is R.COERCE for sense in self.lexicon.verbs.get(verb.lemma_.lower(), ())):
            return []
        agents = [c for c in kids(verb) if c.dep_ == "nsubj"]
        agents += [o for c in kids(verb) if c.dep_ == "agent" for o in kids(c) if o.dep_ == "pobj"]
        for agent in agents:
            for ref in self.actors.resolve(agent):
                if ref.actor.id.endswith(":junta"):
                    state = self.actors.gazetteer.actors[ref.actor.id.split(":")[0]]
                    return [Ref(state, ref.text, ref.start, ref.end, "role", ref.token)]
        return []

    def _state_of(self, actor: Actor) -> str | None:
        """The state an owner is or belongs to: a state, its junta or a unit of its forces."""
        if actor.kind is ActorKind.STATE:
            return actor.id
        prefix = actor.id.split(":")[0]
        return prefix if ":" in actor.id and prefix in self.actors.gazetteer.states else None

    @staticmethod
    def _speaking(root: Token) -> bool:
        """The person is the subject of their clause, or in apposition to it."""
        node = root.head if root.dep_ == "appos" else root
        if node.dep_ == "compound":
            node = node.head
        # "was announced by government spokesman X": the agent of a passive.
        return node.dep_ in ("nsubj", "nsubjpass") or (node.dep_ == "pobj" and node.head.dep_ == "agent")

    def _statement_agents(self, sentence: Span) -> dict[str, Ref]:
        """Non-person actors that are subjects of the sentence's main verb, when
        that verb reports a statement ("said", "announced", "dismissed")."""
        root = sentence.root
        verbs = [v for v in conjuncts(root) if v.pos_ in ("VERB", "AUX")]
        if not any(self._statement_verb(v) for v in verbs):
            return {}
        return self._subject_actors(sentence, verbs)

    def _statement_verb(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.reporting:
            return True
        return any(sense.type in STATEMENT_TYPES for sense in self.lexicon.verbs.get(lemma, ()))

    def _subject_actors(self, sentence: Span, verbs: list[Token] | None = None) -> dict[str, Ref]:
        found: dict[str, Ref] = {}
        for verb in verbs if verbs is not None else [t for t in sentence if t.pos_ in ("VERB", "AUX")]:
            for subject in kids(verb):
                if subject.dep_ != "nsubj":
                    continue
                for ref in self.actors.resolve(subject):
                    if ref.actor.kind is not ActorKind.PERSON:
                        found.setdefault(ref.actor.id, ref)
        return found

    def _title_relation(self, title: str, phrase: Span) -> R:
        subordinate = any(t.lower_.rstrip(".") in self.roles.subordinate for t in phrase)
        if title in self.roles.leader_titles and not subordinate:
            return R.LEADER_OF
        return R.MEMBER_OF

    def _titles(self, ent: Span) -> Iterator[tuple[str, list[Ref], Span, str]]:
        doc = ent.doc
        root = ent.root
        # "French President Emmanuel Macron", "U.S. Department of State spokesperson Matthew Miller"
        start = min([c.left_edge.i for c in lefts(root) if c.i < ent.start] + [ent.start])
        titled = start < ent.start and self._title_in(doc[start : ent.start]) is not None
        if titled:
            yield from self._title_phrase(doc[start : ent.start], ent, "title", self._owner_before(start))
        for title in self._appositive_titles(root):
            yield from self._title_noun(title, "apposition")
        yield from self._whose_group(root)
        # "Sudan's army chief Abdel Fattah al-Burhan", "U.S. Department of Defense
        # spokesperson Brig. Gen. Pat Ryder" parsed as two phrases: the title noun
        # right before the name (ranks skipped) is still its title.
        if not titled:
            previous = ent.start - 1
            while previous >= 0 and (doc[previous].text == "." or doc[previous].lower_.rstrip(".") in self.roles.honorifics):
                previous -= 1
            if previous >= 0 and previous < ent.start - 1 or (previous >= 0 and doc[previous].head != root):
                title = doc[previous]
                if title.pos_ == "NOUN" and title.lemma_.lower() in self.roles.titles:
                    phrase_start = min(title.left_edge.i, title.head.left_edge.i if title.head.i > title.i else title.i)
                    yield from self._title_phrase(doc[phrase_start : title.i + 1], ent, "title")
        # "Tinubu is Nigeria's president", "X was named foreign minister"
        verb = root.head
        appointed = verb.lemma_.lower() in self.roles.appointing
        if (root.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in COPULAS) or (
            appointed and root.dep_ in ("nsubjpass", "dobj")
        ):
            for child in kids(verb):
                if child.dep_ in ("attr", "oprd") and child.pos_ == "NOUN":
                    yield from self._title_noun(child, "copula")
                # "was sworn in as president of Chad"
                if appointed and child.dep_ == "prep" and child.lower_ == "as":
                    for noun in kids(child):
                        if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                            yield from self._title_noun(noun, "copula")

    def _whose_group(self, root: Token) -> Iterator[tuple[str, list[Ref], Span, str]]:
        """"Yevgeny Prigozhin, whose Wagner mercenaries ...": the person leads the
        group whose members the relative clause names."""
        for clause in kids(root):
            if clause.dep_ != "relcl":
                continue
            for token in clause.subtree:
                if token.lower_ == "whose" and token.dep_ == "poss":
                    groups = [
                        r
                        for r in self.actors.resolve(token.head)
                        if r.actor.kind in (ActorKind.ARMED_GROUP, ActorKind.ORG, ActorKind.MILITARY, ActorKind.IGO)
                    ]
                    if groups:
                        phrase = token.doc[token.i : token.head.i + 1]
                        yield "leader", groups, phrase, "apposition"

    def _appositive_titles(self, root: Token) -> Iterator[Token]:
        for child in kids(root):
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                yield from conjuncts(child)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            yield root.head
        elif root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.head.pos_ == "NOUN":
            # "Ukraine's envoy to Turkey, Vasyl Bodnar": the name hung on the
            # title's object is still the title's apposition.
            title = root.head.head.head
            if title.lemma_.lower() in self.roles.titles and root.head.head.i == title.i + 1:
                yield title
        # "X, who has been declared the new head of state", also when the relative
        # clause hangs on X's appositive title ("X, the commander of Y who ...").
        anchors = [root] + [c for c in kids(root) if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for anchor in anchors:
            for child in kids(anchor):
                if child.dep_ == "relcl":
                    for grandchild in kids(child):
                        if grandchild.dep_ in ("attr", "oprd") and grandchild.pos_ == "NOUN":
                            yield grandchild

    def _owner_before(self, start: int) -> list[Ref]:
        """"accused Kosovo Prime Minister Albin Kurti": the small model often takes
        a state name right before a title for a phrase of its own; written
        against the title, it is still the title's owner."""
        if start == 0:
            return []
        ent = self.actors.entity_at.get(start - 1)
        if ent is None or ent.end != start:
            return []
        owners = [r for r in self.actors.resolve(ent.root) if r.actor.kind in (ActorKind.STATE, ActorKind.IGO)]
        if owners:
            self.actors.title_owner_tokens.add(ent.root.i)
        return owners

    def _title_phrase(self, phrase: Span, ent: Span, how: str, before: list[Ref] | None = None) -> Iterator[tuple[str, list[Ref], Span, str]]:
        title = self._title_in(phrase)
        if title is None:
            return
        owners: list[Ref] = []
        for token in phrase:
            if token.i in self.actors.entity_at and self.actors.entity_at[token.i].root == token:
                owners.extend(r for r in self.actors.resolve(token) if r.actor.kind is not ActorKind.PERSON)
            elif token.dep_ == "poss":
                owners.extend(self.actors.resolve(token))
        opposed = [t for t in phrase if t.lemma_.lower() in self.roles.opposition]
        if opposed:
            # "(Venezuelan) opposition leader Edmundo Gonzalez": a leader of the
            # state's opposition, not of the state.
            states = [r.actor.id for r in owners or before or [] if r.actor.kind is ActorKind.STATE] or [None]
            actor = self.actors.opposition_of(states[0])
            owners = [Ref(actor, opposed[0].text, opposed[0].idx, opposed[0].idx + len(opposed[0].text), "role", opposed[0].i)]
        yield title, owners or before or [], phrase, how

    def _title_in(self, phrase: Span) -> str | None:
        words = [t.lemma_.lower().rstrip(".") for t in phrase]
        titles = self.roles.titles
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                candidate = " ".join(words[i : i + size])
                if candidate in titles:
                    return candidate
        return None

    def _title_noun(self, noun: Token, how: str) -> Iterator[tuple[str, list[Ref], Span, str]]:
        keys = self.actors._role_keys(noun)
        titles = keys & self.roles.titles
        if not titles:
            return
        title = max(titles, key=len)
        owners = [r for r in self.actors.owners(noun) if r.actor.kind is not ActorKind.PERSON]
        start = min([c.left_edge.i for c in lefts(noun)] + [noun.i])
        end = max([c.right_edge.i + 1 for c in rights(noun) if c.dep_ == "prep"] + [noun.i + 1])
        yield title, owners, noun.doc[start:end], how

    # --- groups and states ----------------------------------------------------------
    def _possessive_member(self, ent: Span) -> Iterator[Standing]:
        """"Russia's Wagner Group", "Russia and its Wagner Group": a named group
        possessed by a state belongs to it."""
        refs = self.actors.resolve(ent.root)
        if not refs or refs[0].actor.kind not in (ActorKind.ARMED_GROUP, ActorKind.MILITARY) or refs[0].how != "gazetteer":
            return
        # "Russia's Wagner Group"; "its Wagner Group paramilitary company", where
        # the name is a compound of the head that carries the possessive.
        heads = [ent.root] + ([ent.root.head] if ent.root.dep_ in ("compound", "nmod") else [])
        if any(h.lemma_.lower() in INSURGENT_NOUNS for h in heads):
            # "Colombia's ELN rebels" are in Colombia, fighting it, not part of it.
            return
        for head in heads:
            for child in lefts(head):
                if child.dep_ == "poss":
                    for owner in self.actors.resolve(child):
                        if owner.actor.kind is ActorKind.STATE:
                            yield Standing(refs[0], R.MEMBER_OF, owner, f"{child.text} {ent.text}", CONFIDENCE["possessive"])

    def _description(self, noun: Token) -> Iterator[Standing]:
        """An actor described as an ally, a member or a national organisation."""
        lemma = noun.lemma_.lower()
        if lemma not in DESCRIPTION_NOUNS and not any(c.dep_ == "compound" for c in lefts(noun)):
            return
        kind = "ally" if lemma in ALLY_NOUNS else "member" if lemma in MEMBER_NOUNS else None
        compound_member = any(c.dep_ == "compound" and c.lemma_.lower() in MEMBER_NOUNS for c in lefts(noun))
        if compound_member:
            kind = "member"
        national = lemma in ORGANISATION_NOUNS
        if kind is None and not national:
            return
        described, how = self._described(noun)
        if not described:
            if kind == "ally":
                yield from self._located_ally(noun)
            return
        if kind is None:
            # "the Venezuelan state oil company": the demonym may hang on a compound.
            owners = [
                r
                for c in lefts(noun)
                if c.dep_ in ("amod", "compound", "poss")
                for node in c.subtree
                if node.dep_ in ("amod", "compound", "poss") and node.i in self.actors.entity_at
                for r in self.actors.resolve(node)
                if r.actor.kind is ActorKind.STATE
            ]
            relation = R.MEMBER_OF
            described = [d for d in described if d.actor.kind not in (ActorKind.STATE, ActorKind.PERSON)]
        else:
            owners = self._owners_of_relational(noun)
            relation = R.ALLY_OF if kind == "ally" else R.MEMBER_OF
            if relation is R.MEMBER_OF:
                owners = [o for o in owners if o.actor.kind is not ActorKind.PERSON]
                described = [d for d in described if d.actor.kind is not ActorKind.PERSON]
        for subject in described:
            for owner in owners:
                if subject.actor.id != owner.actor.id:
                    yield Standing(subject, relation, owner, noun.text, CONFIDENCE[how])

    def _owners_of_relational(self, noun: Token) -> list[Ref]:
        """The other side of "ally"/"member": possessive, modifier, of/to/for-phrase."""
        owners = [r for r in self.actors.owners(noun)]
        if not owners:
            for wanted in ("of", "to", "for", "in"):
                owners = [r for word, obj in prepositions(noun) if word == wanted for r in self.actors.resolve(obj)]
                if owners:
                    break
        for child in lefts(noun):
            if child.dep_ == "compound" and child.i in self.actors.entity_at and not owners:
                owners.extend(self.actors.resolve(child))
        return owners

    def _described(self, noun: Token) -> tuple[list[Ref], str]:
        """What a description noun is said of: its appositive head or its copula subject."""
        if noun.dep_ == "appos":
            head = noun.head
            return [r for c in conjuncts(head) for r in self.actors.resolve(c)], "apposition"
        for child in kids(noun):
            if child.dep_ == "appos":
                refs = [r for c in conjuncts(child) for r in self.actors.resolve(c)]
                if refs:
                    return refs, "apposition"
        if noun.dep_ in ("attr", "oprd") and noun.head.lemma_ in COPULAS:
            subjects = [c for c in kids(noun.head) if c.dep_ in ("nsubj", "nsubjpass")]
            return [r for s in subjects for c in conjuncts(s) for r in self.actors.resolve(c)], "copula"
        # "Russia's ally Belarus": a name right after the noun, which the parser
        # often makes a second subject instead of an apposition.
        following = noun.i + 1
        if following < len(noun.doc) and any(c.dep_ == "poss" for c in lefts(noun)):
            ent = self.actors.entity_at.get(following)
            if ent is not None and ent.start == following:
                refs = [r for r in self.actors.resolve(ent.root) if r.actor.kind is not ActorKind.PERSON]
                if refs:
                    return refs, "apposition"
        # "feted as a reliable partner", "regard Niger as essential"
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
            verb = noun.head.head
            patients = [c for c in kids(verb) if c.dep_ in ("nsubjpass", "dobj")]
            return [r for s in patients for c in conjuncts(s) for r in self.actors.resolve(c)], "copula"
        return [], "apposition"

    def _located_ally(self, noun: Token) -> Iterator[Standing]:
        """"their ally in Niamey": the ally is the state of the place named."""
        owners = self.actors.owners(noun)
        if not owners:
            return
        for word, obj in prepositions(noun):
            if word != "in":
                continue
            for place in self.actors.resolve(obj):
                if place.actor.kind is ActorKind.STATE:
                    for owner in owners:
                        if owner.actor.id != place.actor.id:
                            yield Standing(place, R.ALLY_OF, owner, noun.text, CONFIDENCE["apposition"])
