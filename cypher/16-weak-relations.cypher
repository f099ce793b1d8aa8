// Title: Weakly supported relations
// Question: Which relations rest on a single post with low confidence, and so deserve a check?
// Parameters:
//   max_confidence: the highest confidence still counted as low (0 to 1)
//   limit: how many relations to list
:param max_confidence => 0.6;
:param limit => 100;
// Notes: rule is the extraction rule that found the relation in its one post.
// Example result on the sample:
//   subject                  relation    object                           confidence  modality  post_id                evidence                                      rule
//   -----------------------  ----------  -------------------------------  ----------  --------  ---------------------  --------------------------------------------  --------------------
//   Sergey Lavrov            SUPPORTED   BRICS                            0.5         asserted  dump:6c27f651d37a8b43  • #BRICS exemplifies constructive multilate…  exemplary_actor
//   Sergey Lavrov            CRITICISED  the West                         0.55        asserted  dump:88fb9c0db9cc226d  We focused on the international situation, …  condemned_by_agent
//   Sergey Lavrov            INVITED     Secretariat of the EAEU          0.55        asserted  1000000042:3           📨 Invitations have been extended to the for…  invitations_extended
//   Sergey Shoigu            INVITED     ASEAN                            0.55        asserted  dump:1a0d1d431886ca63  Invitations to participate in this forum ha…  invitations_extended
//   Sergey Lavrov            ATTENDED    BRICS Foreign Ministers Meeting  0.6         asserted  dump:9b4955a90cf57d7f  🤝 Foreign Minister Sergey Lavrov met with M…  on_the_margins
//   Subrahmanyam Jaishankar  ATTENDED    BRICS Foreign Ministers Meeting  0.6         asserted  dump:9b4955a90cf57d7f  🤝 Foreign Minister Sergey Lavrov met with M…  on_the_margins
//   (11 rows; the first 6 shown)
MATCH (subject)-[r:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF]->(object)
WHERE r.count = 1 AND r.confidence <= $max_confidence
WITH subject, r, object
ORDER BY r.confidence, type(r), subject.name, object.name
LIMIT $limit
WITH subject, r, object, r.sample_post_ids[0] AS post_id
OPTIONAL MATCH (post:Post {id: post_id})
WITH subject, r, object, post_id, post,
     [i IN range(0, coalesce(size(post.assertion_types), 0) - 1)
      WHERE post.assertion_types[i] = type(r)
        AND post.assertion_sources[i] = subject.key
        AND post.assertion_targets[i] = object.key][0] AS i
WITH subject, r, object, post_id, post, i, post.assertion_spans[2 * i] AS start
RETURN subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.confidence AS confidence,
       r.modality AS modality,
       post_id,
       CASE WHEN start < 0 THEN post.assertion_evidence[i]
            ELSE substring(post.text, start, post.assertion_spans[2 * i + 1] - start) END AS evidence,
       post.assertion_rules[i] AS rule
ORDER BY confidence, relation, subject, object
