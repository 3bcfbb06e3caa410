// Complete articles after $after in id order, $limit at a time (for copying a graph).
MATCH (a:Article)
WHERE a.complete = true AND a.id > $after
RETURN a.id AS id, a.name AS name, a.title AS title, a.source AS source, a.url AS url,
       a.published AS published, a.language AS language, a.extra_sources AS extra_sources
ORDER BY id
LIMIT $limit
