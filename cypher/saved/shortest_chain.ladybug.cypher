// The shortest chain of relations (any type, either direction, at most 6 hops) between two actors (id, name or alias).
:param actor => 'ECOWAS'
:param other => 'USA'
WITH toLower($actor) AS wanted, toLower($other) AS wanted_other
MATCH (a:Actor), (b:Actor)
WHERE (toLower(a.id) = wanted OR toLower(a.name) = wanted OR any(alias IN a.aliases WHERE toLower(alias) = wanted))
  AND (toLower(b.id) = wanted_other OR toLower(b.name) = wanted_other OR any(alias IN b.aliases WHERE toLower(alias) = wanted_other))
  AND a.id <> b.id
MATCH p = (a)-[:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT|ALLY_OF|MEMBER_OF|LEADER_OF* SHORTEST 1..6]-(b)
RETURN properties(nodes(p), 'name') AS actors, list_transform(rels(p), r -> label(r)) AS relations, length(p) AS hops
