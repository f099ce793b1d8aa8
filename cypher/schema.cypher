// graphkit's graph model in Neo4j (model 3, docs/model.md): constraints and indexes.
// graphkit runs every statement of this file (IF NOT EXISTS / IF EXISTS) before its first
// write.
//
// Nodes
//   (:Entity:<Type> {key, name, aliases})   Type is one of Person, Organisation, Country,
//                                           Place, Event, Group; key is the canonical key.
//   (:Post {id, text, date, channel, hashtags, links, forwarded_from, version_of, lang,
//           assertion_types, assertion_sources, assertion_targets, assertion_rules,
//           assertion_confidences, assertion_modalities, assertion_spans,
//           assertion_evidence})
//     The assertion_* lists are the post's assertions (graphkit/store/post_lists.py),
//     present only when it asserts something: index i of every list is one relation
//     (source, TYPE, target) the post asserts, ordered by (source, type, target), with
//     its rule ('' when none), confidence and modality ('asserted' | 'planned'). Its
//     evidence is substring(p.text, spans[2i], spans[2i+1] - spans[2i]), or
//     assertion_evidence[i] when the spans are -1, -1 (assertion_evidence exists only
//     then). The assertion's date is the post's (first 10 characters), its key
//     'post_id|source|TYPE|target'. A post mentions both ends of each of its assertions.
//   (:Channel {key, name})                  a channel that posts were forwarded from
//   (:Meta {key: 'graphkit', model: 3})     the graph model the database holds
//   (:MergedEntity {key, into})             a surname-only person merged into the full-named
//                                           person whose key is `into` (docs/model.md)
//
// Relationships
//   (:Post)-[:MENTIONS]->(:Entity)
//   (:Post)-[:FORWARDED_FROM]->(:Channel)
//   (:Entity)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|
//              SUPPORTED|HOLDS_ROLE|MEMBER_OF]->(:Entity)
//     One aggregate relationship per (subject, type, object); MET_WITH is symmetric and
//     stored once, from the smaller key to the larger. Every property is updated in
//     constant time per batch, however often the relationship was asserted before:
//       count        number of asserting posts
//       confidence   the highest confidence of any assertion
//       first_seen, last_seen   earliest and latest known date (absent when none is known)
//       modality     'asserted' once any post asserts it, else 'planned'
//       sample_post_ids, sample_dates
//                    parallel lists: the 3 earliest asserting posts by (date, post id),
//                    undated last ('' in sample_dates); their sentences are read from
//                    those posts' lists, everything else from the posts that mention
//                    both ends.
//     A post's assertions are written with the post; a stored post gains only the
//     triples it lacks, and only those are folded into the relationships: reloading a
//     post changes nothing.
//
// Model 2 (one (:Assertion {key, type, source, target, post_id, evidence, rule, confidence,
// modality, date}) node per post and relation, linked by (:Post)-[:ASSERTS]->, under the
// assertion_key constraint and the assertion_edge index; sample_evidence on the
// relationships; Meta model 2) is upgraded in place by `graphkit migrate` or `graphkit
// load`: the nodes become their posts' lists, sample_evidence goes, the constraint and the
// index are dropped (graphkit/store/neo4j_migrate.py). Model 1 (post_ids, evidence, dates,
// rules lists on the relationships, no Meta node) is upgraded to model 2 first.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT channel_key IF NOT EXISTS FOR (c:Channel) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT merged_key IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.key IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX post_date IF NOT EXISTS FOR (p:Post) ON (p.date);
CREATE INDEX post_channel IF NOT EXISTS FOR (p:Post) ON (p.channel);
