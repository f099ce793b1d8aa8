// Title: New actors per month
// Question: How many actors appear for the first time each month (by the date of the first post mentioning them), and which?
// Parameters:
//   type: one entity type, '' for all
//   examples: how many of the new actors to name per month
// :param type => ''
// :param examples => 10
// Notes: actors mentioned only in undated posts are counted under "undated".
// Example result on the sample:
//   (filled from a run)
MATCH (actor:Entity)
WHERE $type = '' OR any(label IN labels(actor) WHERE toLower(label) = toLower($type))
OPTIONAL MATCH (post:Post)-[:MENTIONS]->(actor)
WITH actor, min(left(post.date, 7)) AS first_month
WITH coalesce(first_month, 'undated') AS month, actor
ORDER BY actor.name
WITH month, count(actor) AS new_actors, collect(actor.name) AS names
RETURN month, new_actors, names[..$examples] AS examples
ORDER BY month
