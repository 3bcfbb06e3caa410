// The most connected actors: distinct partners over the relation edges (either direction) and the mentions behind them.
:param limit => 10
MATCH (a:Actor)-[r]-(b:Actor)
RETURN a.name AS actor, a.kind AS kind, count(DISTINCT b) AS partners, sum(r.count) AS mentions
ORDER BY partners DESC, mentions DESC, actor
LIMIT $limit
