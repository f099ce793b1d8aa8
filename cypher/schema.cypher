// graphkit's graph model in Neo4j (model 2, docs/model.md): constraints and indexes.
// graphkit runs every statement of this file (IF NOT EXISTS) before its first write.
//
// Nodes
//   (:Entity:<Type> {key, name, aliases})   Type is one of Person, Organisation, Country,
//                                           Place, Event, Group; key is the canonical key.
//   (:Post {id, text, date, channel, hashtags, links, forwarded_from, version_of, lang})
//   (:Channel {key, name})                  a channel that posts were forwarded from
//   (:Assertion {key, type, source, target, post_id, evidence, rule, confidence, modality,
//                date})                     one post asserting one relation; key is
//                                           'post_id|source|TYPE|target', date absent
//                                           when the post has none
//   (:Meta {key: 'graphkit', model: 2})     the graph model the database holds
//   (:MergedEntity {key, into})             a surname-only person merged into the full-named
//                                           person whose key is `into` (docs/model.md)
//
// Relationships
//   (:Post)-[:MENTIONS]->(:Entity)
//   (:Post)-[:FORWARDED_FROM]->(:Channel)
//   (:Post)-[:ASSERTS]->(:Assertion)
//   (:Entity)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|
//              SUPPORTED|HOLDS_ROLE|MEMBER_OF]->(:Entity)
//     One aggregate relationship per (subject, type, object); MET_WITH is symmetric and
//     stored once, from the smaller key to the larger. Every property is updated in
//     constant time per batch, however often the relationship was asserted before:
//       count        number of asserting posts (= its Assertion nodes)
//       confidence   the highest confidence of any assertion
//       first_seen, last_seen   earliest and latest known date (absent when none is known)
//       modality     'asserted' once any post asserts it, else 'planned'
//       sample_post_ids, sample_evidence, sample_dates
//                    parallel lists: the 3 earliest assertions by (date, post id), undated
//                    last ('' in sample_dates); everything else is on the Assertion nodes,
//                    found by (source, type, target) through the assertion_edge index.
//     A write creates only assertions whose key is not stored yet and folds only those
//     into the relationship: reloading a post changes nothing.
//
// Model 1 (post_ids, evidence, dates, rules lists on the relationship,
// no Meta node) is upgraded in place by `graphkit migrate` or `graphkit load`.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT channel_key IF NOT EXISTS FOR (c:Channel) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT assertion_key IF NOT EXISTS FOR (a:Assertion) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT merged_key IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.key IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX post_date IF NOT EXISTS FOR (p:Post) ON (p.date);
CREATE INDEX post_channel IF NOT EXISTS FOR (p:Post) ON (p.channel);
CREATE INDEX assertion_edge IF NOT EXISTS FOR (a:Assertion) ON (a.source, a.type, a.target);
