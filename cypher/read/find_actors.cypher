// Actors whose id, name or an alias equals $name, ignoring case.
WITH toLower($name) AS wanted
MATCH (a:Actor)
WHERE toLower(a.id) = wanted OR toLower(a.name) = wanted OR any(alias IN a.aliases WHERE toLower(alias) = wanted)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
ORDER BY id
