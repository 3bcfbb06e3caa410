// Create events that do not exist yet, then their links to subject, object and article: four
// statements over the same table of rows, each link found by the keys at both ends.
LOAD FROM $rows
CREATE (:Event {id: id, type: type, polarity: polarity, phrase: phrase, date: date(date),
                date_precision: date_precision, confidence: confidence});
LOAD FROM $rows
MATCH (e:Event {id: id})
MATCH (s:Actor {id: subject})
CREATE (e)-[:SUBJECT {text: subject_text}]->(s);
LOAD FROM $rows
MATCH (e:Event {id: id})
MATCH (o:Actor {id: object})
CREATE (e)-[:OBJECT {text: object_text}]->(o);
LOAD FROM $rows
MATCH (e:Event {id: id})
MATCH (art:Article {id: article})
CREATE (e)-[:REPORTED_IN {sentence: sentence, start_char: start_char, end_char: end_char}]->(art)
