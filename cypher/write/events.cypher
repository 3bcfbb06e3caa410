// Upsert events (one per triple, keyed by Triple.id) with their links to subject, object and article.
// Written as one chain from the event, each link looked up by key: the embedded engine plans a
// pattern of several separate lookups after UNWIND as a scan.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.polarity = row.polarity, e.phrase = row.phrase, e.date = date(row.date),
    e.date_precision = row.date_precision, e.confidence = row.confidence
WITH e, row
MATCH (s:Actor {id: row.subject})
MERGE (e)-[sr:SUBJECT]->(s)
SET sr.text = row.subject_text
WITH e, row
MATCH (o:Actor {id: row.object})
MERGE (e)-[ob:OBJECT]->(o)
SET ob.text = row.object_text
WITH e, row
MATCH (art:Article {id: row.article})
MERGE (e)-[m:REPORTED_IN]->(art)
SET m.sentence = row.sentence, m.start_char = row.start_char, m.end_char = row.end_char
