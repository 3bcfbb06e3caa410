// Whether the graph has actors but no Name nodes: built before the name index, so its names are
// indexed before a lookup or a write relies on them. No row when there are no actors.
MATCH (a:Actor)
WITH a LIMIT 1
OPTIONAL MATCH (n:Name)
WITH n LIMIT 1
RETURN n IS NULL AS missing
