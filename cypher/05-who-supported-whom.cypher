// Title: Who supported whom
// Question: Which actors supported which, in how many posts, when, and in which sentences?
// Parameters:
//   actor: key, name or alias of an actor on either side, in any case; '' for everyone
//   limit: how many pairs to list
// :param actor => ''
// :param limit => 50
// Notes: evidence, post_ids and dates are parallel lists, one item per asserting post.
// Example result on the sample:
//   (filled from a run)
MATCH (supporter:Entity)-[r:SUPPORTED]->(target:Entity)
WHERE $actor = ''
   OR any(side IN [supporter, target] WHERE
          toLower(side.key) = toLower($actor) OR toLower(side.name) = toLower($actor)
          OR any(alias IN coalesce(side.aliases, []) WHERE toLower(alias) = toLower($actor)))
RETURN supporter.name AS supporter,
       target.name AS target,
       r.count AS posts,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.confidence AS confidence,
       r.modality AS modality,
       r.evidence AS evidence,
       r.post_ids AS post_ids,
       r.dates AS dates
ORDER BY posts DESC, supporter, target
LIMIT $limit
