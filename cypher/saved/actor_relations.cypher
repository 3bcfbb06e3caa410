// An actor's relations with evidence: each edge from or to the actor (id, name or alias, any case), most mentioned first, with its newest sentence.
:param actor => 'ECOWAS'
WITH toLower($actor) AS wanted
MATCH (a:Actor)
WHERE toLower(a.id) = wanted OR toLower(a.name) = wanted OR any(alias IN a.aliases WHERE toLower(alias) = wanted)
MATCH (s:Actor)-[r]->(o:Actor)
WHERE s = a OR o = a
MATCH (s)<-[:SUBJECT]-(e:Event)-[:OBJECT]->(o), (e)-[m:REPORTED_IN]->(art:Article)
WHERE e.type = type(r)
WITH a, r, s, o, e, m, art
ORDER BY e.date IS NULL, e.date DESC, art.name, m.start_char
WITH a, r, s, o, collect(m.sentence)[0] AS evidence, collect(art.name)[0] AS article
RETURN CASE WHEN s = a THEN '->' ELSE '<-' END AS direction, type(r) AS relation,
       CASE WHEN s = a THEN o.name ELSE s.name END AS other,
       r.polarity AS polarity, r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen,
       evidence, article
ORDER BY count DESC, relation, other
