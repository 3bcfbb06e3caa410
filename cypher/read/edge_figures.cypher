// The figures of the projected edges $pairs ({subject, type, object}), recomputed from all their
// events: count, first and last date, best confidence, and the $kept newest events as parallel
// lists (dates as ISO text, '' when undated). Read inside the write transaction, after its
// events, so a write run twice, resumed after an interruption or racing another writer leaves
// exact figures.
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject})<-[:SUBJECT]-(e:Event)
WHERE e.type = pair.type
MATCH (e)-[:OBJECT]->(o:Actor)
WHERE o.id = pair.object
MATCH (e)-[m:REPORTED_IN]->(art:Article)
WITH pair, e, m, art
ORDER BY e.date IS NULL, e.date DESC, art.name, m.start_char, e.id
RETURN pair.subject AS subject, pair.type AS type, pair.object AS object, count(DISTINCT e) AS count,
       min(e.date) AS first_seen, max(e.date) AS last_seen, max(e.confidence) AS confidence,
       collect(e.id)[0..$kept] AS evidence_events, collect(m.sentence)[0..$kept] AS evidence_sentences,
       collect(art.id)[0..$kept] AS evidence_articles, collect(art.name)[0..$kept] AS evidence_article_names,
       collect(m.start_char)[0..$kept] AS evidence_starts, collect(m.end_char)[0..$kept] AS evidence_ends,
       collect(coalesce(toString(e.date), ''))[0..$kept] AS evidence_dates,
       collect(coalesce(e.date_precision, ''))[0..$kept] AS evidence_date_precisions
