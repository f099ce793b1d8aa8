// Title: Meetings and visits
// Question: Who met whom and who visited where, when, and according to which posts?
// Parameters:
//   actor: key, name, alias or (for a person) surname of an actor on either side, in any case; '' for everyone
//   limit: how many rows to list
:param actor => '';
:param limit => 100;
// Notes: evidence and post_ids are parallel lists of at most 3 items, the sample the
// relationship keeps (its earliest asserting posts); posts-asserting-relation lists all.
// Example result on the sample:
//   first_seen  last_seen   subject                    relation  object         posts  modality  evidence                                      post_ids
//   ----------  ----------  -------------------------  --------  -------------  -----  --------  --------------------------------------------  ---------------------
//   2023-04-14  2023-04-14  Luiz Inacio Lula da Silva  VISITED   Beijing        1      asserted  🔹 During his visit to Beijing, President of…  dump:88fb9c0db9cc226d
//   2023-04-14  2023-04-14  Sergey Lavrov              VISITED   Uzbekistan     1      asserted  🎙 FM Sergey Lavrov’s remarks and answers to…  dump:88fb9c0db9cc226d
//   2024-03-01  2024-03-01  Sergey Lavrov              MET_WITH  Sugiono        1      asserted  Foreign Minister Sergey Lavrov’s talks with…  1000000042:2
//   2024-03-01  2024-03-01  Sugiono                    VISITED   Moscow         1      asserted  Foreign Minister Sergey Lavrov met with Min…  1000000042:2
//   2024-03-04  2024-03-04  Murat Nurtleu              MET_WITH  Sergey Lavrov  1      asserted  🔹 Sergey Lavrov and Murat Nurtleu discussed…  dump:058074b168e775dc
//   2024-03-04  2024-03-04  Sergey Lavrov              VISITED   Kazakhstan     1      asserted  🎙 Foreign Minister Sergey Lavrov’s news con…  dump:058074b168e775dc
//   (10 rows; the first 6 shown)
MATCH (subject)-[r:MET_WITH|VISITED]->(object)
WHERE ($actor = ''
   OR any(side IN [subject, object] WHERE
          toLower(side.key) = toLower($actor) OR toLower(side.name) = toLower($actor)
          OR (side:Person AND toLower(side.name) ENDS WITH ' ' + toLower($actor))
          OR any(alias IN coalesce(side.aliases, []) WHERE toLower(alias) = toLower($actor))))
WITH subject, r, object
ORDER BY r.first_seen IS NULL, r.first_seen, subject.name, object.name
LIMIT $limit
RETURN r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.count AS posts,
       r.modality AS modality,
       COLLECT {
         UNWIND range(0, size(r.sample_post_ids) - 1) AS k
         OPTIONAL MATCH (post:Post {id: r.sample_post_ids[k]})
         WITH k, post, [i IN range(0, coalesce(size(post.assertion_types), 0) - 1)
                        WHERE post.assertion_types[i] = type(r)
                          AND post.assertion_sources[i] = subject.key
                          AND post.assertion_targets[i] = object.key][0] AS i
         WITH k, post, i, post.assertion_spans[2 * i] AS start
         RETURN CASE WHEN start < 0 THEN post.assertion_evidence[i]
                     ELSE substring(post.text, start, post.assertion_spans[2 * i + 1] - start)
                END AS sentence
         ORDER BY k
       } AS evidence,
       r.sample_post_ids AS post_ids
ORDER BY first_seen IS NULL, first_seen, subject, object
