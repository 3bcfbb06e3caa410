// The internal ids of the projected edges leaving the actor $actor (which of relations' edges go out).
MATCH (:Actor {id: $actor})-[r]->(:Actor)
RETURN id(r) AS edge
