// Upsert events (one per triple, keyed by Triple.id) with their links to subject, object and article.
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject}), (o:Actor {id: row.object}), (art:Article {id: row.article})
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.polarity = row.polarity, e.phrase = row.phrase, e.date = date(row.date),
    e.date_precision = row.date_precision, e.confidence = row.confidence
MERGE (e)-[sr:SUBJECT]->(s)
SET sr.text = row.subject_text
MERGE (e)-[ob:OBJECT]->(o)
SET ob.text = row.object_text
MERGE (e)-[m:REPORTED_IN]->(art)
SET m.sentence = row.sentence, m.start_char = row.start_char, m.end_char = row.end_char
