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
MATCH (assertion:Assertion {source: startNode(r).key, type: type(r), target: endNode(r).key})
WITH subject, r, object, assertion
ORDER BY subject.name, type(r), object.name, assertion.date, assertion.post_id
LIMIT $limit
OPTIONAL MATCH (post:Post {id: assertion.post_id})
RETURN subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       assertion.post_id AS post_id,
       left(coalesce(post.date, assertion.date), 10) AS date,
       post.channel AS channel,
       assertion.evidence AS evidence
ORDER BY subject, relation, object, date, post_id
