// Title: What a post asserts
// Question: Which relations does one post assert, and in which of its sentences?
// Parameters:
//   post_id: the post's id (as graphkit extract prints it; the default is a post of
//     examples/channel_dump.txt)
:param post_id => 'dump:058074b168e775dc';
// Example result on the sample:
//   date        subject                                       relation    object                                        evidence                                      modality  confidence  posts
//   ----------  --------------------------------------------  ----------  --------------------------------------------  --------------------------------------------  --------  ----------  -----
//   2024-03-04  Sergey Lavrov                                 CRITICISED  NATO                                          💬 Sergey Lavrov criticised NATO for drawing…  asserted  0.75        3
//   2024-03-04  news conference following his visit to the …  HELD_IN     Astana                                        📍 Astana, March 4, 2024                       asserted  0.6         1
//   2024-03-04  Murat Nurtleu                                 HOLDS_ROLE  Kazakhstan                                    🔹 Foreign Minister Sergey Lavrov visited Ka…  asserted  0.9         1
//   2024-03-04  Murat Nurtleu                                 INVITED     Sergey Lavrov                                 🔹 Foreign Minister Sergey Lavrov visited Ka…  asserted  0.75        1
//   2024-03-04  Murat Nurtleu                                 MET_WITH    Sergey Lavrov                                 🔹 Sergey Lavrov and Murat Nurtleu discussed…  asserted  0.8         1
//   2024-03-04  Sergey Lavrov                                 SPOKE_AT    news conference following his visit to the …  🎙 Foreign Minister Sergey Lavrov’s news con…  asserted  0.85        1
//   (8 rows; the first 6 shown)
MATCH (post:Post {id: $post_id})
UNWIND range(0, coalesce(size(post.assertion_types), 0) - 1) AS i
WITH post, i, post.assertion_types[i] AS relation, post.assertion_spans[2 * i] AS start
MATCH (subject:Entity {key: post.assertion_sources[i]})
MATCH (object:Entity {key: post.assertion_targets[i]})
OPTIONAL MATCH (subject)-[r]->(object)
WHERE type(r) = relation
RETURN left(post.date, 10) AS date,
       subject.name AS subject,
       relation,
       object.name AS object,
       CASE WHEN start < 0 THEN post.assertion_evidence[i]
            ELSE substring(post.text, start, post.assertion_spans[2 * i + 1] - start) END AS evidence,
       post.assertion_modalities[i] AS modality,
       post.assertion_confidences[i] AS confidence,
       r.count AS posts
ORDER BY relation, subject, object
