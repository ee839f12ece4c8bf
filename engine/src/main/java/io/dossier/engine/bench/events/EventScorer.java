// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Scores predicted main events against PLOVER gold records: event-type accuracy and macro-F1 (over
 * the gold types of the scored records), source and target actor precision/recall (a predicted
 * actor matches a gold one when one text contains the other, case-insensitively; one-to-one), and
 * exact casualty matches on the records that code dead or injured. Not thread-safe.
 */
public final class EventScorer {

  /** One scored prediction. */
  public record Prediction(
      @Nullable String type,
      List<String> sources,
      List<String> targets,
      @Nullable Integer dead,
      @Nullable Integer injured) {
    public Prediction {
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }
  }

  /** Precision, recall and F1 with their counts. */
  public record Prf(int tp, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : tp / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : tp / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The scores of a set of records. */
  public record Scores(
      int records,
      double accuracy,
      double macroF1,
      Map<String, Prf> perType,
      Prf source,
      Prf target,
      int casualtyRecords,
      int casualtyExact) {}

  private final List<String> gold = new ArrayList<>();
  private final List<@Nullable String> predicted = new ArrayList<>();
  private int srcTp;
  private int srcPred;
  private int srcGold;
  private int tarTp;
  private int tarPred;
  private int tarGold;
  private int casualtyRecords;
  private int casualtyExact;

  /** Adds one record and its prediction. */
  public void add(PloverRecord record, Prediction p) {
    gold.add(record.event());
    predicted.add(p.type());
    int s = matches(p.sources(), record.sources());
    srcTp += s;
    srcPred += p.sources().size();
    srcGold += record.sources().size();
    int t = matches(p.targets(), record.targets());
    tarTp += t;
    tarPred += p.targets().size();
    tarGold += record.targets().size();
    if (record.hasCasualties()) {
      casualtyRecords++;
      if (Objects.equals(record.dead(), p.dead())
          && Objects.equals(record.injured(), p.injured())) {
        casualtyExact++;
      }
    }
  }

  /** Greedy one-to-one matches by containment either way, case-insensitive. */
  static int matches(List<String> predicted, List<String> gold) {
    boolean[] used = new boolean[gold.size()];
    int n = 0;
    for (String p : predicted) {
      String pl = p.toLowerCase(Locale.ROOT);
      for (int i = 0; i < gold.size(); i++) {
        String gl = gold.get(i).toLowerCase(Locale.ROOT);
        if (!used[i] && (pl.contains(gl) || gl.contains(pl))) {
          used[i] = true;
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** The scores so far. */
  public Scores scores() {
    Map<String, Prf> perType = new TreeMap<>();
    int correct = 0;
    for (String type : new TreeSet<>(gold)) {
      int tp = 0;
      int pred = 0;
      int g = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean isGold = gold.get(i).equals(type);
        boolean isPred = type.equals(predicted.get(i));
        tp += isGold && isPred ? 1 : 0;
        pred += isPred ? 1 : 0;
        g += isGold ? 1 : 0;
      }
      perType.put(type, new Prf(tp, pred, g));
    }
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).equals(predicted.get(i))) {
        correct++;
      }
    }
    double macro = perType.values().stream().mapToDouble(Prf::f1).average().orElse(0);
    return new Scores(
        gold.size(),
        gold.isEmpty() ? 0 : correct / (double) gold.size(),
        macro,
        perType,
        new Prf(srcTp, srcPred, srcGold),
        new Prf(tarTp, tarPred, tarGold),
        casualtyRecords,
        casualtyExact);
  }
}
