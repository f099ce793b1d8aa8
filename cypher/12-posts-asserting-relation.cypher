// Title: Posts asserting a relation
// Question: Which posts assert that one actor is related to another, when, and in which sentences?
// Parameters:
//   subject: key, name or alias of the subject, in any case; '' for any
//   relation: a relation type such as CRITICISED; '' for any
//   object: key, name or alias of the object, in any case; '' for any
//   limit: how many posts to list
// :param subject => 'Sergey Lavrov'
// :param relation => 'CRITICISED'
// :param object => ''
// :param limit => 100
// Notes: MET_WITH has no direction: either actor can be given as the subject.
// Example result on the sample:
//   (filled from a run)
MATCH (subject:Entity)-[r]-(object:Entity)
WHERE (startNode(r) = subject OR (type(r) = 'MET_WITH' AND ($subject <> '' OR $object <> '')))
  AND ($relation = '' OR type(r) = toUpper($relation))
  AND ($subject = ''
       OR toLower(subject.key) = toLower($subject) OR toLower(subject.name) = toLower($subject)
       OR any(alias IN coalesce(subject.aliases, []) WHERE toLower(alias) = toLower($subject)))
  AND ($object = ''
       OR toLower(object.key) = toLower($object) OR toLower(object.name) = toLower($object)
       OR any(alias IN coalesce(object.aliases, []) WHERE toLower(alias) = toLower($object)))
UNWIND range(0, size(r.post_ids) - 1) AS i
OPTIONAL MATCH (post:Post {id: r.post_ids[i]})
RETURN subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.post_ids[i] AS post_id,
       coalesce(post.date, r.dates[i]) AS date,
       post.channel AS channel,
       r.evidence[i] AS evidence
ORDER BY subject, relation, object, date, post_id
LIMIT $limit
