// Title: Posts asserting a relation
// Question: Which posts assert that one actor is related to another, when, and in which sentences?
// Parameters:
//   subject: key, name, alias or (for a person) surname of the subject, in any case; '' for any
//   relation: a relation type such as CRITICISED; '' for any
//   object: key, name, alias or (for a person) surname of the object, in any case; '' for any
//   limit: how many posts to list
:param subject => 'Sergey Lavrov';
:param relation => 'CRITICISED';
:param object => '';
:param limit => 100;
// Notes: MET_WITH has no direction: either actor can be given as the subject.
// Example result on the sample:
//   subject        relation    object         post_id                date        channel       evidence
//   -------------  ----------  -------------  ---------------------  ----------  ------------  --------------------------------------------
//   Sergey Lavrov  CRITICISED  EU             dump:88fb9c0db9cc226d  2023-04-14  channel_dump  🔹 Despite the sanctions the West has impose…
//   Sergey Lavrov  CRITICISED  EU             dump:393310bae8344673  2024-08-02  channel_dump  🔸 Sergey Lavrov and Wang Yi criticised the …
//   Sergey Lavrov  CRITICISED  NATO           dump:058074b168e775dc  2024-03-04  channel_dump  💬 Sergey Lavrov criticised NATO for drawing…
//   Sergey Lavrov  CRITICISED  NATO           1000000042:7           2024-07-27  Russian MFA   He supported the Association of Southeast A…
//   Sergey Lavrov  CRITICISED  NATO           dump:6c27f651d37a8b43  2025-05-28  channel_dump  • The conflict in Ukraine (and more fundame…
//   Sergey Lavrov  CRITICISED  United States  dump:88fb9c0db9cc226d  2023-04-14  channel_dump  🔹 Despite the sanctions the West has impose…
//   (8 rows; the first 6 shown)
MATCH (subject:Entity)-[r:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF]-(object:Entity)
WHERE (startNode(r) = subject OR (type(r) = 'MET_WITH' AND ($subject <> '' OR $object <> '')))
  AND ($relation = '' OR type(r) = toUpper($relation))
  AND ($subject = ''
       OR toLower(subject.key) = toLower($subject) OR toLower(subject.name) = toLower($subject)
       OR (subject:Person AND toLower(subject.name) ENDS WITH ' ' + toLower($subject))
       OR any(alias IN coalesce(subject.aliases, []) WHERE toLower(alias) = toLower($subject)))
  AND ($object = ''
       OR toLower(object.key) = toLower($object) OR toLower(object.name) = toLower($object)
       OR (object:Person AND toLower(object.name) ENDS WITH ' ' + toLower($object))
       OR any(alias IN coalesce(object.aliases, []) WHERE toLower(alias) = toLower($object)))
// Each relationship has at least one asserting post: the first $limit rows come from
// the first $limit relationships.
WITH subject, r, object
ORDER BY subject.name, type(r), object.name, subject.key, object.key
LIMIT $limit
// A post mentions both ends of what it asserts: the relationship's assertions are in the
// posts of its end with fewer posts (a count read in constant time).
CALL (r) {
  WITH startNode(r) AS source, endNode(r) AS target
  WITH source, target,
       CASE WHEN COUNT { (source)<-[:MENTIONS]-() } <= COUNT { (target)<-[:MENTIONS]-() }
            THEN source ELSE target END AS fewer
  MATCH (fewer)<-[:MENTIONS]-(post:Post)
  UNWIND range(0, coalesce(size(post.assertion_types), 0) - 1) AS i
  WITH source, target, post, i
  WHERE post.assertion_types[i] = type(r)
    AND post.assertion_sources[i] = source.key
    AND post.assertion_targets[i] = target.key
  RETURN post, i
}
WITH subject, r, object, post, i, left(post.date, 10) AS date
ORDER BY subject.name, type(r), object.name, date, post.id
LIMIT $limit
WITH subject, r, object, post, i, date, post.assertion_spans[2 * i] AS start
RETURN subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       post.id AS post_id,
       date,
       post.channel AS channel,
       CASE WHEN start < 0 THEN post.assertion_evidence[i]
            ELSE substring(post.text, start, post.assertion_spans[2 * i + 1] - start) END AS evidence
ORDER BY subject, relation, object, date, post_id
