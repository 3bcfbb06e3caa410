// The articles behind an edge: every mention of one relation type from one actor to another (id, name or alias), newest first.
:param subject => 'ECOWAS'
:param relation => 'THREATEN'
:param object => 'NER_JUNTA'
WITH toLower($subject) AS wanted_subject, toLower($object) AS wanted_object, toUpper($relation) AS wanted_type
MATCH (s:Actor)<-[:SUBJECT]-(e:Event)-[:OBJECT]->(o:Actor), (e)-[m:REPORTED_IN]->(art:Article)
WHERE e.type = wanted_type
  AND (toLower(s.id) = wanted_subject OR toLower(s.name) = wanted_subject OR any(alias IN s.aliases WHERE toLower(alias) = wanted_subject))
  AND (toLower(o.id) = wanted_object OR toLower(o.name) = wanted_object OR any(alias IN o.aliases WHERE toLower(alias) = wanted_object))
RETURN art.name AS article, art.title AS title, art.published AS published, art.url AS url,
       e.date AS date, e.phrase AS phrase, m.sentence AS sentence
ORDER BY date DESC, article, sentence
