// Title: What a post asserts
// Question: Which relations does one post assert, and in which of its sentences?
// Parameters:
//   post_id: the post's id (as graphkit extract prints it)
// :param post_id => ''
// Example result on the sample:
//   (filled from a run)
MATCH (post:Post {id: $post_id})-[:MENTIONS]->(subject:Entity)-[r]->(object:Entity)
WHERE $post_id IN r.post_ids
WITH post, subject, r, object,
     [i IN range(0, size(r.post_ids) - 1) WHERE r.post_ids[i] = $post_id][0] AS i
RETURN post.date AS date,
       subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.evidence[i] AS evidence,
       r.modality AS modality,
       r.confidence AS confidence,
       r.count AS posts
ORDER BY relation, subject, object
