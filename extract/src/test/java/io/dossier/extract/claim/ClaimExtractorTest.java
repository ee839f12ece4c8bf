// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.AnnotatedText;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.EntityType;
import io.dossier.model.Modality;
import io.dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

  private final ClaimExtractor extractor = new ClaimExtractor();

  private List<ClaimMention> extract(Parsed p) {
    AnnotatedText text = p.text();
    List<ClaimMention> claims = extractor.extract(text, p.entities());
    for (ClaimMention c : claims) {
      // every span is exact and inside the text
      for (Span s : c.pieces()) {
        assertThat(s.end()).isLessThanOrEqualTo(text.text().length());
      }
      assertThat(c.span().start()).isEqualTo(c.pieces().get(0).start());
      assertThat(c.span().end()).isEqualTo(c.pieces().get(c.pieces().size() - 1).end());
      assertThat(c.provenance().document()).isEqualTo("d1");
      assertThat(c.provenance().version()).isEqualTo(ClaimExtractor.VERSION);
    }
    // the sentences that ClaimSentences.toParse leaves unparsed would give no claim
    AnnotatedText lean = onlyParsed(text, ClaimSentences.toParse(text));
    assertThat(extractor.extract(lean, p.entities()))
        .as("claims with only the sentences to parse parsed")
        .isEqualTo(claims);
    return claims;
  }

  /** {@code text} with the dependency edges of the sentences outside {@code keep} removed. */
  static AnnotatedText onlyParsed(AnnotatedText text, java.util.BitSet keep) {
    return new AnnotatedText(
        text.document(),
        text.text(),
        text.tokens(),
        text.sentences(),
        text.nerMentions(),
        text.times(),
        text.dependencies().stream()
            .filter(d -> keep.get(text.tokens().get(d.dependent()).sentence()))
            .toList(),
        text.layers());
  }

  private static List<String> pieces(AnnotatedText text, ClaimMention c) {
    return c.pieces().stream().map(text::textOf).toList();
  }

  @Test
  void quoteBeforeNamedSpeakerIsDirectWithTheQuoteAsContent() {
    String s = "“We will hold the bridge,” Omar Belkadi said.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("Belkadi", "compound", "Omar")
            .dep("said", "ccomp", "hold")
            .dep("hold", "nsubj", "We")
            .entity(EntityType.PERSON, "Omar Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    ClaimMention c = claims.get(0);
    assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(pieces(p.text(), c)).containsExactly("“We will hold the bridge,”");
    assertThat(c.speaker()).isNotNull();
    assertThat(c.speaker().name()).isEqualTo("Omar Belkadi");
    assertThat(c.speaker().entity()).isEqualTo(0);
    assertThat(c.speaker().basis()).isEqualTo("named");
    assertThat(c.cue()).isEqualTo("said");
    assertThat(c.provenance().rule()).isEqualTo("quote-ccomp");
    assertThat(c.modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void quoteSplitByTheCueIsOneClaimWithTwoPiecesAndThePronounTakesTheNamedSpeaker() {
    String s =
        "Omar Belkadi spoke in Tarsa. “The town is calm,” he said, “and the convoy will pass.”";
    Parsed p =
        Parsed.of(s)
            .dep("spoke", "nsubj", "Belkadi")
            .dep("Belkadi", "compound", "Omar")
            .dep("said", "nsubj", "he")
            .dep("said", "ccomp", "calm")
            .pos("spoke", "VBD")
            .entity(EntityType.PERSON, "Omar Belkadi")
            .entity(EntityType.LOCATION, "Tarsa");
    List<ClaimMention> claims = extract(p);

    // "spoke" is not a cue, so no named speaker precedes: the pronoun stays unresolved
    assertThat(claims).hasSize(1);
    ClaimMention c = claims.get(0);
    assertThat(pieces(p.text(), c))
        .containsExactly("“The town is calm,”", "“and the convoy will pass.”");
    assertThat(c.speaker().name()).isEqualTo("he");
    assertThat(c.speaker().basis()).isEqualTo("pronoun");
    assertThat(p.text().textOf(c.span())).startsWith("“The town").endsWith("pass.”");
  }

  @Test
  void pronounSpeakerResolvesToNearestPrecedingNamedSpeaker() {
    String s = "Omar Belkadi said the town was calm. “The convoy will pass,” he added.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("Belkadi", "compound", "Omar")
            .dep("said", "ccomp", "calm")
            .dep("calm", "nsubj", "town")
            .dep("town", "det", "the")
            .dep("calm", "cop", "was")
            .dep("added", "nsubj", "he")
            .dep("added", "ccomp", "pass")
            .pos("calm", "JJ")
            .entity(EntityType.PERSON, "Omar Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(2);
    assertThat(pieces(p.text(), claims.get(0))).containsExactly("the town was calm");
    assertThat(claims.get(0).kind()).isEqualTo(ClaimKind.INDIRECT);
    assertThat(claims.get(0).provenance().rule()).isEqualTo("indirect-ccomp");
    ClaimMention second = claims.get(1);
    assertThat(second.speaker().name()).isEqualTo("Omar Belkadi");
    assertThat(second.speaker().entity()).isEqualTo(0);
    assertThat(second.speaker().basis()).isEqualTo("pronoun-to-nearest-named");
    assertThat(p.text().textOf(second.speaker().span())).isEqualTo("he");
  }

  @Test
  void spokesmanForAnOrganisationSpeaksOnItsBehalf() {
    String s = "A spokesman for the Northern Front, Ahmed Sarraj, said the convoy was attacked.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "spokesman")
            .dep("spokesman", "det", "A")
            .dep("spokesman", "nmod:for", "Front")
            .dep("Front", "case", "for")
            .dep("Front", "det", "the")
            .dep("Front", "compound", "Northern")
            .dep("spokesman", "appos", "Sarraj")
            .dep("Sarraj", "compound", "Ahmed")
            .dep("said", "ccomp", "attacked")
            .dep("attacked", "nsubj:pass", "convoy")
            .dep("convoy", "det", "the#2")
            .dep("attacked", "aux:pass", "was")
            .pos("spokesman", "NN")
            .entity(EntityType.ORGANIZATION, "Northern Front")
            .entity(EntityType.PERSON, "Ahmed Sarraj");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    ClaimMention c = claims.get(0);
    assertThat(pieces(p.text(), c)).containsExactly("the convoy was attacked");
    assertThat(c.speaker().name()).isEqualTo("Ahmed Sarraj");
    assertThat(c.speaker().entity()).isEqualTo(1);
    assertThat(c.speaker().onBehalfOf()).isEqualTo("the Northern Front");
    assertThat(c.speaker().onBehalfOfEntity()).isEqualTo(0);
  }

  @Test
  void accordingToAttributesTheRestOfTheClause() {
    String s = "The bridge at Tarsa was destroyed, according to Reuters.";
    Parsed p =
        Parsed.of(s)
            .dep("destroyed", "nsubj:pass", "bridge")
            .dep("bridge", "det", "The")
            .dep("bridge", "nmod:at", "Tarsa")
            .dep("Tarsa", "case", "at")
            .dep("destroyed", "aux:pass", "was")
            .dep("destroyed", "punct", ",")
            .dep("Reuters", "case", "according")
            .dep("according", "fixed", "to")
            .dep("destroyed", "obl:according_to", "Reuters")
            .dep("destroyed", "punct", ".")
            .pos("according", "VBG")
            .entity(EntityType.ORGANIZATION, "Reuters")
            .entity(EntityType.LOCATION, "Tarsa");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    ClaimMention c = claims.get(0);
    assertThat(pieces(p.text(), c)).containsExactly("The bridge at Tarsa was destroyed");
    assertThat(c.cue()).isEqualTo("according to");
    assertThat(c.speaker().name()).isEqualTo("Reuters");
    assertThat(c.provenance().rule()).isEqualTo("according-to");
    assertThat(c.about()).containsExactly(1);
  }

  @Test
  void denialIsDenied() {
    String s = "The ministry denied that its forces shelled the market.";
    Parsed p =
        Parsed.of(s)
            .dep("denied", "nsubj", "ministry")
            .dep("ministry", "det", "The")
            .dep("denied", "ccomp", "shelled")
            .dep("shelled", "mark", "that")
            .dep("shelled", "nsubj", "forces")
            .dep("forces", "nmod:poss", "its")
            .dep("shelled", "obj", "market")
            .dep("market", "det", "the");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("that its forces shelled the market");
    assertThat(claims.get(0).modality()).isEqualTo(Modality.DENIED);
    assertThat(claims.get(0).speaker().basis()).isEqualTo("descriptive");
  }

  @Test
  void hedgesMakeTheClaimAlleged() {
    String s =
        "Rebels said the garrison allegedly looted the depot, which Reuters was unable to verify.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Rebels")
            .dep("said", "ccomp", "looted")
            .dep("looted", "nsubj", "garrison")
            .dep("garrison", "det", "the")
            .dep("looted", "advmod", "allegedly")
            .dep("looted", "obj", "depot")
            .dep("depot", "det", "the#2")
            .pos("Rebels", "NNS");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).hedges()).containsExactly("allegedly", "unable to verify");
    assertThat(claims.get(0).modality()).isEqualTo(Modality.ALLEGED);
  }

  @Test
  void accusationTakesTheObjectAsContent() {
    String s = "Belkadi accused the Northern Front of shelling Tarsa.";
    Parsed p =
        Parsed.of(s)
            .dep("accused", "nsubj", "Belkadi")
            .dep("accused", "obj", "Front")
            .dep("Front", "det", "the")
            .dep("Front", "compound", "Northern")
            .dep("accused", "advcl:of", "shelling")
            .dep("shelling", "mark", "of")
            .dep("shelling", "obj", "Tarsa")
            .pos("shelling", "VBG")
            .entity(EntityType.PERSON, "Belkadi")
            .entity(EntityType.ORGANIZATION, "Northern Front")
            .entity(EntityType.LOCATION, "Tarsa");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("the Northern Front of shelling Tarsa");
    assertThat(claims.get(0).provenance().rule()).isEqualTo("speech-act-object");
    assertThat(claims.get(0).about()).containsExactly(1, 2);
  }

  @Test
  void agencyReportingASpeakerIsTheAttributionChain() {
    String s = "Belkadi said the town fell, Reuters reported.";
    Parsed p =
        Parsed.of(s)
            .dep("reported", "nsubj", "Reuters")
            .dep("reported", "ccomp", "said")
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "fell")
            .dep("fell", "nsubj", "town")
            .dep("town", "det", "the")
            .entity(EntityType.PERSON, "Belkadi")
            .entity(EntityType.ORGANIZATION, "Reuters");
    List<ClaimMention> claims = extract(p);

    ClaimMention inner =
        claims.stream()
            .filter(c -> c.speaker() != null && c.speaker().name().equals("Belkadi"))
            .findFirst()
            .orElseThrow();
    assertThat(pieces(p.text(), inner)).containsExactly("the town fell");
    assertThat(inner.via()).containsExactly("Reuters");
  }

  @Test
  void quoteWithoutParseFindsTheCueAfterIt() {
    String s = "“We lost the town,” the commander said.";
    Parsed p = Parsed.of(s).pos("commander", "NN").unparsed();
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).provenance().rule()).isEqualTo("quote-cue-after");
    assertThat(p.text().textOf(claims.get(0).speaker().span())).isEqualTo("commander");
    assertThat(claims.get(0).cue()).isEqualTo("said");
  }

  @Test
  void wholeSentenceQuoteWithNoCueAndNoEarlierSpeakerKeepsSpeakerNull() {
    String s = "The siege went on.\n\n“Nobody will leave this city alive.”";
    List<ClaimMention> claims = extract(Parsed.of(s).unparsed());

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).speaker()).isNull();
    assertThat(claims.get(0).cue()).isNull();
    assertThat(claims.get(0).provenance().rule()).isEqualTo("quote-no-speaker");
  }

  @Test
  void strayQuoteMarkDoesNotSwallowTheArticle() {
    String s =
        "He called it “a disgrace and left.\n\n“The road is open,” Belkadi said.\n\nTalks resume today.";
    Parsed p = Parsed.of(s).unparsed().entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0))).containsExactly("“The road is open,”");
    assertThat(claims.get(0).speaker().entity()).isEqualTo(0);
  }

  @Test
  void scareQuotesInsideASentenceAreNotClaims() {
    String s = "The so-called “security zone” was extended to Tarsa.";
    assertThat(extract(Parsed.of(s).unparsed())).isEmpty();
  }

  @Test
  void speechReportedInsideAQuotationIsNotASeparateClaim() {
    String s = "“They said the road was open,” Belkadi said.";
    Parsed p =
        Parsed.of(s)
            .dep("said#2", "nsubj", "Belkadi")
            .dep("said#2", "ccomp", "said")
            .dep("said", "nsubj", "They")
            .dep("said", "ccomp", "open")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void quoteSplitByACueWithAnObjectStaysOneClaim() {
    String s = "“The town is calm,” Belkadi told reporters, “and the convoy will pass.”";
    Parsed p =
        Parsed.of(s)
            .dep("told", "nsubj", "Belkadi")
            .dep("told", "obj", "reporters")
            .dep("told", "ccomp", "calm")
            .pos("reporters", "NNS")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("“The town is calm,”", "“and the convoy will pass.”");
    assertThat(claims.get(0).speaker().entity()).isEqualTo(0);
  }

  private static ClaimMention byRule(List<ClaimMention> claims, String rule) {
    return claims.stream()
        .filter(c -> c.provenance().rule().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " claim in " + claims));
  }

  @Test
  void raisingVerbAttributesSubjectAndComplementWithoutHolder() {
    String s = "The ceasefire seems to hold.";
    Parsed p =
        Parsed.of(s)
            .dep("seems", "nsubj", "ceasefire")
            .dep("ceasefire", "det", "The")
            .dep("seems", "xcomp", "hold")
            .dep("hold", "mark", "to");
    ClaimMention c = byRule(extract(p), "raising");
    assertThat(pieces(p.text(), c)).containsExactly("The ceasefire", "to hold");
    assertThat(c.speaker()).isNull();
    assertThat(c.cue()).isEqualTo("seems");
  }

  @Test
  void passiveExpectationIsAttributedWithoutHolder() {
    String s = "The convoy is expected to retreat.";
    Parsed p =
        Parsed.of(s)
            .dep("expected", "nsubj:pass", "convoy")
            .dep("convoy", "det", "The")
            .dep("expected", "aux:pass", "is")
            .dep("expected", "xcomp", "retreat")
            .dep("retreat", "mark", "to");
    ClaimMention c = byRule(extract(p), "raising");
    assertThat(pieces(p.text(), c)).containsExactly("The convoy", "to retreat");
    assertThat(c.speaker()).isNull();
  }

  @Test
  void contentEndingInsideAQuotationKeepsTheClosingMark() {
    String s = "Belkadi said the town was “calm and quiet.”";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "was")
            .dep("was", "nsubj", "town")
            .dep("town", "det", "the")
            .dep("was", "xcomp", "calm")
            .dep("calm", "punct", "“")
            .dep("calm", "conj", "quiet")
            .dep("quiet", "cc", "and")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);
    assertThat(claims).isNotEmpty();
    assertThat(pieces(p.text(), claims.get(0))).containsExactly("the town was “calm and quiet.”");
  }

  @Test
  void sayingVerbEndingTheSentenceTakesTheClauseBeforeTheComma() {
    String s = "The convoy retreated from Tarsa, the army said Friday.";
    Parsed p =
        Parsed.of(s)
            .dep("retreated", "nsubj", "convoy")
            .dep("convoy", "det", "The")
            .dep("said", "nsubj", "army")
            .dep("army", "det", "the")
            .pos("Friday", "NNP");
    ClaimMention c = byRule(extract(p), "indirect-position-before");
    assertThat(pieces(p.text(), c)).containsExactly("The convoy retreated from Tarsa");
    assertThat(c.speaker()).isNotNull();
    assertThat(c.speaker().name()).contains("army");
    assertThat(c.cue()).isEqualTo("said");
  }

  @Test
  void thatClauseMisattachedAfterTheObjectsIsStillTheContent() {
    String s = "Belkadi told reporters in Tarsa on Friday that the convoy will retreat.";
    Parsed p =
        Parsed.of(s)
            .dep("told", "nsubj", "Belkadi")
            .dep("told", "obj", "reporters")
            .dep("retreat", "nsubj", "convoy")
            .dep("convoy", "det", "the")
            .dep("retreat", "dep", "that")
            .dep("retreat", "aux", "will")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-ccomp");
    assertThat(pieces(p.text(), c)).containsExactly("that the convoy will retreat");
    assertThat(c.speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void pollIntroducedByInIsTheSourceOfTheClause() {
    String s = "In a new poll, Belkadi leads by four points.";
    Parsed p =
        Parsed.of(s)
            .dep("poll", "case", "In")
            .dep("poll", "det", "a")
            .dep("poll", "amod", "new")
            .dep("leads", "obl:in", "poll")
            .dep("leads", "nsubj", "Belkadi")
            .pos("leads", "VBZ");
    ClaimMention c = byRule(extract(p), "in-source");
    assertThat(pieces(p.text(), c)).containsExactly("Belkadi leads by four points");
    assertThat(c.cue()).isEqualTo("In");
    assertThat(c.speaker()).isNotNull();
    assertThat(c.speaker().name()).contains("poll");
  }

  @Test
  void possessorOfACriticismHoldsItsObject() {
    String s = "Belkadi spoke. His criticism of the army drew attention.";
    Parsed p =
        Parsed.of(s)
            .dep("criticism", "nmod:poss", "His")
            .dep("criticism", "nmod:of", "army")
            .dep("army", "case", "of")
            .dep("army", "det", "the")
            .dep("drew", "nsubj", "criticism")
            .pos("drew", "VBD")
            .pos("His", "PRP$")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "noun-object");
    assertThat(pieces(p.text(), c)).containsExactly("the army");
    assertThat(c.cue()).isEqualTo("criticism of");
    assertThat(c.speaker()).isNotNull();
  }

  @Test
  void participleOnANounTakesTheSubjectOfTheClause() {
    String s = "Belkadi issued a statement on Friday saying the convoy will retreat.";
    Parsed p =
        Parsed.of(s)
            .dep("issued", "nsubj", "Belkadi")
            .dep("issued", "obj", "statement")
            .dep("statement", "det", "a")
            .dep("statement", "acl", "saying")
            .dep("saying", "ccomp", "retreat")
            .dep("retreat", "nsubj", "convoy")
            .dep("convoy", "det", "the")
            .dep("retreat", "aux", "will")
            .pos("saying", "VBG")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-ccomp");
    assertThat(pieces(p.text(), c)).containsExactly("the convoy will retreat");
    assertThat(c.speaker()).isNotNull();
    assertThat(c.speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void pollThatShowsAResultIsASource() {
    String s = "The poll shows Belkadi ahead.";
    Parsed p =
        Parsed.of(s)
            .dep("shows", "nsubj", "poll")
            .dep("poll", "det", "The")
            .dep("shows", "obj", "Belkadi")
            .dep("shows", "xcomp", "ahead");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(pieces(p.text(), c)).containsExactly("Belkadi ahead");
    assertThat(c.cue()).isEqualTo("shows");
  }

  @Test
  void notDenyingIsStillAClaimAboutTheObject() {
    String s = "Belkadi did not deny the report.";
    Parsed p =
        Parsed.of(s)
            .dep("deny", "nsubj", "Belkadi")
            .dep("deny", "aux", "did")
            .dep("deny", "advmod", "not")
            .dep("deny", "obj", "report")
            .dep("report", "det", "the")
            .pos("did", "VBD")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(pieces(p.text(), c)).containsExactly("the report");
    assertThat(c.speaker().name()).isEqualTo("Belkadi");
    assertThat(c.cue()).isEqualTo("deny");
  }

  @Test
  void sayingVerbSetOffByCommasReportsTheClauseAroundIt() {
    String s = "The convoy, Belkadi said, will retreat from Tarsa.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "convoy")
            .dep("convoy", "det", "The")
            .dep("convoy", "appos", "Belkadi")
            .dep("said", "dep", "retreat")
            .dep("retreat", "aux", "will")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-parenthetical");
    assertThat(pieces(p.text(), c)).containsExactly("The convoy", "will retreat from Tarsa");
    assertThat(c.speaker().name()).isEqualTo("Belkadi");
    assertThat(c.cue()).isEqualTo("said");
  }

  @Test
  void expletiveSeemsThatHasNoHolder() {
    String s = "It seems that the convoy will retreat.";
    Parsed p =
        Parsed.of(s)
            .dep("seems", "nsubj", "It")
            .dep("seems", "ccomp", "retreat")
            .dep("retreat", "mark", "that")
            .dep("retreat", "nsubj", "convoy")
            .dep("convoy", "det", "the")
            .dep("retreat", "aux", "will");
    ClaimMention c = byRule(extract(p), "raising");
    assertThat(pieces(p.text(), c)).containsExactly("that the convoy will retreat");
    assertThat(c.speaker()).isNull();
  }

  @Test
  void quotationSplitByACueClauseWithAnAppositionIsOneClaim() {
    String s =
        "“We hold the bridge,” said Omar Belkadi, the commander of the brigade. “The convoy will"
            + " pass.”";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("Belkadi", "compound", "Omar")
            .dep("Belkadi", "appos", "commander")
            .dep("said", "ccomp", "hold")
            .dep("hold", "nsubj", "We")
            .entity(EntityType.PERSON, "Omar Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("“We hold the bridge,”", "“The convoy will pass.”");
    assertThat(claims.get(0).speaker().entity()).isEqualTo(0);
  }

  @Test
  void quotationAfterAnIndirectClaimIsNotItsContinuation() {
    String s = "Belkadi said the town fell, the commander said. “The convoy will pass.”";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "fell")
            .dep("fell", "nsubj", "town")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims)
        .noneMatch(
            c -> pieces(p.text(), c).equals(List.of("the town fell", "“The convoy will pass.”")));
  }

  @Test
  void sayingClauseSetOffByCommasSplitsTheContent() {
    String s = "In the north, officials said on Monday, the convoy will retreat.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "officials")
            .dep("retreat", "parataxis", "said")
            .dep("retreat", "nsubj", "convoy")
            .dep("retreat", "aux", "will")
            .pos("officials", "NNS");
    ClaimMention c = byRule(extract(p), "indirect-parenthetical");
    assertThat(pieces(p.text(), c)).containsExactly("In the north", "the convoy will retreat");
    assertThat(p.text().textOf(c.speaker().span())).isEqualTo("officials");
    assertThat(c.cue()).isEqualTo("said");
  }

  @Test
  void sayingVerbAfterTheClauseTakesTheNameAfterIt() {
    String s = "The convoy will retreat, said Omar Belkadi, the commander.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "obj", "Belkadi")
            .dep("Belkadi", "compound", "Omar")
            .dep("Belkadi", "appos", "commander")
            .entity(EntityType.PERSON, "Omar Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-inverted");
    assertThat(pieces(p.text(), c)).containsExactly("The convoy will retreat");
    assertThat(c.speaker().name()).isEqualTo("Omar Belkadi");
    assertThat(c.speaker().entity()).isEqualTo(0);
  }

  @Test
  void quoteWithTheSpeakerAfterTheVerbParsedAsObject() {
    String s = "“We will hold the bridge,” said Belkadi.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "ccomp", "hold")
            .dep("hold", "nsubj", "We")
            .dep("said", "xcomp", "Belkadi")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).speaker()).isNotNull();
    assertThat(claims.get(0).speaker().entity()).isEqualTo(0);
  }

  @Test
  void subjectInsideTheQuotationIsNotTheSpeaker() {
    String s = "“The town is calm,” Belkadi said.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "town")
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "calm")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void claimReportedInsideAnotherClaimIsPartOfIt() {
    String s = "Belkadi said he will not support the ceasefire.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "support")
            .dep("support", "nsubj", "he")
            .dep("support", "aux", "will")
            .dep("support", "advmod", "not")
            .dep("support", "obj", "ceasefire")
            .dep("ceasefire", "det", "the")
            .pos("support", "VB")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).cue()).isEqualTo("said");
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("he will not support the ceasefire");
  }

  @Test
  void clauseCueWithoutAClauseTakesItsObject() {
    String s = "Officials expect a record turnout.";
    Parsed p =
        Parsed.of(s)
            .dep("expect", "nsubj", "Officials")
            .dep("expect", "obj", "turnout")
            .dep("turnout", "det", "a")
            .dep("turnout", "compound", "record")
            .pos("expect", "VBP");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(pieces(p.text(), c)).containsExactly("a record turnout");
  }

  @Test
  void tellingSomeoneIsNoClaimWithoutContent() {
    String s = "Belkadi told reporters.";
    Parsed p =
        Parsed.of(s)
            .dep("told", "nsubj", "Belkadi")
            .dep("told", "obj", "reporters")
            .pos("reporters", "NNS");
    assertThat(extract(p)).isEmpty();
  }

  @Test
  void voteForIsAStance() {
    String s = "Belkadi voted for the ceasefire.";
    Parsed p =
        Parsed.of(s)
            .dep("voted", "nsubj", "Belkadi")
            .dep("voted", "obl:for", "ceasefire")
            .dep("ceasefire", "case", "for")
            .dep("ceasefire", "det", "the");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(pieces(p.text(), c)).containsExactly("for the ceasefire");
    assertThat(c.cue()).isEqualTo("voted");
  }

  @Test
  void pronounSpeakerTakesTheNearestNamedPersonOfItsGender() {
    String s =
        "Ms. Haftar said the town fell. Mr. Belkadi said the convoy retreated. She added that"
            + " the bridge held.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Haftar")
            .dep("said", "ccomp", "fell")
            .dep("fell", "nsubj", "town")
            .dep("said#2", "nsubj", "Belkadi")
            .dep("said#2", "ccomp", "retreated")
            .dep("retreated", "nsubj", "convoy")
            .dep("added", "nsubj", "She")
            .dep("added", "ccomp", "held")
            .dep("held", "nsubj", "bridge")
            .dep("held", "mark", "that")
            .entity(EntityType.PERSON, "Haftar")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention added =
        extract(p).stream().filter(c -> "added".equals(c.cue())).findFirst().orElseThrow();
    assertThat(added.speaker().entity()).isEqualTo(0);
    assertThat(added.speaker().basis()).isEqualTo("pronoun-to-nearest-named");
  }

  @Test
  void pronounSpeakerWithNoNamedPersonOfItsGenderStaysUnresolved() {
    String s = "Mr. Belkadi said the convoy retreated. She added that the bridge held.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "retreated")
            .dep("retreated", "nsubj", "convoy")
            .dep("added", "nsubj", "She")
            .dep("added", "ccomp", "held")
            .dep("held", "nsubj", "bridge")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention added =
        extract(p).stream().filter(c -> "added".equals(c.cue())).findFirst().orElseThrow();
    assertThat(added.speaker().entity()).isNull();
    assertThat(added.speaker().basis()).isEqualTo("pronoun");
  }

  @Test
  void notDenyingIsNeitherADenialNorAnAssertion() {
    String s = "Belkadi did not deny the report.";
    Parsed p =
        Parsed.of(s)
            .dep("deny", "nsubj", "Belkadi")
            .dep("deny", "advmod", "not")
            .dep("deny", "obj", "report")
            .dep("report", "det", "the")
            .pos("deny", "VB");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).hedges()).contains("not denied");
    assertThat(claims.get(0).modality()).isEqualTo(Modality.ALLEGED);
  }

  @Test
  void decliningToCommentIsNamedAsSuch() {
    String s = "Belkadi declined to comment.";
    Parsed p =
        Parsed.of(s)
            .dep("declined", "nsubj", "Belkadi")
            .dep("declined", "xcomp", "comment")
            .dep("comment", "mark", "to")
            .pos("comment", "VB");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).provenance().rule()).isEqualTo("no-comment");
    assertThat(claims.get(0).modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void passiveCueWithAnAgentIsTheAgentsClaim() {
    String s = "The ceasefire was rejected by the council.";
    Parsed p =
        Parsed.of(s)
            .dep("rejected", "nsubj:pass", "ceasefire")
            .dep("ceasefire", "det", "The")
            .dep("rejected", "aux:pass", "was")
            .dep("rejected", "obl:agent", "council")
            .dep("council", "case", "by")
            .dep("council", "det", "the");
    ClaimMention c = byRule(extract(p), "passive-agent");
    assertThat(pieces(p.text(), c)).containsExactly("The ceasefire");
    assertThat(p.text().textOf(c.speaker().span())).isEqualTo("the council");
  }

  @Test
  void respondingToSomethingMakesItTheContent() {
    String s = "Belkadi responded to the accusation.";
    Parsed p =
        Parsed.of(s)
            .dep("responded", "nsubj", "Belkadi")
            .dep("responded", "obl:to", "accusation")
            .dep("accusation", "case", "to")
            .dep("accusation", "det", "the");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(pieces(p.text(), c)).containsExactly("to the accusation");
  }

  @Test
  void objectRightBeforeAFiniteVerbTakesTheRestOfTheClause() {
    String s = "Belkadi argued the army should retreat.";
    Parsed p =
        Parsed.of(s)
            .dep("argued", "nsubj", "Belkadi")
            .dep("argued", "obj", "army")
            .dep("army", "det", "the")
            .dep("retreat", "aux", "should")
            .pos("argued", "VBD")
            .pos("should", "MD")
            .pos("retreat", "VB")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0))).containsExactly("the army should retreat");
  }

  @Test
  void aNounPhraseTheParseMadeTheObjectOfSayingBelongsToTheClause() {
    String s = "Belkadi said the heavy shelling this week destroyed the bridge.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "obj", "shelling")
            .dep("shelling", "det", "the")
            .dep("shelling", "amod", "heavy")
            .dep("said", "ccomp", "destroyed")
            .dep("destroyed", "nsubj", "week")
            .dep("week", "det", "this")
            .dep("destroyed", "obj", "bridge")
            .dep("bridge", "det", "the#2")
            .pos("heavy", "JJ")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-ccomp");
    assertThat(pieces(p.text(), c))
        .containsExactly("the heavy shelling this week destroyed the bridge");
  }

  @Test
  void whatTheParseHungOnTheSayingVerbAfterItsClauseBelongsToTheClause() {
    // "but to …" hung on "said" as a conjunct; "again" as its adverb
    String s = "Belkadi said the aim was not to win again but to hold the bridge.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "win")
            .dep("win", "nsubj", "aim")
            .dep("aim", "det", "the")
            .dep("win", "aux", "was")
            .dep("win", "advmod", "not")
            .dep("win", "mark", "to")
            .dep("said", "advmod", "again")
            .dep("said", "conj:but", "hold")
            .dep("hold", "cc", "but")
            .dep("hold", "mark", "to#2")
            .dep("hold", "obj", "bridge")
            .dep("bridge", "det", "the#2")
            .pos("win", "VB")
            .pos("again", "RB")
            .pos("but", "CC")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-ccomp");
    assertThat(pieces(p.text(), c))
        .containsExactly("the aim was not to win again but to hold the bridge");
  }

  @Test
  void aSecondCueHungOnTheSayingVerbStaysOutOfItsClause() {
    String s = "Belkadi said the town fell and warned the army.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "fell")
            .dep("fell", "nsubj", "town")
            .dep("town", "det", "the")
            .dep("said", "conj:and", "warned")
            .dep("warned", "cc", "and")
            .dep("warned", "obj", "army")
            .dep("army", "det", "the#2")
            .pos("and", "CC")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-ccomp");
    assertThat(pieces(p.text(), c)).containsExactly("the town fell");
  }

  @Test
  void aClauseTheParseHungOnTheSayingVerbAsParataxisIsItsContent() {
    String s = "Belkadi told Reuters he had kept the bridge.";
    Parsed p =
        Parsed.of(s)
            .dep("told", "nsubj", "Belkadi")
            .dep("told", "obj", "Reuters")
            .dep("told", "parataxis", "kept")
            .dep("kept", "nsubj", "he")
            .dep("kept", "aux", "had")
            .dep("kept", "obj", "bridge")
            .dep("bridge", "det", "the")
            .pos("kept", "VBN")
            .pos("had", "VBD")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-ccomp");
    assertThat(pieces(p.text(), c)).containsExactly("he had kept the bridge");
    assertThat(c.speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void anUnattachedClauseAfterSayingMayStartWithThereOrAPossessive() {
    // the parse made "said" the clausal subject of "convoys": nothing hangs on "said"
    String s = "Belkadi said there were ten convoys on the road.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "advmod", "there")
            .dep("convoys", "csubj", "said")
            .dep("convoys", "cop", "were")
            .dep("convoys", "nummod", "ten")
            .dep("convoys", "nmod:on", "road")
            .dep("road", "case", "on")
            .dep("road", "det", "the")
            .pos("there", "EX")
            .pos("were", "VBD")
            .pos("ten", "CD")
            .pos("convoys", "NNS")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-position");
    assertThat(pieces(p.text(), c)).containsExactly("there were ten convoys on the road");
  }

  @Test
  void aSecondActOfTheSameSubjectIsNotPartOfTheFirstActsContent() {
    // the parse hung the second act on the first act's object
    String s = "The council rejected the plan for the bridge and attacked the army.";
    Parsed p =
        Parsed.of(s)
            .dep("rejected", "nsubj", "council")
            .dep("council", "det", "The")
            .dep("rejected", "obj", "plan")
            .dep("plan", "det", "the")
            .dep("plan", "nmod:for", "bridge")
            .dep("bridge", "case", "for")
            .dep("bridge", "det", "the#2")
            .dep("bridge", "conj:and", "attacked")
            .dep("attacked", "cc", "and")
            .dep("attacked", "nsubj", "council")
            .dep("attacked", "obj", "army")
            .dep("army", "det", "the#3")
            .pos("and", "CC")
            .entity(EntityType.ORGANIZATION, "council");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(2);
    assertThat(pieces(p.text(), claims.get(0))).containsExactly("the plan for the bridge");
    assertThat(claims.get(1).cue()).isEqualTo("attacked");
    assertThat(pieces(p.text(), claims.get(1))).containsExactly("the army");
  }

  @Test
  void aHolderWithAToComplementClauseOrAboutObjectStatesAnAttitude() {
    // "poll" makes the sentences candidates for a parse (ClaimSentences)
    Parsed to =
        Parsed.of("After the poll, he resolved to retake the town.")
            .dep("resolved", "nsubj", "he")
            .dep("resolved", "xcomp", "retake")
            .dep("retake", "mark", "to")
            .dep("retake", "obj", "town")
            .dep("town", "det", "the#2")
            .pos("retake", "VB");
    ClaimMention c = byRule(extract(to), "attitude-to");
    assertThat(pieces(to.text(), c)).containsExactly("to retake the town");
    assertThat(c.cue()).isEqualTo("resolved");

    Parsed clause =
        Parsed.of("After the poll, she regrets the town fell.")
            .dep("regrets", "nsubj", "she")
            .dep("regrets", "ccomp", "fell")
            .dep("fell", "nsubj", "town")
            .dep("town", "det", "the#2");
    assertThat(pieces(clause.text(), byRule(extract(clause), "attitude-clause")))
        .containsExactly("the town fell");

    Parsed about =
        Parsed.of("After the poll, they fumed about the strikes.")
            .dep("fumed", "nsubj", "they")
            .dep("fumed", "obl:about", "strikes")
            .dep("strikes", "case", "about")
            .dep("strikes", "det", "the#2");
    assertThat(pieces(about.text(), byRule(extract(about), "attitude-about")))
        .containsExactly("about the strikes");
  }

  @Test
  void aspectualVerbsAndSubjectsThatHoldNoViewStateNoAttitude() {
    Parsed tried =
        Parsed.of("After the poll, he tried to retake the town.")
            .dep("tried", "nsubj", "he")
            .dep("tried", "xcomp", "retake")
            .dep("retake", "mark", "to")
            .dep("retake", "obj", "town")
            .pos("retake", "VB");
    assertThat(extract(tried)).isEmpty();
    Parsed thing =
        Parsed.of("After the poll, the storm resolved to retake the town.")
            .dep("resolved", "nsubj", "storm")
            .dep("resolved", "xcomp", "retake")
            .dep("retake", "mark", "to")
            .dep("retake", "obj", "town")
            .pos("retake", "VB");
    assertThat(extract(thing)).isEmpty();
  }

  @Test
  void attitudesByClassOnlyInSentencesSelectedForAParse() {
    // no cue of the lexicon, no "that", no poll: ClaimSentences does not select the sentence, so
    // the class rule does not read it even when a parse is there
    Parsed p =
        Parsed.of("He resolved to retake the town.")
            .dep("resolved", "nsubj", "He")
            .dep("resolved", "xcomp", "retake")
            .dep("retake", "mark", "to")
            .dep("retake", "obj", "town")
            .pos("He", "PRP")
            .pos("retake", "VB");
    assertThat(extract(p)).isEmpty();
  }

  @Test
  void aParticipleModifyingAHolderIsThatHoldersAct() {
    String s = "Belkadi met the council backing the truce.";
    Parsed p =
        Parsed.of(s)
            .dep("met", "nsubj", "Belkadi")
            .dep("met", "obj", "council")
            .dep("council", "det", "the")
            .dep("council", "acl", "backing")
            .dep("backing", "obj", "truce")
            .dep("truce", "det", "the#2")
            .pos("met", "VBD")
            .pos("backing", "VBG")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(c.cue()).isEqualTo("backing");
    assertThat(p.text().textOf(c.speaker().span())).isEqualTo("the council");
  }

  @Test
  void anExclamationTheSplitterClosedTakesTheShortCueClauseAfterIt() {
    String s = "“Give back the bridge!” one soldier shouted.";
    Parsed p = Parsed.of(s).pos("soldier", "NN").unparsed();
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).provenance().rule()).isEqualTo("quote-cue-after");
    assertThat(claims.get(0).speaker().name()).contains("soldier");
    // a statement that ends its sentence is no exclamation: the words after it are a new one
    Parsed plain = Parsed.of("“Give back the bridge.” One soldier shouted.").unparsed();
    assertThat(extract(plain)).allMatch(c -> c.speaker() == null);
  }

  @Test
  void aCueAfterAQuotationMayFollowAnApposition() {
    String s = "“We lost the town,” Belkadi, the most senior rebel commander in the north, said.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("Belkadi", "appos", "commander")
            .pos("most", "RBS")
            .pos("senior", "JJ")
            .pos("rebel", "NN")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).provenance().rule()).isEqualTo("quote-cue-after");
    assertThat(claims.get(0).speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void aQuestionPutByAnUnnamedAskerAndAOneWordAnswer() {
    String s = "Asked whether the truce would hold, the commander said no.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "advcl", "Asked")
            .dep("Asked", "ccomp", "hold")
            .dep("hold", "mark", "whether")
            .dep("hold", "nsubj", "truce")
            .dep("truce", "det", "the")
            .dep("hold", "aux", "would")
            .dep("said", "nsubj", "commander")
            .dep("commander", "det", "the#2")
            .dep("said", "obj", "no")
            .pos("Asked", "VBN")
            .pos("whether", "IN")
            .pos("would", "MD")
            .pos("no", "UH");
    List<ClaimMention> claims = extract(p);

    ClaimMention question = byRule(claims, "asked-participle");
    assertThat(pieces(p.text(), question)).containsExactly("whether the truce would hold");
    assertThat(question.speaker()).isNull();
    ClaimMention answer = byRule(claims, "indirect-answer");
    assertThat(pieces(p.text(), answer)).containsExactly("no");
    assertThat(p.text().textOf(answer.speaker().span())).isEqualTo("the commander");
    assertThat(claims).hasSize(2);
  }

  @Test
  void saidNoOneIsNoAnswer() {
    String s = "The commander said no one retreated.";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "commander")
            .dep("commander", "det", "The")
            .dep("said", "ccomp", "retreated")
            .dep("retreated", "nsubj", "one")
            .dep("one", "det", "no")
            .pos("no", "DT")
            .pos("one", "NN");
    assertThat(extract(p)).noneMatch(c -> c.provenance().rule().equals("indirect-answer"));
  }

  @Test
  void aTitleCaseHeadlineWithAVerbOfTheLexiconIsAClaim() {
    // the parse read "Slams" as a name: no cue from the parse
    String s = "Rebel Commander Slams Truce Deal In Misrata\n\nThe talks went on.";
    Parsed p = Parsed.of(s).pos("Slams", "NNP").unparsed();
    List<ClaimMention> claims = extract(p);

    ClaimMention c = byRule(claims, "headline-cue");
    assertThat(c.cue()).isEqualTo("Slams");
    assertThat(pieces(p.text(), c)).containsExactly("Truce Deal In Misrata");
    assertThat(p.text().textOf(c.speaker().span())).contains("Commander");
    // a sentence in lower case is left to the parse
    assertThat(extract(Parsed.of("the commander slams the deal.").unparsed())).isEmpty();
  }

  @Test
  void addedWithAnObjectAloneIsNoStatement() {
    String s = "Belkadi added a stop in Misrata.";
    Parsed p =
        Parsed.of(s)
            .dep("added", "nsubj", "Belkadi")
            .dep("added", "obj", "stop")
            .dep("stop", "det", "a")
            .dep("stop", "nmod:in", "Misrata")
            .dep("Misrata", "case", "in")
            .entity(EntityType.PERSON, "Belkadi");
    assertThat(extract(p)).isEmpty();
  }

  @Test
  void anUncuedQuotationAfterAReportedStatementIsItsSpeakers() {
    String s = "Belkadi said the bridge would hold.\n\n“We will not leave.”";
    Parsed p =
        Parsed.of(s)
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "ccomp", "hold")
            .dep("hold", "nsubj", "bridge")
            .dep("bridge", "det", "the")
            .dep("hold", "aux", "would")
            .pos("would", "MD")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    ClaimMention quote = byRule(claims, "quote-continued");
    assertThat(quote.speaker().name()).isEqualTo("Belkadi");
    assertThat(quote.speaker().basis()).isEqualTo("continued-quote");
  }

  @Test
  void theNounBeforeAPassiveCueIsNoSpeaker() {
    // the parse left the passive subject unattached: only its position is known
    String s = "Belkadi was named the new commander.";
    Parsed p =
        Parsed.of(s)
            .dep("named", "aux:pass", "was")
            .dep("named", "obj", "commander")
            .dep("commander", "det", "the")
            .dep("commander", "amod", "new")
            .pos("named", "VBN")
            .pos("new", "JJ")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(c.speaker()).isNull();
  }

  @Test
  void relativeClauseOfSayingInsideAnotherClaimStays() {
    String s = "Belkadi attacked the generals, who say the town fell.";
    Parsed p =
        Parsed.of(s)
            .dep("attacked", "nsubj", "Belkadi")
            .dep("attacked", "obj", "generals")
            .dep("generals", "det", "the")
            .dep("generals", "acl:relcl", "say")
            .dep("say", "nsubj", "generals")
            .dep("generals", "ref", "who")
            .dep("say", "ccomp", "fell")
            .dep("fell", "nsubj", "town")
            .dep("town", "det", "the#2")
            .pos("say", "VBP")
            .pos("generals", "NNS")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).anyMatch(c -> "attacked".equals(c.cue()));
    ClaimMention say = claims.stream().filter(c -> "say".equals(c.cue())).findFirst().orElseThrow();
    assertThat(pieces(p.text(), say)).containsExactly("the town fell");
    assertThat(p.text().textOf(say.speaker().span())).isEqualTo("who");
  }

  @Test
  void sayingInsideARelativeClauseReportsTheRestOfIt() {
    String s = "Belkadi cited the shelling, which he said had destroyed the bridge.";
    Parsed p =
        Parsed.of(s)
            .dep("cited", "nsubj", "Belkadi")
            .dep("cited", "obj", "shelling")
            .dep("shelling", "acl:relcl", "said")
            .dep("said", "nsubj", "he")
            .dep("said", "dep", "destroyed")
            .dep("destroyed", "aux", "had")
            .dep("destroyed", "obj", "bridge")
            .pos("cited", "VBD")
            .pos("which", "WDT")
            .pos("had", "VBD")
            .entity(EntityType.PERSON, "Belkadi");
    ClaimMention c = byRule(extract(p), "indirect-relative");
    assertThat(pieces(p.text(), c)).containsExactly("which", "had destroyed the bridge");
    assertThat(p.text().textOf(c.speaker().span())).isEqualTo("he");
  }

  @Test
  void quotedTitleIsNoQuotedSpeech() {
    String s = "He hosted “The Apprentice,” the network said.";
    Parsed p = Parsed.of(s).unparsed();
    assertThat(extract(p)).noneMatch(c -> c.kind() == ClaimKind.DIRECT);
  }

  @Test
  void quotationSplitByItsOwnCueIsOneClaim() {
    String s = "“First of all,” Belkadi told reporters, “the town is calm.”";
    Parsed p = Parsed.of(s).pos("reporters", "NNS").unparsed();
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("“First of all,”", "“the town is calm.”");
  }

  @Test
  void objectWithAnAsPredicateKeepsThePredicate() {
    String s = "Belkadi described the convoy as retreating.";
    Parsed p =
        Parsed.of(s)
            .dep("described", "nsubj", "Belkadi")
            .dep("described", "obj", "convoy")
            .dep("convoy", "det", "the")
            .dep("described", "advcl:as", "retreating")
            .dep("retreating", "mark", "as")
            .pos("described", "VBD")
            .pos("retreating", "VBG")
            .pos("as", "IN");
    ClaimMention c = byRule(extract(p), "speech-act-object");
    assertThat(pieces(p.text(), c)).containsExactly("the convoy as retreating");
  }

  @Test
  void relativeClauseWithoutThatAfterTheObjectBelongsToIt() {
    String s = "Belkadi attacked the positions he has been shelling since the spring.";
    Parsed p =
        Parsed.of(s)
            .pos("shelling", "VBG")
            .pos("has", "VBZ")
            .pos("been", "VBN")
            .dep("attacked", "nsubj", "Belkadi")
            .dep("attacked", "obj", "positions")
            .dep("positions", "det", "the")
            .dep("attacked", "dep", "shelling")
            .dep("shelling", "nsubj", "he")
            .dep("shelling", "aux", "has")
            .dep("shelling", "aux", "been")
            .dep("shelling", "obl:since", "spring")
            .dep("spring", "case", "since")
            .dep("spring", "det", "the#2")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("the positions he has been shelling since the spring");
  }

  @Test
  void whatTheParseHangsOnTheCueRightAfterItsObjectContinuesIt() {
    String s = "Belkadi attacked the militia because it shelled the bridge, and left.";
    Parsed p =
        Parsed.of(s)
            .pos("left", "VBD")
            .pos("because", "IN")
            .dep("attacked", "nsubj", "Belkadi")
            .dep("attacked", "obj", "militia")
            .dep("militia", "det", "the")
            .dep("attacked", "advcl:because", "shelled")
            .dep("shelled", "mark", "because")
            .dep("shelled", "nsubj", "it")
            .dep("shelled", "obj", "bridge")
            .dep("bridge", "det", "the#2")
            .dep("attacked", "conj:and", "left")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("the militia because it shelled the bridge");
  }

  @Test
  void reportedContentCutInsideAQuotationRunsToItsEnd() {
    String s = "Belkadi accused the militia of a “grave and deliberate crime” on Monday.";
    Parsed p =
        Parsed.of(s)
            .dep("accused", "nsubj", "Belkadi")
            .dep("accused", "obj", "militia")
            .dep("militia", "det", "the")
            .dep("accused", "obl:of", "grave")
            .dep("grave", "case", "of")
            .dep("grave", "det", "a")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("the militia of a “grave and deliberate crime”");
  }

  @Test
  void quotationResumingInLowerCaseAfterALongCueClauseIsOneClaim() {
    String s =
        "“The bridge is ours,” Belkadi wrote in a statement to reporters explaining why he had"
            + " stayed, “and the convoy will pass.”";
    Parsed p =
        Parsed.of(s)
            .pos("wrote", "VBD")
            .pos("explaining", "VBG")
            .pos("stayed", "VBN")
            .dep("wrote", "nsubj", "Belkadi")
            .dep("wrote", "ccomp", "ours")
            .dep("ours", "nsubj", "bridge")
            .dep("wrote", "obl:in", "statement")
            .dep("statement", "acl", "explaining")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("“The bridge is ours,”", "“and the convoy will pass.”");
  }

  @Test
  void datelineTakenForTheSubjectIsNoSpeaker() {
    String s = "VELGRAD — Omar Belkadi said the bridge fell.";
    Parsed p =
        Parsed.of(s)
            .pos("—", "HYPH")
            .dep("said", "nsubj", "VELGRAD")
            .dep("VELGRAD", "punct", "—")
            .dep("VELGRAD", "dep", "Belkadi")
            .dep("Belkadi", "compound", "Omar")
            .dep("said", "ccomp", "fell")
            .dep("fell", "nsubj", "bridge")
            .dep("bridge", "det", "the")
            .entity(EntityType.PERSON, "Omar Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(p.text().textOf(claims.get(0).speaker().span())).isEqualTo("Omar Belkadi");
    assertThat(claims.get(0).speaker().entity()).isEqualTo(0);
  }

  @Test
  void datelineIsNoPartOfTheSpeakerPhrase() {
    String s = "VELGRAD — Commander Omar Belkadi said the bridge fell.";
    Parsed p =
        Parsed.of(s)
            .pos("—", "HYPH")
            .dep("said", "nsubj", "Belkadi")
            .dep("Belkadi", "compound", "VELGRAD")
            .dep("Belkadi", "compound", "Commander")
            .dep("Belkadi", "compound", "Omar")
            .dep("said", "ccomp", "fell")
            .dep("fell", "nsubj", "bridge")
            .dep("bridge", "det", "the")
            .entity(EntityType.PERSON, "Omar Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(p.text().textOf(claims.get(0).speaker().span())).isEqualTo("Commander Omar Belkadi");
  }

  @Test
  void relativePronounIsTheWrittenSpeakerOfACueDeeperInItsClause() {
    String s = "Belkadi, who was reluctant to accuse the militia, left.";
    Parsed p =
        Parsed.of(s)
            .pos("who", "WP")
            .pos("reluctant", "JJ")
            .pos("accuse", "VB")
            .pos("left", "VBD")
            .dep("left", "nsubj", "Belkadi")
            .dep("Belkadi", "acl:relcl", "reluctant")
            .dep("Belkadi", "ref", "who")
            .dep("reluctant", "nsubj", "Belkadi")
            .dep("reluctant", "cop", "was")
            .dep("reluctant", "xcomp", "accuse")
            .dep("accuse", "nsubj:xsubj", "Belkadi")
            .dep("accuse", "mark", "to")
            .dep("accuse", "obj", "militia")
            .dep("militia", "det", "the")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(p.text().textOf(claims.get(0).speaker().span())).isEqualTo("who");
    assertThat(claims.get(0).speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void participleHungOnNothingUsefulIsTheActOfTheSubjectItIsSetOffFrom() {
    String s = "“The bridge is ours,” Belkadi said, adding: “The convoy will pass.”";
    Parsed p =
        Parsed.of(s)
            .pos("ours", "NN")
            .pos("adding", "VBG", "add")
            .pos("pass", "VB")
            .dep("said", "nsubj", "Belkadi")
            .dep("ours", "nsubj", "bridge")
            .dep("ours", "cop", "is")
            .dep("ours", "dep", "adding")
            .dep("adding", "ccomp", "pass")
            .dep("pass", "nsubj", "convoy")
            .dep("pass", "aux", "will")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    ClaimMention adding =
        claims.stream()
            .filter(c -> c.cueSpan() != null && p.text().textOf(c.cueSpan()).equals("adding"))
            .findFirst()
            .orElseThrow();
    assertThat(adding.speaker()).isNotNull();
    assertThat(adding.speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void conditionalTheParseHungOnTheVerbOfSayingIsWhatWasSaid() {
    String s = "Belkadi said if elected he would open the bridge.";
    Parsed p =
        Parsed.of(s)
            .pos("if", "IN")
            .pos("elected", "VBN")
            .pos("would", "MD")
            .pos("open", "VB")
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "advcl:if", "open")
            .dep("open", "mark", "if")
            .dep("open", "advcl", "elected")
            .dep("open", "nsubj", "he")
            .dep("open", "aux", "would")
            .dep("open", "obj", "bridge")
            .dep("bridge", "det", "the")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(pieces(p.text(), claims.get(0)))
        .containsExactly("if elected he would open the bridge");
  }

  @Test
  void participleOfSayingAfterAStatementOfTheSameSpeakerIsASecondClaim() {
    String s = "The ministry said it was ready, warning that the convoy was lost.";
    Parsed p =
        Parsed.of(s)
            .pos("ready", "JJ")
            .pos("warning", "VBG", "warn")
            .pos("lost", "VBN")
            .dep("said", "nsubj", "ministry")
            .dep("ministry", "det", "The")
            .dep("said", "ccomp", "ready")
            .dep("ready", "nsubj", "it")
            .dep("ready", "cop", "was")
            .dep("ready", "advcl", "warning")
            .dep("warning", "nsubj", "ministry")
            .dep("warning", "ccomp", "lost")
            .dep("lost", "mark", "that")
            .dep("lost", "nsubj:pass", "convoy")
            .dep("convoy", "det", "the")
            .dep("lost", "aux:pass", "was#2");
    List<ClaimMention> claims = extract(p);

    assertThat(claims)
        .extracting(c -> p.text().textOf(c.cueSpan()))
        .containsExactly("said", "warning");
    assertThat(pieces(p.text(), claims.get(0))).containsExactly("it was ready");
    assertThat(claims.get(1).speaker().name()).isEqualTo("The ministry");
  }

  @Test
  void clauseHungOnAnActWithoutObjectRightAfterItIsItsContent() {
    String s = "Belkadi welcomed the ruling and called on the militia to surrender the commander.";
    Parsed p =
        Parsed.of(s)
            .pos("welcomed", "VBD", "welcome")
            .pos("called", "VBD", "call")
            .pos("surrender", "VB")
            .dep("welcomed", "nsubj", "Belkadi")
            .dep("welcomed", "obj", "ruling")
            .dep("ruling", "det", "the")
            .dep("welcomed", "conj:and", "called")
            .dep("called", "nsubj", "Belkadi")
            .dep("called", "cc", "and")
            .dep("called", "advcl:to", "surrender")
            .dep("surrender", "mark", "on")
            .dep("surrender", "nsubj", "militia")
            .dep("militia", "det", "the#2")
            .dep("surrender", "mark", "to")
            .dep("surrender", "obj", "commander")
            .dep("commander", "det", "the#3")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims)
        .extracting(c -> pieces(p.text(), c).get(0))
        .containsExactly("the ruling", "on the militia to surrender the commander");
    assertThat(claims.get(1).speaker().name()).isEqualTo("Belkadi");
  }

  @Test
  void clauseOfTimeHungOnAnActWithoutObjectIsNoContent() {
    String s = "Belkadi welcomed the ruling. Belkadi spoke as he left the bridge.";
    Parsed p =
        Parsed.of(s)
            .pos("welcomed", "VBD", "welcome")
            .pos("spoke", "VBD", "speak")
            .pos("as", "IN")
            .pos("left", "VBD")
            .dep("welcomed", "nsubj", "Belkadi")
            .dep("welcomed", "obj", "ruling")
            .dep("ruling", "det", "the")
            .dep("spoke", "nsubj", "Belkadi#2")
            .dep("spoke", "advcl:as", "left")
            .dep("left", "mark", "as")
            .dep("left", "nsubj", "he")
            .dep("left", "obj", "bridge")
            .dep("bridge", "det", "the#2")
            .entity(EntityType.PERSON, "Belkadi", "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).extracting(c -> pieces(p.text(), c).get(0)).containsExactly("the ruling");
  }

  @Test
  void complementWithASubjectOfItsOwnParsedAsXcompIsTheClause() {
    String s = "Belkadi said he is proud of the brigade.";
    Parsed p =
        Parsed.of(s)
            .pos("proud", "JJ")
            .dep("said", "nsubj", "Belkadi")
            .dep("said", "xcomp", "proud")
            .dep("proud", "nsubj", "he")
            .dep("proud", "cop", "is")
            .dep("proud", "obl:of", "brigade")
            .dep("brigade", "case", "of")
            .dep("brigade", "det", "the")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).provenance().rule()).isEqualTo("indirect-ccomp");
    assertThat(pieces(p.text(), claims.get(0))).containsExactly("he is proud of the brigade");
  }

  @Test
  void backingSomethingNeedsAnObject() {
    String s = "Traffic backed up for several kilometres. Belkadi backed the ceasefire.";
    Parsed p =
        Parsed.of(s)
            .pos("backed", "VBD", "back")
            .dep("backed", "nsubj", "Traffic")
            .dep("backed", "compound:prt", "up")
            .dep("backed", "obl:for", "kilometres")
            .dep("kilometres", "case", "for")
            .dep("kilometres", "amod", "several")
            .dep("backed#2", "nsubj", "Belkadi")
            .dep("backed#2", "obj", "ceasefire")
            .dep("ceasefire", "det", "the")
            .entity(EntityType.PERSON, "Belkadi");
    List<ClaimMention> claims = extract(p);

    assertThat(claims).extracting(c -> pieces(p.text(), c).get(0)).containsExactly("the ceasefire");
  }
}
