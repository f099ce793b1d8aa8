// Title: Who supported whom
// Question: Which actors supported which, in how many posts, when, and in which sentences?
// Parameters:
//   actor: key, name, alias or (for a person) surname of an actor on either side, in any case; '' for everyone
//   limit: how many pairs to list
:param actor => '';
:param limit => 50;
// Notes: evidence, post_ids and dates are parallel lists of at most 3 items, the sample
// the relationship keeps: its earliest asserting posts by date. posts-asserting-relation
// lists every asserting post.
// Example result on the sample:
//   supporter      target     posts  first_seen  last_seen   confidence  modality  evidence                                      post_ids                    dates
//   -------------  ---------  -----  ----------  ----------  ----------  --------  --------------------------------------------  --------------------------  ----------------------
//   Sergey Lavrov  ASEAN      2      2024-07-26  2024-07-27  0.7         asserted  In his remarks, Sergey Lavrov supported the…  1000000042:4; 1000000042:7  2024-07-26; 2024-07-27
//   Russia         Indonesia  1      2024-03-01  2024-03-01  0.7         asserted  Russia supported Indonesia’s decision to jo…  1000000042:2                2024-03-01
//   Russia         SCO        1      2024-07-27  2024-07-27  0.7         asserted  Russia supports the #SCO as a platform for …  1000000042:6                2024-07-27
//   Sergey Lavrov  BRICS      1      2025-05-28  2025-05-28  0.5         asserted  • #BRICS exemplifies constructive multilate…  dump:6c27f651d37a8b43       2025-05-28
//   Sergey Lavrov  SCO        1      2024-03-04  2024-03-04  0.7         asserted  💬 Mr Lavrov supported the Shanghai Cooperat…  dump:058074b168e775dc       2024-03-04
//   (5 rows)
MATCH (supporter)-[r:SUPPORTED]->(target)
WHERE $actor = ''
   OR any(side IN [supporter, target] WHERE
          toLower(side.key) = toLower($actor) OR toLower(side.name) = toLower($actor)
          OR (side:Person AND toLower(side.name) ENDS WITH ' ' + toLower($actor))
          OR any(alias IN coalesce(side.aliases, []) WHERE toLower(alias) = toLower($actor)))
WITH supporter, r, target
ORDER BY r.count DESC, supporter.name, target.name
LIMIT $limit
RETURN supporter.name AS supporter,
       target.name AS target,
       r.count AS posts,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.confidence AS confidence,
       r.modality AS modality,
       COLLECT {
         UNWIND range(0, size(r.sample_post_ids) - 1) AS k
         OPTIONAL MATCH (post:Post {id: r.sample_post_ids[k]})
         WITH k, post, [i IN range(0, coalesce(size(post.assertion_types), 0) - 1)
                        WHERE post.assertion_types[i] = type(r)
                          AND post.assertion_sources[i] = supporter.key
                          AND post.assertion_targets[i] = target.key][0] AS i
         WITH k, post, i, post.assertion_spans[2 * i] AS start
         RETURN CASE WHEN start < 0 THEN post.assertion_evidence[i]
                     ELSE substring(post.text, start, post.assertion_spans[2 * i + 1] - start)
                END AS sentence
         ORDER BY k
       } AS evidence,
       r.sample_post_ids AS post_ids,
       r.sample_dates AS dates
ORDER BY posts DESC, supporter, target
