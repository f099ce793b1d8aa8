// Title: Actor profile
// Question: What roles, events and relations does one actor have, how often are they asserted, and when?
// Parameters:
//   actor: the actor's key, name, one of its aliases, or a person's surname, in any case
:param actor => 'Sergey Lavrov';
// Notes: aspect is "role" (HOLDS_ROLE, MEMBER_OF), "event" (a relation with an Event) or
// "relation"; direction is "out" (the actor is the subject), "in" (the object) or "with"
// (MET_WITH, which has no direction).
// Example result on the sample:
//   actor          aspect    relation    direction  other                                         other_type    posts  first_seen  last_seen   modality
//   -------------  --------  ----------  ---------  --------------------------------------------  ------------  -----  ----------  ----------  --------
//   Sergey Lavrov  event     ATTENDED    out        31st ASEAN Regional Forum Ministerial Meeti…  Event         1      2024-07-26  2024-07-26  asserted
//   Sergey Lavrov  event     ATTENDED    out        BRICS Foreign Ministers Meeting               Event         1      2024-06-10  2024-06-10  asserted
//   Sergey Lavrov  event     CHAIRED     out        1st Ministerial Conference of the Russia–Af…  Event         1      2024-10-30  2024-10-30  planned
//   Sergey Lavrov  event     SPOKE_AT    out        13th International Meeting of High Represen…  Event         1      2025-05-28  2025-05-28  asserted
//   Sergey Lavrov  event     SPOKE_AT    out        2nd International Conference on Eurasian Se…  Event         1      2024-10-08  2024-10-08  planned
//   Sergey Lavrov  event     SPOKE_AT    out        news conference following his visit to the …  Event         1      2024-03-04  2024-03-04  asserted
//   Sergey Lavrov  event     SPOKE_AT    out        news conference following the East Asia Sum…  Event         1      2024-07-27  2024-07-27  asserted
//   Sergey Lavrov  event     SPOKE_AT    out        news conference to sum up his visit to the …  Event         1      2024-07-27  2024-07-27  asserted
//   Sergey Lavrov  event     SPOKE_AT    out        news conference to sum up his visit to the …  Event         1      2023-04-14  2023-04-14  asserted
//   Sergey Lavrov  relation  CRITICISED  out        NATO                                          Organisation  3      2024-03-04  2025-05-28  asserted
//   Sergey Lavrov  relation  CRITICISED  out        EU                                            Organisation  2      2023-04-14  2024-08-02  asserted
//   Sergey Lavrov  relation  CRITICISED  out        United States                                 Country       2      2023-04-14  2024-07-26  asserted
//   (26 rows; the first 12 shown)
MATCH (actor:Entity)
WHERE toLower(actor.key) = toLower($actor) OR toLower(actor.name) = toLower($actor)
   OR (actor:Person AND toLower(actor.name) ENDS WITH ' ' + toLower($actor))
   OR any(alias IN coalesce(actor.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (actor)-[r:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF]-(other)
WITH actor, r, other,
     CASE
       WHEN type(r) IN ['HOLDS_ROLE', 'MEMBER_OF'] THEN 'role'
       WHEN actor:Event OR other:Event THEN 'event'
       ELSE 'relation'
     END AS aspect
RETURN actor.name AS actor,
       aspect,
       type(r) AS relation,
       CASE WHEN type(r) = 'MET_WITH' THEN 'with' WHEN startNode(r) = actor THEN 'out' ELSE 'in' END
         AS direction,
       other.name AS other,
       [label IN labels(other) WHERE label <> 'Entity'][0] AS other_type,
       r.count AS posts,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.modality AS modality
ORDER BY actor, CASE aspect WHEN 'role' THEN 0 WHEN 'event' THEN 1 ELSE 2 END, relation,
         posts DESC, other
