// An actor's relations with evidence: each edge from or to the actor (id, name or alias, any case), most mentioned first, with its newest mentions (JSON: sentence, article, date).
:param actor => 'ECOWAS'
WITH toLower($actor) AS wanted
MATCH (a:Actor)
WHERE toLower(a.id) = wanted OR toLower(a.name) = wanted OR any(alias IN a.aliases WHERE toLower(alias) = wanted)
MATCH (s:Actor)-[r]->(o:Actor)
WHERE s.id = a.id OR o.id = a.id
RETURN CASE WHEN s.id = a.id THEN '->' ELSE '<-' END AS direction, label(r) AS relation,
       CASE WHEN s.id = a.id THEN o.name ELSE s.name END AS other,
       r.polarity AS polarity, r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.evidence AS evidence
ORDER BY count DESC, relation, other
