// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.modality;

import io.dossier.model.Modality;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lexicons of modality cues, by lemma (single words) or lower-case phrase (multi-word cues). Kept
 * in one place so that events and claims read certainty the same way.
 */
public final class Cues {

  /** Single-word hedges that make a statement or event alleged. */
  public static final Set<String> HEDGE_WORDS =
      Set.of(
          "allegedly",
          "alleged",
          "reportedly",
          "apparently",
          "purportedly",
          "supposedly",
          "suspected",
          "unconfirmed",
          "unverified",
          "presumably",
          "rumored",
          "rumoured",
          "claimed");

  /** Multi-word hedges, lower case, matched on the sentence text. */
  public static final List<String> HEDGE_PHRASES =
      List.of(
          "unable to verify",
          "unable to independently verify",
          "could not independently verify",
          "could not be independently verified",
          "could not be verified",
          "cannot be verified",
          "not be independently confirmed",
          "could not be confirmed",
          "believed to be",
          "believed to have",
          "thought to be",
          "said to be",
          "said to have",
          "is understood to",
          "according to unconfirmed");

  /** Lemmas of verbs and nouns that deny. */
  public static final Set<String> DENIAL_LEMMAS =
      Set.of("deny", "denial", "refute", "dismiss", "reject", "disavow", "contradict");

  /** Lemmas of verbs that report speech (the cue of an attribution). */
  public static final Set<String> REPORTING_LEMMAS =
      Set.of(
          "say",
          "tell",
          "add",
          "claim",
          "warn",
          "announce",
          "proclaim",
          "vow",
          "urge",
          "declare",
          "insist",
          "state",
          "report",
          "confirm",
          "deny",
          "allege",
          "accuse",
          "assert",
          "argue",
          "explain",
          "note",
          "write",
          "tweet",
          "post",
          "acknowledge",
          "admit",
          "suggest",
          "describe",
          "call",
          "stress",
          "emphasize",
          "emphasise",
          "maintain",
          "contend",
          "predict",
          "promise",
          "threaten",
          "reply",
          "respond",
          "ask",
          "believe",
          "think",
          "estimate",
          "quote",
          "cite",
          "recount",
          "testify",
          "brief",
          "reveal",
          "disclose",
          "indicate",
          "charge",
          "complain",
          "concede",
          "boast",
          "recall",
          "continue",
          "observe",
          "point",
          "comment",
          "remark",
          "mention");

  /** Lemmas (verbs, modals) that mark something intended or scheduled, not yet happened. */
  public static final Set<String> PLANNED_LEMMAS =
      Set.of(
          "will",
          "shall",
          "plan",
          "intend",
          "vow",
          "pledge",
          "prepare",
          "schedule",
          "aim",
          "seek",
          "expect",
          "promise",
          "threaten");

  /** Lemmas that mark something possible or conditional. */
  public static final Set<String> HYPOTHETICAL_LEMMAS =
      Set.of("if", "could", "might", "may", "would", "unless", "possible", "possibly", "perhaps");

  /** Lemmas of negation. */
  public static final Set<String> NEGATION_LEMMAS = Set.of("not", "n't", "never", "no");

  private Cues() {}

  /** The hedge phrases of {@link #HEDGE_PHRASES} found in {@code text}, in list order. */
  public static List<String> hedgePhrases(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return HEDGE_PHRASES.stream().filter(lower::contains).toList();
  }

  /** The modality a cue lemma sets; {@link Modality#ASSERTED} when it sets none. */
  public static Modality modalityOf(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (HEDGE_WORDS.contains(l)) {
      return Modality.ALLEGED;
    }
    if (DENIAL_LEMMAS.contains(l)) {
      return Modality.DENIED;
    }
    if (PLANNED_LEMMAS.contains(l)) {
      return Modality.PLANNED;
    }
    if (HYPOTHETICAL_LEMMAS.contains(l)) {
      return Modality.HYPOTHETICAL;
    }
    if (REPORTING_LEMMAS.contains(l)) {
      return Modality.REPORTED;
    }
    return Modality.ASSERTED;
  }
}
