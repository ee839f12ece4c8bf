// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import io.dossier.model.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The trigger lexicon: which lemmas, as verbs or nouns, express which PLOVER event type and mode.
 * Built from the PLOVER 2016 event definitions and the CAMEO-to-PLOVER table; kept as data (one
 * line per sense) so that a reviewer reads it as a table and a change is one line.
 *
 * <p>Line format: {@code pos lemma[+condition…] TYPE mode [flag…]}. {@code pos} is {@code v} (verb)
 * or {@code n} (noun). A condition narrows the sense: a bare word is a particle or folded
 * preposition the trigger must have ({@code call+on}: "called on"); {@code rel=a|b} needs a child
 * over {@code rel} with one of the lemmas ({@code open+obj=fire}), {@code rel=*} any child over
 * {@code rel}; {@code head=a|b} needs the trigger to be the object of one of those verbs ({@code
 * ceasefire+head=declare}). Conditioned senses win over the bare lemma. {@code mode} is {@code -}
 * when none. Flags: {@code kill} / {@code wound} count the victims as killed / injured; {@code
 * patient-poss} means a possessor is the target ("Tarek's arrest"), not the source.
 *
 * <p>To add a sense, add a line; to add a condition kind, extend {@link Condition#holds}.
 */
final class Lexicon {

  /** A sense of a trigger. */
  record Sense(
      EventType type, @Nullable String mode, Set<String> flags, String rule, Set<String> consumed) {
    boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  /** A condition on the trigger's dependents. */
  record Condition(String rel, Set<String> lemmas) {
    boolean holds(Graph g, int t) {
      if (rel.equals("head")) {
        // the verb whose object the trigger is: "declared a ceasefire"
        for (Graph.Edge e : g.parents(t)) {
          if (e.rel().equals("obj") && lemmas.contains(g.lemma(e.token()))) {
            return true;
          }
        }
        return false;
      }
      for (Graph.Edge e : g.children(t)) {
        if (rel.isEmpty()) {
          // bare particle or preposition: "call on", "pull out", "call for"
          if ((e.rel().equals("compound:prt") && lemmas.contains(g.lemma(e.token())))
              || (e.rel().indexOf(':') > 0 && lemmas.contains(Graph.prep(e.rel())))) {
            return true;
          }
        } else if (Graph.is(e.rel(), rel)
            && (lemmas.contains("*") || lemmas.contains(g.lemma(e.token())))) {
          return true;
        }
      }
      return false;
    }
  }

  private record Entry(List<Condition> conditions, Sense sense) {}

  private static final String TABLE =
      """
      # ASSAULT: unconventional violence (CAMEO 18, 20)
      v execute ASSAULT execution kill
      n execution ASSAULT execution patient-poss
      v kill ASSAULT killing kill
      n killing ASSAULT killing patient-poss
      v murder ASSAULT killing kill
      n murder ASSAULT killing patient-poss
      v slay ASSAULT killing kill
      v behead ASSAULT execution kill
      n beheading ASSAULT execution patient-poss
      v assassinate ASSAULT assassinate kill
      n assassination ASSAULT assassinate patient-poss
      v massacre ASSAULT massacre kill
      n massacre ASSAULT massacre
      v slaughter ASSAULT massacre kill
      v abduct ASSAULT abduct
      n abduction ASSAULT abduct patient-poss
      v kidnap ASSAULT abduct
      n kidnapping ASSAULT abduct patient-poss
      v hijack ASSAULT abduct
      v torture ASSAULT torture
      n torture ASSAULT torture
      v beat+up ASSAULT beat
      v beat+obl=death|baton|batons|stick|sticks|club|clubs|pipe|pipes|rifle|rifles|fist|fists|whip|whips|cable|cables|hose|rod|rods ASSAULT beat
      n beating ASSAULT beat
      v rape ASSAULT sexual
      n rape ASSAULT sexual
      v stab ASSAULT beat
      v shoot+xcomp=dead ASSAULT killing kill
      v shoot ASSAULT firearms
      n shooting ASSAULT firearms
      v gun+down ASSAULT killing kill
      v bomb ASSAULT explosives
      n bombing+compound=suicide ASSAULT suicide-attack
      n bombing ASSAULT explosives
      n bombing+compound=car ASSAULT explosives
      n explosion ASSAULT explosives
      n blast ASSAULT explosives
      v explode ASSAULT explosives
      v detonate ASSAULT explosives
      n attack+compound=suicide ASSAULT suicide-attack
      n attack+amod=suicide ASSAULT suicide-attack
      n attack ASSAULT -
      v attack ASSAULT -
      n assault ASSAULT -
      v assault ASSAULT -
      n ambush ASSAULT ambush
      v ambush ASSAULT ambush
      n raid+compound=air ASSAULT airstrike
      n raid ASSAULT raid
      v raid ASSAULT raid
      n cleansing ASSAULT cleansing
      n atrocity ASSAULT massacre
      # remote violence (airstrikes, shelling) is ASSAULT, as issue 4 and PLOVER 2021 code it
      n airstrike ASSAULT airstrike
      n air-strike ASSAULT airstrike
      n strike+compound=air|drone|missile|rocket|artillery ASSAULT airstrike
      n strike+amod=aerial ASSAULT airstrike
      n strike+compound=hunger PROTEST strike-hun
      n strike+amod=general|hunger PROTEST strike-gen
      n strike+compound=labor|labour|worker|teacher PROTEST strike-gen
      n strike ASSAULT airstrike
      v strike ASSAULT -
      v shell ASSAULT shelling
      n shelling ASSAULT shelling
      v bombard ASSAULT shelling
      n bombardment ASSAULT shelling
      n fire+compound=artillery|mortar|rocket|tank ASSAULT shelling
      v open+obj=fire FIGHT firearms
      v fire FIGHT firearms
      n gunfire FIGHT firearms
      n clash FIGHT clash
      v clash FIGHT clash
      n fighting FIGHT -
      v fight FIGHT -
      n fight FIGHT -
      n battle FIGHT -
      v battle FIGHT -
      n combat FIGHT -
      n offensive FIGHT offensive
      n counteroffensive FIGHT offensive
      n counter-offensive FIGHT offensive
      n skirmish FIGHT clash
      n firefight FIGHT firearms
      n hostility FIGHT -
      n invasion FIGHT invasion
      v invade FIGHT invasion
      v storm FIGHT -
      v retake FIGHT -
      v recapture FIGHT -
      n war FIGHT -
      # COERCE: repression, arrests, restrictions (CAMEO 17, 191-192)
      v arrest COERCE arrest
      n arrest COERCE arrest patient-poss
      v detain COERCE detain
      n detention COERCE detain patient-poss
      v imprison COERCE detain
      v jail COERCE detain
      v round+up COERCE arrest
      v capture COERCE seize
      n capture COERCE seize patient-poss
      v seize COERCE seize
      n seizure COERCE seize
      v confiscate COERCE seize
      v occupy COERCE seize
      n occupation COERCE seize
      v ban COERCE ban
      n ban COERCE ban
      v bar COERCE ban
      v outlaw COERCE ban
      v expel+obj=ambassador|diplomat|envoy|mission|inspector|observer|peacekeeper|staff|monitor SANCTION expel
      v expel COERCE deport
      n expulsion COERCE deport patient-poss
      v deport COERCE deport
      n deportation COERCE deport patient-poss
      v impose+obj=curfew COERCE curfew
      n curfew COERCE curfew
      n crackdown COERCE repress
      v crack+down COERCE repress
      v censor COERCE censor
      v demolish COERCE destroy
      v destroy COERCE destroy
      v raze COERCE destroy
      v blow+up COERCE destroy
      v torch COERCE destroy
      n blockade COERCE restrict
      v blockade COERCE restrict
      n siege COERCE restrict
      v besiege COERCE restrict
      v sentence COERCE sentence
      v charge+with COERCE charge
      v impose COERCE restrict
      # SANCTION: reduce relations (CAMEO 16)
      n sanction SANCTION -
      v sanction SANCTION -
      n embargo SANCTION embargo
      v cut+obj=tie|relation|aid|assistance|funding|supply|link SANCTION discontinue
      v sever+obj=tie|relation|link SANCTION withdraw
      v break+off SANCTION withdraw
      v suspend+obj=aid|assistance|talk|negotiation|relation|tie|cooperation|membership|funding SANCTION discontinue
      v halt+obj=aid|assistance|talk|negotiation|mediation|cooperation|funding SANCTION discontinue
      v freeze+obj=asset|account|aid|fund|relation|tie SANCTION discontinue
      v reduce+obj=aid|assistance|supply|funding SANCTION discontinue
      v recall+obj=ambassador|envoy|diplomat SANCTION withdraw
      v cancel+obj=visit|trip|meeting|talk|summit SANCTION withdraw
      v boycott PROTEST boycott
      n boycott PROTEST boycott
      # INVESTIGATE (CAMEO 09)
      v investigate INVESTIGATE -
      n investigation INVESTIGATE -
      n probe INVESTIGATE -
      v probe INVESTIGATE -
      n inquiry INVESTIGATE -
      n enquiry INVESTIGATE -
      n warrant+compound=arrest INVESTIGATE arrest-warrant
      n warrant INVESTIGATE warrant
      # DEMAND (CAMEO 10)
      v demand DEMAND -
      n demand DEMAND -
      v urge DEMAND -
      v call+on DEMAND -
      v call+for DEMAND -
      v call+upon DEMAND -
      n call+for DEMAND -
      n call+on DEMAND -
      v appeal DEMAND -
      n appeal DEMAND -
      v request DEMAND -
      n request DEMAND -
      v press+for DEMAND -
      v push+for DEMAND -
      # DISAPPROVE (CAMEO 11)
      v condemn DISAPPROVE -
      n condemnation DISAPPROVE -
      v criticize DISAPPROVE -
      v criticise DISAPPROVE -
      n criticism DISAPPROVE -
      v accuse DISAPPROVE allege
      n accusation DISAPPROVE allege
      v denounce DISAPPROVE -
      n denunciation DISAPPROVE -
      v blame DISAPPROVE allege
      v complain DISAPPROVE -
      n complaint DISAPPROVE -
      v deplore DISAPPROVE -
      v decry DISAPPROVE -
      v censure DISAPPROVE -
      v slam DISAPPROVE -
      v lambast DISAPPROVE -
      v lambaste DISAPPROVE -
      v rebuke DISAPPROVE -
      v indict DISAPPROVE legal
      n indictment DISAPPROVE legal
      v sue DISAPPROVE legal
      n lawsuit DISAPPROVE legal
      v convict DISAPPROVE legal
      # REJECT (CAMEO 12)
      v reject REJECT -
      n rejection REJECT -
      v refuse REJECT -
      n refusal REJECT -
      v oppose REJECT -
      v veto REJECT -
      n veto REJECT -
      v defy REJECT -
      v violate REJECT -
      n violation REJECT -
      v decline+xcomp=* REJECT -
      v rebuff REJECT -
      v dismiss+obj=call|demand|request|proposal|offer|plan|accusation|claim|charge REJECT -
      # THREATEN (CAMEO 13)
      v threaten THREATEN -
      n threat THREATEN -
      v warn THREATEN warning
      n warning THREATEN warning
      n ultimatum THREATEN ultimatum
      # PROTEST (CAMEO 14)
      v protest+ccomp=* DISAPPROVE -
      v protest PROTEST demo
      n protest PROTEST demo
      v demonstrate PROTEST demo
      n demonstration PROTEST demo
      n rally PROTEST demo
      v rally PROTEST demo
      v march PROTEST demo
      n march PROTEST demo
      n sit-in PROTEST demo
      v riot PROTEST riot
      n riot PROTEST riot
      n unrest PROTEST riot
      v block+obj=road|street|highway|entrance|access PROTEST obstruct
      # MOBILIZE (CAMEO 15)
      v mobilize MOBILIZE troops
      v mobilise MOBILIZE troops
      n mobilization MOBILIZE troops
      n mobilisation MOBILIZE troops
      v deploy MOBILIZE troops
      n deployment MOBILIZE troops
      v send+obj=troop|force|soldier|warship|reinforcement|tank|jet|unit MOBILIZE troops
      n reinforcement MOBILIZE troops
      n buildup MOBILIZE troops
      n build-up MOBILIZE troops
      n exercise+amod=military|naval|joint MOBILIZE exercise
      n drill+amod=military|naval|joint MOBILIZE exercise
      n patrol MOBILIZE police
      n alert MOBILIZE alert
      # CONSULT (CAMEO 04)
      v meet CONSULT meet
      n meeting CONSULT meet
      n talk CONSULT talks
      n negotiation CONSULT talks
      v negotiate CONSULT talks
      n summit CONSULT meet
      v visit CONSULT visit
      n visit CONSULT visit
      v host CONSULT host
      n call+compound=phone|telephone CONSULT phone
      v telephone CONSULT phone
      v phone CONSULT phone
      v discuss CONSULT talks
      n consultation CONSULT talks
      v consult CONSULT talks
      v mediate CONSULT mediate
      n mediation CONSULT mediate
      v confer CONSULT talks
      # AGREE (CAMEO 03, 057)
      v agree AGREE -
      n agreement AGREE agreement
      n deal AGREE agreement
      n accord AGREE agreement
      n pact AGREE agreement
      n treaty AGREE agreement
      n ceasefire+head=declare|announce|proclaim RETREAT ceasefire
      n cease-fire+head=declare|announce|proclaim RETREAT ceasefire
      n truce+head=declare|announce|proclaim RETREAT ceasefire
      n ceasefire AGREE ceasefire
      n cease-fire AGREE ceasefire
      n truce AGREE ceasefire
      n armistice AGREE ceasefire
      v sign AGREE sign
      v reach+obj=agreement|deal|accord|consensus|compromise|settlement|understanding|truce|ceasefire AGREE agreement
      v offer AGREE offer
      n offer AGREE offer
      v pledge AGREE pledge
      n pledge AGREE pledge
      v promise AGREE pledge
      v propose AGREE proposal
      n proposal AGREE proposal
      # SUPPORT (CAMEO 05)
      v praise SUPPORT praise
      n praise SUPPORT praise
      v endorse SUPPORT endorse
      n endorsement SUPPORT endorse
      v back SUPPORT -
      n backing SUPPORT -
      n support SUPPORT -
      v support SUPPORT -
      v welcome SUPPORT praise
      v commend SUPPORT praise
      v hail SUPPORT praise
      v congratulate SUPPORT praise
      v thank SUPPORT praise
      v apologize SUPPORT apology
      v apologise SUPPORT apology
      n apology SUPPORT apology
      v forgive SUPPORT -
      v defend SUPPORT defend
      v establish+obj=tie|relation|relations SUPPORT recognition
      v restore+obj=tie|relation|relations SUPPORT recognition
      v recognize+obj=* SUPPORT recognition
      v recognise+obj=* SUPPORT recognition
      n recognition SUPPORT recognition
      # COOPERATE (CAMEO 06)
      v cooperate COOPERATE -
      n cooperation COOPERATE -
      v collaborate COOPERATE -
      n collaboration COOPERATE -
      v extradite COOPERATE legal
      n extradition COOPERATE legal patient-poss
      v share+obj=intelligence|information|data COOPERATE intelligence
      # AID (CAMEO 07)
      n aid AID -
      v aid AID -
      n assistance AID -
      v assist AID -
      n funding AID economic
      v fund AID economic
      v finance AID economic
      n loan AID economic
      n donation AID -
      v donate AID -
      v contribute AID -
      v provide AID -
      v supply AID -
      v arm AID military
      n asylum AID asylum
      v give+obj=aid|assistance|money|dollar|loan|weapon|arm|fund|grant|asylum AID -
      v deliver+obj=aid|assistance|food|supply|weapon|arm|medicine AID -
      # CONCEDE (CAMEO 08)
      v concede CONCEDE -
      n concession CONCEDE -
      v yield CONCEDE -
      v accept+obj=demand|request|condition|term|proposal|plan|resignation|offer CONCEDE -
      v lift+obj=ban|sanction|embargo|curfew|emergency|restriction|blockade|siege CONCEDE ease
      v ease CONCEDE ease
      v relax CONCEDE ease
      v allow CONCEDE -
      v permit CONCEDE -
      v pardon CONCEDE pardon
      n amnesty CONCEDE amnesty
      # RETREAT (CAMEO 084-087)
      v withdraw RETREAT withdraw
      n withdrawal RETREAT withdraw
      v retreat RETREAT withdraw
      n retreat RETREAT withdraw
      v pull+out RETREAT withdraw
      v pull+back RETREAT withdraw
      n pullout RETREAT withdraw
      n pullback RETREAT withdraw
      v release RETREAT release
      n release RETREAT release patient-poss
      v free RETREAT release
      v surrender RETREAT surrender
      n surrender RETREAT surrender
      v demobilize RETREAT disarm
      v demobilise RETREAT disarm
      v disarm RETREAT disarm
      n disarmament RETREAT disarm
      v resign RETREAT resign
      n resignation RETREAT resign
      v return+obj=* RETREAT return
      # CRIME
      v loot CRIME looting
      n looting CRIME looting
      v smuggle CRIME smuggling
      n smuggling CRIME smuggling
      v embezzle CRIME corruption
      n robbery CRIME robbery
      v rob CRIME robbery
      """;

  private final Map<String, List<Entry>> verbs = new HashMap<>();
  private final Map<String, List<Entry>> nouns = new HashMap<>();

  private static final Lexicon STANDARD = parse(TABLE);

  private Lexicon() {}

  /** The built-in lexicon. */
  static Lexicon standard() {
    return STANDARD;
  }

  static Lexicon parse(String table) {
    Lexicon lex = new Lexicon();
    int lineNo = 0;
    for (String raw : table.split("\n")) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length < 4) {
        throw new IllegalStateException("lexicon line " + lineNo + " needs 4 fields: " + line);
      }
      String[] key = f[1].split("\\+");
      List<Condition> conditions = new ArrayList<>();
      for (int k = 1; k < key.length; k++) {
        int eq = key[k].indexOf('=');
        conditions.add(
            eq < 0
                ? new Condition("", Set.of(key[k]))
                : new Condition(
                    key[k].substring(0, eq), Set.of(key[k].substring(eq + 1).split("\\|"))));
      }
      EventType type;
      try {
        type = EventType.valueOf(f[2]);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("lexicon line " + lineNo + ": no event type " + f[2], e);
      }
      String mode = f[3].equals("-") ? null : f[3];
      // the object a condition names is part of the trigger ("open fire"), not an actor
      Set<String> consumed = new java.util.HashSet<>();
      for (Condition c : conditions) {
        if (c.rel().equals("obj")) {
          consumed.addAll(c.lemmas());
        }
      }
      consumed = Set.copyOf(consumed);
      Set<String> flags = Set.of(java.util.Arrays.copyOfRange(f, 4, f.length));
      String pos = f[0];
      Map<String, List<Entry>> into =
          switch (pos) {
            case "v" -> lex.verbs;
            case "n" -> lex.nouns;
            default ->
                throw new IllegalStateException(
                    "lexicon line " + lineNo + ": pos must be v or n, was " + pos);
          };
      String rule = pos.equals("v") ? "verb-lexicon" : "noun-lexicon";
      into.computeIfAbsent(key[0].toLowerCase(Locale.ROOT), x -> new ArrayList<>())
          .add(new Entry(List.copyOf(conditions), new Sense(type, mode, flags, rule, consumed)));
    }
    // conditioned senses first, so they win over the bare lemma
    for (Map<String, List<Entry>> m : List.of(lex.verbs, lex.nouns)) {
      m.values().forEach(l -> l.sort((a, b) -> b.conditions.size() - a.conditions.size()));
    }
    return lex;
  }

  /** The sense of token {@code t} as a trigger, or null. */
  @Nullable Sense sense(Graph g, int t) {
    Map<String, List<Entry>> table;
    if (g.verb(t)) {
      table = verbs;
    } else if (g.noun(t)) {
      table = nouns;
    } else {
      return null;
    }
    List<Entry> entries = table.get(g.lemma(t));
    if (entries == null && g.noun(t)) {
      // plural nouns whose lemma the tagger left alone ("talks", "hostilities")
      String w = g.lower(t);
      if (w.endsWith("s")) {
        entries = table.get(w.substring(0, w.length() - 1));
      }
    }
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      if (e.conditions.stream().allMatch(c -> c.holds(g, t))) {
        return e.sense;
      }
    }
    return null;
  }

  /**
   * Whether token {@code t} may be a trigger, read without the parse: {@link #sense} could return a
   * sense for it with some dependency tree (the conditions of a sense only narrow it).
   */
  boolean mayTrigger(Graph g, int t) {
    if (g.verb(t)) {
      return verbs.containsKey(g.lemma(t));
    }
    if (!g.noun(t)) {
      return false;
    }
    if (nouns.containsKey(g.lemma(t))) {
      return true;
    }
    String w = g.lower(t);
    return w.endsWith("s") && nouns.containsKey(w.substring(0, w.length() - 1));
  }

  /** Whether the lemma is a trigger of some sense with the given pos ({@code v} or {@code n}). */
  boolean knows(String pos, String lemma) {
    return (pos.equals("v") ? verbs : nouns).containsKey(lemma);
  }
}
