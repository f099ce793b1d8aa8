// Title: Weakly supported relations
// Question: Which relations rest on a single post with low confidence, and so deserve a check?
// Parameters:
//   max_confidence: the highest confidence still counted as low (0 to 1)
//   limit: how many relations to list
// :param max_confidence => 0.6
// :param limit => 100
// Example result on the sample:
//   subject        relation  object                            confidence  modality  post_id                evidence                                      rules
//   -------------  --------  --------------------------------  ----------  --------  ---------------------  --------------------------------------------  --------------
//   Sergey Lavrov  ATTENDED  #BRICS Foreign Ministers Meeting  0.6         asserted  dump:9b4955a90cf57d7f  🤝 Foreign Minister Sergey Lavrov met with M…  on_the_margins
//   Hakan Fidan    MET_WITH  Sergey Lavrov                     0.6         asserted  1000000042:5           ☎️ Foreign Minister Sergey Lavrov had a tel…  phone_call
//   Sergey Lavrov  MET_WITH  Wang Yi                           0.6         asserted  dump:393310bae8344673  ☎️ Foreign Minister Sergey Lavrov’s telepho…  phone_call
//   (3 rows)
MATCH (subject:Entity)-[r]->(object:Entity)
WHERE size(r.post_ids) = 1 AND r.confidence <= $max_confidence
RETURN subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.confidence AS confidence,
       r.modality AS modality,
       r.post_ids[0] AS post_id,
       r.evidence[0] AS evidence,
       r.rules AS rules
ORDER BY confidence, relation, subject, object
LIMIT $limit
