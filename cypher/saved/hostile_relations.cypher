// Hostile relations in a date range (inclusive): every dated mention, newest first, with its sentence.
:param since => '2023-07-01'
:param until => '2023-12-31'
MATCH (s:Actor)<-[:SUBJECT]-(e:Event)-[:OBJECT]->(o:Actor), (e)-[m:REPORTED_IN]->(art:Article)
WHERE e.polarity = 'hostile' AND e.date >= date($since) AND e.date <= date($until)
RETURN e.date AS date, s.name AS subject, e.type AS relation, o.name AS object, e.phrase AS phrase,
       m.sentence AS evidence, art.name AS article
ORDER BY date DESC, subject, relation, object
