// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import io.dossier.extract.modality.Cues;
import java.util.HashSet;
import java.util.Set;

/** Word lists of the claim extractor (the shared modality lexicons live in {@link Cues}). */
final class ClaimLexicon {

  /** Verbs whose clausal complement ("said that …", "believes …") is attributed content. */
  static final Set<String> CLAUSE_CUES;

  /**
   * Speech acts whose object is the content ("accused X of …", "called for …", "denied the
   * report").
   */
  static final Set<String> ACT_CUES =
      Set.of(
          "vote",
          "speak",
          "push",
          "focus",
          "promote",
          "nominate",
          "advocate",
          "underscore",
          "embrace",
          "challenge",
          "consider",
          "identify",
          "remember",
          "present",
          "encourage",
          "deliver",
          "share",
          "ignore",
          "convince",
          "persuade",
          "expose",
          "apologize",
          "cheer",
          "answer",
          "offer",
          "issue",
          "order",
          "list",
          "rail",
          "repeat",
          "plead",
          "shout",
          "resist",
          "assail",
          "side",
          "invoke",
          "deem",
          "voice",
          "chant",
          "reaffirm",
          "outline",
          "liken",
          "retweet",
          "envision",
          "yell",
          "unveil",
          "protest",
          "cry",
          "circulate",
          "attribute",
          "lay",
          "want",
          "support",
          "oppose",
          "refuse",
          "decline",
          "seek",
          "prefer",
          "discuss",
          "reference",
          "express",
          "back",
          "favor",
          "favour",
          "champion",
          "view",
          "highlight",
          "see",
          "like",
          "love",
          "hate",
          "fear",
          "trust",
          "doubt",
          "plan",
          "hope",
          "intend",
          "name",
          "recognize",
          "accuse",
          "criticize",
          "criticise",
          "praise",
          "endorse",
          "mock",
          "condemn",
          "blame",
          "defend",
          "dismiss",
          "reject",
          "deny",
          "attack",
          "slam",
          "blast",
          "call",
          "urge",
          "ask",
          "question",
          "applaud",
          "welcome",
          "dispute",
          "refute",
          "promise",
          "threaten",
          "warn",
          "describe",
          "label",
          "cite",
          "compare",
          "characterize",
          "credit",
          "congratulate",
          "ridicule",
          "tout",
          "acknowledge",
          "admit",
          "announce",
          "confirm",
          "demand",
          "propose",
          "recommend",
          "pledge",
          "vow",
          "claim",
          "allege",
          "decry",
          "denounce",
          "lambaste",
          "reiterate",
          "suggest",
          "predict",
          "report",
          "tweet",
          "write",
          "say",
          "add",
          "insist",
          "argue",
          "explain",
          "declare",
          "proclaim",
          "mention",
          "reveal",
          "disclose",
          "show",
          "refer",
          "talk",
          "comment",
          "boast",
          "brag",
          "complain",
          "recall",
          "portray",
          "echo",
          "thank",
          "agree");

  /**
   * Clause cues whose object alone is not content ("told reporters", "continued the tour", "found a
   * job"); every other clause cue without a clause takes its object ("expects a record turnout").
   */
  static final Set<String> CLAUSE_ONLY_CUES =
      Set.of("tell", "continue", "prove", "maintain", "find", "feel", "quote");

  /** Act cues whose content is the object of "to" ("referring to …", "pointed to …"). */
  static final Set<String> TO_CUES =
      Set.of("refer", "point", "allude", "object", "respond", "reply", "react");

  /** Raising verbs whose subject and complement are an appearance without a holder. */
  static final Set<String> RAISING_CUES = Set.of("seem", "appear");

  /** Passive verbs of expectation ("is expected to …", "is believed to …"): content, no holder. */
  static final Set<String> PASSIVE_RAISING_CUES =
      Set.of("expect", "believe", "think", "say", "rumor", "rumour", "report", "estimate");

  /** Verbs of saying whose content may follow without a parse ("he said he would …"). */
  static final Set<String> SAY_CUES =
      Set.of(
          "say",
          "tell",
          "add",
          "claim",
          "insist",
          "argue",
          "warn",
          "note",
          "write",
          "explain",
          "declare",
          "announce",
          "acknowledge",
          "admit",
          "contend",
          "assert",
          "predict",
          "believe",
          "think",
          "suggest",
          "stress",
          "report",
          "confirm");

  /** Verbs that take speech content but are not in the shared reporting list. */
  private static final Set<String> EXTRA_CLAUSE =
      Set.of(
          "reiterate",
          "caution",
          "counter",
          "retort",
          "quip",
          "affirm",
          "clarify",
          "speculate",
          "pledge",
          "demand",
          "propose",
          "recommend",
          "joke",
          "declare",
          "lament",
          "know",
          "feel",
          "fear",
          "worry",
          "hope",
          "expect",
          "doubt",
          "suspect",
          "assume",
          "wonder",
          "realize",
          "understand",
          "agree",
          "show",
          "find",
          "conclude",
          "signal",
          "hint",
          "guarantee",
          "swear",
          "assure",
          "inform",
          "notify",
          "remind",
          "concede",
          "imply",
          "allege",
          "accuse",
          "deny",
          "dispute",
          "question",
          "decide",
          "prove",
          "determine",
          "acknowledge",
          "testify");

  /** Nouns of speech with a "that" clause ("his claim that …", "a statement that …"). */
  static final Set<String> NOUN_CUES =
      Set.of(
          "claim",
          "statement",
          "allegation",
          "assertion",
          "accusation",
          "denial",
          "warning",
          "suggestion",
          "argument",
          "promise",
          "pledge",
          "belief",
          "announcement",
          "insistence",
          "contention",
          "charge",
          "remark",
          "comment",
          "message",
          "vow",
          "threat",
          "assurance",
          "admission",
          "confirmation",
          "report",
          "notion",
          "view",
          "prediction",
          "complaint");

  /** Nouns of stance whose prepositional object is the content ("Trump's attacks on …"). */
  static final Set<String> NOUN_OBJECT_CUES =
      Set.of("attack", "criticism", "critique", "endorsement", "condemnation", "denunciation");

  /** Studies and polls that speak for their results ("in a new poll, …"). */
  static final Set<String> STUDY_NOUNS =
      Set.of(
          "poll", "survey", "study", "report", "analysis", "tally", "count", "polling", "research");

  /** Role nouns that speak for an organisation ("a spokesman for the LNA"). */
  static final Set<String> ROLE_NOUNS =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "representative",
          "minister",
          "commander",
          "general",
          "colonel",
          "officer",
          "leader",
          "chief",
          "head",
          "director",
          "president",
          "secretary",
          "ambassador",
          "envoy",
          "aide",
          "adviser",
          "advisor",
          "senator",
          "governor",
          "mayor",
          "chairman",
          "chairwoman",
          "candidate",
          "nominee",
          "lawyer",
          "attorney",
          "analyst",
          "source",
          "member",
          "diplomat",
          "negotiator",
          "emir",
          "king",
          "prime",
          "premier",
          "sheikh",
          "campaign",
          "manager",
          "strategist",
          "pollster");

  /** Role nouns that say a person is a man. */
  static final Set<String> MALE_ROLES =
      Set.of(
          "spokesman",
          "congressman",
          "chairman",
          "businessman",
          "husband",
          "father",
          "son",
          "brother",
          "king",
          "prince");

  /** Role nouns that say a person is a woman. */
  static final Set<String> FEMALE_ROLES =
      Set.of(
          "spokeswoman",
          "congresswoman",
          "chairwoman",
          "businesswoman",
          "wife",
          "mother",
          "daughter",
          "sister",
          "queen",
          "princess");

  /** Personal pronouns that refer back to a named person. */
  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

  /** Pronouns. */
  static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "i", "we", "you", "who", "which", "that");

  /** Nouns heading an obl that tells where or how something was said, not what. */
  static final Set<String> MEDIUM_NOUNS =
      Set.of(
          "statement",
          "interview",
          "tweet",
          "speech",
          "conference",
          "release",
          "email",
          "e-mail",
          "letter",
          "post",
          "rally",
          "debate",
          "appearance",
          "message",
          "video",
          "call",
          "briefing",
          "remarks",
          "radio",
          "television",
          "tv",
          "program",
          "programme",
          "show",
          "op-ed",
          "column",
          "event",
          "hearing",
          "meeting",
          "session",
          "address",
          "broadcast",
          "podcast",
          "twitter",
          "facebook",
          "instagram",
          "phone",
          "telephone");

  /** News outlets and agencies (lower case) that make an attribution chain. */
  static final Set<String> OUTLETS =
      Set.of(
          "reuters",
          "afp",
          "agence france-presse",
          "agence france presse",
          "ap",
          "associated press",
          "the associated press",
          "cnn",
          "bbc",
          "al jazeera",
          "aljazeera",
          "france 24",
          "sky news",
          "fox news",
          "nbc",
          "nbc news",
          "abc",
          "abc news",
          "cbs",
          "cbs news",
          "msnbc",
          "bloomberg",
          "the new york times",
          "new york times",
          "the washington post",
          "washington post",
          "the guardian",
          "guardian",
          "politico",
          "tass",
          "ria novosti",
          "xinhua",
          "anadolu",
          "anadolu agency",
          "sana",
          "irna",
          "interfax",
          "ansa",
          "dpa",
          "efe",
          "upi",
          "npr",
          "al arabiya",
          "the wall street journal",
          "wall street journal",
          "axios",
          "the hill",
          "breitbart",
          "usa today",
          "the times",
          "the telegraph",
          "the independent",
          "le monde",
          "der spiegel",
          "al-jazeera",
          "al-arabiya",
          "libya observer",
          "libya herald",
          "the libya observer");

  /** Last words that make an organisation name look like an outlet. */
  static final Set<String> OUTLET_WORDS =
      Set.of(
          "news",
          "times",
          "post",
          "press",
          "agency",
          "tv",
          "television",
          "radio",
          "journal",
          "herald",
          "telegraph",
          "observer",
          "tribune",
          "gazette",
          "daily",
          "magazine",
          "network",
          "channel",
          "24",
          "broadcasting",
          "newspaper",
          "wire");

  static {
    Set<String> clause = new HashSet<>(Cues.REPORTING_LEMMAS);
    clause.addAll(EXTRA_CLAUSE);
    CLAUSE_CUES = Set.copyOf(clause);
  }

  private ClaimLexicon() {}
}
