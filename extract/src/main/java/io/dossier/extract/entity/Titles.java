// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The titles and roles written before a person's name ("Field Marshal", "Gen.", "spokesman"). They
 * are attributes of a mention, never part of the name. Matching is per token and ignores case and a
 * trailing period ("Gen" matches "Gen."), except that the ordinary English words in {@link
 * #CAPITALIZED_ONLY} count only when capitalized ("a major offensive" is not a title).
 *
 * <p>To add a title, append it to {@link #TITLES} as it is usually written; multiword titles are
 * written with single spaces between their tokens as the tokenizer splits them.
 */
final class Titles {

  /** Titles and roles, as usually written. */
  static final List<String> TITLES =
      List.of(
          // military ranks
          "General",
          "Gen.",
          "Lt. Gen.",
          "Lieutenant General",
          "Maj. Gen.",
          "Major General",
          "Brig. Gen.",
          "Brigadier General",
          "Brigadier",
          "Brig.",
          "Field Marshal",
          "Marshal",
          "Air Marshal",
          "Colonel",
          "Col.",
          "Lt. Col.",
          "Lieutenant Colonel",
          "Commander",
          "Cmdr.",
          "Captain",
          "Capt.",
          "Major",
          "Maj.",
          "Lieutenant",
          "Lt.",
          "Sergeant",
          "Sgt.",
          "Admiral",
          "Adm.",
          "Vice Admiral",
          "Rear Admiral",
          // government and diplomacy
          "President",
          "Vice President",
          "Vice-President",
          "President-elect",
          "Prime Minister",
          "Premier",
          "Minister",
          "Foreign Minister",
          "Defence Minister",
          "Defense Minister",
          "Interior Minister",
          "Finance Minister",
          "Oil Minister",
          "Justice Minister",
          "Health Minister",
          "Economy Minister",
          "Information Minister",
          "Minister of State",
          "Foreign Secretary",
          "Defence Secretary",
          "Defense Secretary",
          "Home Secretary",
          "Secretary of State",
          "Secretary-General",
          "Secretary General",
          "Secretary",
          "Chancellor",
          "Governor",
          "Gov.",
          "Mayor",
          "Speaker",
          "Senator",
          "Sen.",
          "Rep.",
          "Congressman",
          "Congresswoman",
          "MP",
          "lawmaker",
          "Ambassador",
          "Envoy",
          "Special Envoy",
          "Special Representative",
          "Attorney General",
          "Chief Justice",
          "Judge",
          "Prosecutor",
          "Chief Prosecutor",
          "Prosecutor General",
          "Chairman",
          "Chairwoman",
          "Director",
          "Director-General",
          // royalty and religion
          "King",
          "Queen",
          "Crown Prince",
          "Prince",
          "Princess",
          "Emir",
          "Sheikh",
          "Sheik",
          "Shaikh",
          "Imam",
          "Ayatollah",
          "Grand Ayatollah",
          "Mufti",
          "Grand Mufti",
          "Mullah",
          "Pope",
          "Cardinal",
          "Archbishop",
          "Bishop",
          "Rabbi",
          "Rev.",
          "Reverend",
          // courtesy and academic
          "Dr.",
          "Mr.",
          "Mrs.",
          "Ms.",
          "Prof.",
          "Professor",
          "Sir",
          // roles, usually lower case
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "army spokesman",
          "military spokesman",
          "leader",
          "militia leader",
          "commander",
          "militia commander",
          "chief",
          "army chief",
          "military chief",
          "chief of staff",
          "head",
          "envoy",
          "official",
          "warlord",
          "strongman");

  /**
   * Words that come before a title and belong to it ("Deputy Prime Minister", "former President"),
   * but are not titles on their own.
   */
  static final Set<String> MODIFIERS =
      Set.of(
          "deputy",
          "vice",
          "acting",
          "interim",
          "former",
          "ex",
          "ex-",
          "retired",
          "self-styled",
          "self-proclaimed");

  /** Ordinary words that are titles only when capitalized. */
  static final Set<String> CAPITALIZED_ONLY =
      Set.of("general", "major", "marshal", "judge", "premier");

  private static final Set<String> PHRASES = new HashSet<>();
  private static final int MAX_TOKENS;

  static {
    int max = 0;
    for (String title : TITLES) {
      String[] parts = title.split(" ");
      max = Math.max(max, parts.length);
      StringBuilder key = new StringBuilder();
      for (String part : parts) {
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(key(part));
      }
      PHRASES.add(key.toString());
    }
    MAX_TOKENS = max;
  }

  private Titles() {}

  /**
   * Length in tokens of the longest title that ends just before token {@code end} and starts at or
   * after {@code floor}; 0 if none.
   */
  static int longestEndingAt(TokenView tokens, int end, int floor) {
    for (int len = Math.min(MAX_TOKENS, end - floor); len >= 1; len--) {
      if (matches(tokens, end - len, end)) {
        return len;
      }
    }
    return 0;
  }

  /**
   * Length in tokens of the longest title that starts at token {@code start} and ends at or before
   * {@code limit}; 0 if none.
   */
  static int longestStartingAt(TokenView tokens, int start, int limit) {
    for (int len = Math.min(MAX_TOKENS, limit - start); len >= 1; len--) {
      if (matches(tokens, start, start + len)) {
        return len;
      }
    }
    return 0;
  }

  /** Whether the word is a title modifier such as "Deputy" or "former". */
  static boolean isModifier(String word) {
    return MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean matches(TokenView tokens, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        key.append(' ');
      }
      key.append(key(tokens.word(i)));
    }
    String k = key.toString();
    if (!PHRASES.contains(k)) {
      return false;
    }
    String first = key(tokens.word(from));
    return !CAPITALIZED_ONLY.contains(first)
        || Character.isUpperCase(tokens.word(from).codePointAt(0));
  }

  private static String key(String token) {
    String k = token.toLowerCase(Locale.ROOT);
    return k.endsWith(".") && k.length() > 1 ? k.substring(0, k.length() - 1) : k;
  }
}
