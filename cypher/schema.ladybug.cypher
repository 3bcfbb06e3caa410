// The actorgraph model in LadybugDB (the embedded store): the same nodes, links and projected
// edges as in Neo4j, declared up front as this dialect requires. An actor's kind is the `kind`
// property here (a node has one label); in Neo4j it is also a second label.
// The embedded store runs these when it opens a graph; each is safe to run again (IF NOT EXISTS).
CREATE NODE TABLE IF NOT EXISTS Actor(id STRING PRIMARY KEY, name STRING, kind STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, name STRING, title STRING, source STRING, url STRING, published DATE, language STRING, extra_sources STRING[], complete BOOLEAN);
CREATE NODE TABLE IF NOT EXISTS Event(id STRING PRIMARY KEY, type STRING, polarity STRING, phrase STRING, date DATE, date_precision STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS SUBJECT(FROM Event TO Actor, text STRING);
CREATE REL TABLE IF NOT EXISTS OBJECT(FROM Event TO Actor, text STRING);
CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Event TO Article, sentence STRING, start_char INT64, end_char INT64);
// Every name an actor goes by (its id, name and aliases, trimmed and lower-cased) is a Name node
// linked to the actors it names: looking a name up is one key lookup and one hop.
CREATE NODE TABLE IF NOT EXISTS Name(key STRING PRIMARY KEY);
CREATE REL TABLE IF NOT EXISTS NAMES(FROM Name TO Actor);
// One projected edge table per relation type of the ontology: the figures of the edge's events, and
// its newest mentions (at most 3, newest first) as JSON text, the evidence shown with an actor's
// relations: [{"event", "sentence", "article", "article_id", "start", "end", "date", "date_precision"}].
CREATE REL TABLE IF NOT EXISTS AGREE(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS CONSULT(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS SUPPORT(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS CONCEDE(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS COOPERATE(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS AID(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS RETREAT(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS REQUEST(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS ACCUSE(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS REJECT(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS THREATEN(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS PROTEST(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS SANCTION(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS MOBILIZE(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS COERCE(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS ASSAULT(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS ALLY_OF(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS MEMBER_OF(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS LEADER_OF(FROM Actor TO Actor, count INT64, first_seen DATE, last_seen DATE, confidence DOUBLE, polarity STRING, evidence STRING);
