// Create events that do not exist yet (the store read which exist in the same transaction), with
// their links to subject, object and article: no MERGE, which on a relationship checks the links
// an actor already has. A concurrent writer creating the same event trips the event_id constraint,
// and the store runs the write again.
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject})
MATCH (o:Actor {id: row.object})
MATCH (art:Article {id: row.article})
CREATE (e:Event {id: row.id, type: row.type, polarity: row.polarity, phrase: row.phrase, date: date(row.date),
                 date_precision: row.date_precision, confidence: row.confidence})
CREATE (e)-[:SUBJECT {text: row.subject_text}]->(s)
CREATE (e)-[:OBJECT {text: row.object_text}]->(o)
CREATE (e)-[:REPORTED_IN {sentence: row.sentence, start_char: row.start_char, end_char: row.end_char}]->(art)
