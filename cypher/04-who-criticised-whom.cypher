// Title: Who criticised whom
// Question: Which actors criticised which, in how many posts, when, and in which sentences?
// Parameters:
//   actor: key, name, alias or (for a person) surname of an actor on either side, in any case; '' for everyone
//   limit: how many pairs to list
:param actor => '';
:param limit => 50;
// Notes: evidence, post_ids and dates are parallel lists of at most 3 items, the sample
// the relationship keeps: its earliest asserting posts by date. posts-asserting-relation
// lists every asserting post.
// Example result on the sample:
//   critic         target         posts  first_seen  last_seen   confidence  modality  evidence                                      post_ids                                      dates
//   -------------  -------------  -----  ----------  ----------  ----------  --------  --------------------------------------------  --------------------------------------------  ----------------------------------
//   Sergey Lavrov  NATO           3      2024-03-04  2025-05-28  0.75        asserted  💬 Sergey Lavrov criticised NATO for drawing…  dump:058074b168e775dc; 1000000042:7; dump:6…  2024-03-04; 2024-07-27; 2025-05-28
//   Sergey Lavrov  EU             2      2023-04-14  2024-08-02  0.75        asserted  🔹 Despite the sanctions the West has impose…  dump:88fb9c0db9cc226d; dump:393310bae8344673  2023-04-14; 2024-08-02
//   Sergey Lavrov  United States  2      2023-04-14  2024-07-26  0.75        asserted  🔹 Despite the sanctions the West has impose…  dump:88fb9c0db9cc226d; 1000000042:4           2023-04-14; 2024-07-26
//   Sergey Lavrov  the West       1      2023-04-14  2023-04-14  0.55        asserted  We focused on the international situation, …  dump:88fb9c0db9cc226d                         2023-04-14
//   Wang Yi        EU             1      2024-08-02  2024-08-02  0.75        asserted  🔸 Sergey Lavrov and Wang Yi criticised the …  dump:393310bae8344673                         2024-08-02
//   (5 rows)
MATCH (critic)-[r:CRITICISED]->(target)
WHERE $actor = ''
   OR any(side IN [critic, target] WHERE
          toLower(side.key) = toLower($actor) OR toLower(side.name) = toLower($actor)
          OR (side:Person AND toLower(side.name) ENDS WITH ' ' + toLower($actor))
          OR any(alias IN coalesce(side.aliases, []) WHERE toLower(alias) = toLower($actor)))
WITH critic, r, target
ORDER BY r.count DESC, critic.name, target.name
LIMIT $limit
RETURN critic.name AS critic,
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
                          AND post.assertion_sources[i] = critic.key
                          AND post.assertion_targets[i] = target.key][0] AS i
         WITH k, post, i, post.assertion_spans[2 * i] AS start
         RETURN CASE WHEN start < 0 THEN post.assertion_evidence[i]
                     ELSE substring(post.text, start, post.assertion_spans[2 * i + 1] - start)
                END AS sentence
         ORDER BY k
       } AS evidence,
       r.sample_post_ids AS post_ids,
       r.sample_dates AS dates
ORDER BY posts DESC, critic, target
