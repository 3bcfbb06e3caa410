// Who sides with whom: actors with cooperative ties to the adversaries (hostile ties either way) of an actor.
:param actor => 'ECOWAS'
WITH toLower($actor) AS wanted
MATCH (a:Actor)
WHERE toLower(a.id) = wanted OR toLower(a.name) = wanted OR any(alias IN a.aliases WHERE toLower(alias) = wanted)
MATCH (a)-[h]-(adversary:Actor)
WHERE h.polarity = 'hostile'
WITH DISTINCT a, adversary
MATCH (adversary)-[c]-(friend:Actor)
WHERE c.polarity = 'cooperative' AND friend.id <> a.id
RETURN adversary.name AS adversary, friend.name AS sides_with, collect(DISTINCT type(c)) AS relations,
       sum(c.count) AS mentions
ORDER BY mentions DESC, adversary, sides_with
