// Upsert articles, keyed by the hash of their text. A new article is not complete until its events
// and edges are written (complete.cypher), so an interrupted write leaves it to be written again.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.complete = false
SET a.name = row.name, a.title = row.title, a.source = row.source, a.url = row.url,
    a.published = date(row.published), a.language = row.language, a.extra_sources = row.extra_sources
