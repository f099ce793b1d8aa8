// Title: Actors by type
// Question: How many actors of each type are there, and which of each type are mentioned most?
// Parameters:
//   top: how many of the most mentioned actors to name per type
// :param top => 5
// Example result on the sample:
//   (filled from a run)
MATCH (actor:Entity)
WITH actor,
     [label IN labels(actor) WHERE label <> 'Entity'][0] AS type,
     COUNT { (:Post)-[:MENTIONS]->(actor) } AS posts
ORDER BY posts DESC, actor.name
WITH type, count(actor) AS actors, sum(posts) AS mentions,
     collect(actor.name + ' (' + toString(posts) + ')') AS ranked
RETURN type, actors, mentions, ranked[..$top] AS most_mentioned
ORDER BY actors DESC, type
