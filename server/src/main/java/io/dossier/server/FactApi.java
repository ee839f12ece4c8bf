// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.engine.export.FactWire;
import io.dossier.engine.facts.SourceProfiles;
import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.store.ClaimQuery;
import io.dossier.store.EventQuery;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies of the event, claim and source routes: records built by {@link FactWire}, so they
 * equal the lines of {@code events.jsonl} and {@code claims.jsonl}.
 */
final class FactApi {
  private final KnowledgeBase kb;
  private final CorpusDigest digest;

  FactApi(KnowledgeBase kb, CorpusDigest digest) {
    this.kb = kb;
    this.digest = digest;
  }

  List<FactWire.EventRecord> events(EventQuery q) {
    return kb.events(q).stream().map(FactWire.EventRecord::of).toList();
  }

  List<FactWire.ClaimRecord> claims(ClaimQuery q) {
    return claimRecords(kb, kb.claims(q));
  }

  FactWire.ClaimRecord claim(Claim c) {
    return claimRecords(kb, List.of(c)).get(0);
  }

  /** Claim records, reading each document's text once (their spans point into it). */
  static List<FactWire.ClaimRecord> claimRecords(KnowledgeBase kb, List<Claim> claims) {
    Map<String, String> texts = new HashMap<>();
    List<FactWire.ClaimRecord> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      String text =
          texts.computeIfAbsent(c.document(), id -> kb.document(id).map(Article::text).orElse(""));
      out.add(FactWire.ClaimRecord.of(c, text));
    }
    return out;
  }

  /** {@code GET /api/sources}: one record per source, with counts and shares. */
  List<SourceProfiles.Wire> sources() {
    return digest.get().profiles().stream().map(SourceProfiles.Profile::wire).toList();
  }
}
