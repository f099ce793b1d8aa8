// Title: New actors per month
// Question: How many actors appear for the first time each month (by the date of the first post mentioning them), and which?
// Parameters:
//   type: one entity type, '' for all
//   examples: how many of the new actors to name per month
:param type => '';
:param examples => 10;
// Notes: actors mentioned only in undated posts are counted under "undated".
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
OPTIONAL MATCH (actor)<-[:MENTIONS]-(post)
WITH actor, min(post.date) AS first_date
WITH coalesce(left(first_date, 7), 'undated') AS month, actor
ORDER BY actor.name
WITH month, count(actor) AS new_actors, collect(actor.name) AS names
RETURN month, new_actors, names[..$examples] AS examples
ORDER BY month
