// Title: New actors per month
// Question: How many actors appear for the first time each month (by the date of the first post mentioning them), and which?
// Parameters:
//   type: one entity type, '' for all
//   examples: how many of the new actors to name per month
:param type => '';
:param examples => 10;
// Notes: actors mentioned only in undated posts are counted under "undated". An actor in
// at most 200 posts gets the earliest date of its posts; a busier one the first post of
// the post_date index that mentions it, found by walking the index from the start (a
// frequent actor appears early, so the walk is short): no query reads every mention.
// Example result on the sample:
//   month    new_actors  examples
//   -------  ----------  --------------------------------------------
//   2023-04  22          Beijing; Belarus; Brazil; CIS; CIS Foreign …
//   2024-03  11          ASEAN; Astana; BRICS; G20; Indonesia; Kazak…
//   2024-06  8           Africa; Asia; BRICS Foreign Ministers Meeti…
//   2024-07  9           31st ASEAN Regional Forum Ministerial Meeti…
//   2024-08  4           China; Islamabad; SCO Heads of Government C…
//   2024-09  4           Black Sea; Hakan Fidan; Middle East; Turkey
//   (8 rows; the first 6 shown)
MATCH (actor:Entity)
WHERE $type = '' OR any(label IN labels(actor) WHERE toLower(label) = toLower($type))
WITH actor, COUNT { (actor)<-[:MENTIONS]-() } AS mentions
CALL (actor, mentions) {
  MATCH (post:Post)
  WHERE post.date >= CASE WHEN mentions > 200 THEN '' ELSE '\uffff' END
    AND (post)-[:MENTIONS]->(actor)
  RETURN post.date AS first_date ORDER BY post.date LIMIT 1
  UNION
  OPTIONAL MATCH (actor)<-[:MENTIONS]-(post)
  WHERE mentions <= 200
  RETURN min(post.date) AS first_date
}
WITH actor, min(first_date) AS first_date
WITH coalesce(left(first_date, 7), 'undated') AS month, actor
ORDER BY actor.name
WITH month, count(actor) AS new_actors, collect(actor.name) AS names
RETURN month, new_actors, names[..$examples] AS examples
ORDER BY month
