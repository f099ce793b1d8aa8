// Title: Weakly supported relations
// Question: Which relations rest on a single post with low confidence, and so deserve a check?
// Parameters:
//   max_confidence: the highest confidence still counted as low (0 to 1)
//   limit: how many relations to list
// :param max_confidence => 0.6
// :param limit => 100
// Example result on the sample:
//   subject                  relation    object                            confidence  modality  post_id                evidence                                      rules
//   -----------------------  ----------  --------------------------------  ----------  --------  ---------------------  --------------------------------------------  --------------------
//   Sergey Lavrov            SUPPORTED   BRICS                             0.5         asserted  dump:6c27f651d37a8b43  • #BRICS exemplifies constructive multilate…  exemplary_actor
//   Sergey Lavrov            CRITICISED  the West                          0.55        asserted  dump:88fb9c0db9cc226d  We focused on the international situation, …  condemned_by_agent
//   Sergey Lavrov            INVITED     Secretariat of the #EAEU          0.55        asserted  1000000042:3           📨 Invitations have been extended to the for…  invitations_extended
//   Sergey Shoigu            INVITED     ASEAN                             0.55        asserted  dump:1a0d1d431886ca63  Invitations to participate in this forum ha…  invitations_extended
//   Sergey Lavrov            ATTENDED    #BRICS Foreign Ministers Meeting  0.6         asserted  dump:9b4955a90cf57d7f  🤝 Foreign Minister Sergey Lavrov met with M…  on_the_margins
//   Subrahmanyam Jaishankar  ATTENDED    #BRICS Foreign Ministers Meeting  0.6         asserted  dump:9b4955a90cf57d7f  🤝 Foreign Minister Sergey Lavrov met with M…  on_the_margins
//   (11 rows; the first 6 shown)
MATCH (subject:Entity)-[r]->(object:Entity)
WHERE r.count = 1 AND r.confidence <= $max_confidence
MATCH (a:Assertion {source: subject.key, type: type(r), target: object.key})
RETURN subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.confidence AS confidence,
       r.modality AS modality,
       a.post_id AS post_id,
       a.evidence AS evidence,
       [a.rule] AS rules
ORDER BY confidence, relation, subject, object
LIMIT $limit
