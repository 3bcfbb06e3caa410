"""Finding an actor by any of its names, and its relations."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from actorgraph.errors import ActorNotFound
from actorgraph.graph.store import Store
from actorgraph.ontology import RelationType
from actorgraph.records import Actor, Edge


def closest_names(actors: Iterable[Actor], name: str, limit: int = 5) -> list[str]:
    """Names of the actors whose name, id or alias looks most like ``name``."""
    from rapidfuzz import fuzz, process, utils

    names: dict[str, str] = {}
    for actor in actors:
        for candidate in (actor.name, actor.id, *actor.aliases):
            names.setdefault(candidate.lower(), actor.name)
    matches = process.extract(name, list(names), scorer=fuzz.WRatio, processor=utils.default_process, limit=limit * 3)
    return list(dict.fromkeys(names[m[0]] for m in matches if m[1] >= 60))[:limit]


def resolve_actor(store: Store, name: str) -> Actor:
    """The actor called ``name`` (id, name or alias, any case), or ``ActorNotFound`` with suggestions."""
    found = store.find_actors(name.strip())
    if found:
        return found[0]
    actors = store.actors()
    if not actors:
        raise ActorNotFound(f"no actor named {name!r}; the graph has no actors yet, run actorgraph build")
    suggestions = closest_names(actors, name)
    hint = f"closest: {', '.join(suggestions)}" if suggestions else "list actors with actorgraph query most_connected"
    raise ActorNotFound(f"no actor named {name!r}; {hint}")


def actor_relations(
    store: Store,
    name: str,
    types: Collection[RelationType] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> tuple[Actor, list[Edge]]:
    """The actor called ``name`` and all its edges (both directions), most mentioned first.

    With ``since``/``until`` only mentions whose event date falls in the range
    count, so counts and first/last dates describe that period.
    """
    actor = resolve_actor(store, name)
    if since is None and until is None:
        return actor, store.relations(actor.id, types)
    around = store.edges(around=actor.id, depth=1, types=types, since=since, until=until)
    own = [e for e in around if actor.id in (e.subject.id, e.object.id)]
    own.sort(key=lambda e: (-e.count, e.type.value, e.subject.name, e.object.name))
    return actor, own
