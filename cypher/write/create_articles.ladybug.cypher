// Create articles that do not exist yet. Not complete until their events and edges are written
// (complete.cypher, the last step of the same transaction).
LOAD FROM $rows
CREATE (:Article {id: id, name: name, title: title, source: source, url: url, published: date(published),
                  language: language, extra_sources: extra_sources, complete: false})
